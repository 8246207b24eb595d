import type { HiddenActivation } from './types.ts';
import { sigmoid, tanh } from './elementary/index.ts';

/**
 * Every activation in one place: its value, its derivative, the derivative's maximum, and the
 * batched kernels over flat buffers that the passes use. Adding an activation is one entry here.
 * The derivative is taken from the stored output where that is cheaper (σ′ = a(1−a),
 * tanh′ = 1−a²) and from z for the piecewise-linear ones; `slope` is leakyRelu's negative slope.
 */
export interface ActivationDef {
  value(z: number, slope: number): number;
  /** act′ at z, given a = act(z). */
  derivative(z: number, a: number, slope: number): number;
  /** max over z of act′: 1/4 for sigmoid, max(1, slope) for leakyRelu, 1 otherwise. */
  max(slope: number): number;
  /** a[i] = act(z[i]) for i < len. */
  forward(z: Float64Array, a: Float64Array, len: number, slope: number): void;
  /** dz[i] = dh[i] · act′(z[i]) for i < len, with a = act(z) already stored. */
  backward(z: Float64Array, a: Float64Array, dh: Float64Array, dz: Float64Array, len: number, slope: number): void;
}

export const ACTIVATION_DEFS: Record<HiddenActivation, ActivationDef> = {
  sigmoid: {
    value: (z) => sigmoid(z),
    derivative: (_z, a) => a * (1 - a),
    max: () => 0.25,
    forward(z, a, len) { for (let i = 0; i < len; i++) a[i] = sigmoid(z[i]); },
    backward(_z, a, dh, dz, len) { for (let i = 0; i < len; i++) { const ai = a[i]; dz[i] = dh[i] * ai * (1 - ai); } },
  },
  tanh: {
    value: (z) => tanh(z),
    derivative: (_z, a) => 1 - a * a,
    max: () => 1,
    forward(z, a, len) { for (let i = 0; i < len; i++) a[i] = tanh(z[i]); },
    backward(_z, a, dh, dz, len) { for (let i = 0; i < len; i++) { const ai = a[i]; dz[i] = dh[i] * (1 - ai * ai); } },
  },
  relu: {
    value: (z) => (z > 0 ? z : 0),
    derivative: (z) => (z > 0 ? 1 : 0),
    max: () => 1,
    forward(z, a, len) { for (let i = 0; i < len; i++) a[i] = z[i] > 0 ? z[i] : 0; },
    backward(z, _a, dh, dz, len) { for (let i = 0; i < len; i++) dz[i] = z[i] > 0 ? dh[i] : 0; },
  },
  leakyRelu: {
    value: (z, slope) => (z > 0 ? z : slope * z),
    derivative: (z, _a, slope) => (z > 0 ? 1 : slope),
    max: (slope) => Math.max(1, slope),
    forward(z, a, len, slope) { for (let i = 0; i < len; i++) a[i] = z[i] > 0 ? z[i] : slope * z[i]; },
    backward(z, _a, dh, dz, len, slope) { for (let i = 0; i < len; i++) dz[i] = z[i] > 0 ? dh[i] : slope * dh[i]; },
  },
  linear: {
    value: (z) => z,
    derivative: () => 1,
    max: () => 1,
    forward(z, a, len) { if (a !== z) a.set(z.subarray(0, len)); },
    backward(_z, _a, dh, dz, len) { if (dz !== dh) dz.set(dh.subarray(0, len)); },
  },
};

/** The definition of a named activation (throws on an unknown name). */
export function activationDef(kind: HiddenActivation): ActivationDef {
  const def = ACTIVATION_DEFS[kind];
  if (def === undefined) throw new Error(`unknown activation '${String(kind)}'`);
  return def;
}
