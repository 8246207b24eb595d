import { describe, expect, it } from 'vitest';
import { Adam, Momentum, Sgd, clipGradients } from '../../src/engine/index.ts';
import type { Param } from '../../src/engine/index.ts';

const param = (name: string, value: number[], grad: number[]): Param => ({
  name, shape: [value.length], value: Float64Array.from(value), grad: Float64Array.from(grad),
});

describe('optimizers match hand-computed steps', () => {
  it('SGD: w ← w − η·g', () => {
    const p = param('h.weight', [1, -2], [0.5, 0.25]);
    new Sgd({ learningRate: 0.1 }).step([p]);
    expect(Array.from(p.value)).toEqual([1 - 0.05, -2 - 0.025]);
  });

  it('momentum: v ← βv + g, w ← w − η·v', () => {
    const p = param('h.weight', [1], [0.5]);
    const opt = new Momentum({ learningRate: 0.1, beta: 0.9 });
    opt.step([p]); // v = 0.5
    expect(p.value[0]).toBeCloseTo(0.95, 15);
    opt.step([p]); // v = 0.9·0.5 + 0.5 = 0.95
    expect(p.value[0]).toBeCloseTo(0.95 - 0.095, 15);
    opt.reset();
    opt.step([p]); // velocity forgotten: v = 0.5 again
    expect(p.value[0]).toBeCloseTo(0.855 - 0.05, 15);
  });

  it('Adam divides by (1 − βᵗ) as in Kingma & Ba, Algorithm 1', () => {
    // Expected values from an independent Python evaluation of Algorithm 1 (lr 0.1, defaults).
    const p = param('h.weight', [1], [0]);
    const opt = new Adam({ learningRate: 0.1 });
    const expected = [0.900000002, 0.8733662987078463, 0.8418419430257161];
    [0.5, -0.25, 0.1].forEach((g, t) => {
      p.grad[0] = g;
      opt.step([p]);
      expect(p.value[0]).toBeCloseTo(expected[t], 14);
    });
  });

  it('L2 decay adds λw to the gradient of weights only, and leaves grad untouched', () => {
    const w = param('hidden1.weight', [1], [0.5]);
    const b = param('hidden1.bias', [1], [0.5]);
    const g = param('hidden1.gamma', [1], [0.5]);
    new Sgd({ learningRate: 0.1, weightDecay: 0.1 }).step([w, b, g]);
    expect(w.value[0]).toBeCloseTo(1 - 0.1 * (0.5 + 0.1 * 1), 15);
    expect(b.value[0]).toBe(0.95);
    expect(g.value[0]).toBe(0.95);
    expect(w.grad[0]).toBe(0.5);
    const adamW = param('output.weight', [2], [0]);
    new Adam({ learningRate: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.5 }).step([adamW]); // g = 0 + 0.5·2 = 1 → step −0.1
    expect(adamW.value[0]).toBeCloseTo(1.9, 7);
  });

  it('global-norm clipping scales all grads to maxNorm and returns the norm before', () => {
    const a = param('a.weight', [0, 0], [3, 4]);
    const b = param('a.bias', [0], [12]);
    expect(clipGradients([a, b], 1)).toBe(13);
    expect(Array.from(a.grad)).toEqual([3 / 13, 4 / 13].map((v) => expect.closeTo(v, 15)));
    expect(b.grad[0]).toBeCloseTo(12 / 13, 15);
    expect(clipGradients([a, b], 5)).toBeCloseTo(1, 15); // under the threshold: untouched
    expect(b.grad[0]).toBeCloseTo(12 / 13, 15);
  });
});
