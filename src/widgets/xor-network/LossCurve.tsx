/** Full-batch loss against step as an SVG line (no chart library needed for one series). */
import { formatNumber } from '~/widgets/kit/format';

interface Props { loss: number[]; minSteps: number; label: string; axis: string }

const W = 250;
const H = 140;

export default function LossCurve({ loss, minSteps, label, axis }: Props) {
  const steps = Math.max(minSteps, loss.length);
  const pts = sample(loss);
  const top = Math.max(0.8, ...pts.map(([, v]) => (Number.isFinite(v) ? v : 0)));
  const x = (s: number) => (s / steps) * W;
  const y = (v: number) => H - (Math.min(v, top) / top) * H;
  const points = pts.map(([s, v]) => `${x(s).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const ticks = [0, top / 2, top];
  return (
    <svg class="xn-loss" viewBox={`-34 -8 ${W + 40} ${H + 30}`} role="img" aria-label={label}>
      {ticks.map((v) => (
        <g class="xn-axis">
          <line x1={0} x2={W} y1={y(v)} y2={y(v)} />
          <text x={-5} y={y(v) + 4} text-anchor="end">{formatNumber(v, 1)}</text>
        </g>
      ))}
      <g class="xn-axis"><text x={0} y={H + 16}>0</text><text x={W} y={H + 16} text-anchor="end">{steps}</text></g>
      <text x={W / 2} y={H + 16} text-anchor="middle" class="xn-axis-name">{axis}</text>
      {loss.length > 1 && <polyline points={points} class="xn-curve" />}
    </svg>
  );
}

/** At most ~400 evenly spaced [step, value] pairs (first and last kept). */
function sample(values: number[]): [number, number][] {
  const k = Math.max(1, Math.ceil(values.length / 400));
  const out: [number, number][] = [];
  for (let i = 0; i < values.length; i += k) out.push([i, values[i]]);
  if (values.length > 0 && (values.length - 1) % k !== 0) out.push([values.length - 1, values[values.length - 1]]);
  return out;
}
