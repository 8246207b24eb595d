/**
 * Pure numbers behind the activation explorer: points of f and f′ on [−6, 6], the readout at one
 * x, and the best-case product (max f′)ⁿ that a chain of n layers multiplies into the gradient.
 * Every value comes from the engine's own scalar activations (src/engine/activations.ts).
 */
import { activationFn, type ActivationFn } from '~/engine';

export const FUNCTIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export const X_MIN = -6;
export const X_MAX = 6;
export const X_STEP = 0.1;
export const ALPHA_MAX = 0.3;
export const MAX_DEPTH = 30;
/** Columns of the no-JS table. */
export const TABLE_XS = [-4, -2, 0, 2, 4];
export const TABLE_DEPTHS = [1, 5, 10, 20];

/** The engine's activation; α only matters for Leaky ReLU. */
export function fnOf(name: FunctionName, alpha: number): ActivationFn {
  return activationFn(name, alpha);
}

export interface Point { x: number; y: number }

/**
 * f or f′ sampled on [X_MIN, X_MAX] every `step`. At x = 0 the derivative gets two points, its left
 * and right limits, so ReLU's jump is drawn as a vertical step rather than a slanted line.
 * @example curve('relu', 0.01, 'derivative').find((p) => p.x === 1)?.y === 1
 */
export function curve(name: FunctionName, alpha: number, which: 'value' | 'derivative', step = 0.05): Point[] {
  const f = fnOf(name, alpha);
  const g = which === 'value' ? f.value : f.derivative;
  const count = Math.round((X_MAX - X_MIN) / step);
  const out: Point[] = [];
  for (let i = 0; i <= count; i++) {
    const x = Number((X_MIN + i * step).toFixed(6));
    if (x === 0 && which === 'derivative') {
      out.push({ x: 0, y: g(-1e-12) }, { x: 0, y: g(0) }, { x: 0, y: g(1e-12) });
    } else out.push({ x, y: g(x) });
  }
  return out;
}

/** f(x) and f′(x) from the engine (at x = 0 ReLU's derivative is the engine's convention, 0). */
export function valuesAt(name: FunctionName, alpha: number, x: number): { value: number; derivative: number } {
  const f = fnOf(name, alpha);
  return { value: f.value(x), derivative: f.derivative(x) };
}

/**
 * The best case through n layers: (max f′)ⁿ — 0.25ⁿ for sigmoid, 1 for tanh and ReLU, max(1, α)ⁿ
 * for Leaky ReLU. Weights are left out; they multiply in as well (lesson 5).
 * @example bestCaseProduct('sigmoid', 0.01, 10) // ≈ 9.54e-7
 */
export function bestCaseProduct(name: FunctionName, alpha: number, n: number): number {
  return fnOf(name, alpha).maxDerivative ** n;
}

/** Snaps a slider value to its grid and range (floating steps such as 0.1 drift otherwise). */
export function snap(v: number, step: number, min: number, max: number): number {
  const s = Math.round(v / step) * step;
  return Math.min(max, Math.max(min, Number(s.toFixed(6))));
}
