/**
 * ‖∂L/∂W_l‖ per layer as bars on a log scale, input side on the left, the output layer last and
 * in its own colour. SVG stretched to the box (bars in viewBox units); the decade labels are HTML so they
 * keep their size on a phone. Each bar carries a <title> with its value.
 */
import { fill, formatNumber, formatPower } from '~/widgets/kit/format';
import { decades } from '~/widgets/kit/charts/axes';

export interface BarStrings { layerBar: string; outputBar: string; chartLabel: string; inputSide: string; outputSide: string }
interface Props { norms: readonly number[]; outputNorm: number; s: BarStrings }

export default function GradientBars({ norms, outputNorm, s }: Props) {
  const values = [...norms, outputNorm];
  const [lo, hi] = decades(values);
  const n = values.length;
  const height = (v: number) => (Number.isFinite(v) && v > 0 ? Math.max(0, Math.min(1, (Math.log10(v) - lo) / (hi - lo))) * 100 : 0);
  const every = Math.ceil((hi - lo) / 6);
  const marks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((e) => (e - lo) % every === 0);
  return (
    <div class="lab-bars">
      <div class="lab-bars-axis" aria-hidden="true">
        {marks.map((e) => <span style={{ bottom: `${((e - lo) / (hi - lo)) * 100}%` }}>{formatPower(10 ** e)}</span>)}
      </div>
      <svg class="lab-bars-plot" viewBox={`0 0 ${n * 10} 100`} preserveAspectRatio="none" role="img" aria-label={s.chartLabel}>
        {marks.map((e) => {
          const y = 100 - ((e - lo) / (hi - lo)) * 100;
          return <line x1="0" x2={n * 10} y1={y} y2={y} class="lab-grid" vector-effect="non-scaling-stroke" />;
        })}
        {values.map((v, i) => {
          const h = height(v);
          const out = i === n - 1;
          const title = out ? fill(s.outputBar, { v: formatNumber(v) }) : fill(s.layerBar, { l: i + 1, v: formatNumber(v) });
          return (
            <rect x={i * 10 + 1.5} width="7" y={100 - h} height={h} class={out ? 'lab-bar lab-bar-out' : 'lab-bar'}><title>{title}</title></rect>
          );
        })}
      </svg>
      <div class="lab-bars-x" aria-hidden="true">
        <span>{s.inputSide}</span><span>{s.outputSide}</span>
      </div>
    </div>
  );
}
