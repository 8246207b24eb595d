import type { LayerStats } from './types.ts';
import type { Net } from './passes.ts';
import type { Workspace } from './workspace.ts';
import { ACTIVATION_DEFS } from './activation-kernels.ts';

/** Euclidean (Frobenius) norm of the first `len` entries. */
export function norm(v: Float64Array, len = v.length): number {
  let s = 0;
  for (let i = 0; i < len; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/**
 * Per-hidden-layer statistics of the last training batch held in `ws`. The gradient norms
 * arrive precomputed (`gradNorms[2l]` weight, `[2l+1]` bias), taken right after the backward
 * pass so that later in-place changes to the grads (clipping) do not leak into them.
 */
export function computeLayerStats(net: Net, ws: Workspace, gradNorms: Float64Array): LayerStats[] {
  const n = ws.n;
  const def = ACTIVATION_DEFS[net.activation];
  const slope = net.leakySlope;
  const threshold = 0.01 * def.max(slope);
  return net.hidden.map((layer, l) => {
    const O = layer.outSize;
    const len = n * O;
    const z = ws.z[l];
    const a = ws.a[l];
    const h = ws.h[l];
    let sum = 0;
    for (let i = 0; i < len; i++) sum += h[i];
    const mean = sum / len;
    let sq = 0;
    let saturated = 0;
    for (let i = 0; i < len; i++) {
      const d = h[i] - mean;
      sq += d * d;
      if (def.derivative(z[i], a[i], slope) < threshold) saturated++;
    }
    let dead = 0;
    for (let j = 0; j < O; j++) {
      let allZero = true;
      for (let i = 0; i < n && allZero; i++) allZero = a[i * O + j] === 0;
      if (allZero) dead++;
    }
    return {
      weightGradNorm: gradNorms[2 * l],
      biasGradNorm: gradNorms[2 * l + 1],
      preActGradNorm: norm(ws.dz[l], len),
      activationMean: mean,
      activationStd: Math.sqrt(sq / len),
      deadFraction: dead / O,
      saturatedFraction: saturated / len,
    };
  });
}
