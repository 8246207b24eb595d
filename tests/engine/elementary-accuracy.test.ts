import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from '../../src/engine/elementary/index.ts';

// Correctly rounded doubles from tests/engine/reference/generate.py (mpmath at 300+ bits).
const table = JSON.parse(readFileSync(join(import.meta.dirname, 'reference/elementary.json'), 'utf8')) as {
  cases: Record<string, [string, string][]>;
  binary: { pow: [string, string, string][] };
};
const view = new DataView(new ArrayBuffer(8));
const fromHex = (h: string): number => { view.setBigUint64(0, BigInt('0x' + h)); return view.getFloat64(0); };
/** Position of x on the line of doubles (monotone in x, −0 and +0 both 0), so a difference counts ulps. */
const ord = (x: number): bigint => {
  view.setFloat64(0, x);
  const b = view.getBigInt64(0);
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
};
const ulps = (a: number, b: number): number => Number(ord(a) - ord(b) < 0n ? ord(b) - ord(a) : ord(a) - ord(b));
const fns: Record<string, (x: number) => number> = {
  exp: E.exp, expm1: E.expm1, log: E.log, log1p: E.log1p, sin: E.sin, cos: E.cos,
  tanh: E.tanh, sigmoid: E.sigmoid, softplus: E.softplus, erf: E.erf,
};

describe('elementary functions against correctly rounded references', () => {
  for (const [name, rows] of Object.entries(table.cases)) {
    const bound = 1;
    it(`${name}: within ${bound} ulp of the correctly rounded double on ${rows.length} inputs`, () => {
      let max = 0, exact = 0, worst = 0;
      for (const [xh, yh] of rows) {
        const x = fromHex(xh);
        const d = ulps(fns[name](x), fromHex(yh));
        if (d === 0) exact++;
        if (d > max) { max = d; worst = x; }
      }
      console.log(`${name}: max ${max} ulp over ${rows.length} inputs (${((100 * exact) / rows.length).toFixed(1)} % correctly rounded; worst at ${worst})`);
      expect(max).toBeLessThanOrEqual(bound);
    });
  }
});

describe('pow against correctly rounded references', () => {
  const rows = table.binary.pow;
  it(`pow: within 1 ulp of the correctly rounded double on ${rows.length} (x, y) pairs`, () => {
    let max = 0, exact = 0, worst = '';
    for (const [xh, yh, rh] of rows) {
      const x = fromHex(xh), y = fromHex(yh);
      const d = ulps(E.pow(x, y), fromHex(rh));
      if (d === 0) exact++;
      if (d > max) { max = d; worst = `${x} ^ ${y}`; }
    }
    console.log(`pow: max ${max} ulp over ${rows.length} pairs (${((100 * exact) / rows.length).toFixed(1)} % correctly rounded; worst at ${worst})`);
    expect(rows.length).toBeGreaterThan(1000);
    expect(max).toBeLessThanOrEqual(1);
  });
  it('gives exact results where they are representable, and x^1 = x, x^0.5 near √x', () => {
    for (let n = -1074; n <= 1023; n++) expect(E.pow(2, n)).toBe(2 ** n);
    for (let n = 0; n <= 22; n++) expect(E.pow(10, n)).toBe(Number(`1e${n}`));
    for (const x of [3, 0.1, 1e300, 5e-324, 123.456]) {
      expect(E.pow(x, 1)).toBe(x);
      expect(ulps(E.pow(x, 0.5), Math.sqrt(x))).toBeLessThanOrEqual(1);
    }
    expect(E.pow(-2, 3)).toBe(-8);
    expect(E.pow(-8, 1 / 3)).toBeNaN();
  });
  it('special values as ECMAScript defines them (Math.pow is exact on these)', () => {
    const vals = [NaN, 0, -0, Infinity, -Infinity, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 2.5, -2.5, 1e300, -1e300, 5e-324, -5e-324, 2 ** 53, -(2 ** 53) - 2, 2 ** 64, -(2 ** 70)];
    const bad: string[] = [];
    for (const x of vals) for (const y of vals) {
      const special = x !== x || y !== y || !Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || Math.abs(x) === 1 || Math.abs(y) >= 2 ** 64;
      if (!special) continue;
      if (!Object.is(E.pow(x, y), Math.pow(x, y))) bad.push(`${x} ^ ${y}: ${E.pow(x, y)} vs ${Math.pow(x, y)}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('special values', () => {
  const same = (a: number, b: number): boolean => Object.is(a, b);
  it('exp/expm1', () => {
    expect(same(E.exp(0), 1) && same(E.exp(-0), 1) && same(E.exp(Infinity), Infinity) && same(E.exp(-Infinity), 0)).toBe(true);
    expect(E.exp(NaN)).toBeNaN();
    expect(E.exp(709.79)).toBe(Infinity);
    expect(E.exp(-745.2)).toBe(0);
    expect(E.exp(-745.1)).toBe(5e-324);
    expect(same(E.expm1(-0), -0) && same(E.expm1(-Infinity), -1) && same(E.expm1(Infinity), Infinity)).toBe(true);
  });
  it('log/log1p', () => {
    expect(same(E.log(0), -Infinity) && same(E.log(-0), -Infinity) && same(E.log(1), 0) && same(E.log(Infinity), Infinity)).toBe(true);
    expect(E.log(-1)).toBeNaN();
    expect(E.log(5e-324)).toBeCloseTo(-744.4400719213812, 12);
    expect(same(E.log1p(-0), -0) && same(E.log1p(-1), -Infinity)).toBe(true);
    expect(E.log1p(-1.5)).toBeNaN();
  });
  it('sin/cos/tanh/sigmoid/powInt', () => {
    expect(same(E.sin(-0), -0) && same(E.tanh(-0), -0) && same(E.cos(0), 1)).toBe(true);
    expect(E.sin(Infinity)).toBeNaN();
    expect(E.cos(-Infinity)).toBeNaN();
    expect(same(E.tanh(Infinity), 1) && same(E.tanh(-Infinity), -1)).toBe(true);
    expect(same(E.sigmoid(-Infinity), 0) && same(E.sigmoid(Infinity), 1) && same(E.sigmoid(0), 0.5)).toBe(true);
    expect(E.softplus(800)).toBe(800);
    expect(E.powInt(2, 10)).toBe(1024);
    expect(E.powInt(2, -1074)).toBe(5e-324);
    expect(E.powInt(-3, 3)).toBe(-27);
    expect(E.powInt(0, -1)).toBe(Infinity);
    expect(E.powInt(0.9, 1000)).toBe(Number.parseFloat('1.7478712517226947e-46'));
  });
  it('erf', () => {
    expect(same(E.erf(0), 0) && same(E.erf(-0), -0)).toBe(true);
    expect(same(E.erf(Infinity), 1) && same(E.erf(-Infinity), -1)).toBe(true);
    expect(E.erf(NaN)).toBeNaN();
    expect(same(E.erf(6), 1) && same(E.erf(-6), -1) && same(E.erf(1e300), 1)).toBe(true);
    expect(E.erf(5e-324)).toBe(5e-324); // 2/√π · 2^-1074 rounds back to the smallest subnormal
    expect(same(E.erf(-1e-320), -E.erf(1e-320))).toBe(true);
    for (const x of [1e-10, 0.3, 0.84375, 1, 1.25, 2.5, 1 / 0.35, 4, 5.9]) expect(E.erf(-x)).toBe(-E.erf(x));
  });
});

describe('monotone on dense sweeps', () => {
  const sweep = (f: (x: number) => number, a: number, b: number, n: number): number => {
    let bad = 0, prev = f(a);
    for (let i = 1; i <= n; i++) {
      const y = f(a + ((b - a) * i) / n);
      if (y < prev) bad++;
      prev = y;
    }
    return bad;
  };
  it('exp, expm1, log, log1p, tanh, sigmoid, softplus never step down', () => {
    for (const [f, a, b] of [[E.exp, -20, 20], [E.expm1, -1, 1], [E.log, 0.5, 2], [E.log1p, -0.5, 0.5],
      [E.tanh, -3, 3], [E.sigmoid, -10, 10], [E.softplus, -10, 10]] as [(x: number) => number, number, number][]) {
      expect(sweep(f, a, b, 200_000)).toBe(0);
    }
  });
  it('sin rises on [−π/2, π/2] and cos falls on [0, π]', () => {
    expect(sweep(E.sin, -1.5707963267948966, 1.5707963267948966, 200_000)).toBe(0);
    expect(sweep((x) => -E.cos(x), 0, 3.141592653589793, 200_000)).toBe(0);
  });
  it('erf never steps down, across all of the fdlibm pieces and at each seam', () => {
    expect(sweep(E.erf, -7, 7, 400_000)).toBe(0);
    for (const b of [0.84375, 1.25, 1 / 0.35, 6, 3.725290298461914e-9]) { // 3.7e-9 = 2^-28
      for (const s of [1, -1]) {
        let prev = E.erf(s * b * (1 - 64 * 2.220446049250313e-16)), bad = 0;
        for (let k = -63; k <= 64; k++) {
          const y = E.erf(s * b * (1 + k * 2.220446049250313e-16));
          if (s > 0 ? y < prev : y > prev) bad++;
          prev = y;
        }
        expect(bad).toBe(0);
      }
    }
  });
});
