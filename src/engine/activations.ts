import type { HiddenActivation } from './types.ts';
import { sigmoid, tanh } from './elementary/index.ts';

/** Scalar activation, its derivative and the derivative's maximum — for plots and for 0.25ⁿ. */
export interface ActivationFn {
  value(x: number): number;
  derivative(x: number): number;
  /** max over x of derivative(x): 1/4 for sigmoid, 1 otherwise. */
  maxDerivative: number;
}


/** Builds the scalar table; leakyRelu's negative slope is a parameter (default 0.01). */
export function activationFn(name: HiddenActivation, leakySlope = 0.01): ActivationFn {
  switch (name) {
    case 'sigmoid':
      return { value: sigmoid, derivative: (x) => sigmoid(x) * (1 - sigmoid(x)), maxDerivative: 0.25 };
    case 'tanh':
      return { value: tanh, derivative: (x) => { const t = tanh(x); return 1 - t * t; }, maxDerivative: 1 };
    case 'relu':
      return { value: (x) => (x > 0 ? x : 0), derivative: (x) => (x > 0 ? 1 : 0), maxDerivative: 1 };
    case 'leakyRelu':
      return {
        value: (x) => (x > 0 ? x : leakySlope * x),
        derivative: (x) => (x > 0 ? 1 : leakySlope),
        maxDerivative: Math.max(1, leakySlope),
      };
    case 'linear':
      return { value: (x) => x, derivative: () => 1, maxDerivative: 1 };
    default:
      throw new Error(`unknown activation '${String(name)}'`);
  }
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
