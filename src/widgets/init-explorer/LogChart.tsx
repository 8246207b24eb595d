/**
 * One per-layer line on a logarithmic y axis (Chart.js), created once and updated in place.
 * The axis spans whole decades around the data (at least two), so a collapse to 10⁻⁹ and a
 * steady 1.4 are both readable; zeros and non-finite values become gaps.
 */
import { useRef } from 'preact/hooks';
import { palette, pointLineChart } from '~/widgets/kit/charts/setup';
import { useChart } from '~/widgets/kit/charts/useChart';
import { decadeTicks, decades } from '~/widgets/kit/charts/axes';

interface Props { values: number[] | null; label: string; xTitle: string; yTitle: string; color: number }

export default function LogChart({ values, label, xTitle, yTitle, color }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Label whole decades only, every `every.current`-th one when the range is wide.
  const every = useRef(1);
  useChart(canvas, (el) => pointLineChart(el, {
    x: { type: 'linear', title: { display: true, text: xTitle }, ticks: { precision: 0 } },
    y: { type: 'logarithmic', title: { display: true, text: yTitle }, ticks: { autoSkip: false, callback: decadeTicks(() => every.current) } },
  }), (c) => {
    const p = palette();
    const data = (values ?? []).map((v, i) => ({ x: i + 1, y: Number.isFinite(v) && v > 0 ? v : null }));
    const [lo, hi] = decades(values ?? [], { limit: Infinity, empty: [-2, 0] });
    every.current = Math.max(1, Math.ceil((hi - lo) / 7));
    const scales = c.options.scales!;
    scales.y!.min = 10 ** lo;
    scales.y!.max = 10 ** hi;
    scales.x!.min = 1;
    scales.x!.max = Math.max(2, data.length);
    (scales.y as { title: { text: string } }).title.text = yTitle;
    (scales.x as { title: { text: string } }).title.text = xTitle;
    const col = p.series[color];
    c.data.datasets = [{ data, borderColor: col, backgroundColor: col, borderWidth: 2, pointRadius: data.length > 15 ? 2 : 3.5, spanGaps: false }] as never;
    c.update('none');
  }, [values, xTitle, yTitle]);

  return <div class="chart-box ie-chart"><canvas ref={canvas} role="img" aria-label={label} /></div>;
}
