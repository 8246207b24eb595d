/**
 * ‖∂L/∂W_l‖ of one step per layer as log-scale bars (input side left, output layer last). Unlike
 * the lab's bars, a NaN/∞ value is drawn as a full-height warning bar labelled "∞"/"NaN", and an
 * exact 0 as an empty slot labelled "0", so neither disappears silently.
 */
import { fill, formatPower } from '~/widgets/kit/format';
import { decades } from '~/widgets/kit/charts/axes';
import { SPAN, fmt } from './summary';

export interface LayerBarsStrings { barsLabel: string; layerBar: string; outputBar: string; inputSide: string; outputSide: string }
interface Props { norms: readonly number[]; s: LayerBarsStrings }

export default function LayerBars({ norms, s }: Props) {
  const [lo, hi] = decades(norms, SPAN);
  const n = Math.max(norms.length, 1);
  const every = Math.ceil((hi - lo) / 5);
  const anyFinite = norms.some((v) => Number.isFinite(v) && v > 0);
  const marks = anyFinite ? Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((e) => (e - lo) % every === 0) : [];
  const summary = norms.map((v, i) => (i === norms.length - 1
    ? fill(s.outputBar, { v: fmt(v) }) : fill(s.layerBar, { l: i + 1, v: fmt(v) }))).join('; ');
  return (
    <div class="eg-bars">
      <div class="eg-bars-axis" aria-hidden="true">
        {marks.map((e) => <span style={{ bottom: `${((e - lo) / (hi - lo)) * 100}%` }}>{formatPower(10 ** e)}</span>)}
      </div>
      <div class="eg-bars-plot" role="img" aria-label={`${s.barsLabel}: ${summary}`}>
        <svg viewBox={`0 0 ${n * 10} 100`} preserveAspectRatio="none" aria-hidden="true">
          {marks.map((e) => {
            const y = 100 - ((e - lo) / (hi - lo)) * 100;
            return <line x1="0" x2={n * 10} y1={y} y2={y} class="eg-grid" vector-effect="non-scaling-stroke" />;
          })}
          {norms.map((v, i) => {
            const bad = !Number.isFinite(v);
            const h = bad ? 100 : v > 0 ? Math.max(0, Math.min(1, (Math.log10(v) - lo) / (hi - lo))) * 100 : 0;
            const cls = bad ? 'eg-bar eg-bar-bad' : i === norms.length - 1 ? 'eg-bar eg-bar-out' : 'eg-bar';
            return <rect x={i * 10 + 1.5} width="7" y={100 - h} height={h} class={cls} />;
          })}
        </svg>
        <div class="eg-bars-flags" aria-hidden="true">
          {norms.map((v, i) => (!Number.isFinite(v) || v === 0
            ? <span class={v === 0 ? 'eg-flag eg-flag-zero' : 'eg-flag'} style={{ left: `${((i + 0.5) / n) * 100}%` }}>{fmt(v)}</span>
            : null))}
        </div>
      </div>
      <div class="eg-bars-x" aria-hidden="true"><span>{s.inputSide}</span><span>{s.outputSide}</span></div>
    </div>
  );
}
