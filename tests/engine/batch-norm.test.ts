import { describe, expect, it } from 'vitest';
import { createMlp, createRng } from '../../src/engine/index.ts';
import type { MlpSpec } from '../../src/engine/index.ts';

const spec: MlpSpec = {
  inputs: 2, hidden: [3], activation: 'linear', output: { units: 1, activation: 'linear' },
  loss: 'mse', init: 'xavier', batchNorm: true, seed: 4,
};

function batch(n: number, seed: number): { x: Float64Array; y: Float64Array } {
  const rng = createRng(seed);
  return {
    x: Float64Array.from({ length: 2 * n }, () => 1 + 2 * rng.normal()),
    y: Float64Array.from({ length: n }, () => rng.normal()),
  };
}

describe('batch norm follows torch.nn.BatchNorm1d', () => {
  it('inference uses running stats updated with momentum 0.1 from the unbiased batch variance', () => {
    const net = createMlp(spec);
    const [W, b, gamma, beta, Wo, bo] = net.params().map((p) => p.value);
    const runMean = [0, 0, 0];
    const runVar = [1, 1, 1];
    const sizes = [5, 3, 8];
    sizes.forEach((n, s) => {
      const { x, y } = batch(n, s);
      net.lossAndGrad(x, y, n); // no optimizer step: W stays, so u is known by hand
      for (let j = 0; j < 3; j++) {
        const u = Array.from({ length: n }, (_, i) => W[2 * j] * x[2 * i] + W[2 * j + 1] * x[2 * i + 1] + b[j]);
        const mean = u.reduce((p, q) => p + q, 0) / n;
        const unbiased = u.reduce((p, q) => p + (q - mean) ** 2, 0) / (n - 1);
        runMean[j] = 0.9 * runMean[j] + 0.1 * mean;
        runVar[j] = 0.9 * runVar[j] + 0.1 * unbiased;
      }
    });
    const probe = Float64Array.of(0.3, -1.7);
    let expected = bo[0];
    for (let j = 0; j < 3; j++) {
      const u = W[2 * j] * probe[0] + W[2 * j + 1] * probe[1] + b[j];
      const z = (gamma[j] * (u - runMean[j])) / Math.sqrt(runVar[j] + 1e-5) + beta[j];
      expected += Wo[j] * z;
    }
    expect(net.forward(probe, 1)[0]).toBeCloseTo(expected, 13);
    expect(Array.from(net.snapshot().runningMean[0])).toEqual(runMean.map((v) => expect.closeTo(v, 14)));
  });

  it('forward({ training: true }) uses batch statistics and leaves the running statistics alone', () => {
    const net = createMlp({ ...spec, activation: 'sigmoid' });
    const { x, y } = batch(6, 1);
    net.lossAndGrad(x, y, 6);
    const before = net.snapshot();
    const trainOut = net.forward(x, 6, { training: true });
    const inferOut = net.forward(x, 6);
    expect(net.snapshot()).toEqual(before);
    expect(Array.from(trainOut)).not.toEqual(Array.from(inferOut));
    // training-mode outputs of the batch are the ones lossAndGrad saw: same loss
    const mse = trainOut.reduce((s, o, i) => s + 0.5 * (o - y[i]) ** 2, 0) / 6;
    expect(mse).toBeCloseTo(net.lossAndGrad(x, y, 6), 14);
  });

  it('gives the dense bias before BN a gradient of exactly 0', () => {
    const net = createMlp({ ...spec, hidden: [4, 4], activation: 'tanh', biasInit: { std: 0.5 } });
    const { x, y } = batch(7, 2);
    net.lossAndGrad(x, y, 7);
    for (const p of net.params().filter((q) => q.name.startsWith('hidden') && q.name.endsWith('.bias'))) {
      expect(Array.from(p.grad)).toEqual([0, 0, 0, 0]);
    }
    expect(net.layerStats().map((s) => s.biasGradNorm)).toEqual([0, 0]);
  });

  it('is scale invariant: BN((aW)u) = BN(Wu) and ∂L/∂(aW) = (1/a)·∂L/∂W', () => {
    // Exact only for ε = 0: with ε = 1e-5 the two sides differ by about ε/σ²_B. Large inputs make
    // every batch variance of u large (checked below), so ε/σ²_B < 1e-6 and 1e-5 relative is a
    // tolerance that would still catch any real (1/a-sized) error.
    const a = 3;
    const s: MlpSpec = { ...spec, hidden: [5, 4], activation: 'tanh' };
    const base = createMlp(s);
    const scaled = createMlp(s);
    scaled.params()[0].value.forEach((v, i, w) => (w[i] = a * v));
    const { x, y } = batch(8, 3);
    x.forEach((v, i) => (x[i] = 100 * v));
    const W = base.params()[0].value;
    for (let j = 0; j < 5; j++) {
      const u = Array.from({ length: 8 }, (_, i) => W[2 * j] * x[2 * i] + W[2 * j + 1] * x[2 * i + 1]);
      const mean = u.reduce((p, q) => p + q, 0) / 8;
      expect(1e-5 / (u.reduce((p, q) => p + (q - mean) ** 2, 0) / 8)).toBeLessThan(1e-6);
    }
    const l0 = base.lossAndGrad(x, y, 8);
    const l1 = scaled.lossAndGrad(x, y, 8);
    expect(Math.abs(l1 - l0) / Math.abs(l0)).toBeLessThan(1e-5);
    const g0 = base.params()[0].grad;
    const g1 = scaled.params()[0].grad;
    const scale = Math.max(...Array.from(g0, Math.abs));
    g0.forEach((g, i) => expect(Math.abs(a * g1[i] - g) / scale).toBeLessThan(1e-5));
  });

  it('refuses training-mode batches of one example but infers on one', () => {
    const net = createMlp(spec);
    const { x, y } = batch(1, 0);
    expect(() => net.lossAndGrad(x, y, 1)).toThrow(/n ≥ 2/);
    expect(() => net.forward(x, 1, { training: true })).toThrow(/n ≥ 2/);
    expect(Number.isFinite(net.forward(x, 1)[0])).toBe(true);
  });
});
