/**
 * Nielsen's chain of single sigmoid neurons (Neural Networks and Deep Learning, ch. 5): with every
 * weight w and every pre-activation z, backpropagation multiplies the gradient by w·σ′(z) per
 * layer, so k layers back it has been multiplied by (w·σ′(z))ᵏ — explosion above 1, vanishing below.
 */
import { activations } from '~/engine';
import type { Schema } from '~/widgets/kit/url-state';

export const WEIGHTS = ['1', '2', '4', '5', '10', '20', '50', '100'] as const;
export const LAYERS = 10;
export const schema = {
  w: { kind: 'choice', options: WEIGHTS, default: '100' },
  z: { kind: 'number', min: 0, max: 8, default: 0 },
} satisfies Schema;

/** The factor one layer contributes: w·σ′(z). */
export const factor = (w: number, z: number): number => w * activations.sigmoid.derivative(z);

/**
 * (w·σ′(z))ᵏ for k = 1…LAYERS.
 * @example chainProducts(100, 0)[2] === 15625
 */
export function chainProducts(w: number, z: number): number[] {
  const f = factor(w, z);
  return Array.from({ length: LAYERS }, (_, k) => f ** (k + 1));
}

/** The no-JS table's cases: Nielsen's w = 100 at z = 0 and off-centre, and the vanishing side. */
export const TABLE_CASES: readonly { w: number; z: number }[] = [
  { w: 1, z: 0 }, { w: 4, z: 0 }, { w: 5, z: 0 }, { w: 100, z: 0 }, { w: 100, z: 4 }, { w: 100, z: 6 },
];
