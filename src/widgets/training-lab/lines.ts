/**
 * What each of the lab's time charts draws: per-layer gradient norms (input side to output side on
 * a colour ramp, the output layer dashed), loss with accuracy on the right axis, or dead fractions;
 * and what the CSV download holds.
 */
import type { Chart, Palette } from '~/widgets/kit/charts/setup';
import { chartJsData, type ChartData } from '~/widgets/kit/csv';
import type { Measurement } from '~/widgets/kit/lab/session';
import { fill } from '~/widgets/kit/format';
import type { Line } from '~/widgets/kit/lab/charts';
import { mixHex, rampAt, type SeriesBuffer } from '~/widgets/kit/lab/protocol';
import type { ViewName } from '~/widgets/kit/lab/settings';

export interface LabSeries { grad: SeriesBuffer; loss: SeriesBuffer; dead: SeriesBuffer }
interface LineStrings { layerName: string; outputLayer: string; lossLabel: string; accuracyLabel: string }

/** The lines of one time view (none for the bar and boundary views). */
export function linesFor(view: ViewName, sr: LabSeries, p: Palette, s: LineStrings): Line[] {
  const ramp = (l: number, L: number) => mixHex(p.series[0], p.series[1], rampAt(l, L));
  if (view === 'gradientsOverTime') {
    const L = sr.grad.ys.length - 1;
    return sr.grad.ys.map((_, i) => i < L
      ? { label: fill(s.layerName, { l: i + 1 }), data: sr.grad.points(i), color: ramp(i, L) }
      : { label: s.outputLayer, data: sr.grad.points(i), color: p.fg, dash: [5, 4], width: 1.5 });
  }
  if (view === 'loss') {
    return [
      { label: s.lossLabel, data: sr.loss.points(0), color: p.series[0], width: 2 },
      { label: s.accuracyLabel, data: sr.loss.points(1), color: p.series[2], dash: [6, 3], axis: 'y1', width: 2 },
    ];
  }
  if (view === 'dead') {
    const L = sr.dead.ys.length;
    return sr.dead.ys.map((_, i) => ({ label: fill(s.layerName, { l: i + 1 }), data: sr.dead.points(i), color: ramp(i, L) }));
  }
  return [];
}

interface CsvStrings { views: Record<ViewName, string>; chartLabels: Record<ViewName, string>; outputLayer: string }

/** What the views show right now: the bars' per-layer norms, then each Chart.js chart as drawn. */
export function csvOf(views: readonly ViewName[], m: Measurement | null, charts: Partial<Record<ViewName, Chart>>, s: CsvStrings): ChartData[] {
  const out: ChartData[] = [];
  if (views.includes('gradients') && m) {
    out.push({ chart: s.views.gradients, series: [
      { name: s.views.gradients, points: m.gradNorms.map((v, i) => [i + 1, v] as const) },
      { name: s.outputLayer, points: [[m.gradNorms.length + 1, m.outputGradNorm]] },
    ] });
  }
  for (const v of views) {
    const c = charts[v];
    if (c) out.push(chartJsData(s.chartLabels[v], c));
  }
  return out;
}
