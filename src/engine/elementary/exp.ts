import { highWord, pow2, scale2, fromWords } from './bits.ts';

/**
 * exp and expm1 after fdlibm's e_exp.c / s_expm1.c (Sun Microsystems 1993; Tang's reduction
 * x = k·ln2 + r with ln2 split into a 32-bit head and a tail, then a Remez polynomial in r²).
 * Error < 1 ulp on the whole domain (tests/engine/elementary-accuracy.test.ts measures it).
 */
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;
const O_THRESHOLD = 7.09782712893383973096e+02;
const U_THRESHOLD = -7.45133219101941108420e+02;

/** e^x. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > O_THRESHOLD) return Infinity;
  if (x < U_THRESHOLD) return 0;
  const ix = highWord(x) & 0x7fffffff;
  let hi = 0, lo = 0, k = 0;
  if (ix > 0x3fd62e42) { // |x| > ln2/2
    if (ix < 0x3ff0a2b2) { // |x| < 1.5·ln2
      if (x > 0) { hi = x - LN2_HI; lo = LN2_LO; k = 1; } else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = Math.trunc(INV_LN2 * x + (x > 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI; // exact: k·LN2_HI has ≤ 43 bits
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ix < 0x3e300000) { // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  return k >= -1021 && k <= 1023 ? y * pow2(k) : scale2(y, k);
}

const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;

/** e^x − 1, accurate near 0. */
export function expm1(x: number): number {
  if (x !== x) return x;
  const hx = highWord(x);
  const neg = hx < 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x4043687a) { // |x| ≥ 56·ln2
    if (x > O_THRESHOLD) return Infinity;
    if (neg) return -1;
  }
  let hi = 0, lo = 0, k = 0, c = 0;
  if (ix > 0x3fd62e42) {
    if (ix < 0x3ff0a2b2) {
      if (!neg) { hi = x - LN2_HI; lo = LN2_LO; k = 1; } else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = Math.trunc(INV_LN2 * x + (neg ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (ix < 0x3c900000) { // |x| < 2^-54
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t0 = 3 - r1 * hfx;
  let e = hxs * ((r1 - t0) / (6 - x * t0));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return scale2(y, k) - 1;
  }
  if (k < 20) {
    const t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 − 2^-k
    return (t - (e - x)) * pow2(k);
  }
  const t = pow2(-k);
  return (x - (e + t) + 1) * pow2(k);
}
