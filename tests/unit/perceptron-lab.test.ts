import { describe, expect, it } from 'vitest';
import { Perceptron, logicGate } from '../../src/engine';
import { defaults } from '../../src/widgets/kit/url-state';
import { GATES, Lab, RATES, RUN_CAP, halfPlane, initialWeights, runToEnd, schema } from '../../src/widgets/perceptron-lab/lab';

const base = defaults(schema);

describe('the perceptron lab', () => {
  it('advances one example at a time exactly as the engine does one epoch at a time', () => {
    for (const gate of GATES) {
      for (const init of ['zero', 'random']) {
        const s = { ...base, gate, init, lr: '0.25', seed: 7 };
        const lab = new Lab(s);
        const [w1, w2, b] = initialWeights(s);
        const ref = new Perceptron(logicGate(gate), { learningRate: 0.25, weights: [w1, w2], bias: b });
        for (let e = 0; e < 6; e++) {
          for (let i = 0; i < 4; i++) lab.step();
          const errors = ref.epoch();
          const r = lab.history[e];
          expect(r).toEqual({ epoch: e + 1, errors, w1: ref.w[0], w2: ref.w[1], b: ref.b });
        }
      }
    }
  });

  it('learns AND from zero weights in six epochs, as worked by hand in the lesson', () => {
    const rows = runToEnd(base);
    expect(rows.map((r) => r.errors)).toEqual([1, 3, 3, 2, 1, 0]);
    expect(rows.map((r) => [r.w1, r.w2, r.b])).toEqual([[1, 1, 1], [2, 1, 0], [2, 1, -1], [2, 2, -1], [2, 1, -2], [2, 1, -2]]);
  });

  it('never converges on XOR: from zero weights it cycles through the same weights every epoch', () => {
    const rows = runToEnd({ ...base, gate: 'xor' });
    expect(rows).toHaveLength(RUN_CAP);
    expect(rows.every((r) => r.errors > 0)).toBe(true);
    for (const r of rows.slice(2)) expect([r.w1, r.w2, r.b, r.errors]).toEqual([-1, 0, 1, 4]);
  });

  it('converges within the run cap on every separable gate, rate and seed it offers', () => {
    for (const gate of ['and', 'or', 'nand']) {
      for (const lr of RATES) {
        for (let seed = 1; seed <= 40; seed++) {
          const rows = runToEnd({ gate, lr, init: 'random', seed });
          expect(rows[rows.length - 1].errors, `${gate} η=${lr} seed ${seed}`).toBe(0);
        }
      }
    }
  });

  it('draws random initial weights from the seed, in (−1, 1), and zeros otherwise', () => {
    expect(initialWeights({ init: 'zero', seed: 3 })).toEqual([0, 0, 0]);
    const a = initialWeights({ init: 'random', seed: 3 });
    expect(initialWeights({ init: 'random', seed: 3 })).toEqual(a);
    expect(initialWeights({ init: 'random', seed: 4 })).not.toEqual(a);
    for (const v of a) expect(Math.abs(v)).toBeLessThan(1);
  });

  it('clips the decision line and the class-1 half-plane to the plotted square', () => {
    // x1 + x2 − 1.5 = 0 (AND): crosses the square [−0.5, 1.5]² from (1.5, 0) to (0, 1.5).
    const { region, line } = halfPlane(1, 1, -1.5, -0.5, 1.5);
    const ends = line!.map(([x, y]) => [x + 0, y + 0]).sort((p, q) => p[0] - q[0]);
    expect(ends[0][0]).toBeCloseTo(0, 12);
    expect(ends[0][1]).toBeCloseTo(1.5, 12);
    expect(ends[1][0]).toBeCloseTo(1.5, 12);
    expect(ends[1][1]).toBeCloseTo(0, 12);
    expect(region).toHaveLength(3); // the triangle with the corner (1.5, 1.5)
    for (const [x, y] of region) expect(x + y - 1.5).toBeGreaterThanOrEqual(-1e-12);
    expect(halfPlane(0, 0, 1, -0.5, 1.5)).toMatchObject({ line: null });
    expect(halfPlane(0, 0, 1, -0.5, 1.5).region).toHaveLength(4);
    expect(halfPlane(0, 0, 0, -0.5, 1.5).region).toHaveLength(0);
  });
});
