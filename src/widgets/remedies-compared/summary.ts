/**
 * The lesson's summary table, computed by the engine at build time with the same Comparison the
 * widget runs: depth 10, seed 1, SUMMARY_STEPS rounds. Memoised per module, so the Korean and the
 * English page (and the island's no-JS table, and RemediesTable.astro) share one computation.
 * Cost: six runs × 2000 steps of a 10 × 16 network ≈ 4–5 s on the dev machine.
 */
import type { Measurement } from '~/widgets/kit/lab/session';
import { Comparison, type CurvePoint } from './comparison';
import { firstLastRatio } from '~/widgets/kit/lab/protocol';
import { REMEDIES, type RemedyId } from './remedies';

export const SUMMARY_DEPTH = 10;
export const SUMMARY_SEED = 1;
export const SUMMARY_STEPS = 2000;
/** Steps whose loss and accuracy the no-JS table lists (the text alternative of the curves). */
export const CHECKPOINTS = [0, 100, 500, 1000, 2000];

export interface RemedyRow {
  id: RemedyId;
  lr: number;
  init: Measurement;
  end: Measurement;
  ratioInit: number | null;
  ratioEnd: number | null;
  /** First evaluated step (every 50) with accuracy ≥ 90 %, or null. */
  reached: number | null;
  divergedAt: number | null;
}
export interface Summary {
  depth: number; seed: number; steps: number;
  rows: RemedyRow[];
  checkpoints: CurvePoint[];
}

const memo = new Map<string, Summary>();

export function computeSummary(depth = SUMMARY_DEPTH, seed = SUMMARY_SEED, steps = SUMMARY_STEPS): Summary {
  const key = `${depth}/${seed}/${steps}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const c = new Comparison(depth, seed);
  const init = REMEDIES.map((_, i) => c.measure(i));
  const points: CurvePoint[] = [...c.takePoints()];
  c.advance(steps);
  points.push(...c.takePoints());
  const rows = REMEDIES.map((r, i): RemedyRow => {
    const end = c.measure(i);
    return {
      id: r.id, lr: r.lr, init: init[i], end,
      ratioInit: firstLastRatio(init[i].gradNorms), ratioEnd: firstLastRatio(end.gradNorms),
      reached: c.reached[i], divergedAt: c.divergedAt(i),
    };
  });
  const summary: Summary = {
    depth, seed, steps, rows,
    checkpoints: points.filter((p) => CHECKPOINTS.includes(p.step) && p.step <= steps),
  };
  memo.set(key, summary);
  return summary;
}
