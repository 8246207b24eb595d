/**
 * The site's colour scheme as seen from a widget: the current palette from the CSS variables,
 * a subscription to scheme changes, and the reader's motion preference. No Chart.js here, so SVG
 * and canvas widgets can use it without loading a charting library.
 */
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

/** True when the reader asked for less motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
