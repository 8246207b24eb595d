/**
 * Payne–Hanek reduction for |x| ≥ 2^19·π/2: x·(2/π) computed exactly in BigInt integers against
 * 1200 bits of 2/π (enough for every double: the exponent is at most 1023, and no double comes
 * closer than 2^-62 to a multiple of π/2, so 128 fraction bits leave ≥ 60 significant bits).
 * BigInt arithmetic is exact and Number(bigint) rounds to nearest by the spec, so this is deterministic.
 */
import { highWord, lowWord } from './bits.ts';

const TWO_OVER_PI = BigInt('0xa2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b'); // ⌊2/π · 2^1200⌋ (Machin's formula, generator in tests/engine/reference)
const PIO2_HI = 1.5707963267948966; // π/2 rounded
const PIO2_LO = 6.123233995736766e-17; // π/2 − PIO2_HI
const SPLIT = 134217729; // 2^27 + 1 (Dekker)

/** Writes r = x − n·π/2 as out[0] + out[1] (|r| ≤ π/4) and returns n mod 4, for finite |x| ≥ 2^19. */
export function reduceLarge(x: number, out: number[]): number {
  const neg = x < 0;
  const hx = highWord(x) & 0x7fffffff;
  const e = (hx >>> 20) - 1075; // x = m·2^e with m a 53-bit integer
  const m = (BigInt(((hx & 0xfffff) | 0x100000) >>> 0) << 32n) | BigInt(lowWord(x));
  const p = m * TWO_OVER_PI; // x·(2/π)·2^(1200 − e)
  const s = BigInt(1200 - e); // position of the binary point in p
  let n = Number((p >> s) & 3n);
  let frac = (p >> (s - 128n)) & ((1n << 128n) - 1n); // 128 fraction bits
  if (frac >= 1n << 127n) { frac -= 1n << 128n; n = (n + 1) & 3; }
  const fh = Number(frac >> 64n) * 5.421010862427522e-20; // · 2^-64
  const fl = Number(frac - ((frac >> 64n) << 64n)) * 2.938735877055719e-39; // · 2^-128
  // r = (fh + fl)·π/2 in double-double: exact product of the heads plus the cross terms.
  const a = fh + fl;
  const aLo = fl - (a - fh);
  const prod = a * PIO2_HI;
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * PIO2_HI, bh = cb - (cb - PIO2_HI), bl = PIO2_HI - bh;
  const err = ((ah * bh - prod) + ah * bl + al * bh) + al * bl;
  const tail = err + (a * PIO2_LO + aLo * PIO2_HI);
  const r = prod + tail;
  out[0] = neg ? -r : r;
  out[1] = neg ? -(tail - (r - prod)) : tail - (r - prod);
  return neg ? (4 - n) & 3 : n;
}
