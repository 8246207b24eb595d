/**
 * The numbers of lesson 1 (perceptron), recomputed with the engine's Perceptron: the AND hand run and
 * the Novikoff bound it is compared with.
 */
import { describe, expect, it } from 'vitest';
import { Perceptron, logicGate } from '../../src/engine';
import { perceptronLab as plEn } from '../../src/widgets/perceptron-lab/strings/en';
import { perceptronLab as plKo } from '../../src/widgets/perceptron-lab/strings/ko';
import { lesson } from '../support/lesson-figures';

const text = lesson('perceptron');

describe('lesson 1, perceptron', () => {
  it('AND from zero weights at η = 1: errors 1, 3, 3, 2, 1, 0 per epoch, ending at w = (2, 1), b = −2', () => {
    const p = new Perceptron(logicGate('and'), { learningRate: 1 });
    const errors = Array.from({ length: 6 }, () => p.epoch());
    expect(errors).toEqual([1, 3, 3, 2, 1, 0]);
    expect([...p.w, p.b]).toEqual([2, 1, -2]);
    text.quoted('$1 + 3 + 3 + 2 + 1$', '2x_1 + x_2 - 2 = 0');
  });

  it('Novikoff for AND: R² = 3, widest margin 1/√17 at u ∝ (2, 2, −3), bound 51 against 10 corrections', () => {
    const gate = logicGate('and');
    const pts = Array.from({ length: gate.n }, (_, i) => ({ x: [gate.x[2 * i], gate.x[2 * i + 1], 1], s: gate.y[i] > 0 ? 1 : -1 }));
    const r2 = Math.max(...pts.map((p) => p.x.reduce((a, v) => a + v * v, 0)));
    expect(r2).toBe(3);
    const margin = (u: number[]) => {
      const n = Math.hypot(...u);
      return Math.min(...pts.map((p) => (p.s * (u[0] * p.x[0] + u[1] * p.x[1] + u[2] * p.x[2])) / n));
    };
    expect(margin([2, 2, -3])).toBeCloseTo(1 / Math.sqrt(17), 12);
    let best = -Infinity; // no direction on a fine grid of the sphere does better
    for (let a = 0; a < 360; a += 0.5) for (let b = -90; b <= 90; b += 0.5) {
      const [t, p] = [(a * Math.PI) / 180, (b * Math.PI) / 180];
      best = Math.max(best, margin([Math.cos(p) * Math.cos(t), Math.cos(p) * Math.sin(t), Math.sin(p)]));
    }
    expect(best).toBeLessThanOrEqual(1 / Math.sqrt(17) + 1e-12);
    expect(best).toBeGreaterThan(0.98 / Math.sqrt(17)); // the grid gets close to it
    const bound = Math.round(r2 / (1 / Math.sqrt(17)) ** 2);
    expect(bound).toBe(51);
    const p = new Perceptron(gate, { learningRate: 1 });
    let corrections = 0;
    for (let e = 0; e < 6; e++) corrections += p.epoch();
    expect(corrections).toBe(10);
    expect(corrections).toBeLessThanOrEqual(bound);
    text.quoted('R^2 = 3', '\\gamma = 1/\\sqrt{17}', 'u \\propto (2, 2, -3)', '3 \\cdot 17 = 51');
  });
});

describe('lesson 1, why the step leaves nothing for gradient descent', () => {
  it('at the final AND line w = (2, 1), b = −2: w₂ + 0.01 changes no output, w₁ + 0.01 flips (1, 0) from 0 to 1', () => {
    const gate = logicGate('and');
    const trained = new Perceptron(gate, { learningRate: 1 });
    for (let e = 0; e < 6; e++) trained.epoch();
    const outputs = (w: number[], b: number) => {
      const p = new Perceptron(gate, { weights: w, bias: b });
      return Array.from({ length: gate.n }, (_, i) => p.predict([gate.x[2 * i], gate.x[2 * i + 1]]));
    };
    const [w1, w2] = trained.w;
    const before = outputs([w1, w2], trained.b);
    expect(before).toEqual([0, 0, 0, 1]); // (0,0), (0,1), (1,0), (1,1)
    expect(outputs([w1, w2 + 0.01], trained.b)).toEqual(before);
    const nudged = outputs([w1 + 0.01, w2], trained.b);
    expect(nudged).toEqual([0, 0, 1, 1]);
    expect([gate.x[4], gate.x[5]]).toEqual([1, 0]); // the point that flips is (1, 0)
    text.quoted('0.01', '$(1,0)$', '../vanishing-gradients/');
  });
});

describe('lesson 1 quotes the widget’s labels', () => {
  it('the random start is named as the widget spells it', () => {
    text.quotedIn(`"${plKo.initRandom}"`, `"${plEn.initRandom}"`);
  });
});
