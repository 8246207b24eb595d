/**
 * Bit access to doubles through one shared 8-byte buffer (the only non-arithmetic tool the
 * elementary functions use). HI/LO index the high and low 32-bit words on either endianness.
 */
const buf = new ArrayBuffer(8);
const f64 = new Float64Array(buf);
const u32 = new Uint32Array(buf);
f64[0] = 1;
const HI = u32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** High 32 bits of x as a signed int (sign, exponent, top 20 fraction bits). */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}

/** Low 32 bits of x (unsigned). */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** The double with the given high word and low word. */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** x with its high word replaced. */
export function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[HI] = hi >>> 0;
  return f64[0];
}

/** POW2[n + 1022] = 2^n exactly for −1022 ≤ n ≤ 1023 (built once from the bit patterns). */
export const POW2 = new Float64Array(2046);
for (let n = -1022; n <= 1023; n++) POW2[n + 1022] = fromWords((n + 1023) << 20, 0);

/** 2^n exactly for −1022 ≤ n ≤ 1023 (a table read: no buffer writes per call). */
export function pow2(n: number): number {
  return POW2[n + 1022];
}

/** y·2^k with one rounding (exact unless the result is subnormal), for k in [−2100, 2100]. */
export function scale2(y: number, k: number): number {
  if (k > 1023) {
    y *= 8.98846567431158e307; // 2^1023
    k -= 1023;
    if (k > 1023) { y *= 8.98846567431158e307; k -= 1023; }
    return y * pow2(k > 1023 ? 1023 : k);
  }
  if (k < -1022) {
    y *= pow2(-1022 + 54); // keep the mantissa; round once at the end
    k += 1022 - 54;
    if (k < -1022) { y *= pow2(-1022); k += 1022; }
    return y * pow2(k < -1022 ? -1022 : k);
  }
  return y * pow2(k);
}
