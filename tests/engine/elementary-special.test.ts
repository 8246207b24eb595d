import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine/elementary/index.ts';
import { log1p } from '../../src/engine/elementary/log.ts';
import { DD, expDD } from '../../src/engine/elementary/exp-special.ts';

// The hot-path tanh/softplus call range-specialised copies of exp/expm1
// (src/engine/elementary/exp-special.ts). They must give the same bits as the general
// formulation they replaced (seeded runs and the determinism digests depend on it), on dense
// samples, around every branch threshold (±1 ulp) and on the special values.
function tanhRef(x: number): number {
  if (x !== x) return x;
  const ax = x < 0 ? -x : x;
  if (ax < 1.3877787807814457e-17) return x;
  let z: number;
  if (ax >= 22) z = 1;
  else if (ax >= 1) z = 1 - 2 / (E.expm1(2 * ax) + 2);
  else { const t = E.expm1(-2 * ax); z = -t / (t + 2); }
  return x < 0 ? -z : z;
}
function softplusRef(x: number): number {
  if (x !== x) return x;
  const ax = x < 0 ? -x : x;
  return (x > 0 ? x : 0) + log1p(E.exp(-ax));
}

const view = new DataView(new ArrayBuffer(8));
const bits = (x: number): bigint => { view.setFloat64(0, x); return view.getBigUint64(0); };
const fromBits = (b: bigint): number => { view.setBigUint64(0, b); return view.getFloat64(0); };
const fromHigh = (h: number): number => fromBits(BigInt(h) << 32n);

function inputs(): number[] {
  const xs: number[] = [0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, 2.2250738585072014e-308, 1, 2, 22, 44];
  // Thresholds of exp/expm1/tanh (high words and doubles) and their doubled/halved images.
  const highs = [0x3fd62e42, 0x3fd62e43, 0x3ff0a2b2, 0x3e300000, 0x3c900000, 0x4043687a, 0x3c800000];
  const marks = [...highs.map(fromHigh), 1.3877787807814457e-17, 745.1332191019411, 709.782712893384, 1, 22, 0.5, 11];
  for (const m of marks) for (const s of [m, m / 2, m * 2]) {
    const b = bits(s);
    for (let d = -3n; d <= 3n; d++) xs.push(fromBits(b + d));
  }
  // k boundaries of the reduction: x ≈ (k ± ½)·ln2, for exp's and (doubled) expm1's arguments.
  for (let k = -1100; k <= 1100; k++) {
    const c = (k + 0.5) * Math.LN2;
    const b = bits(Math.abs(c));
    for (let d = -2n; d <= 2n; d++) { const v = fromBits(b + d); xs.push(v, v / 2); }
  }
  let s = 12345;
  const u = () => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s / 4294967296; };
  for (let i = 0; i < 200000; i++) xs.push((u() - 0.5) * 60);
  for (let i = 0; i < 100000; i++) xs.push((u() - 0.5) * 1600);
  for (let i = 0; i < 100000; i++) xs.push((u() - 0.5) * 2 * Math.pow(2, -60 * u()));
  return xs.flatMap((x) => [x, -x]);
}

describe('specialised activation paths give the same bits as the general exp/expm1 formulation', () => {
  const xs = inputs();
  const cases: [string, (x: number) => number, (x: number) => number][] = [
    ['tanh', E.tanh, tanhRef], ['softplus', E.softplus, softplusRef],
  ];
  for (const [name, fast, ref] of cases) {
    it(`${name}: bit-identical on ${xs.length} inputs`, () => {
      const bad: number[] = [];
      for (const x of xs) {
        const a = fast(x), b = ref(x);
        if (!(bits(a) === bits(b) || (a !== a && b !== b))) bad.push(x);
      }
      expect(bad.slice(0, 5)).toEqual([]);
    });
  }
});

// sigmoid's head-and-tail exponential: the head is exp's result or a neighbour, the tail is below
// half an ulp of the head, and the pair is closer to e^x than exp alone wherever the two differ
// (checked against a slower exact-by-construction value: exp at the head's neighbours).
describe('expDD (for sigmoid): e^x as head + tail', () => {
  const xs = inputs().filter((x) => x > -708 && x <= 0);
  it(`head within 1 ulp of exp, tail ≤ ½ ulp of the head, on ${xs.length} inputs`, () => {
    const bad: number[] = [];
    for (const x of xs) {
      expDD(x, 0);
      const h = DD[0] * 2 ** DD[2], t = DD[1] * 2 ** DD[2], e = E.exp(x);
      const ulp = fromBits(bits(h) + 1n) - h;
      const off = bits(h) > bits(e) ? bits(h) - bits(e) : bits(e) - bits(h);
      if (off > 1n || Math.abs(t) > ulp / 2 || t !== t) bad.push(x);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
