/**
 * The Chart.js lifecycle every chart here shares: created once when its canvas exists, painted
 * with the scheme's colours (again on every scheme change), fed by `draw` with update('none'),
 * destroyed on unmount.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Chart, applyPalette, onSchemeChange, palette } from './setup';

/**
 * `create` builds the chart on the canvas; `draw` puts the current data in and ends with
 * `chart.update('none')`. The latest `draw` is the one called (it may read props), after every change
 * of `deps` and on a scheme change.
 * `ready` false defers creation (canvases rendered only once the widget is live). Returns the chart.
 */
export function useChart(canvas: RefObject<HTMLCanvasElement>, create: (canvas: HTMLCanvasElement) => Chart,
  draw: (chart: Chart) => void, deps: unknown[], ready = true): RefObject<Chart> {
  const chart = useRef<Chart | null>(null);
  const latest = useRef(draw);
  latest.current = draw;
  const repaint = () => { if (chart.current) latest.current(chart.current); };
  useEffect(() => {
    if (!ready || !canvas.current) return;
    const c = create(canvas.current);
    chart.current = c;
    applyPalette(c, palette());
    repaint();
    const off = onSchemeChange(() => { applyPalette(c, palette()); repaint(); });
    return () => { off(); c.destroy(); chart.current = null; };
  }, [ready]);
  useEffect(repaint, deps);
  return chart;
}
