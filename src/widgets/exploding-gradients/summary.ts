/**
 * What the widget says in words about a run, and the chart points it draws — pure, so the unit
 * tests can pin the readout to engine numbers. Non-finite norms are never dropped: they become
 * explicit markers at the top of the log axis (zeros, which a log axis cannot show, at the bottom).
 */
import { formatNumber } from '~/widgets/kit/format';
import { decades } from '~/widgets/kit/charts/axes';
import type { ExplodingRun, StepRecord } from './run';

/** The log axes here span whatever the norms reach (no clamp), one decade either side of 1 when nothing is finite. */
export const SPAN = { limit: Infinity, empty: [-1, 1] as [number, number] };

export type SummaryKey = 'ready' | 'diverged' | 'silent' | 'clipped' | 'unclipped';
export interface Summary { key: SummaryKey; values: { k: number; n: number; norm: number; bound: number; accuracy: number } }

/**
 * The readout's case for a run: diverged (at step k) beats silent (every hidden gradient exactly
 * 0), then clipped k of n steps, else an unclipped healthy run.
 * @example summarize(run).key === 'diverged' && summarize(run).values.k === 3
 */
export function summarize(run: ExplodingRun): Summary {
  const n = run.records.length;
  const last = run.records[n - 1];
  const values = { k: 0, n, norm: last?.norm ?? NaN, bound: run.clip === null ? NaN : Number(run.settings.lr) * run.clip, accuracy: NaN };
  if (n === 0) return { key: 'ready', values };
  if (run.status === 'diverged') return { key: 'diverged', values: { ...values, k: run.divergedAt ?? n - 1 } };
  values.accuracy = run.accuracy();
  if (run.hiddenSilent()) return { key: 'silent', values };
  if (run.clip !== null) return { key: 'clipped', values: { ...values, k: run.clippedCount() } };
  return { key: 'unclipped', values };
}


export interface ChartPoints {
  /** ‖g‖ before clipping; null where it is not a finite positive number (a gap, marked below). */
  norm: { x: number; y: number | null }[];
  /** min(‖g‖, c): what the update used (only with clipping). */
  used: { x: number; y: number | null }[];
  /** Steps whose norm was NaN/±∞, placed at the top of the axis. */
  overflow: { x: number; y: number }[];
  /** Steps whose norm was exactly 0, placed at the bottom of the axis. */
  zero: { x: number; y: number }[];
  /** The y range in powers of ten; one decade of head room above the largest finite value. */
  min: number;
  max: number;
}

/**
 * Chart data for the records: finite norms as lines, non-finite ones as markers at the axis top.
 * @example chartPoints([{ step: 0, norm: Infinity, … }], null).overflow // [{ x: 0, y: max }]
 */
export function chartPoints(records: readonly StepRecord[], clip: number | null): ChartPoints {
  const extra = clip === null ? [] : [clip];
  const [lo, hi] = decades([...records.map((r) => r.norm), ...extra], SPAN);
  // A handful of near-perfect batches (‖g‖ ≈ 1e-150) would squash the chart: the floor is one
  // decade under the 5th percentile (and the threshold); lower values run off the bottom edge.
  const finite = records.map((r) => r.norm).filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  const p5 = finite.length ? finite[Math.floor(0.05 * (finite.length - 1))] : 10 ** lo;
  const floor = Math.min(Math.floor(Math.log10(p5)) - 1, ...extra.map((c) => Math.floor(Math.log10(c)) - 1));
  const min = 10 ** Math.max(lo, Math.min(floor, hi - 2));
  const max = 10 ** (hi + 1);
  const ok = (v: number) => (Number.isFinite(v) && v > 0 ? v : null);
  return {
    norm: records.map((r) => ({ x: r.step, y: ok(r.norm) })),
    used: clip === null ? [] : records.map((r) => ({ x: r.step, y: ok(r.used) })),
    overflow: records.filter((r) => !Number.isFinite(r.norm)).map((r) => ({ x: r.step, y: max })),
    zero: records.filter((r) => r.norm === 0).map((r) => ({ x: r.step, y: min })),
    min, max,
  };
}

/**
 * formatNumber with 4 significant digits in [1000, 10000), where formatNumber's toPrecision(3)
 * would print "1.52e+3" (reported to the lead; format.ts is shared).
 * @example fmt(1515.9) === '1516'
 */
export function fmt(x: number): string {
  return Math.abs(x) >= 1e3 && Math.abs(x) < 1e4 ? formatNumber(x, 3) : formatNumber(x);
}
