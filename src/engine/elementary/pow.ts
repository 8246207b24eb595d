import { fromWords, highWord, lowWord, scale2 } from './bits.ts';
import { DD, expDD } from './exp-special.ts';
import { mulDD, pHi, pLo } from './power.ts';

/**
 * x^y for real x and y, with ECMAScript's special values (Number::exponentiate). The method is
 * fdlibm's e_pow.c in outline — log x to about 2^-100 in two doubles, times y in two doubles, and
 * an exponential that takes that two-double argument — but with the pieces this module already
 * has: log x = e·ln2 + 2·atanh(s), s = (m − 1)/(m + 1), m ∈ [√½, √2), summed in double-double
 * arithmetic (Dekker's exact product, Knuth's TwoSum), and expDD for e^(y·log x). The product
 * y·log x can reach 745, so its absolute error is the result's relative error: that is why the
 * logarithm is carried far past 53 bits. Within 1 ulp (tests/engine/elementary-accuracy.test.ts).
 */
const LN2_HI = 6.93147180559945286227e-01; // the double nearest ln 2
const LN2_LO = 2.319046813846299558e-17; // ln 2 − LN2_HI
const SQRT_HALF_UP = 1.4142135623730951; // √2, rounded
const TWO_54 = 18014398509481984;
const TWO_64 = 18446744073709551616;

/** The result of the last double-double operation: H + L. */
let H = 0, L = 0;

/** (ah + al)·(bh + bl): power.ts's Dekker product. */
function mul(ah: number, al: number, bh: number, bl: number): void {
  mulDD(ah, al, bh, bl);
  H = pHi;
  L = pLo;
}

/** (ah + al) + (bh + bl). */
function add(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh, bb = s - ah;
  const e = ((ah - (s - bb)) + (bh - bb)) + (al + bl);
  H = s + e;
  L = e - (H - s);
}

/** (ah + al)/(bh + bl): a quotient and one correction from its residual. */
function div(ah: number, al: number, bh: number, bl: number): void {
  const q = ah / bh;
  mul(q, 0, bh, bl);
  const r = ((ah - H) - L) + al;
  const q2 = r / bh;
  H = q + q2;
  L = q2 - (H - q);
}

/** 2/(2k + 1) as two doubles, k = 0 … 14: the series 2·atanh(s) = Σ 2s^(2k+1)/(2k + 1) to s^29. */
const TERMS = 15;
const COEF = new Float64Array(2 * TERMS);
for (let k = 0; k < TERMS; k++) {
  div(2, 0, 2 * k + 1, 0);
  COEF[2 * k] = H;
  COEF[2 * k + 1] = L;
}

/** log x for finite x > 0, into H + L. |s| ≤ 0.1716, so s^30/31 < 2^-80 of the sum. */
function logDD(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= TWO_54; e = -54; } // subnormal: normalise first
  const hx = highWord(x);
  e += (hx >> 20) - 1023;
  let m = fromWords((hx & 0x000fffff) | 0x3ff00000, lowWord(x));
  if (m > SQRT_HALF_UP) { m *= 0.5; e += 1; }
  add(m, 0, 1, 0);
  div(m - 1, 0, H, L); // m − 1 is exact (Sterbenz)
  const sh = H, sl = L;
  mul(sh, sl, sh, sl);
  const zh = H, zl = L;
  let ph = COEF[2 * TERMS - 2], pl = COEF[2 * TERMS - 1];
  for (let k = TERMS - 2; k >= 0; k--) {
    mul(ph, pl, zh, zl);
    add(H, L, COEF[2 * k], COEF[2 * k + 1]);
    ph = H; pl = L;
  }
  mul(ph, pl, sh, sl); // log m
  const mh = H, ml = L;
  mul(e, 0, LN2_HI, LN2_LO); // e·ln 2 (e an integer, |e| ≤ 1075)
  add(H, L, mh, ml);
}

const isOddInteger = (y: number): boolean => Math.trunc(y) === y && y % 2 !== 0;

/** x^y. */
export function pow(x: number, y: number): number {
  if (y !== y) return y;
  if (y === 0) return 1;
  if (x !== x) return x;
  const ay = Math.abs(y);
  if (ay === Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return NaN;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  if (x === 0 || x === Infinity || x === -Infinity) {
    const big = (x === 0) === (y < 0); // 0^negative and ∞^positive are infinite
    const neg = (x < 0 || Object.is(x, -0)) && isOddInteger(y);
    const r = big ? Infinity : 0;
    return neg ? -r : r;
  }
  let sign = 1;
  if (x < 0) {
    if (Math.trunc(y) !== y) return NaN;
    if (isOddInteger(y)) sign = -1;
    x = -x;
  }
  if (x === 1) return sign;
  // |y| ≥ 2^64 with x ≠ 1: |y·log x| ≥ 2^64·2^-53 > 745, so the result over- or underflows.
  // (Every such y is an even integer, so the sign is already +.)
  if (ay >= TWO_64) return (x > 1) === (y > 0) ? Infinity : 0;
  logDD(x);
  mul(y, 0, H, L);
  const zh = H, zl = L;
  if (zh > 709.8) return sign * Infinity;
  if (zh < -745.2) return sign * 0;
  expDD(zh, zl);
  return sign * scale2(DD[0] + DD[1], DD[2]);
}
