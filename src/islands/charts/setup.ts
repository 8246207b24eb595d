/**
 * Chart.js, registered once with only the parts the course uses (never `chart.js/auto`), and the
 * site's colours read from CSS custom properties so charts follow the light and dark schemes.
 */
import {
  Chart, LineController, LineElement, PointElement, BarController, BarElement, ScatterController,
  LinearScale, LogarithmicScale, CategoryScale, Legend, Tooltip, Filler,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, ScatterController,
  LinearScale, LogarithmicScale, CategoryScale, Legend, Tooltip, Filler);
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
