/**
 * The learning-rate sweep of lesson 8: the same deep sigmoid net (10 × 16, Xavier, two moons with
 * 400 points, SGD with batch 32) trained at several learning rates, once plain and once with batch
 * norm, for a fixed number of steps. Each run reports its final loss and accuracy (whole data set,
 * inference mode) and how much its hidden weight matrices grew — with batch norm the output does
 * not depend on the scale of W, so the gradient is orthogonal to W and every SGD step makes ‖W‖
 * larger, which shrinks the effective step size by 1/‖W‖² (a self-tuning learning rate).
 * Runs are cut into time slices so a page can do a few milliseconds per frame.
 */
import { Sgd, Trainer } from '~/engine';
import { dataOf, specOf } from '~/widgets/kit/bn-setup';
import { LEARNING_RATES, RUNS, STEP_CHOICES, type RunResult } from './runs';

export { LEARNING_RATES, RUNS, STEP_CHOICES, type RunResult };

function hiddenWeightNorms(trainer: Trainer): number[] {
  return trainer.network.params().filter((p) => /^hidden\d+\.weight$/.test(p.name)).map((p) => {
    let s = 0;
    for (const v of p.value) s += v * v;
    return Math.sqrt(s);
  });
}

/** One run, advanced in slices. */
export class Run {
  readonly trainer: Trainer;
  readonly lr: number;
  readonly bn: boolean;
  readonly steps: number;
  private readonly start: number[];
  constructor(lr: number, bn: boolean, seed: number, steps: number) {
    this.lr = lr;
    this.bn = bn;
    this.steps = steps;
    this.trainer = new Trainer({ spec: specOf(bn, seed), data: dataOf(seed), batchSize: 32, optimizer: new Sgd({ learningRate: lr }), statsEvery: 0, seed });
    this.start = hiddenWeightNorms(this.trainer);
  }
  get done(): boolean { return this.trainer.step >= this.steps || this.trainer.status === 'diverged'; }
  /** Trains until done or `deadline` (performance.now()) passes; true when done. */
  advance(deadline = Infinity): boolean {
    while (!this.done) {
      this.trainer.run(Math.min(5, this.steps - this.trainer.step));
      if (performance.now() >= deadline) break;
    }
    return this.done;
  }
  result(): RunResult {
    const t = this.trainer;
    if (t.status === 'diverged') return { lr: this.lr, bn: this.bn, status: 'diverged', accuracy: NaN, loss: NaN, weightGrowth: NaN };
    const { loss, accuracy } = t.evaluate();
    const end = hiddenWeightNorms(t);
    const growth = end.reduce((a, w, i) => a + w / this.start[i], 0) / end.length;
    return { lr: this.lr, bn: this.bn, status: Number.isFinite(loss) ? 'ok' : 'diverged', accuracy, loss, weightGrowth: growth };
  }
}

/** The whole sweep, one run after another; `results[i]` belongs to RUNS[i] and is null until that run is done. */
export class Sweep {
  readonly results: (RunResult | null)[] = RUNS.map(() => null);
  private index = 0;
  private current: Run | null = null;
  readonly seed: number;
  readonly steps: number;
  constructor(seed: number, steps: number) { this.seed = seed; this.steps = steps; }
  get done(): boolean { return this.index >= RUNS.length; }
  /** Fraction of all training steps done. */
  get progress(): number {
    const partial = this.current ? this.current.trainer.step / this.steps : 0;
    return Math.min(1, (this.index + partial) / RUNS.length);
  }
  /** Works until `deadline`; true when the whole sweep is done. */
  advance(deadline = Infinity): boolean {
    while (!this.done) {
      const r = RUNS[this.index];
      this.current ??= new Run(r.lr, r.bn, this.seed, this.steps);
      if (!this.current.advance(deadline)) return false;
      this.results[this.index++] = this.current.result();
      this.current = null;
      if (performance.now() >= deadline) break;
    }
    return this.done;
  }
}

/** The sweep in one go (tests; the reference results). */
export function sweep(seed: number, steps: number): RunResult[] {
  const s = new Sweep(seed, steps);
  s.advance();
  return s.results as RunResult[];
}
