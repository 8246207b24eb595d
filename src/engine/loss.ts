import type { OutputActivation } from './types.ts';
import { softplus } from './elementary/index.ts';
import { ACTIVATION_DEFS } from './activation-kernels.ts';

/**
 * Output activation, loss and ∂L/∂(logits) together. z are the logits (n×U), o = act(z).
 * bce = mean over batch and units of −[t log o + (1−t) log(1−o)], evaluated from the logits as
 * max(z,0) − z·t + log(1 + e^{−|z|}) so it never takes log(0); its logit gradient is (o − t)/(nU).
 * mse = mean over batch of ½Σ_units (o − t)²; dz = (o − t)·act′/n.
 */

/** o = act(z) on the output layer. */
export function outputActivate(kind: OutputActivation, z: Float64Array, o: Float64Array, len: number): void {
  ACTIVATION_DEFS[kind].forward(z, o, len, 0);
}

/** Mean loss of the batch; writes ∂L/∂z into dz when it is given. */
export function lossAndLogitGrad(
  loss: 'bce' | 'mse', kind: OutputActivation, z: Float64Array, o: Float64Array, y: Float64Array,
  dz: Float64Array | null, n: number, U: number,
): number {
  const len = n * U;
  let total = 0;
  if (loss === 'bce') {
    const inv = 1 / len;
    for (let i = 0; i < len; i++) {
      const zi = z[i];
      const t = y[i];
      total += softplus(zi) - zi * t;
      if (dz !== null) dz[i] = (o[i] - t) * inv;
    }
    return total * inv;
  }
  const inv = 1 / n;
  const def = ACTIVATION_DEFS[kind];
  for (let i = 0; i < len; i++) {
    const oi = o[i];
    const d = oi - y[i];
    total += 0.5 * d * d;
    if (dz !== null) {
      const slope = def.derivative(z[i], oi, 0);
      dz[i] = d * slope * inv;
    }
  }
  return total * inv;
}
