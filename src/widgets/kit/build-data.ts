/**
 * Build-time data read back on hydration: the build computes a widget's no-JS table with the engine
 * and leaves it as JSON in the table's `data-build` attribute; the page reads it instead of
 * recomputing (the engine then reaches the page only with the worker, or not at all). ±∞ and NaN
 * survive the trip (JSON would turn them into null).
 *
 * Usage, in the island: `const ssr = import.meta.env.SSR ? await import('./table') : null;`, then
 * `buildData(id, ssr && (() => ssr.compute(...)))`, and `{...buildAttr(data)}` on `#<id>-table`.
 */

const NON_FINITE = '$nonFinite';

const replacer = (_: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { [NON_FINITE]: String(v) } : v);
const reviver = (_: string, v: unknown) =>
  (v !== null && typeof v === 'object' && NON_FINITE in v ? Number((v as Record<string, string>)[NON_FINITE]) : v);

/** The data as the attribute holds it. */
export const encodeBuild = (data: unknown): string => JSON.stringify(data, replacer);

/** The inverse of encodeBuild; null when the text is missing or malformed. */
export function decodeBuild<T>(text: string | null | undefined): T | null {
  if (!text) return null;
  try { return JSON.parse(text, reviver) as T; } catch { return null; }
}

/** At build time `compute()`; in the page, what the build left in #<id>-table (null when absent). */
export function buildData<T>(id: string, compute: (() => T) | null): T | null {
  if (compute) return compute();
  if (typeof document === 'undefined') return null;
  return decodeBuild<T>(document.getElementById(`${id}-table`)?.dataset.build);
}

/** The attribute for the table element; none for null (e.g. once the widget is live). */
export const buildAttr = (data: unknown): { 'data-build'?: string } => (data === null || data === undefined ? {} : { 'data-build': encodeBuild(data) });
