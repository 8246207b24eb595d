import { highWord, withHighWord } from './bits.ts';

/**
 * log and log1p after fdlibm's e_log.c (Sun Microsystems 1993): x = 2^k·(1+f) with
 * √2/2 ≤ 1+f < √2, log(1+f) = 2s + s·R(s²) with s = f/(2+f) and a Remez polynomial R.
 * log1p keeps the rounding error of 1+x as a first-order correction c/(1+x) (as s_log1p.c does),
 * and takes f = x exactly when 1+x already lies in [√2/2, √2).
 */
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.80143985094819840000e+16;
const Lg1 = 6.666666666666735130e-01;
const Lg2 = 3.999999999940941908e-01;
const Lg3 = 2.857142874366239149e-01;
const Lg4 = 2.222219843214978396e-01;
const Lg5 = 1.818357216161805012e-01;
const Lg6 = 1.531383769920937332e-01;
const Lg7 = 1.479819860511658591e-01;

/** k·ln2 + log(1+f) + c, where hf is the high word of 1+f (selects fdlibm's two final forms). */
function logCore(k: number, f: number, c: number, hf: number): number {
  const dk = k;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  const R = t2 + t1;
  const hx = hf & 0x000fffff;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + (dk * LN2_LO + c))) - f);
  }
  return dk * LN2_HI - ((s * (f - R) - (dk * LN2_LO + c)) - f);
}

/** Splits x > 0 (normal) into k and f: x = 2^k·(1+f), √2/2 ≤ 1+f < √2. Returns [k, f, high word of 1+f]. */
function split(x: number, k: number, out: number[]): void {
  let hx = highWord(x);
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  const m = withHighWord(x, hx | (i ^ 0x3ff00000));
  out[0] = k + (i >> 20);
  out[1] = m - 1;
  out[2] = highWord(m);
}

const parts = [0, 0, 0];

/** Natural logarithm. */
export function log(x: number): number {
  let k = 0;
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x < 2.2250738585072014e-308) { k = -54; x *= TWO54; }
  split(x, k, parts);
  const f = parts[1];
  if (f === 0) return parts[0] === 0 ? 0 : parts[0] * LN2_HI + parts[0] * LN2_LO;
  return logCore(parts[0], f, 0, parts[2]);
}

/** log(1 + x), accurate near 0. */
export function log1p(x: number): number {
  if (x !== x || x < -1) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return x;
  if (x > -0.2928932188134524 && x < 0.41421356237309503) {
    if (x > -1.1102230246251565e-16 && x < 1.1102230246251565e-16) return x; // |x| < 2^-53, keeps −0
    return logCore(0, x, 0, highWord(1 + x));
  }
  const u = 1 + x;
  let c = x >= 1 ? 1 - (u - x) : x - (u - 1); // exact rounding error of 1 + x (Fast2Sum)
  c /= u;
  if (x >= 9007199254740992) c = x >= 1.8014398509481984e16 ? 0 : c;
  split(u, 0, parts);
  return logCore(parts[0], parts[1], c, parts[2]);
}

