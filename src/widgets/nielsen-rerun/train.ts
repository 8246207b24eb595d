/**
 * Training the measured network (pure; `training` is the job the engine host steps in the
 * worker and, in slices, on the main thread). 800 of the 1,000 digits train with mini-batch SGD (batch 10, a fresh seeded shuffle per
 * epoch), the other 200 are held out. Every quarter epoch a point records each hidden layer's
 * "speed of learning" — ‖∂C/∂b_l‖ over the 800 training digits, ×10 (Nielsen's scale) — and the
 * accuracy on the 200 held-out digits. With batch norm the dense bias is inert (its gradient is
 * exactly 0); the BN shift β takes its role, so that variant records ‖∂C/∂β_l‖ instead.
 */
import { Sgd, Trainer, type MlpNetwork, type MlpSpec } from '~/engine';
import { nielsenSpec } from './measure';
import { BATCH, EPOCHS, LEARNING_RATE, POINTS_PER_EPOCH, SCALE, TRAIN_N, type Tensors, type TrainPoint, type TrainSettings, type Variant } from './settings';

export * from './settings';

export function variantSpec(v: Variant, layers: number, seed: number): MlpSpec {
  const base = nielsenSpec(layers, seed);
  if (v === 'relu') return { ...base, activation: 'relu', init: 'he' };
  if (v === 'bn') return { ...base, batchNorm: true };
  if (v === 'residual') return { ...base, residual: true };
  return base;
}

export function split(data: Tensors): { train: Tensors; test: Tensors } {
  const ins = data.x.length / data.n;
  const outs = data.y.length / data.n;
  return {
    train: { x: data.x.subarray(0, TRAIN_N * ins), y: data.y.subarray(0, TRAIN_N * outs), n: TRAIN_N },
    test: { x: data.x.subarray(TRAIN_N * ins), y: data.y.subarray(TRAIN_N * outs), n: data.n - TRAIN_N },
  };
}

export class NielsenTraining {
  readonly net: MlpNetwork;
  readonly settings: TrainSettings;
  private readonly train: Tensors;
  private readonly test: Tensors;
  /** The engine's mini-batch loop; its shuffle stream is seeded with seed + 1000. */
  private readonly trainer: Trainer;
  private readonly ins: number;
  private readonly outs: number;
  private readonly watched: RegExp;

  constructor(data: Tensors, settings: TrainSettings) {
    this.settings = settings;
    ({ train: this.train, test: this.test } = split(data));
    this.ins = data.x.length / data.n;
    this.outs = data.y.length / data.n;
    this.trainer = new Trainer({
      spec: variantSpec(settings.variant, settings.layers, settings.seed),
      data: { x: this.train.x, y: this.train.y, n: this.train.n, inputs: this.ins, outputs: this.outs },
      batchSize: BATCH, optimizer: new Sgd({ learningRate: settings.lr ?? LEARNING_RATE }), statsEvery: 0, seed: settings.seed + 1000,
    });
    this.net = this.trainer.network;
    this.watched = settings.variant === 'bn' ? /^hidden\d+\.beta$/ : /^hidden\d+\.bias$/;
  }

  get stepsPerEpoch(): number { return Math.floor(this.train.n / BATCH); }
  get steps(): number { return this.trainer.step; }
  get diverged(): boolean { return this.trainer.status === 'diverged'; }
  get epoch(): number { return this.steps / this.stepsPerEpoch; }

  /** Up to k SGD steps; false once the loss is no longer finite. */
  step(k: number): boolean {
    this.trainer.run(k);
    return !this.diverged;
  }

  /**
   * Per-layer ×10 gradient norms over all training digits, in slices of `slice` examples (the bce
   * averages over examples, so the slices' size-weighted mean is the full-batch gradient). The
   * gradients are discarded afterwards: the next step computes its own. With batch norm each slice
   * uses its own batch statistics (and nudges the running ones); slice = 800 makes it one batch.
   */
  *measure(slice = this.train.n): Generator<void, { speeds: number[]; loss: number }> {
    const watched = this.net.params().filter((p) => this.watched.test(p.name));
    const sums = watched.map((p) => new Float64Array(p.grad.length));
    let loss = 0;
    const n = this.train.n;
    for (let start = 0; start < n; start += slice) {
      const end = Math.min(n, start + slice);
      loss += (end - start) * this.net.lossAndGrad(this.train.x.subarray(start * this.ins, end * this.ins), this.train.y.subarray(start * this.outs, end * this.outs), end - start);
      watched.forEach((p, l) => { for (let i = 0; i < p.grad.length; i++) sums[l][i] += p.grad[i] * (end - start); });
      if (end < n) yield;
    }
    return { speeds: sums.map((s) => (SCALE * Math.hypot(...s)) / n), loss: loss / n };
  }

  /** Fraction of the held-out digits whose largest output is the right class (inference mode). */
  testAccuracy(): number {
    const out = this.net.forward(this.test.x, this.test.n, { training: false });
    let right = 0;
    for (let i = 0; i < this.test.n; i++) {
      let best = 0;
      for (let k = 1; k < this.outs; k++) if (out[i * this.outs + k] > out[i * this.outs + best]) best = k;
      if (this.test.y[i * this.outs + best] === 1) right++;
    }
    return right / this.test.n;
  }
}

/** SGD steps between two yields of `training` (a few ms on the main thread). */
export const STEPS_PER_SLICE = 5;

/**
 * The whole training as a job, the one epoch loop of this widget: a point at the start and every
 * quarter epoch (`ms` = compute time since the previous point, pauses excluded), yielding after
 * every STEPS_PER_SLICE steps and after every point. Returns false if it diverged.
 */
export function* training(data: Tensors, settings: TrainSettings, onPoint: (p: TrainPoint) => void, epochs = EPOCHS): Generator<void, boolean> {
  const t = new NielsenTraining(data, settings);
  const per = t.stepsPerEpoch / POINTS_PER_EPOCH;
  for (let q = 0; q <= epochs * POINTS_PER_EPOCH; q++) {
    let ms = 0;
    for (let s = 0; q > 0 && s < per; s += STEPS_PER_SLICE) {
      const t0 = performance.now();
      const ok = t.step(Math.min(STEPS_PER_SLICE, per - s));
      ms += performance.now() - t0;
      if (!ok) return false;
      yield;
    }
    const t0 = performance.now();
    const m = drain(t.measure());
    if (!Number.isFinite(m.loss)) return false;
    const testAccuracy = t.testAccuracy();
    onPoint({ epoch: t.epoch, speeds: m.speeds, loss: m.loss, testAccuracy, ms: ms + performance.now() - t0 });
    yield;
  }
  return true;
}

/** Runs a whole training synchronously (build time, tests): the same job, run to its end. */
export function trainAll(data: Tensors, settings: TrainSettings, onPoint: (p: TrainPoint) => void, epochs = EPOCHS): boolean {
  return drain(training(data, settings, onPoint, epochs));
}

/** Runs a generator to its end and returns its value. */
export function drain<T>(g: Generator<void, T>): T {
  for (;;) { const r = g.next(); if (r.done) return r.value; }
}
