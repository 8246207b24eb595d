/**
 * One lab run on the engine: data set, network, optimizer and trainer built from the settings,
 * plus the measurements the views draw. Runs unchanged in the worker, in the main-thread
 * fallback, at build time (the no-JS table) and in the tests.
 *
 * Measurements are taken on the WHOLE data set, so they do not depend on which mini-batch came
 * last: one full-batch lossAndGrad gives every layer's ‖∂L/∂W‖ and, from the same forward pass,
 * the dead units (a unit is dead when its activation is exactly 0 for every example of the data
 * set). That call overwrites the parameter grads (the next training step recomputes them) and,
 * with batch norm, would move the running statistics — so the network state is snapshotted
 * before and restored after; training is not disturbed.
 */
import { Adam, Momentum, Sgd, Trainer, dataset2d, type Dataset, type Optimizer } from '~/engine';
import { engineDataset, specOf, type LabSettings } from './settings';

export interface Measurement {
  step: number;
  /** Loss (inference mode) and accuracy on the whole data set with the current weights. */
  loss: number;
  accuracy: number;
  /** ‖∂L/∂W_l‖ per hidden layer (input side first), full-batch gradient; then the output layer's. */
  gradNorms: number[];
  outputGradNorm: number;
  /** Fraction of dead units per hidden layer over the whole data set. */
  dead: number[];
}

function optimizerOf(s: LabSettings): Optimizer {
  if (s.opt === 'adam') return new Adam({ learningRate: s.lr });
  if (s.opt === 'momentum') return new Momentum({ learningRate: s.lr, beta: 0.9 });
  return new Sgd({ learningRate: s.lr });
}

/** The data set of a lab: `points` points, standardised, seeded by the lab's seed. */
export function labData(s: LabSettings): Dataset {
  return dataset2d(engineDataset(s.dataset), { n: s.points, noise: s.noise, seed: s.seed });
}

export class LabSession {
  readonly trainer: Trainer;
  readonly data: Dataset;
  /** Half-width of the square shown by the decision-boundary view (data are standardised). */
  readonly extent: number;
  readonly settings: LabSettings;

  constructor(settings: LabSettings) {
    this.settings = settings;
    this.data = labData(settings);
    this.trainer = new Trainer({
      spec: specOf(settings), data: this.data, batchSize: settings.batch, optimizer: optimizerOf(settings),
      clipNorm: settings.clip > 0 ? settings.clip : undefined, statsEvery: 0, seed: settings.seed,
    });
    let m = 0;
    for (const v of this.data.x) m = Math.max(m, Math.abs(v));
    this.extent = Math.ceil(m * 1.1 * 4) / 4;
  }

  get step(): number { return this.trainer.step; }
  get status() { return this.trainer.status; }

  /** Up to `steps` updates, stopping early once `deadline` (a performance.now() time) has passed. */
  advance(steps: number, deadline = Infinity): number {
    let done = 0;
    while (done < steps && this.trainer.status !== 'diverged') {
      if (this.trainer.run(1) === 0) break;
      done++;
      if (performance.now() >= deadline) break;
    }
    return done;
  }

  reset(): void { this.trainer.reset(); }

  /** Loss, accuracy, per-layer gradient norms and dead fractions on the whole data set (see the file comment). */
  measure(): Measurement {
    const net = this.trainer.network;
    const { x, y, n } = this.data;
    const state = this.settings.bn ? net.snapshot() : null;
    net.lossAndGrad(x, y, n);
    const stats = net.layerStats();
    const outputGradNorm = net.outputStats().weightGradNorm;
    if (state) net.restore(state);
    const { loss, accuracy } = this.trainer.evaluate();
    return {
      step: this.trainer.step, loss, accuracy, outputGradNorm,
      gradNorms: stats.map((l) => l.weightGradNorm), dead: stats.map((l) => l.deadFraction),
    };
  }

  /** P(class 1) on a res × res grid over [−extent, extent]², row 0 at the bottom. */
  grid(res: number): Float32Array {
    const e = this.extent;
    return Float32Array.from(this.trainer.predictGrid(-e, e, -e, e, res));
  }
}
