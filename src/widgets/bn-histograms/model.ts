/**
 * Two deep sigmoid networks trained side by side on the same data with the same seed — one plain,
 * one with batch norm (dense → BN → sigmoid) — and what the histogram widget draws from them:
 * per-layer histograms of z (the activation input; after BN when on), the spread of z across
 * examples, the BN layer's batch statistics against the running statistics the engine keeps,
 * and how far training-mode and inference-mode outputs of the BN net differ.
 * Pure: runs in the page, at build time and in the tests.
 */
import { Sgd, Trainer, type Dataset, type LayerSample } from '~/engine';
import { BATCH, BINS, DEPTH, LEARNING_RATE, POINTS, WIDTH, Z_RANGE, type Mode } from '~/widgets/kit/bn-net';

export { BATCH, BINS, DEPTH, LEARNING_RATE, POINTS, WIDTH, Z_RANGE, type Mode };
export { dataOf, specOf } from '~/widgets/kit/bn-setup';
import { dataOf, specOf } from '~/widgets/kit/bn-setup';

/**
 * Counts of `values` in `bins` equal bins over [−range, range]; outside values go to the edge bins.
 * @example histogram([0.1, 0.2, 5], 1, 2) // [0, 3]
 */
export function histogram(values: ArrayLike<number>, range = Z_RANGE, bins = BINS, stride = 1, offset = 0): number[] {
  const out = new Array<number>(bins).fill(0);
  const width = (2 * range) / bins;
  for (let k = offset; k < values.length; k += stride) {
    const b = Math.floor((values[k] + range) / width);
    out[Math.min(bins - 1, Math.max(0, Number.isFinite(b) ? b : 0))]++;
  }
  return out;
}

export interface LayerView {
  /** Histogram of z over every (example, unit). */
  pooled: number[];
  /** Histogram of z of unit 1 alone, over the examples. */
  unit: number[];
  /** Spread across examples: the population std of z over the examples, averaged over the units. */
  spread: number;
}

/** One layer's histograms and spread from an engine sample. */
export function viewOf(s: LayerSample): LayerView {
  let spread = 0;
  for (let j = 0; j < s.units; j++) {
    let m = 0, q = 0;
    for (let i = 0; i < s.n; i++) { const v = s.z[i * s.units + j]; m += v; q += v * v; }
    m /= s.n;
    spread += Math.sqrt(Math.max(0, q / s.n - m * m));
  }
  return { pooled: histogram(s.z), unit: histogram(s.z, Z_RANGE, BINS, s.units, 0), spread: spread / s.units };
}

export interface UnitStats {
  /** Per unit of one BN layer: the mean and std of u = W·h + b (BN's input) over the data set… */
  batchMean: number[]; batchStd: number[];
  /** …and the running mean and √(running variance) the engine keeps for inference. */
  runMean: number[]; runStd: number[];
}

/**
 * Batch statistics of BN layer `layer` (0-based) on the whole data set, computed from the training-mode
 * forward (u = W·h_prev + b), beside the engine's running statistics.
 */
export function unitStats(trainer: Trainer, data: Dataset, layer: number): UnitStats {
  const net = trainer.network;
  const prev = layer === 0 ? null : net.layerSamples(data.x, data.n, { training: true })[layer - 1];
  const input = prev ? prev.h : data.x;
  const fanIn = prev ? prev.units : data.inputs;
  const params = net.params();
  const W = params.find((p) => p.name === `hidden${layer + 1}.weight`)!.value;
  const b = params.find((p) => p.name === `hidden${layer + 1}.bias`)!.value;
  const state = net.snapshot();
  const batchMean: number[] = [], batchStd: number[] = [];
  for (let j = 0; j < WIDTH; j++) {
    let m = 0, q = 0;
    for (let i = 0; i < data.n; i++) {
      let u = b[j];
      for (let k = 0; k < fanIn; k++) u += W[j * fanIn + k] * input[i * fanIn + k];
      m += u; q += u * u;
    }
    m /= data.n;
    batchMean.push(m);
    batchStd.push(Math.sqrt(Math.max(0, q / data.n - m * m)));
  }
  return {
    batchMean, batchStd,
    runMean: Array.from(state.runningMean[layer]), runStd: Array.from(state.runningVar[layer], Math.sqrt),
  };
}

export interface ModeGap {
  /** Mean |p_train − p_infer| over the data set (p = predicted probability of class 1). */
  meanAbs: number;
  /** Fraction of points where both modes predict the same class. */
  agree: number;
}

/** How far the BN net's training-mode outputs (statistics of this batch) are from its inference outputs (running statistics). */
export function modeGap(trainer: Trainer, data: Dataset): ModeGap {
  const net = trainer.network;
  const pt = net.forward(data.x, data.n, { training: true });
  const pi = net.forward(data.x, data.n, { training: false });
  let sum = 0, same = 0;
  for (let i = 0; i < data.n; i++) {
    sum += Math.abs(pt[i] - pi[i]);
    if (pt[i] > 0.5 === pi[i] > 0.5) same++;
  }
  return { meanAbs: sum / data.n, agree: same / data.n };
}

export interface PairView {
  step: number;
  plain: LayerView[];
  bn: LayerView[];
  /** Whole-data-set accuracy (inference mode) of each net. */
  accuracyPlain: number;
  accuracyBn: number;
  gap: ModeGap;
  diverged: boolean;
}

/** The pair of runs: same data, same seed, same learning rate; only batch norm differs. */
export class BnPair {
  readonly data: Dataset;
  readonly plain: Trainer;
  readonly bn: Trainer;
  readonly seed: number;
  constructor(seed: number) {
    this.seed = seed;
    this.data = dataOf(seed);
    const make = (batchNorm: boolean) => new Trainer({
      spec: specOf(batchNorm, seed), data: this.data, batchSize: BATCH, optimizer: new Sgd({ learningRate: LEARNING_RATE }), statsEvery: 0, seed,
    });
    this.plain = make(false);
    this.bn = make(true);
  }

  get step(): number { return this.bn.step; }
  get diverged(): boolean { return this.plain.status === 'diverged' || this.bn.status === 'diverged'; }

  /** Steps both nets in lock-step until `steps` more are done or `deadline` (performance.now()) passes. */
  advance(steps: number, deadline = Infinity): number {
    let done = 0;
    while (done < steps && !this.diverged) {
      this.plain.run(1);
      this.bn.run(1);
      done++;
      if (performance.now() >= deadline) break;
    }
    return done;
  }

  reset(): void { this.plain.reset(); this.bn.reset(); }

  /** Histograms of both nets on the whole data set; the BN net in the given mode. */
  view(mode: Mode): PairView {
    const { x, n } = this.data;
    const plain = this.plain.network.layerSamples(x, n, { training: false }).map(viewOf);
    const bn = this.bn.network.layerSamples(x, n, { training: mode === 'train' }).map(viewOf);
    return {
      step: this.step, plain, bn, diverged: this.diverged,
      accuracyPlain: this.plain.evaluate().accuracy, accuracyBn: this.bn.evaluate().accuracy, gap: modeGap(this.bn, this.data),
    };
  }
}

export interface HistogramTable {
  /** Per layer: spread of z across examples — plain, BN in training mode, BN in inference mode (step 0), BN inference after `later` steps. */
  rows: { plain: number; bnTrain: number; bnInfer0: number; bnInferLater: number }[];
  later: number;
  gap0: ModeGap;
  gapLater: ModeGap;
}

/** The no-JS table for a seed: cheap (300 steps of one small net, ≈ 0.2 s). */
export function tableOf(seed: number, later = 300): HistogramTable {
  const pair = new BnPair(seed);
  const a = pair.view('train');
  const b = pair.view('infer');
  pair.bn.run(later);
  const { x, n } = pair.data;
  const c = pair.bn.network.layerSamples(x, n, { training: false }).map(viewOf);
  return {
    rows: a.plain.map((p, l) => ({ plain: p.spread, bnTrain: a.bn[l].spread, bnInfer0: b.bn[l].spread, bnInferLater: c[l].spread })),
    later, gap0: a.gap, gapLater: modeGap(pair.bn, pair.data),
  };
}
