/**
 * ShortcutScale's pure logic: the per-layer ‖∂L/∂h_l‖ it derives from the engine's traces, and the
 * λⁿ law it puts beside them (He et al. 2016, Identity Mappings: a shortcut scaled by λ multiplies
 * the gradient by λ per block). Seeds are fixed, so the measured ratios are deterministic; the
 * tolerances say how close to λⁿ a sigmoid net at initialisation is expected to be.
 */
import { describe, expect, it } from 'vitest';
import { activations, createMlp, dataset2d } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import { readState } from '../../src/widgets/kit/url-state';
import {
  GradientProbe, blockGradients, predicted, probe, probeSpec, schema, tableRows, verdictOf,
} from '../../src/widgets/shortcut-scale/probe';

describe('blockGradients', () => {
  it('agrees with the engine: δ_l = ∂L/∂h_l ⊙ σ′(z_l) on every hidden layer, for λ = 0.5, 1 and 1.5', () => {
    for (const lambda of [0.5, 1, 1.5]) {
      const spec = probeSpec({ lambda, blocks: 4, seed: 3 });
      const net = createMlp(spec);
      const data = dataset2d('twoMoons', { n: 5, noise: 0.1, seed: 3 });
      const W = new Map(net.params().map((p) => [p.name, p.value]));
      const weights = ['hidden1', 'hidden2', 'hidden3', 'hidden4', 'hidden5', 'output'].map((n) => W.get(`${n}.weight`)!);
      const residual = [false, true, true, true, true, false];
      for (let i = 0; i < data.n; i++) {
        const t = net.trace(data.x.subarray(2 * i, 2 * i + 2), data.y.subarray(i, i + 1));
        const dh = blockGradients(t, weights, lambda, residual);
        expect(dh).toHaveLength(5);
        dh.forEach((g, l) => g.forEach((v, j) => {
          expect(v * activations.sigmoid.derivative(t.layers[l].z[j])).toBeCloseTo(t.layers[l].delta[j], 12);
        }));
      }
    }
  });

  it('matches a finite difference of the loss with respect to the first hidden layer’s bias', () => {
    // ∂L/∂b_1 = Σ_i ∂L/∂h_1 ⊙ σ′(z_1): perturb b_1[0] and compare with the engine's own loss.
    const spec = probeSpec({ lambda: 0.7, blocks: 3, seed: 2 });
    const net = createMlp(spec);
    const x = Float64Array.of(0.3, -1.1), y = Float64Array.of(1);
    const W = new Map(net.params().map((p) => [p.name, p.value]));
    const weights = ['hidden1', 'hidden2', 'hidden3', 'hidden4', 'output'].map((n) => W.get(`${n}.weight`)!);
    const t = net.trace(x, y);
    const dh = blockGradients(t, weights, 0.7, [false, true, true, true, false]);
    const analytic = dh[0][0] * activations.sigmoid.derivative(t.layers[0].z[0]);
    const b = W.get('hidden1.bias')!;
    const eps = 1e-6;
    b[0] += eps; const up = net.lossAndGrad(x, y, 1);
    b[0] -= 2 * eps; const down = net.lossAndGrad(x, y, 1);
    b[0] += eps;
    expect(analytic).toBeCloseTo((up - down) / (2 * eps), 8);
  });
});

describe('the λⁿ law at initialisation (two moons, 200 points, seed 1)', () => {
  it('predicts λ per block above each layer, top layer = 1', () => {
    expect(predicted(0.5, 2)).toEqual([0.25, 0.5, 1]);
    expect(predicted(1, 3)).toEqual([1, 1, 1, 1]);
    expect(formatNumber(predicted(0.5, 10)[0])).toBe('9.8×10⁻⁴');
  });

  it('λ = 0.5 over ten blocks: the first layer gets ≈ 2.1e-3 of the top’s gradient, within a factor 2.5 of 0.5¹⁰ ≈ 9.8e-4', () => {
    const r = probe({ lambda: 0.5, blocks: 10, seed: 1 });
    expect(r.norms).toHaveLength(11);
    expect(r.relative[10]).toBe(1);
    expect(r.predictedRatio).toBeCloseTo(9.765625e-4, 12);
    expect(r.ratio!).toBeGreaterThan(r.predictedRatio);
    expect(r.ratio!).toBeLessThan(2.5 * r.predictedRatio);
    expect(r.ratio!).toBeGreaterThanOrEqual(2.05e-3);
    expect(r.ratio!).toBeLessThan(2.15e-3);
    expect(verdictOf(r.ratio)).toBe('vanishes');
  });

  it('λ > 1 explodes as λⁿ (within 15 %); λ = 1 keeps the gradient; λ = 0 is the plain sigmoid net', () => {
    for (const lambda of [1.1, 1.25, 1.5]) {
      const r = probe({ lambda, blocks: 10, seed: 1 });
      expect(r.ratio! / r.predictedRatio).toBeGreaterThan(0.95);
      expect(r.ratio! / r.predictedRatio).toBeLessThan(1.15);
    }
    expect(verdictOf(probe({ lambda: 1.5, blocks: 10, seed: 1 }).ratio)).toBe('explodes');
    const one = probe({ lambda: 1, blocks: 10, seed: 1 });
    expect(one.ratio!).toBeGreaterThan(0.5);
    expect(one.ratio!).toBeLessThan(2);
    expect(verdictOf(one.ratio)).toBe('kept');
    const zero = probe({ lambda: 0, blocks: 10, seed: 1 });
    expect(zero.predictedRatio).toBe(0);
    expect(zero.ratio!).toBeLessThan(1e-5);
  });

  it('the per-layer bars follow λ^k monotonically for λ = 0.5 and 1.5', () => {
    const lo = probe({ lambda: 0.5, blocks: 10, seed: 1 }).relative;
    const hi = probe({ lambda: 1.5, blocks: 10, seed: 1 }).relative;
    for (let l = 0; l < 10; l++) {
      expect(lo[l]).toBeLessThan(lo[l + 1]);
      expect(hi[l]).toBeGreaterThan(hi[l + 1]);
    }
  });
});

describe('slicing and settings', () => {
  it('gives the same result in slices as in one go', () => {
    const s = { lambda: 0.8, blocks: 6, seed: 4 };
    const p = new GradientProbe(s);
    let rounds = 0;
    while (!p.advance(0)) rounds++;   // a deadline in the past: one example per call
    expect(rounds).toBe(199);
    expect(p.result().norms).toEqual(probe(s).norms);
  });

  it('reads settings from the URL and falls back on bad values', () => {
    expect(readState('scale', schema, '?scale-lambda=1.25&scale-blocks=20&scale-seed=7')).toEqual({ lambda: 1.25, blocks: 20, seed: 7 });
    expect(readState('scale', schema, '?scale-lambda=2&scale-blocks=0&scale-seed=abc')).toEqual({ lambda: 0.5, blocks: 10, seed: 1 });
    expect(readState('scale', schema, '?scale-lambda=1e999&scale-blocks=31')).toEqual({ lambda: 0.5, blocks: 10, seed: 1 });
  });

  it('the no-JS table: ten blocks, seed 1, one row per λ, vanishing below 1 and exploding above', () => {
    const rows = tableRows();
    expect(rows.map((r) => r.lambda)).toEqual([0, 0.5, 0.9, 1, 1.1, 1.5]);
    expect(rows.map((r) => verdictOf(r.ratio))).toEqual(['vanishes', 'vanishes', 'kept', 'kept', 'kept', 'explodes']);
    expect(tableRows()).toBe(rows); // memoised: ko and en pages share it
  });

  it('verdict thresholds: a tenth and ten', () => {
    expect(verdictOf(null)).toBe('none');
    expect(verdictOf(0.099)).toBe('vanishes');
    expect(verdictOf(0.1)).toBe('kept');
    expect(verdictOf(10)).toBe('kept');
    expect(verdictOf(10.1)).toBe('explodes');
  });
});
