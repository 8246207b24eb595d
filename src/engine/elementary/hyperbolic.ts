import { exp, expm1 } from './exp.ts';
import { log1p } from './log.ts';

/**
 * tanh after fdlibm's s_tanh.c (through expm1), and the logistic family the engine needs:
 * sigmoid σ(x) = 1/(1 + e^−x), softplus log(1 + e^x) = max(x, 0) + log1p(e^−|x|) (never overflows),
 * and log σ(x) = −softplus(−x) for the stable binary cross-entropy.
 */

/** Hyperbolic tangent. */
export function tanh(x: number): number {
  if (x !== x) return x;
  const ax = x < 0 ? -x : x;
  if (ax < 1.3877787807814457e-17) return x; // |x| < 2^-56 (keeps −0)
  let z: number;
  if (ax >= 22) z = 1;
  else if (ax >= 1) z = 1 - 2 / (expm1(2 * ax) + 2);
  else {
    const t = expm1(-2 * ax);
    z = -t / (t + 2);
  }
  return x < 0 ? -z : z;
}

/** Logistic sigmoid 1/(1 + e^−x), written so neither branch overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}

/** log(1 + e^x). */
export function softplus(x: number): number {
  if (x !== x) return x;
  const ax = x < 0 ? -x : x;
  return (x > 0 ? x : 0) + log1p(exp(-ax));
}

/** log σ(x) = −softplus(−x). */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}
