import type { LayerSample, LayerStats, MlpNetwork, MlpSpec, NetworkState, OutputStats, Param, Trace } from './types.ts';
import type { Net } from './passes.ts';
import type { Workspace } from './workspace.ts';
import { validateSpec } from './spec.ts';
import { buildLayers } from './layers.ts';
import { createWorkspace, WorkspaceCache } from './workspace.ts';
import { backwardPass, forwardPass } from './passes.ts';
import { lossAndLogitGrad } from './loss.ts';
import { batchNormUpdateRunning } from './batch-norm.ts';
import { computeLayerStats, norm } from './layer-stats.ts';
import { traceExample } from './trace.ts';

/** Inference runs in chunks of this many rows, so a 100×100 grid needs no 10,000-row buffers. */
const CHUNK = 256;

/**
 * Builds a multilayer perceptron from `spec` (see DESIGN.md "Engine API"); throws on an invalid spec.
 * @example const net = createMlp({ inputs: 2, hidden: [8, 8], activation: 'tanh',
 *   output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', seed: 1 });
 */
export function createMlp(spec: MlpSpec): MlpNetwork {
  validateSpec(spec);
  return new Mlp(spec);
}

class Mlp implements MlpNetwork {
  readonly spec: Readonly<MlpSpec>;
  private readonly net: Net;
  private readonly paramList: Param[];
  private readonly inputs: number;
  private readonly units: number;
  private readonly hasBn: boolean;
  /** Workspaces of lossAndGrad (their buffers back layerStats) and of gradient-free forwards. */
  private readonly gradCache: WorkspaceCache;
  private readonly forwardCache: WorkspaceCache;
  private lastGrad: Workspace | null = null;
  private traceWs: Workspace | null = null;
  /** Weight and bias gradient norms per hidden layer, then the output layer, from the last lossAndGrad. */
  private readonly gradNorms: Float64Array;

  constructor(spec: MlpSpec) {
    this.spec = structuredClone(spec);
    const { hidden, output, params } = buildLayers(spec);
    this.net = {
      hidden, output, activation: spec.activation, leakySlope: spec.leakySlope ?? 0.01, shortcutScale: spec.shortcutScale ?? 1,
      outputActivation: spec.output.activation,
    };
    this.paramList = params;
    this.inputs = spec.inputs;
    this.units = spec.output.units;
    this.hasBn = spec.batchNorm === true && hidden.length > 0;
    this.gradCache = new WorkspaceCache((n) => createWorkspace(hidden, output, n, true));
    this.forwardCache = new WorkspaceCache((n) => createWorkspace(hidden, output, n, false));
    this.gradNorms = new Float64Array(2 * hidden.length + 2);
  }

  /** The parameter list (a fresh array of the same live Param objects). */
  params(): Param[] {
    return this.paramList.slice();
  }

  /** Returns a new n × units array of outputs after the output activation. */
  forward(x: Float64Array, n: number, opts?: { training?: boolean }): Float64Array {
    return this.forwardInto(x, n, new Float64Array(n * this.units), opts);
  }

  forwardInto(x: Float64Array, n: number, out: Float64Array, opts?: { training?: boolean }): Float64Array {
    this.check(x, null, n, 'forward');
    if (out.length < n * this.units) throw new Error('forwardInto: out is shorter than n × units');
    const U = this.units;
    if (opts?.training === true) {
      // Batch statistics couple the rows: one pass over the whole batch, running stats untouched.
      this.requireBatch(n, 'forward({ training: true })');
      const ws = this.forwardCache.get(n);
      forwardPass(this.net, ws, x, n, true);
      out.set(ws.o.subarray(0, n * U));
      return out;
    }
    const ws = this.forwardCache.get(Math.min(n, CHUNK));
    for (let start = 0; start < n; start += CHUNK) {
      const m = Math.min(CHUNK, n - start);
      forwardPass(this.net, ws, start === 0 ? x : x.subarray(start * this.inputs), m, false);
      out.set(ws.o.subarray(0, m * U), start * U);
    }
    return out;
  }

  lossAndGrad(x: Float64Array, y: Float64Array, n: number): number {
    this.check(x, y, n, 'lossAndGrad');
    if (this.hasBn) this.requireBatch(n, 'lossAndGrad');
    const ws = this.gradCache.get(n);
    const net = this.net;
    forwardPass(net, ws, x, n, true);
    const loss = lossAndLogitGrad(this.spec.loss, net.outputActivation, ws.zo, ws.o, y, ws.dzo, n, this.units);
    backwardPass(net, ws, x, n);
    for (let l = 0; l < net.hidden.length; l++) {
      const layer = net.hidden[l];
      if (layer.bn !== null) batchNormUpdateRunning(layer.bn.runMean, layer.bn.runVar, ws.mean[l], ws.variance[l], n);
      this.gradNorms[2 * l] = norm(layer.dW);
      this.gradNorms[2 * l + 1] = norm(layer.db);
    }
    const L = net.hidden.length;
    this.gradNorms[2 * L] = norm(net.output.dW);
    this.gradNorms[2 * L + 1] = norm(net.output.db);
    this.lastGrad = ws;
    return loss;
  }

  /** Mean loss in inference mode (running statistics), without gradients or side effects. */
  loss(x: Float64Array, y: Float64Array, n: number): number {
    this.check(x, y, n, 'loss');
    const U = this.units;
    const ws = this.forwardCache.get(Math.min(n, CHUNK));
    let total = 0;
    for (let start = 0; start < n; start += CHUNK) {
      const m = Math.min(CHUNK, n - start);
      forwardPass(this.net, ws, x.subarray(start * this.inputs), m, false);
      total += m * lossAndLogitGrad(this.spec.loss, this.net.outputActivation, ws.zo, ws.o, y.subarray(start * U), null, m, U);
    }
    return total / n;
  }

  layerStats(): LayerStats[] {
    return computeLayerStats(this.net, this.requireLast('layerStats'), this.gradNorms);
  }

  outputStats(): OutputStats {
    const ws = this.requireLast('outputStats');
    const L = this.net.hidden.length;
    return {
      weightGradNorm: this.gradNorms[2 * L],
      biasGradNorm: this.gradNorms[2 * L + 1],
      preActGradNorm: norm(ws.dzo, ws.n * this.units),
    };
  }

  /**
   * Copies of z and h per hidden layer: without arguments from the last lossAndGrad; with
   * (x, n, opts) from a fresh forward on that batch (training mode uses batch statistics but,
   * like forward, never updates the running statistics).
   */
  layerSamples(x?: Float64Array, n?: number, opts?: { training?: boolean }): LayerSample[] {
    let ws: Workspace;
    if (x === undefined) {
      ws = this.requireLast('layerSamples');
    } else {
      const rows = n ?? Math.floor(x.length / this.inputs);
      this.check(x, null, rows, 'layerSamples');
      const training = opts?.training === true;
      if (training) this.requireBatch(rows, 'layerSamples({ training: true })');
      ws = this.forwardCache.get(rows); // the samples below are copies, so a cached buffer is safe
      forwardPass(this.net, ws, x, rows, training);
    }
    return this.net.hidden.map((layer, l) => ({
      n: ws.n,
      units: layer.outSize,
      z: ws.z[l].slice(),
      h: ws.h[l].slice(),
    }));
  }

  trace(x: Float64Array, y: Float64Array): Trace {
    this.traceWs ??= createWorkspace(this.net.hidden, this.net.output, 1, true);
    return traceExample(this.net, this.traceWs, this.paramList, this.spec.loss, x, y);
  }

  snapshot(): NetworkState {
    const bns = this.net.hidden.map((layer) => layer.bn);
    return {
      values: this.paramList.map((p) => p.value.slice()),
      runningMean: bns.map((bn) => (bn ? bn.runMean.slice() : new Float64Array(0))),
      runningVar: bns.map((bn) => (bn ? bn.runVar.slice() : new Float64Array(0))),
    };
  }

  restore(state: NetworkState): void {
    if (state.values.length !== this.paramList.length) throw new Error('restore: state belongs to another architecture');
    this.paramList.forEach((p, i) => {
      if (state.values[i].length !== p.value.length) throw new Error(`restore: ${p.name} has the wrong size`);
      p.value.set(state.values[i]);
    });
    this.net.hidden.forEach((layer, l) => {
      if (layer.bn === null) return;
      layer.bn.runMean.set(state.runningMean[l]);
      layer.bn.runVar.set(state.runningVar[l]);
    });
  }

  private requireLast(what: string): Workspace {
    if (this.lastGrad === null) throw new Error(`${what}: call lossAndGrad first`);
    return this.lastGrad;
  }

  private requireBatch(n: number, what: string): void {
    if (this.hasBn && n < 2) throw new Error(`${what}: batch norm in training mode needs n ≥ 2 examples, got ${n}`);
  }

  private check(x: Float64Array, y: Float64Array | null, n: number, what: string): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what}: n must be a positive integer, got ${n}`);
    if (x.length < n * this.inputs) throw new Error(`${what}: x holds ${x.length} values, need n × inputs = ${n * this.inputs}`);
    if (y !== null && y.length < n * this.units) {
      throw new Error(`${what}: y holds ${y.length} values, need n × units = ${n * this.units}`);
    }
  }
}
