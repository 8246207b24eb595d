/**
 * A widget's chart data as one CSV in long ("tidy") form — `chart,series,x,y`, one row per point —
 * so several charts of different shapes fit one file that spreadsheets, pandas and R read as is.
 * Values keep full precision; a gap (null, NaN, ±∞) is written as NaN / Infinity / -Infinity or empty.
 */
export interface ChartSeries { name: string; points: readonly (readonly [number | string, number | null])[] }
export interface ChartData { chart: string; series: readonly ChartSeries[] }

/** One CSV field: quoted when it holds a comma, quote, or line break; formula-like text is defused. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** @example toCsv([{ chart: 'c', series: [{ name: 's', points: [[1, 0.5]] }] }]) === 'chart,series,x,y\r\nc,s,1,0.5\r\n' */
export function toCsv(charts: readonly ChartData[]): string {
  const rows = ['chart,series,x,y'];
  for (const c of charts) {
    for (const s of c.series) {
      for (const [x, y] of s.points) rows.push([c.chart, s.name, x, y].map(csvField).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** Minimal view of a Chart.js chart: enough to read its data without importing Chart.js here. */
export interface ChartLike {
  data: { labels?: unknown[]; datasets: { label?: string; data: unknown[] }[] };
}

/** The series of a Chart.js chart: {x, y} points, or plain values paired with the chart's labels. */
export function chartJsData(name: string, chart: ChartLike): ChartData {
  const labels = chart.data.labels ?? [];
  const series = chart.data.datasets.map((d, i) => ({
    name: d.label ?? `series ${i + 1}`,
    points: d.data.map((p, k): [number | string, number | null] => {
      if (p !== null && typeof p === 'object' && 'y' in p) {
        const q = p as { x: number | string; y: number | null };
        return [q.x, q.y];
      }
      const x = labels[k];
      return [typeof x === 'number' || typeof x === 'string' ? x : k, typeof p === 'number' ? p : null];
    }),
  }));
  return { chart: name, series };
}

/** A file name from a widget id: `gradient-lab-<lang>-<page>-<id>.csv`, ASCII only. */
export function csvFileName(lang: string, page: string, id: string): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return ['gradient-lab', clean(lang), clean(page), clean(id)].filter(Boolean).join('-') + '.csv';
}
