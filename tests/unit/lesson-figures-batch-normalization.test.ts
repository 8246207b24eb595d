/**
 * Every number the batch-normalization lesson quotes, recomputed with the engine (and the widgets'
 * own models), plus a check that both language files still print them — so a change to the engine,
 * a preset, a widget or the prose that breaks a stated figure fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BN_EPS, BN_MOMENTUM, createMlp, dataset2d, type MlpSpec } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import { BnPair, DEPTH, modeGap } from '../../src/widgets/bn-histograms/model';
import { REFERENCE_RESULTS } from '../../src/widgets/bn-learning-rates/reference';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { overSeeds, spread } from '../support/lesson-figures';

const lesson = (lang: 'ko' | 'en') => readFileSync(new URL(`../../content/lessons/${lang}/batch-normalization.mdx`, import.meta.url), 'utf8')
  // Korean writes 50%, English 50 %: compare percentages in one form.
  .replace(/(\d)[ \u00a0]?%/g, '$1 %');
const both = [lesson('ko'), lesson('en')];
/** Both files print `text` somewhere. */
const quoted = (...texts: string[]) => { for (const f of both) for (const t of texts) expect(f).toContain(t); };

function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/** A 1 → 1 → 1 net with batch norm whose single hidden unit sees u = x (W = 1, b = 0). */
function oneUnit(gamma: number, beta: number) {
  const net = createMlp({ inputs: 1, hidden: [1], activation: 'linear', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', batchNorm: true, seed: 1 });
  const p = Object.fromEntries(net.params().map((q) => [q.name, q]));
  p['hidden1.weight'].value[0] = 1;
  p['hidden1.bias'].value[0] = 0;
  p['hidden1.gamma'].value[0] = gamma;
  p['hidden1.beta'].value[0] = beta;
  return net;
}
const round2 = (v: number) => v.toFixed(2).replace('-', '−');

describe('lesson 8, batch-normalization', () => {
  it('engine constants: ε = 1e-5, momentum 0.1 as the weight of the new batch', () => {
    expect(BN_EPS).toBe(1e-5);
    expect(BN_MOMENTUM).toBe(0.1);
    quoted('\\varepsilon = 10^{-5}', '`BN_EPS`', '`BN_MOMENTUM` $= 0.1$');
  });

  it('worked example u = (1, 2, 3, 6): μ 3, σ² 3.5, û, z with γ 2, β 0.5, one running update 0.3 and 1.37', () => {
    const net = oneUnit(2, 0.5);
    const x = Float64Array.of(1, 2, 3, 6);
    const z = net.layerSamples(x, 4, { training: true })[0].z;
    const uhat = Array.from(z, (v) => (v - 0.5) / 2);
    expect(uhat.map(round2)).toEqual(['−1.07', '−0.53', '0.00', '1.60']);
    expect(Array.from(z, round2)).toEqual(['−1.64', '−0.57', '0.50', '3.71']);
    const mean = z.reduce((a, b) => a + b, 0) / 4;
    const std = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / 4);
    expect(mean).toBeCloseTo(0.5, 12);
    expect(std).toBeCloseTo(2, 5);
    net.lossAndGrad(x, Float64Array.of(0, 0, 1, 1), 4);
    const s = net.snapshot();
    expect(s.runningMean[0][0]).toBeCloseTo(0.3, 12);
    expect(s.runningVar[0][0]).toBeCloseTo(0.9 + 0.1 * 14 / 3, 12);
    expect(s.runningVar[0][0].toFixed(2)).toBe('1.37');
    quoted('(-1.07, -0.53, 0, 1.60)', '(-1.64, -0.57, 0.5, 3.71)', '14/4 = 3.5', '\\approx 1.37', '0.1 \\cdot 3 = 0.3');
  });

  it('decay of the starting values: 0.9¹⁰ ≈ 0.35, 0.9⁵⁰ ≈ 0.0052; exercise 2: 43.7 → 44 steps', () => {
    expect(0.9 ** 10).toBeCloseTo(0.35, 2);
    expect(formatNumber(0.9 ** 50, 1)).toBe('0.0052');
    expect(Math.log(0.01) / Math.log(0.9)).toBeCloseTo(43.7, 1);
    quoted('0.9^{10} \\approx 0.35', '0.9^{50} \\approx 0.0052', '43.7', '0.57');
  });

  it('exercise 1: u = (2, 4, 6, 8), γ 3, β −1', () => {
    const net = oneUnit(3, -1);
    const z = net.layerSamples(Float64Array.of(2, 4, 6, 8), 4, { training: true })[0].z;
    expect(Array.from(z, round2)).toEqual(['−5.02', '−2.34', '0.34', '3.02']);
    quoted('(-1.34, -0.45, 0.45, 1.34)', '(-5.02, -2.34, 0.34, 3.02)');
  });

  it('histogram widget, seed 1: spread 0.411, 0.057 … 3.8×10⁻⁷, about 4.7 per layer; BN spread 1', () => {
    const pair = new BnPair(1);
    const v = pair.view('train');
    expect(v.plain[0].spread.toFixed(3)).toBe('0.411');
    expect(v.plain[1].spread.toFixed(3)).toBe('0.057');
    expect(formatNumber(v.plain[DEPTH - 1].spread)).toBe('3.8×10⁻⁷');
    expect(((v.plain[0].spread / v.plain[DEPTH - 1].spread) ** (1 / (DEPTH - 1))).toFixed(1)).toBe('4.7');
    for (const l of v.bn) expect(l.spread).toBeCloseTo(1, 2);
    quoted('0.411', '0.057', '3.8 \\times 10^{-7}', '4.7');
  });

  it('BN net passes 90 % by about step 50 while the plain one stays at 50 %', () => {
    const pair = new BnPair(1);
    pair.advance(50);
    const v = pair.view('infer');
    expect(v.accuracyBn).toBeGreaterThan(0.9);
    expect(v.accuracyPlain).toBe(0.5);
    quoted('90 %', '50 %');
  });

  it('training vs inference mode: 52.5 % agreement at step 10; 98.75 % and 0.074 at step 300; seeds 1–10 median 99.25 %, 9 above 92 %', () => {
    const pair = new BnPair(1);
    pair.advance(10);
    expect(modeGap(pair.bn, pair.data).agree).toBe(0.525);
    pair.advance(290);
    const g = modeGap(pair.bn, pair.data);
    expect(g.agree).toBe(0.9875);
    expect(formatNumber(g.meanAbs, 1)).toBe('0.074');
    const agree = overSeeds(10, (seed) => { const p = new BnPair(seed); p.advance(300); return modeGap(p.bn, p.data).agree; });
    expect(spread(agree).median).toBeCloseTo(0.9925, 10);
    expect(agree.filter((a) => a > 0.92)).toHaveLength(9);
    quoted('52.5 %', '98.75 %', '0.074', '99.25 %', '92 %');
  }, 180_000);

  it('first/last weight-gradient ratio at init over 50 seeds: plain 1.0e-6 / 3.1e-6 / 2.8e-5, BN 1.3 / 4.3 / 15; BN depth 20 median 7.8', () => {
    const ratios = (bn: boolean, depth: number) => {
      const out: number[] = [];
      for (let seed = 1; seed <= 50; seed++) {
        const data = dataset2d('twoMoons', { n: 200, noise: 0.1, seed });
        const spec: MlpSpec = { inputs: 2, hidden: Array(depth).fill(16), activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', batchNorm: bn, seed };
        const net = createMlp(spec);
        net.lossAndGrad(data.x, data.y, data.n);
        const st = net.layerStats();
        out.push(st[0].weightGradNorm / st[depth - 1].weightGradNorm);
        if (bn) for (const l of st) expect(l.biasGradNorm).toBe(0); // the dense bias before BN gets zero gradient
      }
      return [0.1, 0.5, 0.9].map((p) => quantile(out, p));
    };
    const plainRaw = ratios(false, 10);
    // “about 3 × 10⁻⁶” in the learning-rate section is this median
    expect(Math.round(plainRaw[1] * 1e6)).toBe(3);
    quoted('3 \\times 10^{-6}');
    const plain = plainRaw.map((r) => formatNumber(r, 2).replace(/^1×/, '1.0×'));
    const bn = ratios(true, 10);
    expect(plain).toEqual(['1.0×10⁻⁶', '3.1×10⁻⁶', '2.8×10⁻⁵']);
    expect(bn.map((r) => formatNumber(r, 1))).toEqual(['1.3', '4.3', '15']);
    // REFERENCE.md: median ≈ 4.6 at depth 10 (the gradient grows toward the input)
    expect(bn[1]).toBeGreaterThan(4.6 * 0.85);
    expect(bn[1]).toBeLessThan(4.6 * 1.15);
    expect(formatNumber(ratios(true, 20)[1], 1)).toBe('7.8');
    quoted('| 1.0×10⁻⁶ | 3.1×10⁻⁶ | 2.8×10⁻⁵ |', '| 1.3 | 4.3 | 15 |', '7.8');
  }, 180_000);

  it('scale invariance: BN((aW)u) = BN(Wu), and the gradient w.r.t. aW is 1/a times the gradient w.r.t. W', () => {
    const data = dataset2d('twoMoons', { n: 64, noise: 0.1, seed: 4 });
    const spec: MlpSpec = { inputs: 2, hidden: [16, 16, 16], activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', batchNorm: true, seed: 4 };
    // Base weights ×10 so that ε = 1e-5 is negligible beside the variance; then the scaled copy is a = 7 times that.
    const a = 7;
    const net = createMlp(spec);
    const scaled = createMlp(spec);
    const W = (n: typeof net) => n.params().find((p) => p.name === 'hidden2.weight')!;
    W(net).value.forEach((v, k, arr) => { arr[k] = 10 * v; });
    W(scaled).value.forEach((v, k, arr) => { arr[k] = 10 * a * v; });
    const o1 = net.forward(data.x, data.n, { training: true });
    const o2 = scaled.forward(data.x, data.n, { training: true });
    // equal up to ε = 1e-5 against the variance of u (probabilities agree to ~1e-6)
    for (let i = 0; i < o1.length; i++) expect(Math.abs(o1[i] - o2[i])).toBeLessThan(1e-5);
    const l1 = net.lossAndGrad(data.x, data.y, data.n);
    const l2 = scaled.lossAndGrad(data.x, data.y, data.n);
    expect(l2).toBeCloseTo(l1, 5);
    const g1 = W(net).grad, g2 = W(scaled).grad;
    let worst = 0, scale = 0;
    for (let k = 0; k < g1.length; k++) { worst = Math.max(worst, Math.abs(g2[k] * a - g1[k])); scale = Math.max(scale, Math.abs(g1[k])); }
    expect(worst / scale).toBeLessThan(1e-3);
  });

  it('learning-rate widget: plain 50 % everywhere; BN 99.25–100 % for 0.05–2, 81 % at 20; ‖W‖ ×1.3, ×1.97, ×46.9', () => {
    const bn = (lr: number) => REFERENCE_RESULTS.find((r) => r.bn && r.lr === lr)!;
    for (const r of REFERENCE_RESULTS.filter((q) => !q.bn)) expect(r.accuracy).toBe(0.5);
    expect([0.05, 0.2, 0.5, 2].map((lr) => bn(lr).accuracy).sort()).toEqual([0.9925, 0.9925, 0.9975, 1]);
    expect(Math.round(bn(20).accuracy * 100)).toBe(81);
    expect(formatNumber(bn(0.5).weightGrowth)).toBe('1.3');
    expect(formatNumber(bn(2).weightGrowth)).toBe('1.97');
    expect(formatNumber(bn(20).weightGrowth)).toBe('46.9');
    quoted('99.25–100 %', '81 %', '\\times 1.3', '\\times 1.97', '\\times 46.9');
  });

  it('training-lab pair (presets sigmoid-plain / sigmoid-bn, seed 1): plain bars fall toward the input, BN first > last', () => {
    const plain = new LabSession(PRESETS['sigmoid-plain'].settings).measure().gradNorms;
    const bn = new LabSession(PRESETS['sigmoid-bn'].settings).measure().gradNorms;
    const perLayer = (plain[plain.length - 1] / plain[0]) ** (1 / (plain.length - 1));
    expect(perLayer).toBeGreaterThan(3.5);
    expect(perLayer).toBeLessThan(6);
    expect(bn[0]).toBeGreaterThan(bn[bn.length - 1]);
    expect(PRESETS['sigmoid-bn'].settings.lr).toBe(0.5);
  });
});

describe('lesson 8, the note on sensitivity', () => {
  it('at learning rate 20, changing one parameter by one part in 1e16 turns the stored 81 % into 50 %, and nothing diverges', async () => {
    const { Run } = await import('../../src/widgets/bn-learning-rates/sweep');
    const base = new Run(20, true, 1, 1000);
    const nudged = new Run(20, true, 1, 1000);
    const gamma = nudged.trainer.network.params().find((p) => p.name === 'hidden1.gamma')!.value;
    gamma[1] *= 1 + 2.2e-16;
    expect(gamma[1]).not.toBe(1);
    base.advance();
    nudged.advance();
    expect(Math.round(base.result().accuracy * 100)).toBe(81);
    expect(nudged.result().accuracy).toBe(0.5);
    expect(nudged.result().status).toBe('ok');
    for (const f of both) expect(f).toContain('$10^{16}$');
  }, 180_000);
});

describe('lesson 8, the paper and the batch of one', () => {
  it("Ioffe & Szegedy 2015 §4.2.2 as quoted: sigmoid Inception ≤ 1/1000, with BN 69.8 %; Inception 72.2 % after 31 million steps, BN 14× fewer, ×30 rate 74.8 %", () => {
    // Figures of the paper (checked against its text), not of this engine: both twins must carry the same ones.
    quoted('1/1000', '69.8 %', '72.2 %', '74.8 %', '4.2.2');
    expect(both[1]).toContain('after 31 million steps');
    expect(both[0]).toContain('3100만 스텝');
    expect(both[1]).toContain('14 times fewer steps');
    expect(both[0]).toContain('14분의 1의 스텝');
    for (const f of both) expect(f).toContain('id: ba2016');
    for (const f of both) expect(f).toContain('id: wu2018');
  });

  it('with m = 1, u = μ_B: the engine refuses a batch of one in training mode, but evaluates one example in inference mode', () => {
    const net = createMlp({ inputs: 2, hidden: [4, 4], activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', batchNorm: true, seed: 1 });
    expect(() => net.lossAndGrad(Float64Array.of(0.3, -1), Float64Array.of(1), 1)).toThrow(/n ≥ 2/);
    expect(() => net.layerSamples(Float64Array.of(0.3, -1), 1, { training: true })).toThrow(/n ≥ 2/);
    expect(net.layerSamples(Float64Array.of(0.3, -1), 1, { training: false })[0].z.length).toBe(4);
    quoted('$m = 1$');
  });
});

describe('lesson 8, reader R2 corrections', () => {
  it('γ/σ_B more than cancels σ′: the median first/last ratio 4.3 over nine layers is about ×1.2 per layer', () => {
    expect(formatNumber(4.3 ** (1 / 9), 1)).toBe('1.2');
    quoted('$\\times 1.2$', '4.3');
  });
  it('attributions: Ioffe & Szegedy §3.3 for the 1/a rule, Salimans & Kingma 2016 before van Laarhoven 2017', () => {
    for (const f of both) { expect(f).toContain('id: salimans2016'); expect(f).toContain('3.3'); }
    expect(both[0]).not.toContain('van Laarhoven(2017)이 처음');
    expect(both[1]).not.toContain('is due to van Laarhoven');
    expect(both[0]).toContain('10스텝씩 지나가 보면');
  });
});
