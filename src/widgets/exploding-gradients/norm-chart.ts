/**
 * The gradient-norm chart: ‖g‖ before clipping per step on a log axis, the norm the update used
 * and the threshold when clipping is on, and every NaN/∞ step as a triangle at the top of the
 * axis with a text label (a small inline plugin writes it), so a blow-up is shown, not dropped.
 */
import { Chart, palette } from '~/widgets/kit/charts/setup';
import { decadeTicks } from '~/widgets/kit/charts/axes';
import { formatNumber } from '~/widgets/kit/format';
import type { ChartPoints } from './summary';

export interface NormChartText { axisStep: string; axisNorm: string; nonFinite: string; zero: string }

/** Creates the (empty) chart; `text` supplies the axis titles and the marker labels. */
export function createNormChart(canvas: HTMLCanvasElement, text: NormChartText): Chart {
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false, normalized: true, spanGaps: false, events: [],
      layout: { padding: { top: 18, right: 8 } },
      scales: {
        x: { type: 'linear', min: 0, title: { display: true, text: text.axisStep }, ticks: { maxTicksLimit: 8, precision: 0, callback: (v: number | string) => formatNumber(Number(v)) } },
        y: {
          type: 'logarithmic', title: { display: true, text: text.axisNorm }, ticks: { callback: decadeTicks() },
          // Evenly spaced decades (Chart.js's own log ticks skip irregularly over 70 decades).
          afterBuildTicks(axis: { min: number; max: number; ticks: { value: number }[] }) {
            const lo = Math.round(Math.log10(axis.min));
            const hi = Math.round(Math.log10(axis.max));
            const every = Math.max(1, Math.ceil((hi - lo) / 6));
            const ticks = [];
            for (let e = lo; e <= hi; e += every) ticks.push({ value: 10 ** e });
            axis.ticks = ticks;
          },
        },
      },
    } as never,
    plugins: [{
      id: 'markerLabels',
      afterDatasetsDraw(c: Chart) {
        const ctx = c.ctx;
        const p = palette();
        ctx.save();
        ctx.font = `600 12px ${p.font || 'sans-serif'}`;
        ctx.textAlign = 'center';
        c.data.datasets.forEach((ds, i) => {
          const role = (ds as { role?: string }).role;
          if (role !== 'overflow' && role !== 'zero') return;
          ctx.fillStyle = (ds as { borderColor?: string }).borderColor ?? p.fg;
          for (const el of c.getDatasetMeta(i).data) {
            if (role === 'overflow') { ctx.textBaseline = 'bottom'; ctx.fillText(text.nonFinite, el.x, el.y - 7); }
            else { ctx.textBaseline = 'bottom'; ctx.fillText(text.zero, el.x + 12, el.y - 4); }
          }
        });
        ctx.restore();
      },
    }],
  });
  return chart;
}

export interface NormChartColours { norm: string; used: string; threshold: string; warn: string }

/**
 * Redraws the chart from the points. The five datasets (norm, used, threshold, NaN/∞ markers,
 * zero markers) are created once and then only get new data, so a frame never rebuilds elements.
 */
export function drawNormChart(chart: Chart, pts: ChartPoints, clip: number | null, xmax: number, colours: NormChartColours): void {
  const sets = chart.data.datasets as unknown as Record<string, unknown>[];
  if (sets.length !== 5) {
    sets.length = 0;
    const line = { borderWidth: 2 };
    // Scriptable, so it follows the data (Chart.js caches plain options per dataset object).
    const dots = (ctx: { dataset: { data: unknown[] } }) => (ctx.dataset.data.length < 40 ? 2.5 : 0);
    sets.push({ ...line, pointRadius: dots }, { ...line, borderDash: [6, 4], pointRadius: 0 }, { borderDash: [2, 3], borderWidth: 1.5, pointRadius: 0 });
    const marker = (role: string, pointStyle: string) => ({ role, showLine: false, pointStyle, pointRadius: 7, borderWidth: 2, clip: false });
    sets.push(marker('overflow', 'triangle'), marker('zero', 'rectRot'));
  }
  const paint = (i: number, color: string, data: unknown[]) => Object.assign(sets[i], { data, borderColor: color, backgroundColor: color });
  paint(0, colours.norm, pts.norm);
  paint(1, colours.used, clip === null ? [] : pts.used);
  paint(2, colours.threshold, clip === null ? [] : [{ x: 0, y: clip }, { x: xmax, y: clip }]);
  paint(3, colours.warn, pts.overflow);
  paint(4, colours.warn, pts.zero);
  const scales = chart.options.scales as Record<string, { min?: number; max?: number }>;
  scales.x.max = xmax;
  scales.y.min = pts.min;
  scales.y.max = pts.max;
  chart.update('none');
}
