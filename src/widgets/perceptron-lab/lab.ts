/**
 * Pure logic of the perceptron lab: the settings, a perceptron that can advance one example at a
 * time while keeping epoch bookkeeping, and the geometry of its decision line in the plane.
 * Every update is the engine's own `Perceptron.step`, so the widget shows exactly what the engine does.
 */
import { Perceptron, createRng, logicGate, type GateName, type PerceptronStep } from '~/engine';
import type { Schema, Values } from '~/widgets/kit/url-state';
export { halfPlane, type Point } from '~/widgets/kit/half-plane';

export const GATES = ['and', 'or', 'nand', 'xor'] as const;
export const RATES = ['0.1', '0.25', '0.5', '1'] as const;
/** Epochs one press of "run" may use before it stops and says why. */
export const RUN_CAP = 30;

export const schema = {
  gate: { kind: 'choice', options: GATES, default: 'and' },
  lr: { kind: 'choice', options: RATES, default: '1' },
  init: { kind: 'choice', options: ['zero', 'random'], default: 'zero' },
  seed: { kind: 'int', min: 1, max: 999, default: 1 },
} satisfies Schema;
export type Settings = Values<typeof schema>;

/**
 * Starting weights and bias [w1, w2, b]: zeros, or U(−1, 1) from the seeded engine RNG.
 * @example initialWeights({ ...settings, init: 'zero' }) // [0, 0, 0]
 */
export function initialWeights(s: Pick<Settings, 'init' | 'seed'>): [number, number, number] {
  if (s.init !== 'random') return [0, 0, 0];
  const rng = createRng(s.seed);
  const u = () => 2 * rng.next() - 1;
  return [u(), u(), u()];
}

export interface EpochRecord { epoch: number; errors: number; w1: number; w2: number; b: number }

/** A perceptron that advances one example at a time, in the fixed order (0,0), (0,1), (1,0), (1,1). */
export class Lab {
  readonly p: Perceptron;
  /** Index of the next example within the current epoch. */
  cursor = 0;
  /** Misclassified examples so far in the current epoch. */
  epochErrors = 0;
  /** One record per completed epoch. */
  readonly history: EpochRecord[] = [];
  last: PerceptronStep | null = null;

  constructor(s: Settings) {
    const [w1, w2, b] = initialWeights(s);
    this.p = new Perceptron(logicGate(s.gate as GateName), { learningRate: Number(s.lr), weights: [w1, w2], bias: b });
  }

  /** Applies the rule to the next example; closes the epoch after the fourth. */
  step(): PerceptronStep {
    const st = this.p.step(this.cursor);
    this.last = st;
    if (st.misclassified) this.epochErrors++;
    this.cursor++;
    if (this.cursor === this.p.data.n) {
      this.p.epochs++;
      this.history.push({ epoch: this.p.epochs, errors: this.epochErrors, w1: this.p.w[0], w2: this.p.w[1], b: this.p.b });
      this.cursor = 0;
      this.epochErrors = 0;
    }
    return st;
  }

  /** Finishes the current epoch (a whole one when at its start). */
  epoch(): void {
    do this.step(); while (this.cursor !== 0);
  }

  /** True once a whole epoch passed without a single update. */
  converged(): boolean {
    const h = this.history;
    return h.length > 0 && h[h.length - 1].errors === 0;
  }
}

/**
 * Runs whole epochs until one is error-free or `cap` epochs have passed; the build-time table.
 * @example runToEnd(defaults).map((r) => r.errors) // AND from zero: [1, 3, 3, 2, 1, 0]
 */
export function runToEnd(s: Settings, cap = RUN_CAP): EpochRecord[] {
  const lab = new Lab(s);
  while (!lab.converged() && lab.history.length < cap) lab.epoch();
  return lab.history;
}
