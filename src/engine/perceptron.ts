import type { Dataset } from './datasets.ts';
import type { Rng } from './rng.ts';
import { createRng, shuffleInPlace } from './rng.ts';

export interface PerceptronOptions {
  /** η; default 1. */
  learningRate?: number;
  /** Initial weights (length data.inputs); default zeros. */
  weights?: ArrayLike<number>;
  /** Initial bias; default 0. */
  bias?: number;
  /** Visiting order of epoch(): 'fixed' = 0, 1, …, n−1 (default), or a seeded reshuffle each epoch. */
  order?: 'fixed' | { seed: number };
}

/** What one example did to the perceptron. */
export interface PerceptronStep {
  index: number;
  /** Step activation: 1 when w·x + b > 0, else 0. */
  prediction: 0 | 1;
  target: 0 | 1;
  misclassified: boolean;
  /** The update applied: Δw = η(t − ŷ)x and Δb = η(t − ŷ) (zeros when classified correctly). */
  dw: Float64Array;
  db: number;
}

/**
 * Rosenblatt's (1958) perceptron learning rule with targets in {0, 1} and a step activation
 * (w·x + b > 0 → 1; exactly 0 counts as class 0). Labels ≤ 0 are read as class 0, so ±1 data
 * works too. Converges on linearly separable data (AND/OR/NAND); never on XOR.
 * @example const p = new Perceptron(logicGate('and')); while (p.epoch() > 0);
 */
export class Perceptron {
  readonly data: Dataset;
  readonly w: Float64Array;
  b: number;
  learningRate: number;
  /** Completed epochs. */
  epochs = 0;
  private readonly order: Uint32Array;
  private readonly rng: Rng | null;

  constructor(data: Dataset, options: PerceptronOptions = {}) {
    if (data.outputs !== 1) throw new Error('Perceptron: needs one output per example');
    this.data = data;
    this.w = new Float64Array(data.inputs);
    if (options.weights !== undefined) {
      if (options.weights.length !== data.inputs) throw new Error(`Perceptron: weights need ${data.inputs} entries`);
      this.w.set(Array.from(options.weights));
    }
    this.b = options.bias ?? 0;
    this.learningRate = options.learningRate ?? 1;
    this.order = Uint32Array.from({ length: data.n }, (_, i) => i);
    const order = options.order ?? 'fixed';
    this.rng = order === 'fixed' ? null : createRng(order.seed);
  }

  /** w·x + b for one input vector. */
  activation(x: ArrayLike<number>): number {
    let s = this.b;
    for (let k = 0; k < this.w.length; k++) s += this.w[k] * x[k];
    return s;
  }

  predict(x: ArrayLike<number>): 0 | 1 {
    return this.activation(x) > 0 ? 1 : 0;
  }

  /** Applies the rule to example i: w ← w + η(t − ŷ)x, b ← b + η(t − ŷ). */
  step(i: number): PerceptronStep {
    const { inputs } = this.data;
    const x = this.data.x.subarray(i * inputs, (i + 1) * inputs);
    const target: 0 | 1 = this.data.y[i] > 0 ? 1 : 0;
    const prediction = this.predict(x);
    const scale = this.learningRate * (target - prediction);
    const dw = new Float64Array(inputs);
    for (let k = 0; k < inputs; k++) {
      dw[k] = scale * x[k];
      this.w[k] += dw[k];
    }
    this.b += scale;
    return { index: i, prediction, target, misclassified: prediction !== target, dw, db: scale };
  }

  /** One pass over the data in the configured order; returns how many examples were misclassified during it. */
  epoch(): number {
    if (this.rng !== null) shuffleInPlace(this.order, this.rng);
    let errors = 0;
    for (const i of this.order) if (this.step(i).misclassified) errors++;
    this.epochs++;
    return errors;
  }

  /** Examples misclassified by the current weights. */
  errors(): number {
    const { inputs, n } = this.data;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const x = this.data.x.subarray(i * inputs, (i + 1) * inputs);
      if (this.predict(x) !== (this.data.y[i] > 0 ? 1 : 0)) count++;
    }
    return count;
  }
}
