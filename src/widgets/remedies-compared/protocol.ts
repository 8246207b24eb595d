/**
 * Messages between the comparison's page side and its engine host (one Web Worker for all six
 * runs, or the main-thread fallback). Plain data only, so postMessage copies it cheaply.
 */
import type { Measurement } from '~/widgets/kit/lab/session';
import type { CurvePoint } from './comparison';

export type ToHost =
  /** Build six new runs; `gen` tags every reply so answers about an older configuration are ignored. */
  | { type: 'init'; gen: number; depth: number; seed: number }
  /**
   * Work for up to `budgetMs`: pending measurements first, then training rounds (at most
   * `rounds`). `force` asks for a fresh measurement of all six runs at the step reached.
   */
  | { type: 'run'; gen: number; rounds: number; budgetMs: number; force: boolean }
  | { type: 'reset'; gen: number };

export interface CompareSnapshot {
  type: 'snap';
  gen: number;
  step: number;
  /** Per remedy, in REMEDIES order. */
  status: ('ready' | 'ok' | 'diverged')[];
  divergedAt: (number | null)[];
  reached: (number | null)[];
  /** Evaluation points (every 50 steps) recorded since the previous snapshot. */
  points: CurvePoint[];
  /** Fresh measurements taken in this reply: [remedy index, measurement]. */
  measured: [number, Measurement][];
  /** Measurements still queued; the page keeps asking until this is 0. */
  pending: number;
}
export type FromHost = CompareSnapshot | { type: 'fail'; gen: number; message: string };
