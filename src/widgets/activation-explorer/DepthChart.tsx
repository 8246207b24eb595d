/**
 * The explorer's small second chart, (max f′)ⁿ against n on a log axis, drawn as SVG: one line per
 * shown function and a dot at the chosen depth. SVG keeps the widget to a single canvas and
 * follows the colour scheme through CSS variables without any redraw.
 */
import { formatPower } from '~/widgets/kit/format';
import { MAX_DEPTH, bestCaseProduct, type FunctionName } from './curves';

interface Props {
  shown: FunctionName[]; alpha: number; n: number; label: string; xAxis: string; yAxis: string;
  color: (name: FunctionName) => string; dash: (name: FunctionName) => string;
}

const W = 320, H = 240;
const F = { left: 50, right: 10, top: 10, bottom: 36 };
const LOG_MIN = -19, LOG_MAX = 1;
const DECADES = [0, -3, -6, -9, -12, -15, -18];
const X_TICKS = [1, 5, 10, 15, 20, 25, 30];

const px = (n: number) => F.left + ((n - 1) / (MAX_DEPTH - 1)) * (W - F.left - F.right);
const py = (v: number) => {
  const e = Math.min(LOG_MAX, Math.max(LOG_MIN, Math.log10(v)));
  return F.top + ((LOG_MAX - e) / (LOG_MAX - LOG_MIN)) * (H - F.top - F.bottom);
};

export default function DepthChart({ shown, alpha, n, label, xAxis, yAxis, color, dash }: Props) {
  const depths = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1);
  return (
    <svg class="ae-depth-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {DECADES.map((e) => (
        <g class="ae-tick">
          <line x1={F.left} x2={W - F.right} y1={py(10 ** e)} y2={py(10 ** e)} />
          <text x={F.left - 6} y={py(10 ** e)} dy="0.32em" text-anchor="end">{formatPower(Number(`1e${e}`))}</text>
        </g>
      ))}
      {X_TICKS.map((k) => (
        <g class="ae-tick">
          <line x1={px(k)} x2={px(k)} y1={F.top} y2={H - F.bottom} />
          <text x={px(k)} y={H - F.bottom + 14} text-anchor="middle">{k}</text>
        </g>
      ))}
      <text class="ae-axis" x={(F.left + W - F.right) / 2} y={H - 4} text-anchor="middle">{xAxis}</text>
      <text class="ae-axis" transform={`translate(12 ${(F.top + H - F.bottom) / 2}) rotate(-90)`} text-anchor="middle">{yAxis}</text>
      {shown.map((name) => (
        <g style={{ color: color(name) }}>
          <polyline class="ae-line" stroke-dasharray={dash(name)}
            points={depths.map((k) => `${px(k).toFixed(1)},${py(bestCaseProduct(name, alpha, k)).toFixed(1)}`).join(' ')} />
          <circle class="ae-dot" cx={px(n)} cy={py(bestCaseProduct(name, alpha, n))} r={4.5} />
        </g>
      ))}
    </svg>
  );
}
