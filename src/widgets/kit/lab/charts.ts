/**
 * The lab's Chart.js line charts (gradients over time, loss/accuracy, dead units). Created once,
 * fed plain {x, y} points with parsing off, redrawn with update('none'): no animation, no
 * Legend/Tooltip plugins (HTML legends and text readouts instead).
 */
import { Chart, applyPalette, palette } from '../charts/setup';
import { formatNumber } from '../format';
import { decadeTicks } from '../charts/axes';

export interface Line { label: string; data: { x: number; y: number | null }[]; color: string; dash?: number[]; axis?: 'y' | 'y1'; width?: number; point?: number }
export interface AxisSpec { title: string; log?: boolean; min?: number; max?: number; percent?: boolean }

const pct = (v: number | string) => `${formatNumber(Number(v) * 100)}%`;

function scale(a: AxisSpec, position: 'left' | 'right') {
  return {
    type: a.log ? 'logarithmic' : 'linear', position, min: a.min, max: a.max,
    title: { display: true, text: a.title },
    ticks: { maxTicksLimit: 6, callback: a.log ? decadeTicks() : a.percent ? pct : (v: number | string) => formatNumber(Number(v)) },
    grid: { drawOnChartArea: position === 'left' },
  };
}

/** A line chart over training steps with one left axis and an optional right axis. */
export function lineChart(canvas: HTMLCanvasElement, xTitle: string, y: AxisSpec, y1?: AxisSpec): Chart {
  const scales: Record<string, unknown> = {
    x: { type: 'linear', min: 0, title: { display: true, text: xTitle }, ticks: { maxTicksLimit: 6, callback: (v: number | string) => formatNumber(Number(v)) } },
    y: scale(y, 'left'),
  };
  if (y1) scales.y1 = scale(y1, 'right');
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: { parsing: false, normalized: true, spanGaps: false, events: [], scales } as never,
  });
  applyPalette(chart, palette());
  return chart;
}

/** Updates the chart's lines in place (new datasets only when their number changes) and redraws without animation. */
export function setLines(chart: Chart, lines: Line[]): void {
  const sets = chart.data.datasets as unknown as Record<string, unknown>[];
  if (sets.length !== lines.length) sets.length = 0;
  lines.forEach((l, i) => {
    const ds = sets[i] ?? (sets[i] = {});
    Object.assign(ds, {
      label: l.label, data: l.data, borderColor: l.color, backgroundColor: l.color, borderDash: l.dash ?? [],
      borderWidth: l.width ?? 1.5, pointRadius: l.point ?? 0, yAxisID: l.axis ?? 'y',
    });
  });
  chart.update('none');
}
