import { POW2 } from './bits.ts';
import { DD, expDD, expNonPositive, expm1Mid, expm1Small } from './exp-special.ts';
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

const SPLIT = 134217729; // 2^27 + 1, Dekker's splitter

/**
 * Logistic sigmoid 1/(1 + e^−x) from the one exponential E = e^−|x| ≤ 1, so nothing overflows:
 * σ = 1/(1 + E) for x ≥ 0 and E/(1 + E) for x < 0. E comes as a head and a tail (expDD), 1 + E is
 * kept exactly as two doubles, and the quotient q gets one correction from its residual
 * num − q·(1 + E), with q·head exact by Dekker's product. So the only errors left are expDD's
 * (≈ 2^-56) and the last rounding: within 1 ulp (a plain e/(1 + e) is 2 ulp off at inputs all over
 * −36 < x < −2, where e's own error and the division's add up).
 */
export function sigmoid(x: number): number {
  if (x !== x) return x;
  const neg = x < 0;
  const n = neg ? x : -x;
  if (n <= -708) return neg ? expNonPositive(x) : 1; // σ = e^x(1 − e^x): the correction is below every ulp
  expDD(n, 0);
  const scale = POW2[DD[2] + 1022]; // k ≥ −1021 here: exact
  const eh = DD[0] * scale, el = DD[1] * scale;
  const dh = 1 + eh, dl = ((1 - dh) + eh) + el;
  const num = neg ? eh : 1;
  const q = num / dh;
  const cq = SPLIT * q, qh = cq - (cq - q), ql = q - qh;
  const cd = SPLIT * dh, dhh = cd - (cd - dh), dhl = dh - dhh;
  const p = q * dh, pe = ((qh * dhh - p) + qh * dhl + ql * dhh) + ql * dhl;
  const resid = ((num - p) - pe) + (neg ? el : 0) - q * dl;
  return q + resid / dh;
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
