/**
 * ‖∂L/∂h_l‖ relative to the top hidden layer, one log-scale bar per hidden layer (input side on
 * the left), with the shortcut-only prediction λ^k as a dashed line and a tick on each bar.
 * SVG stretched to its box (viewBox units, non-scaling strokes); decade labels are HTML so they
 * keep their size on a phone. Each bar carries a <title> with its value and the prediction.
 */
import { fill, formatNumber, formatPower } from '~/widgets/kit/format';
import { decades } from '~/widgets/kit/charts/axes';

export interface BarsStrings { chartLabel: string; barTitle: string; inputSide: string; outputSide: string }
interface Props { relative: readonly number[]; predicted: readonly number[]; s: BarsStrings }

export default function Bars({ relative, predicted, s }: Props) {
  const [lo, hi] = decades([...relative, ...predicted]);
  const n = relative.length;
  const y = (v: number) => 100 - Math.max(0, Math.min(1, (Math.log10(v) - lo) / (hi - lo))) * 100;
  const ok = (v: number) => Number.isFinite(v) && v > 0;
  const every = Math.ceil((hi - lo) / 6);
  const marks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((e) => (e - hi) % every === 0);
  const line = predicted.map((p, i) => (ok(p) ? `${i * 10 + 5},${y(p)}` : null)).filter((p) => p !== null).join(' ');
  return (
    <div class="ss-bars">
      <div class="ss-bars-axis" aria-hidden="true">
        {marks.map((e) => <span style={{ bottom: `${((e - lo) / (hi - lo)) * 100}%` }}>{formatPower(10 ** e)}</span>)}
      </div>
      <svg class="ss-bars-plot" viewBox={`0 0 ${n * 10} 100`} preserveAspectRatio="none" role="img" aria-label={s.chartLabel}>
        {marks.map((e) => {
          const gy = 100 - ((e - lo) / (hi - lo)) * 100;
          return <line x1="0" x2={n * 10} y1={gy} y2={gy} class="ss-grid" vector-effect="non-scaling-stroke" />;
        })}
        {relative.map((v, i) => {
          const top = ok(v) ? y(v) : 100;
          const title = fill(s.barTitle, { l: i + 1, v: formatNumber(v), p: formatNumber(predicted[i]) });
          return <rect x={i * 10 + 1.5} width="7" y={top} height={100 - top} class="ss-bar"><title>{title}</title></rect>;
        })}
        {line && <polyline points={line} class="ss-pred" vector-effect="non-scaling-stroke" />}
        {predicted.map((p, i) => ok(p) && (
          <line x1={i * 10 + 0.5} x2={i * 10 + 9.5} y1={y(p)} y2={y(p)} class="ss-pred-tick" vector-effect="non-scaling-stroke" />
        ))}
      </svg>
      <div class="ss-bars-x" aria-hidden="true"><span>{s.inputSide}</span><span>{s.outputSide}</span></div>
    </div>
  );
}
