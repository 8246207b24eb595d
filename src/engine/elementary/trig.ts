import { fromWords, highWord } from './bits.ts';
import { reduceLarge } from './reduce-large.ts';

/**
 * sin and cos after fdlibm's k_sin.c / k_cos.c kernels on [−π/4, π/4] (Sun Microsystems 1993)
 * with e_rem_pio2.c's reduction: Cody–Waite with π/2 in three 33-bit pieces up to 2^19·π/2,
 * Payne–Hanek (reduce-large.ts) beyond. The reduced argument is carried as y0 + y1.
 */
const S1 = -1.66666666666666324348e-01;
const S2 = 8.33333333332248946124e-03;
const S3 = -1.98412698298579493134e-04;
const S4 = 2.75573137070700676789e-06;
const S5 = -2.50507602534068634195e-08;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-02;
const C2 = -1.38888888888741095749e-03;
const C3 = 2.48015872894767294178e-05;
const C4 = -2.75573143513906633035e-07;
const C5 = 2.08757232129817482790e-09;
const C6 = -1.13596475577881948265e-11;
const INV_PIO2 = 6.36619772367581382433e-01;
const PIO2_1 = 1.57079632673412561417e+00;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;

function kSin(x: number, y: number): number {
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

function kCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return 1; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0); // ≈ x²/8 rounded down, so 1 − qx is exact
  const hz = 0.5 * z - qx;
  return (1 - qx) - (hz - (z * r - x * y));
}

const red = [0, 0];

/** x − n·π/2 into red[0] + red[1]; returns n mod 4. */
function reduce(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) { red[0] = x; red[1] = 0; return 0; }
  if (ix > 0x413921fb) return reduceLarge(x, red);
  const t = x < 0 ? -x : x;
  const n = Math.trunc(t * INV_PIO2 + 0.5);
  let r = t - n * PIO2_1; // exact: n < 2^20 and PIO2_1 has 33 bits
  let w = n * PIO2_1T;
  const j = ix >> 20;
  let y0 = r - w;
  let i = j - ((highWord(y0) >> 20) & 0x7ff);
  if (i > 16) { // cancellation: second piece
    const t2 = r;
    w = n * PIO2_2;
    r = t2 - w;
    w = n * PIO2_2T - ((t2 - r) - w);
    y0 = r - w;
    i = j - ((highWord(y0) >> 20) & 0x7ff);
    if (i > 49) { // third piece
      const t3 = r;
      w = n * PIO2_3;
      r = t3 - w;
      w = n * PIO2_3T - ((t3 - r) - w);
      y0 = r - w;
    }
  }
  const y1 = (r - y0) - w;
  if (x < 0) { red[0] = -y0; red[1] = -y1; return (4 - (n & 3)) & 3; }
  red[0] = y0; red[1] = y1;
  return n & 3;
}

/** Sine; NaN for ±∞ and NaN, exact sign of zero. */
export function sin(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if ((highWord(x) & 0x7fffffff) < 0x3e500000) return x; // |x| < 2^-26: sin x rounds to x
  const n = reduce(x);
  const a = red[0], b = red[1];
  switch (n) {
    case 0: return kSin(a, b);
    case 1: return kCos(a, b);
    case 2: return -kSin(a, b);
    default: return -kCos(a, b);
  }
}

/** Cosine; NaN for ±∞ and NaN. */
export function cos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  const n = reduce(x);
  const a = red[0], b = red[1];
  switch (n) {
    case 0: return kCos(a, b);
    case 1: return -kSin(a, b);
    case 2: return -kCos(a, b);
    default: return kSin(a, b);
  }
}
