import { describe, expect, it } from 'vitest';
import { createMlp } from '../../src/engine/index.ts';
import type { MlpSpec } from '../../src/engine/index.ts';
import { randomBatch } from './helpers.ts';

const base: MlpSpec = {
  inputs: 2, hidden: [3, 3], activation: 'tanh', output: { units: 1, activation: 'sigmoid' },
  loss: 'bce', init: 'xavier', seed: 1,
};

describe('createMlp validates the spec', () => {
  it.each([
    ['zero inputs', { inputs: 0 }, /inputs/],
    ['fractional width', { hidden: [3, 2.5] }, /hidden\[1\]/],
    ['negative width', { hidden: [-1] }, /hidden\[0\]/],
    ['unknown activation', { activation: 'gelu' }, /activation 'gelu'/],
    ['unknown output activation', { output: { units: 1, activation: 'softmax' } }, /output activation/],
    ['zero output units', { output: { units: 0, activation: 'sigmoid' } }, /output.units/],
    ['unknown loss', { loss: 'hinge' }, /loss 'hinge'/],
    ['bce without sigmoid', { output: { units: 1, activation: 'tanh' } }, /bce.*sigmoid/],
    ['unknown init', { init: 'orthogonal' }, /init/],
    ['negative std', { init: { std: -1 } }, /init/],
    ['bad bias init', { biasInit: { std: Number.NaN } }, /biasInit/],
    ['non-integer seed', { seed: 0.5 }, /seed/],
    ['negative shortcut scale', { residual: true, shortcutScale: -0.5 }, /shortcutScale/],
  ])('rejects %s', (_, over, message) => {
    expect(() => createMlp({ ...base, ...over } as unknown as MlpSpec)).toThrow(message);
  });
});

describe('network conventions', () => {
  it('lists params in layer order with [out, in] weight shapes', () => {
    const net = createMlp({ ...base, batchNorm: true });
    expect(net.params().map((p) => `${p.name}:${p.shape.join('x')}`)).toEqual([
      'hidden1.weight:3x2', 'hidden1.bias:3', 'hidden1.gamma:3', 'hidden1.beta:3',
      'hidden2.weight:3x3', 'hidden2.bias:3', 'hidden2.gamma:3', 'hidden2.beta:3',
      'output.weight:1x3', 'output.bias:1',
    ]);
  });

  it('computes forward by hand for a 2-2-1 net with live weights', () => {
    const net = createMlp({ ...base, hidden: [2], activation: 'sigmoid' });
    const [W, b, Wo, bo] = net.params().map((p) => p.value);
    W.set([0.1, -0.2, 0.3, 0.4]);
    b.set([0.05, -0.1]);
    Wo.set([1.5, -0.5]);
    bo.set([0.2]);
    const sig = (v: number): number => 1 / (1 + Math.exp(-v));
    const x = Float64Array.of(1, 2, -1, 0.5);
    const out = net.forward(x, 2);
    for (let i = 0; i < 2; i++) {
      const h0 = sig(0.1 * x[2 * i] - 0.2 * x[2 * i + 1] + 0.05);
      const h1 = sig(0.3 * x[2 * i] + 0.4 * x[2 * i + 1] - 0.1);
      expect(out[i]).toBeCloseTo(sig(1.5 * h0 - 0.5 * h1 + 0.2), 15);
    }
  });

  it('computes bce from the logits without overflow and mse as ½Σ(o − t)² averaged over the batch', () => {
    const net = createMlp({ ...base, hidden: [], init: { std: 0 } });
    const [W, b] = net.params().map((p) => p.value);
    W.set([0, 0]);
    b.set([800]); // σ(800) rounds to 1: a naive log(1 − o) would be −Infinity
    expect(net.lossAndGrad(Float64Array.of(0, 0), Float64Array.of(0), 1)).toBeCloseTo(800, 10);
    const mse = createMlp({ ...base, hidden: [], output: { units: 2, activation: 'linear' }, loss: 'mse', init: { std: 0 } });
    mse.params()[1].value.set([1, 2]);
    // outputs (1, 2) for both rows; targets (0, 0) and (1, 1): (½(1 + 4) + ½(0 + 1)) / 2 = 1.5
    expect(mse.lossAndGrad(new Float64Array(4), Float64Array.of(0, 0, 1, 1), 2)).toBe(1.5);
  });

  it('adds shortcuts only on hidden layers ≥ 2 whose width equals the previous one', () => {
    const net = createMlp({ ...base, hidden: [3, 3, 4, 4], residual: true, activation: 'relu' });
    const { x } = randomBatch(net.spec, 5, 1);
    const samples = net.layerSamples(x, 5);
    const [W2] = [net.params()[2].value];
    expect(W2.length).toBe(9);
    // layer 2 (3→3): h2 = h1 + relu(z2); layer 3 (3→4): no shortcut, h3 = relu(z3); layer 4: h4 = h3 + relu(z4)
    const relu = (v: number): number => Math.max(0, v);
    samples[1].h.forEach((h, i) => expect(h).toBeCloseTo(samples[0].h[i] + relu(samples[1].z[i]), 15));
    samples[2].h.forEach((h, i) => expect(h).toBe(relu(samples[2].z[i])));
    samples[3].h.forEach((h, i) => expect(h).toBeCloseTo(samples[2].h[i] + relu(samples[3].z[i]), 15));
  });

  it('forward returns a fresh array each call and inference on many rows matches row by row', () => {
    const net = createMlp({ ...base, hidden: [5, 5] });
    const n = 700; // more than one inference chunk
    const { x } = randomBatch(net.spec, n, 2);
    const all = net.forward(x, n);
    const again = net.forward(x, n);
    expect(again).not.toBe(all);
    for (const i of [0, 255, 256, 699]) expect(net.forward(x.subarray(2 * i, 2 * i + 2), 1)[0]).toBe(all[i]);
  });

  it('snapshot and restore bring back weights and running statistics', () => {
    const net = createMlp({ ...base, batchNorm: true });
    const state = net.snapshot();
    const { x, y } = randomBatch(net.spec, 4, 3);
    net.lossAndGrad(x, y, 4);
    net.params().forEach((p) => p.value.fill(0.5));
    net.restore(state);
    expect(net.snapshot()).toEqual(state);
  });
});

describe('layer statistics', () => {
  it('summarise h, dead units and saturation of the last lossAndGrad batch', () => {
    const net = createMlp({ ...base, hidden: [4, 4], activation: 'relu', init: 'he' });
    net.params()[1].value[2] = -100; // hidden1 unit 2 can never fire: dead
    const { x, y } = randomBatch(net.spec, 6, 4);
    net.lossAndGrad(x, y, 6);
    const stats = net.layerStats();
    const samples = net.layerSamples();
    expect(stats).toHaveLength(2);
    stats.forEach((s, l) => {
      const h = Array.from(samples[l].h);
      const mean = h.reduce((p, q) => p + q, 0) / h.length;
      expect(s.activationMean).toBeCloseTo(mean, 14);
      expect(s.activationStd).toBeCloseTo(Math.sqrt(h.reduce((p, q) => p + (q - mean) ** 2, 0) / h.length), 14);
      // relu′ = 0 below zero, which is < 1% of its maximum 1
      expect(s.saturatedFraction).toBe(Array.from(samples[l].z).filter((z) => z <= 0).length / h.length);
      expect(s.weightGradNorm).toBeCloseTo(Math.hypot(...net.params()[2 * l].grad), 14);
    });
    expect(stats[0].deadFraction).toBeGreaterThanOrEqual(0.25);
    expect(net.params()[0].grad.subarray(4, 6)).toEqual(new Float64Array(2)); // dead unit: no weight gradient
  });

  it('count sigmoid pairs with σ′ < 0.0025 as saturated', () => {
    const net = createMlp({ ...base, hidden: [6], activation: 'sigmoid', init: { std: 20 } });
    const { x, y } = randomBatch(net.spec, 8, 5);
    net.lossAndGrad(x, y, 8);
    const z = net.layerSamples()[0].z;
    const expected = Array.from(z).filter((v) => { const s = 1 / (1 + Math.exp(-v)); return s * (1 - s) < 0.0025; }).length;
    expect(net.layerStats()[0].saturatedFraction).toBe(expected / z.length);
    expect(expected).toBeGreaterThan(0);
  });

  it('are not changed by later in-place edits of grads (e.g. clipping)', () => {
    const net = createMlp(base);
    const { x, y } = randomBatch(net.spec, 3, 6);
    net.lossAndGrad(x, y, 3);
    const before = net.layerStats();
    net.params().forEach((p) => p.grad.fill(0));
    expect(net.layerStats()).toEqual(before);
    expect(net.outputStats().weightGradNorm).toBeGreaterThan(0);
  });
});

describe('scaled shortcuts h = λ·h_prev + F(h_prev)', () => {
  // With near-zero weights F contributes almost nothing to the backward pass and tanh′(0) = 1, so
  // each shortcut multiplies the gradient by λ: bias gradients of hidden1 and hidden11 differ by λ¹⁰
  // (He et al. 2016, Identity Mappings: 0.5¹⁰ ≈ 9.8e-4).
  it.each([0.5, 1, 1.5])('λ = %s: ‖∂L/∂b‖ of layer 1 over layer 11 ≈ λ¹⁰', (lambda) => {
    const net = createMlp({
      inputs: 2, hidden: Array.from({ length: 11 }, () => 8), activation: 'tanh', init: { std: 1e-3 },
      output: { units: 1, activation: 'sigmoid' }, loss: 'bce', residual: true, shortcutScale: lambda, seed: 3,
    });
    const x = Float64Array.of(0.3, -1.2, 1.1, 0.4, -0.7, 0.9);
    const y = Float64Array.of(1, 0, 1);
    net.lossAndGrad(x, y, 3);
    const stats = net.layerStats();
    const ratio = stats[0].biasGradNorm / stats[10].biasGradNorm;
    expect(ratio / lambda ** 10).toBeGreaterThan(0.97);
    expect(ratio / lambda ** 10).toBeLessThan(1.03);
  });
});
