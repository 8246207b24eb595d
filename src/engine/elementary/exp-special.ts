import { POW2, fromWords, scale2 } from './bits.ts';

/**
 * Range-specialised copies of exp and expm1 (exp.ts) for the activations' hot paths. Each is the
 * same fdlibm algorithm with the same operations in the same order, so every result is
 * bit-identical to exp/expm1 (tests/engine/elementary-special.test.ts compares the bits); what
 * goes is the work the range makes dead: the sign and overflow tests, the k = ±1 cases that
 * cannot occur, and the high-word reads (a high-word test ix > H is |x| ≥ the double with high
 * word H+1 and low word 0, because non-negative doubles order like their bit patterns).
 */
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;
const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;
const U_THRESHOLD = -7.45133219101941108420e+02;
/** |x| > ln2/2 in exp.ts (high word > 0x3fd62e42). */
const HALF_LN2_UP = fromWords(0x3fd62e43, 0);
/** |x| < 1.5·ln2 in exp.ts (high word < 0x3ff0a2b2). */
const THREE_HALF_LN2 = fromWords(0x3ff0a2b2, 0);
/** |x| < 2^-28 (high word < 0x3e300000). */
const TINY_EXP = fromWords(0x3e300000, 0);
/** |x| < 2^-54 (high word < 0x3c900000). */
const TINY_EXPM1 = fromWords(0x3c900000, 0);
/** ONE_MINUS[k] = 1 − 2^-k exactly (k < 20), as exp.ts builds it from its high word. */
const ONE_MINUS = new Float64Array(20);
for (let k = 1; k < 20; k++) ONE_MINUS[k] = fromWords(0x3ff00000 - (0x200000 >> k), 0);

/** exp(x) for x ≤ 0 or NaN; equals exp(x) bit for bit. */
export function expNonPositive(x: number): number {
  if (!(x >= U_THRESHOLD)) return x !== x ? x : 0;
  let hi = 0, lo = 0, k = 0;
  if (x <= -HALF_LN2_UP) {
    if (x > -THREE_HALF_LN2) { hi = x + LN2_HI; lo = -LN2_LO; k = -1; } else {
      k = Math.trunc(INV_LN2 * x - 0.5);
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (x > -TINY_EXP) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  return k >= -1021 ? y * POW2[k + 1022] : scale2(y, k);
}

/** expm1(x) for 2 ≤ x < 44 (tanh's |x| in [1, 22) doubled); equals expm1(x) bit for bit. */
export function expm1Mid(x: number): number {
  const k = Math.trunc(INV_LN2 * x + 0.5); // 3 ≤ k ≤ 64
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  x = hi - lo;
  const c = (hi - x) - lo;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t0 = 3 - r1 * hfx;
  let e = hxs * ((r1 - t0) / (6 - x * t0));
  e = x * (e - c) - c;
  e -= hxs;
  if (k > 56) return (1 - (e - x)) * POW2[k + 1022] - 1;
  if (k < 20) return (ONE_MINUS[k] - (e - x)) * POW2[k + 1022];
  return (x - (e + POW2[1022 - k]) + 1) * POW2[k + 1022];
}

/** expm1(x) for −2 < x ≤ −2^-55 (tanh's −2|x| for |x| in [2^-56, 1)); equals expm1(x) bit for bit. */
export function expm1Small(x: number): number {
  let hi = 0, lo = 0, k = 0, c = 0;
  if (x <= -HALF_LN2_UP) {
    if (x > -THREE_HALF_LN2) { hi = x + LN2_HI; lo = -LN2_LO; k = -1; } else {
      k = Math.trunc(INV_LN2 * x - 0.5); // −3 ≤ k ≤ −2
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (x > -TINY_EXPM1) {
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
  return (1 - (e - x)) * POW2[k + 1022] - 1;
}

/** After expDD: e^(x + xl) = (DD[0] + DD[1])·2^DD[2], a head, a tail within ½ ulp of it, and k. */
export const DD = new Float64Array(3);

/**
 * e^(x + xl) for |xl| ≤ ulp(x) and −746 < x < 710, as an unevaluated sum (DD[0] + DD[1])·2^DD[2],
 * for sigmoid (which divides by 1 + e^x and would otherwise add that rounding to exp's) and pow
 * (whose exponent y·log x comes as two doubles). The same reduction and polynomial as exp
 * (x = k·ln2 + r, e^r = 1 + r + r·c/(2 − c)), but 1 + hi − lo + r·c/(2 − c) is summed with
 * Knuth's TwoSum, so the tail keeps what the final rounding drops: the error is about 2^-56 of
 * the result, not ½ ulp.
 */
export function expDD(x: number, xl: number): void {
  let hi = x, lo = -xl, k = 0;
  if (x <= -HALF_LN2_UP || x >= HALF_LN2_UP) {
    k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI; // exact: k·LN2_HI has ≤ 43 bits
    lo = k * LN2_LO - xl;
  }
  const r = hi - lo, t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const big = (r * c) / (2 - c);
  const v = big - lo, vb = v - big, ve = (big - (v - vb)) + (-lo - vb); // TwoSum(big, −lo)
  const w = hi + v, wb = w - hi, we = (hi - (w - wb)) + (v - wb); // TwoSum(hi, v)
  const s = 1 + w; // |w| < 1: Fast2Sum
  const tail = ((1 - s) + w) + (we + ve);
  const head = s + tail; // renormalised, so the tail stays within half an ulp of the head
  DD[0] = head;
  DD[1] = tail - (head - s);
  DD[2] = k;
}
