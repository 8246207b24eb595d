/**
 * Chart.js with only the core every chart here uses — line charts on linear and log axes — and the
 * site's colours read from CSS custom properties so charts follow the light and dark schemes.
 *
 * Budget: this core is ~48 KB gzipped, Chart.js's Legend + Tooltip add ~8 KB more, everything ~63 KB,
 * against 80 KB of JavaScript per lesson page. So legends are drawn in HTML (<ChartLegend>, also
 * better for screen readers), readouts replace tooltips, and an island that needs another part
 * (bars, fill, category axis) imports and registers it itself: `Chart.register(BarController, …)`.
 */
import { Chart, LineController, LineElement, PointElement, LinearScale, LogarithmicScale } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale);
Chart.defaults.animation = false;
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;

export { Chart };

export { palette, onSchemeChange, reducedMotion } from './theme';
export type { Palette } from './theme';
import type { Palette } from './theme';

/** Applies a palette to a chart's scales, legend and tooltip text. */
export function applyPalette(chart: Chart, p: Palette): void {
  chart.options.color = p.fg;
  for (const scale of Object.values(chart.options.scales ?? {})) {
    if (!scale) continue;
    // Set in place: once the chart exists these are Chart.js option proxies, which must not be spread.
    const part = scale as Record<'grid' | 'ticks' | 'title', { color?: string } | undefined>;
    if (part.grid) part.grid.color = p.grid; else part.grid = { color: p.grid };
    if (part.ticks) part.ticks.color = p.muted; else part.ticks = { color: p.muted };
    if (part.title) part.title.color = p.muted;
  }
}

/** An empty line chart fed {x, y} points (parsing off) on the given scales; data arrives in `draw`. */
export function pointLineChart(canvas: HTMLCanvasElement, scales: Record<string, unknown>): Chart {
  return new Chart(canvas, { type: 'line', data: { datasets: [] }, options: { parsing: false, scales } as never });
}
