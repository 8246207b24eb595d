import { describe, expect, it } from 'vitest';
import { createMlp, createRng } from '../../src/engine/index.ts';
import type { HiddenActivation, InitScheme, MlpSpec } from '../../src/engine/index.ts';
import { gradCheck, randomBatch } from './helpers.ts';

const ACTIVATIONS: HiddenActivation[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'];
const INITS: InitScheme[] = ['xavier', 'he', 'lecun', { std: 0.7 }, { uniform: 0.9 }];
const HEADS: Pick<MlpSpec, 'output' | 'loss'>[] = [
  { output: { units: 1, activation: 'sigmoid' }, loss: 'bce' },
  { output: { units: 3, activation: 'sigmoid' }, loss: 'bce' },
  { output: { units: 1, activation: 'sigmoid' }, loss: 'mse' },
  { output: { units: 2, activation: 'tanh' }, loss: 'mse' },
  { output: { units: 2, activation: 'linear' }, loss: 'mse' },
];

const spec = (over: Partial<MlpSpec>): MlpSpec => ({
  inputs: 3, hidden: [4, 3], activation: 'tanh', output: { units: 1, activation: 'sigmoid' },
  loss: 'bce', init: 'xavier', biasInit: { std: 0.3 }, seed: 7, ...over,
});

/** Relative error allowed between lossAndGrad and central differences (h = 1e-5, float64). */
const TOL = 1e-6;

describe('gradients agree with central finite differences', () => {
  it.each(ACTIVATIONS)('hidden activation %s, depth 1–3, batch 1–5', (activation) => {
    for (let depth = 1; depth <= 3; depth++) {
      const r = gradCheck(spec({ activation, hidden: [5, 4, 3].slice(0, depth), seed: depth }), 2 * depth - 1, 10 + depth);
      expect(r.worst, r.worstName).toBeLessThan(TOL);
      expect(r.skipped).toBeLessThan(0.1 * r.checked);
    }
  });

  it.each(HEADS.map((h) => [`${h.output.activation}×${h.output.units} + ${h.loss}`, h] as const))('output head %s', (_, head) => {
    for (const activation of ['sigmoid', 'relu'] as const) {
      const r = gradCheck(spec({ ...head, activation }), 4, 3);
      expect(r.worst, r.worstName).toBeLessThan(TOL);
    }
  });

  it.each(INITS.map((init) => [JSON.stringify(init), init] as const))('init %s', (_, init) => {
    const r = gradCheck(spec({ init, hidden: [4, 4], activation: 'tanh' }), 3, 5);
    expect(r.worst, r.worstName).toBeLessThan(TOL);
  });

  it.each(ACTIVATIONS)('batch norm in training mode with %s, batch 2–7', (activation) => {
    for (const n of [2, 3, 7]) {
      const r = gradCheck(spec({ activation, batchNorm: true, hidden: [4, 3, 3], seed: n }), n, 20 + n);
      expect(r.worst, r.worstName).toBeLessThan(TOL);
    }
  });

  it.each([
    ['equal widths (shortcuts on layers 2–4)', [4, 4, 4, 4]],
    ['unequal widths (shortcut only where widths match)', [3, 5, 5, 2]],
  ] as const)('residual with %s', (_, hidden) => {
    for (const activation of ['sigmoid', 'tanh', 'relu'] as const) {
      for (const batchNorm of [false, true]) {
        const r = gradCheck(spec({ activation, hidden: [...hidden], residual: true, batchNorm }), 4, 9);
        expect(r.worst, `${activation} bn=${batchNorm}: ${r.worstName}`).toBeLessThan(TOL);
      }
    }
  });

  it.each([0, 0.5, 1.7])('residual with the shortcut scaled by λ = %s', (shortcutScale) => {
    for (const batchNorm of [false, true]) {
      const r = gradCheck(spec({ activation: 'tanh', hidden: [4, 4, 4], residual: true, batchNorm, shortcutScale }), 3, 11);
      expect(r.worst, `bn=${batchNorm}: ${r.worstName}`).toBeLessThan(TOL);
    }
  });

  it('no hidden layer (logistic regression) with each head', () => {
    for (const head of HEADS) {
      const r = gradCheck(spec({ ...head, hidden: [] }), 3, 2);
      expect(r.worst, r.worstName).toBeLessThan(TOL);
    }
  });

  it('depths 1–5 and batch sizes 1–7 across a seeded sweep of options', () => {
    const rng = createRng(2024);
    for (let depth = 1; depth <= 5; depth++) {
      for (let n = 1; n <= 7; n += 2) {
        const batchNorm = n >= 2 && rng.next() < 0.5;
        const hidden = Array.from({ length: depth }, () => 2 + rng.int(3));
        const s = spec({
          hidden, batchNorm, residual: rng.next() < 0.5,
          activation: ACTIVATIONS[rng.int(ACTIVATIONS.length)], init: INITS[rng.int(INITS.length)],
          ...HEADS[rng.int(HEADS.length)], seed: depth * 10 + n,
        });
        const r = gradCheck(s, n, n + depth);
        expect(r.worst, `${JSON.stringify(s)}: ${r.worstName}`).toBeLessThan(TOL);
      }
    }
  });
});

describe('per-layer gradient quantities', () => {
  it('preActGradNorm equals ‖∂L/∂z‖ measured by finite differences on each example', () => {
    // Without BN, ∂L/∂z_ij = (1/n)·∂ℓ_i/∂b_j where ℓ_i is example i's own loss, so each entry
    // can be measured by perturbing b_j in a one-example forward.
    const s = spec({ activation: 'tanh', hidden: [4, 3], loss: 'mse', output: { units: 2, activation: 'tanh' } });
    const n = 5;
    const { x, y } = randomBatch(s, n, 3);
    const net = createMlp(s);
    net.lossAndGrad(x, y, n);
    const stats = net.layerStats();
    const probe = createMlp(s);
    const h = 1e-6;
    s.hidden.forEach((_, l) => {
      const bias = probe.params()[2 * l + 1].value;
      let sq = 0;
      for (let i = 0; i < n; i++) {
        const xi = x.subarray(i * 3, i * 3 + 3);
        const yi = y.subarray(i * 2, i * 2 + 2);
        for (let j = 0; j < bias.length; j++) {
          const v = bias[j];
          bias[j] = v + h;
          const up = probe.loss(xi, yi, 1);
          bias[j] = v - h;
          const down = probe.loss(xi, yi, 1);
          bias[j] = v;
          sq += ((up - down) / (2 * h) / n) ** 2;
        }
      }
      expect(stats[l].preActGradNorm).toBeCloseTo(Math.sqrt(sq), 8);
    });
  });

  it("trace's δ, dW and db equal lossAndGrad's gradients for that one example", () => {
    const s = spec({ hidden: [2, 2], inputs: 2, activation: 'sigmoid', residual: true });
    const net = createMlp(s);
    const x = Float64Array.of(0.5, -1.2);
    const y = Float64Array.of(1);
    const trace = net.trace(x, y);
    const loss = net.lossAndGrad(x, y, 1);
    const params = net.params();
    expect(trace.loss).toBe(loss);
    expect(trace.layers.map((l) => l.name)).toEqual(['hidden1', 'hidden2', 'output']);
    trace.layers.forEach((layer, l) => {
      expect(Array.from(layer.dW)).toEqual(Array.from(params[2 * l].grad));
      expect(Array.from(layer.db)).toEqual(Array.from(params[2 * l + 1].grad));
      expect(Array.from(layer.delta)).toEqual(Array.from(layer.db));
    });
    expect(net.layerStats()[1].preActGradNorm).toBeCloseTo(Math.hypot(...trace.layers[1].delta), 15);
    // the residual layer's output is its input plus its activation
    expect(trace.layers[1].h[0]).toBeCloseTo(trace.layers[0].h[0] + trace.layers[1].a[0], 15);
  });

  it('trace leaves grads and layer statistics as the last lossAndGrad left them', () => {
    const s = spec({});
    const net = createMlp(s);
    const { x, y } = randomBatch(s, 4, 1);
    net.lossAndGrad(x, y, 4);
    const before = net.params().map((p) => p.grad.slice());
    const stats = net.layerStats();
    net.trace(x, y);
    expect(net.params().map((p) => p.grad)).toEqual(before);
    expect(net.layerStats()).toEqual(stats);
  });
});
