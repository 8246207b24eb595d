import { expNonPositive, expm1Mid, expm1Small } from './exp-special.ts';
import { log1p } from './log.ts';

/**
 * tanh after fdlibm's s_tanh.c (through expm1), and the logistic family the engine needs:
 * sigmoid σ(x) = 1/(1 + e^−x), softplus log(1 + e^x) = max(x, 0) + log1p(e^−|x|) (never overflows),
 * and log σ(x) = −softplus(−x) for the stable binary cross-entropy.
 */

/**
 * Hyperbolic tangent. fdlibm's branches in order of likelihood, each calling the expm1 copy
 * specialised to its range (exp-special.ts; the same bits as expm1). NaN fails every comparison.
 */
export function tanh(x: number): number {
  const ax = x < 0 ? -x : x;
  let z: number;
  if (ax < 1) {
    if (ax < 1.3877787807814457e-17) return x; // |x| < 2^-56 (keeps −0)
    const t = expm1Small(-2 * ax);
    z = -t / (t + 2);
  } else if (ax < 22) z = 1 - 2 / (expm1Mid(2 * ax) + 2);
  else if (ax >= 22) z = 1;
  else return x;
  return x < 0 ? -z : z;
}

/** Logistic sigmoid 1/(1 + e^−x) from the one exponential e^−|x| ≤ 1, so nothing overflows. */
export function sigmoid(x: number): number {
  const e = expNonPositive(x < 0 ? x : -x);
  return x >= 0 ? 1 / (1 + e) : e / (1 + e);
}

/** log(1 + e^x). */
export function softplus(x: number): number {
  if (x !== x) return x;
  const ax = x < 0 ? -x : x;
  return (x > 0 ? x : 0) + log1p(expNonPositive(-ax));
}

/** log σ(x) = −softplus(−x). */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}
