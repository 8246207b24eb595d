/**
 * Settings of the initialisation explorer and the small pure helpers the page needs without the
 * engine (the engine itself reaches the page only inside the worker or the fallback).
 */
export const INITS = ['normal', 'tiny', 'lecun', 'xavier', 'he'] as const;
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export const GRADIENTS = ['dz', 'dw'] as const;
export type InitName = (typeof INITS)[number];
export type ActName = (typeof ACTIVATIONS)[number];
export type GradName = (typeof GRADIENTS)[number];

/** The std of the "tiny" scheme. */
export const TINY_STD = 0.01;
export const WIDTH_MIN = 16, WIDTH_MAX = 256, WIDTH_STEP = 16;
export const DEPTH_MAX = 30;
/** Batch of the normal (worker) path and of the build-time table. */
export const BATCH = 64;

export interface InitSettings { init: InitName; act: ActName; width: number; depth: number; seed: number }

export interface InitResult {
  /** Examples in the batch that produced these numbers (smaller in the main-thread fallback). */
  batch: number;
  /** Population std of z_l per hidden layer, input side first. */
  spread: number[];
  /** ‖∂L/∂z_l‖ over the batch, per hidden layer. */
  dz: number[];
  /** ‖∂L/∂W_l‖ (Frobenius), per hidden layer. */
  dw: number[];
  /** Fraction of (example, unit) pairs with act′(z) < 1 % of its maximum, per hidden layer. */
  saturated: number[];
}

/** Weight variance each scheme gives a layer with these fans (the formulas the lesson derives). */
export function weightVariance(name: InitName, fanIn: number, fanOut: number): number {
  if (name === 'normal') return 1;
  if (name === 'tiny') return TINY_STD ** 2;
  if (name === 'lecun') return 1 / fanIn;
  if (name === 'xavier') return 2 / (fanIn + fanOut);
  return 2 / fanIn;
}

/**
 * Batch for the main-thread fallback: about a width-256 × depth-10 × batch-16 pass of work
 * (≈ 30–40 ms), between 4 and BATCH examples.
 * @example fallbackBatch(128, 10) === 64; fallbackBatch(256, 30) === 5
 */
export function fallbackBatch(width: number, depth: number): number {
  const budget = 256 * 256 * 10 * 16;
  return Math.max(4, Math.min(BATCH, Math.floor(budget / (width * width * depth))));
}

/** Last layer's value over the first layer's; null when not a finite positive number. */
export function lastOverFirst(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const r = values[values.length - 1] / values[0];
  return Number.isFinite(r) && r > 0 ? r : null;
}

const SUPER: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };

/**
 * formatNumber with the thousands written like the rest of the large values: formatNumber passes
 * 10³ ≤ |x| < 10⁴ to toPrecision, which prints "4.92e+3" there; this prints 4.92×10³.
 * @example formatValue(4920, formatNumber) === '4.92×10³'
 */
export function formatValue(x: number, formatNumber: (x: number, digits?: number) => string, digits = 2): string {
  const abs = Math.abs(x);
  if (!(abs >= 1e3 && abs < 1e4)) return formatNumber(x, digits);
  const m = formatNumber(x / 1e3, digits);
  return m.startsWith('10') || m.startsWith('−10') ? formatNumber(Math.sign(x) * 1e4, digits) : `${m}×10${SUPER['3']}`;
}
