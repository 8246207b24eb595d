/**
 * The gradient that reaches each block of a sigmoid network with scaled shortcuts,
 * h_l = λ·h_(l−1) + σ(W_l h_(l−1) + b_l), at initialisation — the quantity in He et al. 2016
 * (Identity Mappings, eq. 5 and its scaled form): ∂E/∂x_l = ∂E/∂x_L·(λ^(L−l) + ∂/∂x_l Σ F̂).
 *
 * The engine's layerStats() reports ‖∂L/∂W_l‖ and ‖∂L/∂z_l‖ but not ‖∂L/∂h_l‖, so this file
 * takes the engine's own per-example backward trace (δ_l = ∂L/∂z_l of every layer) and adds the
 * last link of the chain rule: ∂L/∂h_l = W_(l+1)ᵀ δ_(l+1) + λ·∂L/∂h_(l+1). Pure: no DOM.
 */
import { createMlp, dataset2d, type Dataset, type MlpNetwork, type MlpSpec, type Trace } from '~/engine';
import type { Schema } from '~/widgets/kit/url-state';

export const MAX_BLOCKS = 30;
export const LAMBDA_MAX = 1.5;
/** Two moons with 200 points and noise 0.1, width 16, as in REFERENCE.md's at-initialisation figures. */
export const PROBE_POINTS = 200;
export const WIDTH = 16;

export const schema = {
  lambda: { kind: 'number', min: 0, max: LAMBDA_MAX, default: 0.5 },
  blocks: { kind: 'int', min: 1, max: MAX_BLOCKS, default: 10 },
  seed: { kind: 'int', min: 1, max: 9999, default: 1 },
} satisfies Schema;

export interface ProbeSettings { lambda: number; blocks: number; seed: number }

/**
 * The network: a first hidden layer 2 → 16 (no shortcut: the widths differ), then `blocks`
 * shortcut layers 16 → 16; sigmoid everywhere, Xavier init, sigmoid output with bce.
 */
export function probeSpec(s: ProbeSettings): MlpSpec {
  return {
    inputs: 2, hidden: Array.from({ length: s.blocks + 1 }, () => WIDTH), activation: 'sigmoid',
    output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier',
    residual: true, shortcutScale: s.lambda, seed: s.seed,
  };
}

/**
 * λ^(number of blocks above layer l), for hidden layers l = 1 … blocks + 1: what the shortcut
 * path alone does to a gradient on its way down, relative to the top hidden layer.
 * @example predicted(0.5, 2) // [0.25, 0.5, 1]
 */
export function predicted(lambda: number, blocks: number): number[] {
  return Array.from({ length: blocks + 1 }, (_, l) => lambda ** (blocks - l));
}

/**
 * ∂L/∂h_l of one example for every hidden layer (input side first), from the engine's trace.
 * `weights` are the weight arrays of the hidden layers and then the output layer, each [out, in].
 */
export function blockGradients(trace: Trace, weights: readonly Float64Array[], lambda: number, residual: readonly boolean[]): Float64Array[] {
  const hidden = trace.layers.length - 1;
  const out: Float64Array[] = new Array(hidden);
  let above: Float64Array | null = null;
  for (let l = hidden - 1; l >= 0; l--) {
    const next = trace.layers[l + 1];
    const units = trace.layers[l].h.length;
    const W = weights[l + 1];
    const dh = new Float64Array(units);
    // The dense layer above: Wᵀ δ (W is [out, in], so column j of W times δ).
    for (let o = 0; o < next.delta.length; o++) {
      const d = next.delta[o];
      for (let j = 0; j < units; j++) dh[j] += W[o * units + j] * d;
    }
    // The shortcut above: h_(l+1) = λ·h_l + …, so it adds λ·∂L/∂h_(l+1).
    if (above !== null && residual[l + 1]) for (let j = 0; j < units; j++) dh[j] += lambda * above[j];
    out[l] = dh;
    above = dh;
  }
  return out;
}

export interface ProbeResult {
  settings: ProbeSettings;
  /** ‖∂L/∂h_l‖ over the whole batch (L is the batch-mean loss), hidden layers input side first. */
  norms: number[];
  /** norms[l] / norms[top]; the top hidden layer is 1. */
  relative: number[];
  /** First hidden layer over the top one; null when the top gets no gradient at all. */
  ratio: number | null;
  /** λ^blocks. */
  predictedRatio: number;
}

/** Per-example work, done a slice at a time so a page never blocks (about 0.2 ms per example at 10 blocks). */
export class GradientProbe {
  readonly settings: ProbeSettings;
  private readonly net: MlpNetwork;
  private readonly data: Dataset;
  private readonly weights: Float64Array[];
  private readonly residual: boolean[];
  private readonly squares: Float64Array;
  private next = 0;

  constructor(settings: ProbeSettings) {
    this.settings = settings;
    this.data = dataset2d('twoMoons', { n: PROBE_POINTS, noise: 0.1, seed: settings.seed });
    this.net = createMlp(probeSpec(settings));
    const byName = new Map(this.net.params().map((p) => [p.name, p.value]));
    const names = [...Array.from({ length: settings.blocks + 1 }, (_, l) => `hidden${l + 1}`), 'output'];
    this.weights = names.map((n) => byName.get(`${n}.weight`)!);
    // The engine puts a shortcut on every hidden layer after the first whose width matches: here all of them.
    this.residual = names.map((_, l) => l > 0 && l <= settings.blocks);
    this.squares = new Float64Array(settings.blocks + 1);
  }

  get done(): boolean { return this.next >= this.data.n; }

  /** Processes examples until `deadline` (a performance.now() time) or the end; returns done. */
  advance(deadline = Infinity): boolean {
    const { x, y, inputs } = this.data;
    while (!this.done) {
      const i = this.next++;
      const trace = this.net.trace(x.subarray(i * inputs, (i + 1) * inputs), y.subarray(i, i + 1));
      const dh = blockGradients(trace, this.weights, this.settings.lambda, this.residual);
      dh.forEach((g, l) => { let s = 0; for (const v of g) s += v * v; this.squares[l] += s; });
      if (performance.now() >= deadline) break;
    }
    return this.done;
  }

  result(): ProbeResult {
    const n = this.data.n;
    const norms = Array.from(this.squares, (s) => Math.sqrt(s) / n);
    const top = norms[norms.length - 1];
    const ok = Number.isFinite(top) && top > 0;
    const relative = norms.map((v) => (ok ? v / top : NaN));
    const ratio = ok && Number.isFinite(relative[0]) ? relative[0] : null;
    return { settings: this.settings, norms, relative, ratio, predictedRatio: this.settings.lambda ** this.settings.blocks };
  }
}

/** The whole computation at once (build time, tests). */
export function probe(settings: ProbeSettings): ProbeResult {
  const p = new GradientProbe(settings);
  p.advance();
  return p.result();
}

export type Verdict = 'vanishes' | 'explodes' | 'kept' | 'none';

/** Vanishes: the first layer gets under a tenth of the top's gradient; explodes: over ten times. */
export function verdictOf(ratio: number | null): Verdict {
  if (ratio === null) return 'none';
  return ratio < 0.1 ? 'vanishes' : ratio > 10 ? 'explodes' : 'kept';
}

/** The rows of the no-JS table: ten blocks, seed 1. */
export const TABLE_LAMBDAS = [0, 0.5, 0.9, 1, 1.1, 1.5];
export const TABLE_BLOCKS = 10;
export interface TableRow { lambda: number; predicted: number; ratio: number | null }
let rows: TableRow[] | null = null;
/** Memoised, so the Korean and English pages compute it once per build (≈ 0.3 s). */
export function tableRows(): TableRow[] {
  rows ??= TABLE_LAMBDAS.map((lambda) => {
    const r = probe({ lambda, blocks: TABLE_BLOCKS, seed: 1 });
    return { lambda, predicted: r.predictedRatio, ratio: r.ratio };
  });
  return rows;
}
