/**
 * The lab's text alternative, computed at build time by the engine: each hidden layer's
 * ‖∂L/∂W‖ at initialisation and after a fixed number of steps, dead fractions, and the accuracy.
 * Results are memoised per settings, so the Korean and English pages train once.
 */
import { LabSession } from '~/widgets/kit/lab/session';
import type { LabSettings } from '~/widgets/kit/lab/settings';

export interface LabTable {
  steps: number;
  init: { loss: number; accuracy: number; gradNorms: number[]; outputGradNorm: number; dead: number[] };
  end: { loss: number; accuracy: number; gradNorms: number[]; outputGradNorm: number; dead: number[] };
  /** Step at which training diverged, if it did (the end row is then that step). */
  divergedAt: number | null;
}

/** Work per table: 3000 steps of a 10 × 16 network at batch 32 (≈ 0.5 s); bigger networks train fewer steps. */
const BUDGET = 3000 * 32 * 10 * 16 * 16;

/** Steps the table trains: 3000, or fewer (a multiple of 100, at least 100) for big networks. */
export function tableSteps(s: LabSettings): number {
  const perStep = Math.min(s.batch, s.points) * s.depth * s.width * Math.max(s.width, 2);
  return Math.max(100, Math.min(3000, Math.floor(BUDGET / perStep / 100) * 100));
}

const memo = new Map<string, LabTable>();

export function computeTable(s: LabSettings): LabTable {
  const key = JSON.stringify(s);
  const hit = memo.get(key);
  if (hit) return hit;
  const session = new LabSession(s);
  const init = session.measure();
  const steps = tableSteps(s);
  session.advance(steps);
  const end = session.measure();
  const table: LabTable = { steps, init, end, divergedAt: session.trainer.divergedAt };
  memo.set(key, table);
  return table;
}
