import type { Layer } from './layers.ts';

/**
 * Activation and gradient buffers for a batch of `n` rows, allocated once per batch size and
 * reused: u = dense output, z = activation input (u itself without BN), a = act(z),
 * h = layer output (a itself without a shortcut); dh, dz, du the matching gradients
 * (du is dz itself without BN). zo/o/dzo belong to the output layer.
 */
export interface Workspace {
  n: number;
  u: Float64Array[]; z: Float64Array[]; a: Float64Array[]; h: Float64Array[];
  xhat: Float64Array[]; mean: Float64Array[]; variance: Float64Array[]; invStd: Float64Array[];
  dh: Float64Array[]; dz: Float64Array[]; du: Float64Array[];
  zo: Float64Array; o: Float64Array; dzo: Float64Array;
  /** Scratch for the (unused) gradient w.r.t. the network input. */
  dInput: Float64Array;
}

const EMPTY = new Float64Array(0);

/** Buffers for n rows; gradient buffers only when `withGrad`. */
export function createWorkspace(hidden: Layer[], output: Layer, n: number, withGrad: boolean): Workspace {
  const ws: Workspace = {
    n, u: [], z: [], a: [], h: [], xhat: [], mean: [], variance: [], invStd: [], dh: [], dz: [], du: [],
    zo: new Float64Array(n * output.outSize), o: new Float64Array(n * output.outSize),
    dzo: withGrad ? new Float64Array(n * output.outSize) : EMPTY,
    dInput: withGrad ? new Float64Array(n * (hidden.length > 0 ? hidden[0].inSize : output.inSize)) : EMPTY,
  };
  for (const layer of hidden) {
    const size = n * layer.outSize;
    const bn = layer.bn !== null;
    const u = new Float64Array(size);
    const a = new Float64Array(size);
    ws.u.push(u);
    ws.z.push(bn ? new Float64Array(size) : u);
    ws.a.push(a);
    ws.h.push(layer.residual ? new Float64Array(size) : a);
    ws.xhat.push(bn ? new Float64Array(size) : EMPTY);
    ws.mean.push(bn ? new Float64Array(layer.outSize) : EMPTY);
    ws.variance.push(bn ? new Float64Array(layer.outSize) : EMPTY);
    ws.invStd.push(bn ? new Float64Array(layer.outSize) : EMPTY);
    const dz = withGrad ? new Float64Array(size) : EMPTY;
    ws.dh.push(withGrad ? new Float64Array(size) : EMPTY);
    ws.dz.push(dz);
    ws.du.push(withGrad && bn ? new Float64Array(size) : dz);
  }
  return ws;
}

/** A small map n → workspace that keeps the `limit` most recently created sizes. */
export class WorkspaceCache {
  private readonly map = new Map<number, Workspace>();
  private readonly make: (n: number) => Workspace;
  private readonly limit: number;
  constructor(make: (n: number) => Workspace, limit = 4) {
    this.make = make;
    this.limit = limit;
  }
  get(n: number): Workspace {
    let ws = this.map.get(n);
    if (ws === undefined) {
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as number);
      ws = this.make(n);
      this.map.set(n, ws);
    }
    return ws;
  }
}
