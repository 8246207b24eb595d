/**
 * One per-layer line on a logarithmic y axis (Chart.js), created once and updated in place.
 * The axis spans whole decades around the data (at least two), so a collapse to 10⁻⁹ and a
 * steady 1.4 are both readable; zeros and non-finite values become gaps.
 */
import { useEffect, useRef } from 'preact/hooks';
import { Chart, applyPalette, onSchemeChange, palette } from '~/widgets/kit/charts/setup';
import { formatPower } from '~/widgets/kit/format';

interface Props { values: number[] | null; label: string; xTitle: string; yTitle: string; color: number }

/** Whole-decade bounds around the positive finite values (at least two decades). */
export function decadeBounds(values: readonly number[]): { min: number; max: number } {
  const ok = values.filter((v) => Number.isFinite(v) && v > 0);
  if (ok.length === 0) return { min: 1e-2, max: 1 };
  let lo = Math.floor(Math.log10(Math.min(...ok)));
  let hi = Math.ceil(Math.log10(Math.max(...ok)));
  if (hi - lo < 2) { const mid = (hi + lo) / 2; lo = Math.floor(mid - 1); hi = lo + 2; }
  return { min: 10 ** lo, max: 10 ** hi };
}

export default function LogChart({ values, label, xTitle, yTitle, color }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const every = useRef(1);
  // The scheme-change listener outlives renders: it draws whatever was passed last.
  const latest = useRef({ values, xTitle, yTitle });
  latest.current = { values, xTitle, yTitle };

  useEffect(() => {
    const c = new Chart(canvas.current!, {
      type: 'line',
      data: { datasets: [] },
      options: {
        parsing: false,
        scales: {
          x: { type: 'linear', title: { display: true, text: xTitle }, ticks: { precision: 0 } },
          y: {
            type: 'logarithmic', title: { display: true, text: yTitle },
            // Label whole decades only, every `every.current`-th one when the range is wide.
            ticks: { autoSkip: false, callback: (v) => {
              const e = Math.round(Math.log10(Number(v)) * 1e6) / 1e6;
              return Number.isInteger(e) && e % every.current === 0 ? formatPower(Number(v)) : '';
            } },
          },
        },
      },
    });
    chart.current = c;
    applyPalette(c, palette());
    const off = onSchemeChange(() => { applyPalette(c, palette()); draw(); });
    return () => { off(); c.destroy(); chart.current = null; };
  }, []);

  function draw() {
    const c = chart.current;
    if (!c) return;
    const { values, xTitle, yTitle } = latest.current;
    const p = palette();
    const data = (values ?? []).map((v, i) => ({ x: i + 1, y: Number.isFinite(v) && v > 0 ? v : null }));
    const { min, max } = decadeBounds(values ?? []);
    every.current = Math.max(1, Math.ceil(Math.round(Math.log10(max / min)) / 7));
    const scales = c.options.scales!;
    scales.y!.min = min;
    scales.y!.max = max;
    scales.x!.min = 1;
    scales.x!.max = Math.max(2, data.length);
    (scales.y as { title: { text: string } }).title.text = yTitle;
    (scales.x as { title: { text: string } }).title.text = xTitle;
    const col = p.series[color];
    c.data.datasets = [{ data, borderColor: col, backgroundColor: col, borderWidth: 2, pointRadius: data.length > 15 ? 2 : 3.5, spanGaps: false }] as never;
    c.update('none');
  }

  useEffect(draw, [values, xTitle, yTitle]);

  return <div class="chart-box ie-chart"><canvas ref={canvas} role="img" aria-label={label} /></div>;
}
