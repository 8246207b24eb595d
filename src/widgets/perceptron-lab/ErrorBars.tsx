/** Misclassified examples per epoch as a small bar chart (0–4 per epoch). */
import type { EpochRecord } from './lab';

interface Props { history: EpochRecord[]; cap: number; label: string; axis: string }

export default function ErrorBars({ history, cap, label, axis }: Props) {
  const W = 320;
  const H = 80;
  const n = Math.max(cap, history.length);
  const bw = W / n;
  return (
    <svg class="pl-bars" viewBox={`-18 -4 ${W + 22} ${H + 22}`} role="img" aria-label={label}>
      {[0, 2, 4].map((v) => (
        <g class="pl-axis">
          <line x1={0} x2={W} y1={H - (v / 4) * H} y2={H - (v / 4) * H} />
          <text x={-5} y={H - (v / 4) * H + 4} text-anchor="end">{v}</text>
        </g>
      ))}
      {history.map((r, i) => (
        <rect x={i * bw + bw * 0.15} width={bw * 0.7} y={H - Math.max((r.errors / 4) * H, 2)} height={Math.max((r.errors / 4) * H, 2)}
          class={r.errors === 0 ? 'pl-bar pl-bar-ok' : 'pl-bar'} />
      ))}
      <text x={W} y={H + 16} text-anchor="end" class="pl-axis-name">{axis}</text>
    </svg>
  );
}
