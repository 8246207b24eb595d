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

export interface Palette { fg: string; muted: string; grid: string; series: string[]; font: string }

/** The current scheme's colours, from the CSS variables on <html>. */
export function palette(): Palette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    fg: v('--fg'), muted: v('--muted'), grid: v('--chart-grid'),
    series: [v('--chart-1'), v('--chart-2'), v('--chart-3'), v('--chart-4')],
    font: v('--font-sans'),
  };
}

/** Calls `fn` whenever the colour scheme changes (system setting or the site's toggle); returns the unsubscribe. */
export function onSchemeChange(fn: () => void): () => void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  const observer = new MutationObserver(fn);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  media.addEventListener('change', fn);
  return () => { observer.disconnect(); media.removeEventListener('change', fn); };
}

/** Applies a palette to a chart's scales, legend and tooltip text. */
export function applyPalette(chart: Chart, p: Palette): void {
  chart.options.color = p.fg;
  for (const scale of Object.values(chart.options.scales ?? {})) {
    if (!scale) continue;
    scale.grid = { ...(scale.grid ?? {}), color: p.grid };
    scale.ticks = { ...(scale.ticks ?? {}), color: p.muted };
    const title = (scale as { title?: { color?: string } }).title;
    if (title) title.color = p.muted;
  }
}

/** True when the reader asked for less motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
