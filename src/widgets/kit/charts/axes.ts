/**
 * Logarithmic axes shared by every chart and bar view: whole decades around the data, and tick
 * labels at whole decades only. Pure (no Chart.js), so SVG views and tests can use it.
 */
import { formatPower } from '../format';

/**
 * Whole decades [lo, hi] (exponents) covering the finite positive values: at least `min` decades wide
 * (a narrow range grows downwards), clamped to ±`limit`, and `empty` when there is no such value.
 * @example decades([0.3, 2]) → [-1, 1]; decades([1e-9, 0.2]) → [-9, 0]
 */
export function decades(values: readonly number[], { min = 2, limit = 30, empty = [-3, 0] as [number, number] } = {}): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || v <= 0) continue;
    lo = Math.min(lo, Math.floor(Math.log10(v)));
    hi = Math.max(hi, Math.ceil(Math.log10(v)));
  }
  if (lo === Infinity) return empty;
  if (hi === lo) hi++;
  if (hi - lo < min) lo = hi - min;
  return [Math.max(lo, -limit) + 0, Math.min(hi, limit) + 0];
}

/** True when v is a whole power of ten (to 10⁻⁶ in the exponent, as Chart.js's tick values drift). */
export const isDecade = (v: number): boolean => Number.isInteger(Math.round(Math.log10(v) * 1e6) / 1e6);

/**
 * A log-axis tick callback: whole decades as 10ⁿ, every `every`-th one (a number, or read at each
 * call for axes whose range changes), others blank.
 */
export function decadeTicks(every: number | (() => number) = 1): (v: number | string) => string {
  return (v) => {
    const x = Number(v);
    const n = typeof every === 'function' ? every() : every;
    return isDecade(x) && Math.round(Math.log10(x)) % n === 0 ? formatPower(x) : '';
  };
}
