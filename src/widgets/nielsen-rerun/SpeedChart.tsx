/**
 * Training view (Chart.js): each hidden layer's speed of learning (×10 gradient norm) against
 * epochs on a log axis, one colour per layer (--chart-1…4, input side first), plus the held-out accuracy (dashed, right axis, %).
 * Created once, updated in place; redrawn on a scheme change.
 */
import { useRef } from 'preact/hooks';
import { palette, pointLineChart } from '~/widgets/kit/charts/setup';
import { useChart } from '~/widgets/kit/charts/useChart';
import { decadeTicks, decades } from '~/widgets/kit/charts/axes';
import type { TrainPoint } from './settings';

interface Props { points: readonly TrainPoint[]; layers: number; label: string; xTitle: string; yTitle: string; accTitle: string; layerName: (l: number) => string; accName: string }

export default function SpeedChart({ points, layers, label, xTitle, yTitle, accTitle, layerName, accName }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useChart(canvas, (el) => pointLineChart(el, {
    x: { type: 'linear', min: 0, title: { display: true, text: xTitle } },
    y: { type: 'logarithmic', title: { display: true, text: yTitle }, ticks: { autoSkip: false, callback: decadeTicks() } },
    acc: { type: 'linear', position: 'right', min: 0, max: 100, title: { display: true, text: accTitle }, grid: { drawOnChartArea: false } },
  }), (c) => {
    const p = palette();
    const [lo, hi] = decades(points.flatMap((pt) => pt.speeds));
    const scales = c.options.scales!;
    scales.y!.min = 10 ** lo;
    scales.y!.max = 10 ** hi;
    scales.x!.max = Math.max(1, Math.ceil(points.at(-1)?.epoch ?? 1));
    // One dataset per layer and one for accuracy, kept across draws: only their data and colours change.
    const sets = c.data.datasets as unknown as Record<string, unknown>[];
    if (sets.length !== layers + 1) sets.length = 0;
    for (let l = 0; l < layers; l++) {
      const col = p.series[l % p.series.length];
      sets[l] = Object.assign(sets[l] ?? {}, { label: layerName(l), yAxisID: 'y', borderColor: col, backgroundColor: col, borderWidth: 2, pointRadius: 0,
        data: points.map((pt) => ({ x: pt.epoch, y: pt.speeds[l] > 0 && Number.isFinite(pt.speeds[l]) ? pt.speeds[l] : null })) });
    }
    sets[layers] = Object.assign(sets[layers] ?? {}, { label: accName, yAxisID: 'acc', borderColor: p.muted, backgroundColor: p.muted, borderWidth: 2,
      pointRadius: 0, borderDash: [6, 4], data: points.map((pt) => ({ x: pt.epoch, y: 100 * pt.testAccuracy })) });
    c.update('none');
  }, [points, layers]);

  return <div class="chart-box nr-speed"><canvas ref={canvas} role="img" aria-label={label} /></div>;
}
