/**
 * Per-layer bars on a logarithmic axis (SVG): this page's ×10 figure beside Nielsen's printed one
 * for each hidden layer, input side on the left. Bars grow from the bottom decade; whole decades are
 * gridlines. Colours come from CSS variables, so both schemes work without redrawing.
 */
import { fill, formatNumber, formatPower } from '~/widgets/kit/format';
import { decades } from '~/widgets/kit/charts/axes';

interface Props { ours: readonly number[]; nielsen: readonly number[]; label: string; layerLabel: string; axisLabel: string }

const W = 440, H = 240, LEFT = 56, RIGHT = 8, TOP = 18, BOTTOM = 40;

export default function Bars({ ours, nielsen, label, layerLabel, axisLabel }: Props) {
  const [lo, hi] = decades([...ours, ...nielsen]);
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - (Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo));
  const base = H - BOTTOM;
  const L = ours.length;
  const group = (W - LEFT - RIGHT) / L;
  const bar = Math.min(44, group * 0.32);
  const marks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  // Labels grow outward (ours to the left, Nielsen's to the right), so neighbours never overlap.
  const cell = (v: number, x: number, color: string, kind: string, anchor: 'end' | 'start') => (
    <g data-bar={kind}>
      <rect x={x} y={y(v)} width={bar} height={Math.max(0, base - y(v))} fill={color} />
      <text x={anchor === 'end' ? x + bar : x} y={y(v) - 4} text-anchor={anchor} class="nr-bar-value">{formatNumber(v)}</text>
    </g>
  );
  return (
    <svg class="nr-bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {marks.map((d) => (
        <g>
          <line x1={LEFT} x2={W - RIGHT} y1={y(10 ** d)} y2={y(10 ** d)} class="nr-grid" />
          <text x={LEFT - 6} y={y(10 ** d) + 4} text-anchor="end" class="nr-tick">{formatPower(10 ** d)}</text>
        </g>
      ))}
      <text class="nr-tick" transform={`translate(14 ${(TOP + base) / 2}) rotate(-90)`} text-anchor="middle">{axisLabel}</text>
      {ours.map((v, l) => {
        const x0 = LEFT + l * group + group / 2;
        return (
          <g>
            {cell(v, x0 - bar - 2, 'var(--chart-1)', 'ours', 'end')}
            {nielsen[l] !== undefined && cell(nielsen[l], x0 + 2, 'var(--chart-2)', 'nielsen', 'start')}
            <text x={x0} y={base + 18} text-anchor="middle" class="nr-tick">{fill(layerLabel, { l: l + 1 })}</text>
          </g>
        );
      })}
      <line x1={LEFT} x2={W - RIGHT} y1={base} y2={base} class="nr-axis" />
    </svg>
  );
}
