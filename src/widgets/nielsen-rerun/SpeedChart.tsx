/**
 * Training view (Chart.js): each hidden layer's speed of learning (×10 gradient norm) against
 * epochs on a log axis, one colour per layer (--chart-1…4, input side first), plus the held-out accuracy (dashed, right axis, %).
 * Created once, updated in place; redrawn on a scheme change.
 */
import { useEffect, useRef } from 'preact/hooks';
import { Chart, applyPalette, onSchemeChange, palette } from '~/widgets/kit/charts/setup';
import { formatPower } from '~/widgets/kit/format';
import { decadeRange } from '~/widgets/kit/lab/protocol';
import type { TrainPoint } from './settings';

interface Props { points: readonly TrainPoint[]; layers: number; label: string; xTitle: string; yTitle: string; accTitle: string; layerName: (l: number) => string; accName: string }


export default function SpeedChart({ points, layers, label, xTitle, yTitle, accTitle, layerName, accName }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const latest = useRef({ points, layers });
  latest.current = { points, layers };

  useEffect(() => {
    const c = new Chart(canvas.current!, {
      type: 'line',
      data: { datasets: [] },
      options: {
        parsing: false,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true, text: xTitle } },
          y: { type: 'logarithmic', title: { display: true, text: yTitle },
            ticks: { autoSkip: false, callback: (v) => { const e = Math.round(Math.log10(Number(v)) * 1e6) / 1e6; return Number.isInteger(e) ? formatPower(Number(v)) : ''; } } },
          acc: { type: 'linear', position: 'right', min: 0, max: 100, title: { display: true, text: accTitle }, grid: { drawOnChartArea: false } },
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
    const { points, layers } = latest.current;
    const p = palette();
    const speeds = points.flatMap((pt) => pt.speeds);
    const [lo, hi] = decadeRange(speeds);
    const scales = c.options.scales!;
    scales.y!.min = 10 ** lo;
    scales.y!.max = 10 ** hi;
    scales.x!.max = Math.max(1, Math.ceil(points.at(-1)?.epoch ?? 1));
    const sets = Array.from({ length: layers }, (_, l) => {
      const col = p.series[l % p.series.length];
      return { label: layerName(l), yAxisID: 'y', data: points.map((pt) => ({ x: pt.epoch, y: pt.speeds[l] > 0 && Number.isFinite(pt.speeds[l]) ? pt.speeds[l] : null })),
        borderColor: col, backgroundColor: col, borderWidth: 2, pointRadius: 0 };
    });
    sets.push({ label: accName, yAxisID: 'acc', data: points.map((pt) => ({ x: pt.epoch, y: 100 * pt.testAccuracy })),
      borderColor: p.muted, backgroundColor: p.muted, borderWidth: 2, pointRadius: 0, borderDash: [6, 4] } as never);
    c.data.datasets = sets as never;
    c.update('none');
  }

  useEffect(draw, [points, layers]);

  return <div class="chart-box nr-speed"><canvas ref={canvas} role="img" aria-label={label} /></div>;
}
