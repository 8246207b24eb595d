import type { HiddenActivation } from './types.ts';
import { sigmoid, tanh } from './elementary/index.ts';

/**
 * Batched activation kernels over flat buffers. The derivative is taken from the stored output
 * where that is cheaper (σ′ = a(1−a), tanh′ = 1−a²) and from z for the piecewise-linear ones.
 */

/** a[i] = act(z[i]) for i < len. */
export function activate(kind: HiddenActivation, slope: number, z: Float64Array, a: Float64Array, len: number): void {
  switch (kind) {
    case 'sigmoid':
      for (let i = 0; i < len; i++) a[i] = sigmoid(z[i]);
      return;
    case 'tanh':
      for (let i = 0; i < len; i++) a[i] = tanh(z[i]);
      return;
    case 'relu':
      for (let i = 0; i < len; i++) a[i] = z[i] > 0 ? z[i] : 0;
      return;
    case 'leakyRelu':
      for (let i = 0; i < len; i++) a[i] = z[i] > 0 ? z[i] : slope * z[i];
      return;
    default:
      if (a !== z) a.set(z.subarray(0, len));
  }
}

/** dz[i] = dh[i] · act′(z[i]), with a = act(z) already stored. */
export function activationBackward(
  kind: HiddenActivation, slope: number, z: Float64Array, a: Float64Array,
  dh: Float64Array, dz: Float64Array, len: number,
): void {
  switch (kind) {
    case 'sigmoid':
      for (let i = 0; i < len; i++) { const ai = a[i]; dz[i] = dh[i] * ai * (1 - ai); }
      return;
    case 'tanh':
      for (let i = 0; i < len; i++) { const ai = a[i]; dz[i] = dh[i] * (1 - ai * ai); }
      return;
    case 'relu':
      for (let i = 0; i < len; i++) dz[i] = z[i] > 0 ? dh[i] : 0;
      return;
    case 'leakyRelu':
      for (let i = 0; i < len; i++) dz[i] = z[i] > 0 ? dh[i] : slope * dh[i];
      return;
    default:
      if (dz !== dh) dz.set(dh.subarray(0, len));
  }
}

/** act′ at one point, from z and a = act(z) (used by the layer statistics). */
export function derivativeAt(kind: HiddenActivation, slope: number, z: number, a: number): number {
  switch (kind) {
    case 'sigmoid': return a * (1 - a);
    case 'tanh': return 1 - a * a;
    case 'relu': return z > 0 ? 1 : 0;
    case 'leakyRelu': return z > 0 ? 1 : slope;
    default: return 1;
  }
}
