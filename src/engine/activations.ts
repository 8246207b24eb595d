import type { HiddenActivation } from './types.ts';
import { activationDef } from './activation-kernels.ts';

/** Scalar activation, its derivative and the derivative's maximum — for plots and for 0.25ⁿ. */
export interface ActivationFn {
  value(x: number): number;
  derivative(x: number): number;
  /** max over x of derivative(x): 1/4 for sigmoid, 1 otherwise. */
  maxDerivative: number;
}

/** The scalar view of an activation (see ACTIVATION_DEFS); leakyRelu's negative slope is a parameter (default 0.01). */
export function activationFn(name: HiddenActivation, leakySlope = 0.01): ActivationFn {
  const def = activationDef(name);
  const value = (x: number): number => def.value(x, leakySlope);
  return { value, derivative: (x) => def.derivative(x, value(x), leakySlope), maxDerivative: def.max(leakySlope) };
}

/**
 * The five activations with default settings.
 * @example activations.sigmoid.derivative(2) // ≈ 0.105
 */
export const activations: Record<HiddenActivation, ActivationFn> = {
  sigmoid: activationFn('sigmoid'),
  tanh: activationFn('tanh'),
  relu: activationFn('relu'),
  leakyRelu: activationFn('leakyRelu'),
  linear: activationFn('linear'),
};
