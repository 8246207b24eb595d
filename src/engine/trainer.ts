import type { MlpNetwork, MlpSpec, NetworkState, Param } from './types.ts';
import type { TrainerHistory } from './history.ts';
import type { Dataset } from './datasets.ts';
import type { Optimizer } from './optimizers.ts';
import type { Rng } from './rng.ts';
import { createMlp } from './mlp.ts';
import { createRng, shuffleInPlace } from './rng.ts';
import { gradientNorm, scaleGradients } from './optimizers.ts';
import { accuracyOf, gridInputs } from './evaluate.ts';
import { appendRecord, emptyHistory } from './history.ts';

export interface TrainerOptions {
  /** The network to train, or a spec to build it from (exactly one). */
  network?: MlpNetwork;
  spec?: MlpSpec;
  data: Dataset;
  /** Examples per step; clamped to data.n. Each epoch uses ⌊n / batchSize⌋ full batches (the rest is dropped). */
  batchSize: number;
  optimizer: Optimizer;
  /** Global-norm clipping threshold applied before every update (off when absent). */
  clipNorm?: number;
  /** Record accuracy and layer statistics every k steps, starting at step 0; default 10, 0 = never. */
  statsEvery?: number;
  /** Seed of the per-epoch shuffles; default 1. */
  seed?: number;
}

/** 'ready' before the first step, 'ok' after healthy steps, 'diverged' once a loss or grad was NaN/±Infinity. */
export type TrainerStatus = 'ready' | 'ok' | 'diverged';

/**
 * Mini-batch training with a step budget per call: run(k) does up to k steps, so a page can do
 * a few per animation frame and a Worker can stream history. Pausing is not calling run().
 * @example const t = new Trainer({ spec, data, batchSize: 32, optimizer: new Sgd({ learningRate: 0.1 }) }); t.run(100);
 */
export class Trainer {
  readonly network: MlpNetwork;
  readonly data: Dataset;
  readonly batchSize: number;
  readonly optimizer: Optimizer;
  clipNorm: number | undefined;
  statsEvery: number;
  readonly seed: number;
  status: TrainerStatus = 'ready';
  /** Updates applied so far. */
  step = 0;
  /** The step whose loss or gradient was not finite; null while healthy. */
  divergedAt: number | null = null;
  /** Mini-batch loss of the last step taken (or of the step that diverged); NaN before the first. */
  lastLoss = NaN;
  /** Global ‖g‖ over every parameter of the last step, before clipping; NaN before the first. */
  lastGradientNorm = NaN;
  /** Whether clipping scaled the last step's gradient down (‖g‖ > clipNorm). */
  lastClipped = false;
  history: TrainerHistory;
  private readonly params: Param[];
  private readonly initial: NetworkState;
  private readonly order: Uint32Array;
  private readonly xb: Float64Array;
  private readonly yb: Float64Array;
  private readonly evalOut: Float64Array;
  private rng: Rng;
  private cursor = 0;
  private grid: { res: number; x: Float64Array; out: Float64Array } | null = null;

  constructor(options: TrainerOptions) {
    if ((options.network === undefined) === (options.spec === undefined)) {
      throw new Error('Trainer: pass exactly one of network or spec');
    }
    this.network = options.network ?? createMlp(options.spec as MlpSpec);
    const data = options.data;
    const spec = this.network.spec;
    if (data.inputs !== spec.inputs || data.outputs !== spec.output.units) {
      throw new Error(`Trainer: data is ${data.inputs}→${data.outputs}, network is ${spec.inputs}→${spec.output.units}`);
    }
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new Error('Trainer: batchSize must be a positive integer');
    this.data = data;
    this.batchSize = Math.min(options.batchSize, data.n);
    this.optimizer = options.optimizer;
    this.clipNorm = options.clipNorm;
    this.statsEvery = options.statsEvery ?? 10;
    this.seed = options.seed ?? 1;
    this.params = this.network.params();
    this.initial = this.network.snapshot();
    this.order = new Uint32Array(data.n);
    this.xb = new Float64Array(this.batchSize * data.inputs);
    this.yb = new Float64Array(this.batchSize * data.outputs);
    this.evalOut = new Float64Array(data.n * data.outputs);
    this.rng = createRng(this.seed);
    this.history = emptyHistory(this.network.spec.hidden.length);
    this.reset();
  }

  /** Back to the initial weights, optimizer state, shuffle stream and an empty history. */
  reset(): void {
    this.network.restore(this.initial);
    this.optimizer.reset();
    this.rng = createRng(this.seed);
    for (let i = 0; i < this.order.length; i++) this.order[i] = i;
    this.cursor = this.order.length; // forces a shuffle before the first batch
    this.status = 'ready';
    this.step = 0;
    this.divergedAt = null;
    this.lastLoss = NaN;
    this.lastGradientNorm = NaN;
    this.lastClipped = false;
    this.history = emptyHistory(this.network.spec.hidden.length);
  }

  /** Up to `steps` updates; returns how many were applied (fewer once diverged). */
  run(steps: number): number {
    let done = 0;
    while (done < steps && this.status !== 'diverged') {
      if (!this.trainStep()) break;
      done++;
    }
    return done;
  }

  /** Loss (inference mode) and accuracy on the whole data set with the current weights. */
  evaluate(): { loss: number; accuracy: number } {
    const { x, y, n } = this.data;
    return { loss: this.network.loss(x, y, n), accuracy: this.accuracy() };
  }

  /** Fraction of the data set classified correctly (threshold halfway between the label values; argmax for several outputs). */
  accuracy(): number {
    const { x, y, n, outputs } = this.data;
    this.network.forwardInto(x, n, this.evalOut);
    return accuracyOf(this.evalOut, y, n, outputs);
  }

  /**
   * Output unit 0 on a res × res grid for a decision boundary: out[r·res + c] at
   * x = xmin + c·(xmax−xmin)/(res−1), y = ymin + r·(ymax−ymin)/(res−1) (row 0 at ymin).
   * Without `out` it returns a buffer the next call reuses (copy it before transferring).
   */
  predictGrid(xmin: number, xmax: number, ymin: number, ymax: number, res: number, out?: Float64Array): Float64Array {
    if (this.data.inputs !== 2) throw new Error('predictGrid: needs a 2-input network');
    if (this.grid === null || this.grid.res !== res) {
      this.grid = { res, x: new Float64Array(res * res * 2), out: new Float64Array(res * res * this.data.outputs) };
    }
    gridInputs(this.grid.x, xmin, xmax, ymin, ymax, res);
    const U = this.data.outputs;
    this.network.forwardInto(this.grid.x, res * res, this.grid.out);
    const target = out ?? (U === 1 ? this.grid.out : new Float64Array(res * res));
    if (U === 1) {
      if (target !== this.grid.out) target.set(this.grid.out);
    } else {
      for (let i = 0; i < res * res; i++) target[i] = this.grid.out[i * U];
    }
    return target;
  }

  private trainStep(): boolean {
    const { x, y, inputs, outputs } = this.data;
    const B = this.batchSize;
    if (this.cursor + B > this.order.length) {
      shuffleInPlace(this.order, this.rng);
      this.cursor = 0;
    }
    for (let b = 0; b < B; b++) {
      const idx = this.order[this.cursor + b];
      for (let k = 0; k < inputs; k++) this.xb[b * inputs + k] = x[idx * inputs + k];
      for (let k = 0; k < outputs; k++) this.yb[b * outputs + k] = y[idx * outputs + k];
    }
    this.cursor += B;
    const loss = this.network.lossAndGrad(this.xb, this.yb, B);
    const total = gradientNorm(this.params);
    this.lastLoss = loss;
    this.lastGradientNorm = total;
    this.lastClipped = false;
    if (!Number.isFinite(loss) || !Number.isFinite(total)) {
      this.status = 'diverged';
      this.divergedAt = this.step;
      return false;
    }
    this.lastClipped = this.clipNorm !== undefined && total > this.clipNorm;
    if (this.statsEvery > 0 && this.step % this.statsEvery === 0) this.record();
    if (this.lastClipped) scaleGradients(this.params, (this.clipNorm as number) / total);
    this.optimizer.step(this.params);
    this.history.loss.push(loss);
    this.step++;
    this.status = 'ok';
    return true;
  }

  private record(): void {
    const net = this.network;
    appendRecord(this.history, this.step, this.accuracy(), net.layerStats(), net.outputStats().weightGradNorm, this.lastGradientNorm, this.lastClipped);
  }
}

