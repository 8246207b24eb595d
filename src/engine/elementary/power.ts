/**
 * x^n for integer n by binary powering in double-double arithmetic (Dekker's exact product),
 * rounded once at the end, so the error stays near ½ ulp for any n instead of growing with log₂n.
 * Replaces `x ** n` and Math.pow in the engine (Adam's bias correction β^t).
 */
const SPLIT = 134217729; // 2^27 + 1

/** The result of the last mulDD: pHi + pLo. */
export let pHi = 0, pLo = 0;

/** (aH + aL)·(bH + bL) into pHi + pLo (also pow.ts's double-double product). */
export function mulDD(aH: number, aL: number, bH: number, bL: number): void {
  const p = aH * bH;
  if (p === Infinity || p === -Infinity || p === 0 || p !== p) { pHi = p; pLo = 0; return; }
  const ca = SPLIT * aH, ah = ca - (ca - aH), al = aH - ah;
  const cb = SPLIT * bH, bh = cb - (cb - bH), bl = bH - bh;
  const err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const lo = err + (aH * bL + aL * bH);
  pHi = p + lo;
  pLo = lo - (pHi - p);
}

/** x^n, n an integer (|n| < 2^53); x^0 = 1 for every x, as Math.pow. */
export function powInt(x: number, n: number): number {
  if (n !== Math.trunc(n)) throw new Error(`powInt: n must be an integer, got ${n}`);
  if (n === 0) return 1;
  if (x !== x) return x;
  let m = n < 0 ? -n : n;
  let bH = x, bL = 0, rH = 1, rL = 0;
  while (true) {
    if (m % 2 === 1) { mulDD(rH, rL, bH, bL); rH = pHi; rL = pLo; }
    m = Math.floor(m / 2);
    if (m === 0) break;
    mulDD(bH, bL, bH, bL); bH = pHi; bL = pLo;
  }
  if (n > 0) return rH + rL;
  if (rH === Infinity || rH === -Infinity) return powInt(1 / x, -n); // x^|n| overflowed: x^n is tiny
  if (rH === 0) return 1 / rH;
  // 1/(rH + rL): q = 1/rH, then one Newton step with the residual 1 − rH·q computed exactly.
  const q = 1 / rH;
  mulDD(rH, rL, q, 0);
  const resid = (1 - pHi) - pLo;
  return q + q * resid;
}
