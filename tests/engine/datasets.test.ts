import { describe, expect, it } from 'vitest';
import { dataset2d, logicGate, signedLabels } from '../../src/engine/index.ts';
import type { Dataset2dName } from '../../src/engine/index.ts';

const NAMES: Dataset2dName[] = ['circle', 'xor', 'twoMoons', 'spiral', 'gaussians'];

describe('datasets', () => {
  it('logic gates hold the four corners with 0/1 targets', () => {
    expect(Array.from(logicGate('and').y)).toEqual([0, 0, 0, 1]);
    expect(Array.from(logicGate('or').y)).toEqual([0, 1, 1, 1]);
    expect(Array.from(logicGate('nand').y)).toEqual([1, 1, 1, 0]);
    const xor = logicGate('xor');
    expect(Array.from(xor.y)).toEqual([0, 1, 1, 0]);
    expect(Array.from(xor.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(signedLabels(xor).y)).toEqual([-1, 1, 1, -1]);
  });

  it.each(NAMES)('%s is seeded, balanced, labelled 0/1 and standardised per feature', (name) => {
    const a = dataset2d(name, { n: 301, noise: 0.1, seed: 3 });
    expect(a).toEqual(dataset2d(name, { n: 301, noise: 0.1, seed: 3 }));
    expect(a.x).not.toEqual(dataset2d(name, { n: 301, noise: 0.1, seed: 4 }).x);
    expect(a).toMatchObject({ n: 301, inputs: 2, outputs: 1 });
    expect(new Set(a.y)).toEqual(new Set([0, 1]));
    expect(Math.abs(a.y.reduce((s, v) => s + v, 0) - 150.5)).toBeLessThanOrEqual(1);
    for (let k = 0; k < 2; k++) {
      const col = Array.from({ length: a.n }, (_, i) => a.x[2 * i + k]);
      const mean = col.reduce((s, v) => s + v, 0) / a.n;
      expect(mean).toBeCloseTo(0, 12);
      expect(col.reduce((s, v) => s + (v - mean) ** 2, 0) / a.n).toBeCloseTo(1, 12);
    }
  });

  it('two moons follows the sklearn make_moons construction', () => {
    const m = dataset2d('twoMoons', { n: 10, noise: 0, standardize: false });
    const pt = (i: number) => [m.x[2 * i], m.x[2 * i + 1]];
    expect(pt(0)).toEqual([1, 0]); // outer moon: (cos t, sin t), t = 0 … π
    expect(pt(2)[0]).toBeCloseTo(Math.cos(Math.PI / 2), 15);
    expect(pt(4)[0]).toBeCloseTo(-1, 15);
    expect(pt(5)).toEqual([0, 0.5]); // inner moon: (1 − cos t, 1 − sin t − 0.5)
    expect(pt(9)[0]).toBeCloseTo(2, 15);
    expect(Array.from(m.y)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const noisy = dataset2d('twoMoons', { n: 4000, noise: 0.1, standardize: false, seed: 2 });
    const clean = dataset2d('twoMoons', { n: 4000, noise: 0, standardize: false });
    const d = Array.from(noisy.x, (v, i) => v - clean.x[i]);
    expect(Math.sqrt(d.reduce((s, v) => s + v * v, 0) / d.length)).toBeCloseTo(0.1, 2);
  });

  it('rejects unknown names and bad sizes', () => {
    expect(() => dataset2d('moons' as Dataset2dName)).toThrow(/unknown/);
    expect(() => dataset2d('xor', { n: 1 })).toThrow(/n must/);
  });
});
