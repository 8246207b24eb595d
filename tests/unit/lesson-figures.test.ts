/**
 * Every number the prose of lessons 5–7 (vanishing-gradients, relu, leaky-relu) quotes, recomputed
 * with the engine — and, where the prose describes a lab, with the lab's own preset and session —
 * so that a change to the engine, a preset or the prose that breaks a stated figure fails here.
 * Tolerances follow the wording: "0.105" is the formatted value; "about a millionth" is a median
 * within [1e-7, 1e-5]; table entries computed by this engine over fixed seeds are deterministic,
 * so they get ±15 %, enough for harmless numeric drift but not for a changed regime.
 */
import { describe, expect, it } from 'vitest';
import { activations, createMlp, dataset2d, type MlpNetwork, type MlpSpec } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import { PRESETS, type LabSettings } from '../../src/widgets/kit/lab/settings';
import { LabSession } from '../../src/widgets/kit/lab/session';

/** Two significant digits, as the prose writes them: 9.5×10⁻⁷, 0.056, 9.3. */
const f3 = (x: number) => (Math.abs(x) < 1e-3 ? formatNumber(x) : formatNumber(x, 1));
/** Three significant digits: 0.105, 0.0177. */
const f4 = (x: number) => formatNumber(x, 2);
const sigma = activations.sigmoid;

/** Linear-interpolated quantile, as used for the 10th/50th/90th percentiles in the tables. */
function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const near = (value: number, target: number, rel = 0.15) => {
  expect(value).toBeGreaterThan(target * (1 - rel));
  expect(value).toBeLessThan(target * (1 + rel));
};

/** Two moons (n points, noise 0.1), width 16, sigmoid output + bce, data seed = net seed = s. */
function atInit(over: Partial<MlpSpec>, depth: number, seeds: number, n = 200) {
  const weight: number[] = [], bias: number[] = [], perLayerBias: number[] = [], dead: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const data = dataset2d('twoMoons', { n, noise: 0.1, seed });
    const net = createMlp({
      inputs: 2, hidden: Array(depth).fill(16), activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' },
      loss: 'bce', init: 'xavier', seed, ...over,
    });
    net.lossAndGrad(data.x, data.y, data.n);
    const st = net.layerStats();
    weight.push(st[0].weightGradNorm / st[depth - 1].weightGradNorm);
    bias.push(st[0].biasGradNorm / st[depth - 1].biasGradNorm);
    for (let l = 0; l + 1 < depth; l++) perLayerBias.push(st[l].biasGradNorm / st[l + 1].biasGradNorm);
    dead.push(st.reduce((a, s) => a + s.deadFraction, 0) / depth);
  }
  return { weight, bias, perLayerBias, dead };
}

/** A lab as the page runs it: the preset's settings (with overrides), trained for `steps`. */
function lab(preset: keyof typeof PRESETS, over: Partial<LabSettings> = {}) {
  const session = new LabSession({ ...PRESETS[preset].settings, ...over });
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  return {
    session,
    to(step: number) { session.advance(step - session.step); const m = session.measure(); return { ...m, deadMean: mean(m.dead) }; },
  };
}

describe('lesson 5, vanishing-gradients', () => {
  it('σ′ = σ(1−σ) peaks at 1/4 at x = 0 and saturates: 0.105, 0.0177, 0.0025', () => {
    expect(sigma.derivative(0)).toBe(0.25);
    for (let x = -6; x <= 6; x += 0.01) expect(sigma.derivative(x)).toBeLessThanOrEqual(0.25);
    expect(f4(sigma.derivative(2))).toBe('0.105');
    expect(f4(sigma.derivative(4))).toBe('0.0177');
    expect(f3(sigma.derivative(6))).toBe('0.0025');
  });

  it('the worked products: 0.25³, 0.25¹⁰, σ′(2)³, 1.25¹⁰, 0.75¹⁰, 0.25⁵, tanh′(2) = 4σ′(4)', () => {
    expect(f4(0.25 ** 3)).toBe('0.0156');
    expect(f3(0.25 ** 10)).toBe('9.5×10⁻⁷');
    expect(f4(sigma.derivative(2) ** 3)).toBe('0.00116');
    expect(f3(1.25 ** 10)).toBe('9.3');
    expect(f3(0.75 ** 10)).toBe('0.056');
    expect(f3(0.25 ** 5)).toBe('9.8×10⁻⁴');
    expect(3 / Math.log10(4)).toBeCloseTo(4.98, 2);
    expect(f4(activations.tanh.derivative(2))).toBe('0.0707');
    expect(activations.tanh.derivative(2)).toBeCloseTo(4 * sigma.derivative(4), 12);
    expect(activations.tanh.maxDerivative).toBe(1);
  });

  it('Xavier sigmoid, depth 10: each bias gradient ≈ 0.23 of the next; first/last ≈ a millionth (20 seeds)', () => {
    const r = atInit({}, 10, 20);
    const perLayer = quantile(r.perLayerBias, 0.5);
    expect(perLayer).toBeGreaterThanOrEqual(0.22);
    expect(perLayer).toBeLessThan(0.24);
    const ratio = quantile(r.weight, 0.5);
    expect(ratio).toBeGreaterThan(1e-7);
    expect(ratio).toBeLessThan(1e-5);
  });

  it('the sigmoid-deep lab starts at about a millionth and stays at chance', () => {
    const deep = lab('sigmoid-deep');
    const m0 = deep.to(0);
    const ratio = m0.gradNorms[0] / m0.gradNorms[m0.gradNorms.length - 1];
    expect(ratio).toBeGreaterThan(1e-7);
    expect(ratio).toBeLessThan(1e-5);
    expect(deep.to(500).accuracy).toBeLessThan(0.6);
  });
});

describe('lesson 6, relu', () => {
  it('He: Var = 2/16 = 0.125, std ≈ 0.354; with Var 1/n the variance after 20 layers is 2⁻²⁰ ≈ 9.5×10⁻⁷, std 9.8×10⁻⁴', () => {
    expect(2 / 16).toBe(0.125);
    expect(f4(Math.sqrt(0.125))).toBe('0.354');
    expect(f3(2 ** -20)).toBe('9.5×10⁻⁷');
    expect(f3(2 ** -10)).toBe('9.8×10⁻⁴');
  });

  it('the engine’s ReLU derivative is 0 at x = 0 and 1 for x > 0', () => {
    expect(activations.relu.derivative(0)).toBe(0);
    expect(activations.relu.derivative(1e-9)).toBe(1);
  });

  it('depth 20, 50 seeds: ReLU/He first/last weight ratio 0.11 / 0.42 / 1.4; sigmoid 4.7e-13 / 1.2e-12 / 6.9e-12', () => {
    const relu = atInit({ activation: 'relu', init: 'he' }, 20, 50).weight;
    near(quantile(relu, 0.1), 0.11);
    near(quantile(relu, 0.5), 0.42);
    near(quantile(relu, 0.9), 1.4);
    const sig = atInit({}, 20, 50).weight;
    near(quantile(sig, 0.1), 4.7e-13);
    near(quantile(sig, 0.5), 1.2e-12);
    near(quantile(sig, 0.9), 6.9e-12);
  });

  it('ReLU with Var 1/n, depth 20: weight ratio ≈ 0.6 but bias ratio ≈ 0.002 (50 seeds)', () => {
    const r = atInit({ activation: 'relu', init: 'lecun' }, 20, 50);
    near(quantile(r.weight, 0.5), 0.6, 0.2);
    const bias = quantile(r.bias, 0.5);
    expect(bias).toBeGreaterThan(0.0012);
    expect(bias).toBeLessThan(0.003);
  });

  it('the relu-lecun-deep lab sits at 0.50 after 100 steps where He is at 0.91 (seed 1)', () => {
    expect(lab('relu-lecun-deep').to(100).accuracy).toBe(0.5);
    near(lab('relu-lecun-deep', { init: 'he' }).to(100).accuracy, 0.91, 0.02);
  });

  it('at learning rate 0.5, Var 1/n at depth 20 is still at 50 % after 1000 steps (seed 1)', () => {
    expect(lab('relu-lecun-deep', { lr: 0.5 }).to(1000).accuracy).toBe(0.5);
  });

  it('the relu-deep lab learns, its bars within about an order of magnitude; the relu-lecun-deep bars are all ≈ 10⁻⁴', () => {
    const relu = lab('relu-deep');
    const g = relu.to(0).gradNorms;
    expect(Math.max(...g) / Math.min(...g)).toBeLessThan(30);
    expect(relu.to(300).accuracy).toBeGreaterThan(0.95);
    for (const v of lab('relu-lecun-deep').to(0).gradNorms) {
      expect(v).toBeGreaterThan(3e-5);
      expect(v).toBeLessThan(3e-4);
    }
  });
});

describe('lesson 7, leaky-relu', () => {
  it('about 48–50 % of pre-activations are ≤ 0 at init (ReLU/He, depth 10, seeds 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const data = dataset2d('twoMoons', { n: 400, noise: 0.1, seed: 1 });
      const net = createMlp({ inputs: 2, hidden: Array(10).fill(16), activation: 'relu', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'he', seed }) as MlpNetwork;
      let off = 0, all = 0;
      for (const layer of net.layerSamples(data.x, data.n)) for (const z of layer.z) { all++; if (z <= 0) off++; }
      expect(off / all).toBeGreaterThan(0.475);
      expect(off / all).toBeLessThan(0.505);
    }
  });

  it('about a fifth of the hidden units of a depth-10 ReLU/He net are dead at init (median of 20 seeds)', () => {
    const dead = quantile(atInit({ activation: 'relu', init: 'he' }, 10, 20, 400).dead, 0.5);
    expect(dead).toBeGreaterThan(0.15);
    expect(dead).toBeLessThan(0.25);
  });

  it('relu-deep, seed 1: dead units fall from 30 % to 13 % in 300 steps', () => {
    const relu = lab('relu-deep');
    near(relu.to(0).deadMean, 0.30, 0.07);
    near(relu.to(300).deadMean, 0.13, 0.1);
  });

  it('dying-relu, seed 1: about 18 % dead at init, about 65 % after 300 steps, a whole layer dead, stuck at 50 %', () => {
    const dying = lab('dying-relu');
    near(dying.to(0).deadMean, 0.18, 0.1);
    const m = dying.to(300);
    near(m.deadMean, 0.65, 0.05);
    expect(m.dead[m.dead.length - 1]).toBe(1);           // the last hidden layer dies entirely…
    for (const g of m.gradNorms) expect(g).toBe(0);       // …so no hidden layer gets any weight gradient
    expect(dying.to(1000).accuracy).toBe(0.5);
  });

  it('the same settings with Leaky ReLU reach 100 % (seed 1); leaky-deep has no unit whose output is exactly 0', () => {
    expect(lab('dying-relu', { act: 'leakyRelu' }).to(300).accuracy).toBe(1);
    const leaky = lab('leaky-deep');
    expect(leaky.session.settings.alpha).toBe(0.01);
    expect(leaky.to(0).deadMean).toBe(0);
  });

  it('numbers of the worked example and the exercises', () => {
    expect(0.8 * 2.5 + 0.5 * 2.5).toBe(3.25);
    expect(3.25 - 3.9).toBeCloseTo(-0.65, 12);
    expect(f4(2 / (1.0625 * 16))).toBe('0.118');
    expect(1 - 1 / 1.0625).toBeCloseTo(0.06, 2);
    expect(activationsLeaky(0.01).derivative(-3)).toBe(0.01);
  });
});

function activationsLeaky(alpha: number) {
  return { derivative: (x: number) => (x > 0 ? 1 : alpha) };
}
