/**
 * Every number the prose of lesson 6 (relu) quotes, recomputed with the engine and the labs' presets.
 * Tolerances follow the wording: a quoted figure is the formatted value; "about a millionth" is a median
 * within [1e-7, 1e-5]; figures over fixed seeds are deterministic and get ±15 % for harmless numeric drift.
 */
import { describe, expect, it } from 'vitest';
import { activations, createMlp, dataset2d } from '../../src/engine/index.ts';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import { accuracyOverSeeds, atInit, f2, f2 as f3, f3 as f4, lab, lesson, near, overSeeds, quantile, sci, spread } from '../support/lesson-figures';

const text = lesson('relu');

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

  it('depth 20, 50 seeds: ReLU/He first/last weight ratio 0.11 / 0.42 / 1.4; sigmoid 4.7e-13 / 1.2e-12 / 6.9e-12', { timeout: 120_000 }, () => {
    const relu = atInit({ activation: 'relu', init: 'he' }, 20, 50).weight;
    near(quantile(relu, 0.1), 0.11);
    near(quantile(relu, 0.5), 0.42);
    near(quantile(relu, 0.9), 1.4);
    const sig = atInit({}, 20, 50).weight;
    near(quantile(sig, 0.1), 4.7e-13);
    near(quantile(sig, 0.5), 1.2e-12);
    near(quantile(sig, 0.9), 6.9e-12);
  });

  it('ReLU with Var 1/n, depth 20, 50 seeds: weight ratio 0.62 (0.11–1.9), bias ratio 0.0016 (0.00028–0.09) ≈ 2^(−19/2)', { timeout: 120_000 }, () => {
    const r = atInit({ activation: 'relu', init: 'lecun' }, 20, 50);
    const w = spread(r.weight), b = spread(r.bias);
    expect([f3(w.median), f3(w.p10), f3(w.p90)]).toEqual(['0.62', '0.11', '1.9']);
    expect([f3(b.median), b.p10.toPrecision(2), f3(b.p90)]).toEqual(['0.0016', '0.00028', '0.09']);
    expect(f3(2 ** (-19 / 2))).toBe('0.0014');
    expect(b.median / 2 ** (-19 / 2)).toBeGreaterThan(0.5);
    expect(b.median / 2 ** (-19 / 2)).toBeLessThan(2);
    text.quoted('0.62', '0.11–1.9', '0.0016', '0.00028–0.09', '2^{-19/2} \\approx 1.4 \\times 10^{-3}');
  });

  it('seed 1 at init: every Var 1/n weight-gradient bar is about 2^(−9.5) ≈ 1.4×10⁻³ of He’s (within ×3)', () => {
    const lecun = lab('relu-lecun-deep').to(0).gradNorms;
    const he = lab('relu-lecun-deep', { init: 'he' }).to(0).gradNorms;
    const ratios = lecun.map((g, l) => g / he[l]).sort((x, y) => x - y);
    const median = ratios[Math.floor(ratios.length / 2)];
    expect(median).toBeGreaterThan(2 ** -9.5 / 3);
    expect(median).toBeLessThan(2 ** -9.5 * 3);
    text.quoted('2^{-9.5} \\approx 1.4 \\times 10^{-3}');
  });

  it('the relu-lecun-deep lab sits at 50 % after 100 steps where He is at 91 % (seed 1); seed 1 then 87 % at 500, 99.75 % at 1000', () => {
    const lecun = lab('relu-lecun-deep');
    expect(lecun.to(100).accuracy).toBe(0.5);
    expect(f2(lab('relu-lecun-deep', { init: 'he' }).to(100).accuracy * 100)).toBe('91');
    expect(lecun.to(500).accuracy).toBe(0.87);
    expect(lecun.to(1000).accuracy).toBe(0.9975);
    text.quoted('91%', '87%', '99.75%');
  });

  it('η = 0.05, 3000 steps, seeds 1–10: Var 1/n leaves seeds 9 and 10 at 50 % and seed 7 at 93.75 %; He takes all ten to ≥ 99 %', { timeout: 300_000 }, () => {
    const at = (init: 'lecun' | 'he') => overSeeds(10, (seed) => lab('relu-lecun-deep', { init, seed }).to(3000).accuracy);
    const lecun = at('lecun');
    expect(lecun.map((a, i) => (a === 0.5 ? i + 1 : 0)).filter(Boolean)).toEqual([9, 10]);
    expect(lecun[6]).toBe(0.9375);
    const s = spread(lecun);
    expect([s.median, s.p10]).toEqual([1, 0.5]);
    for (const a of at('he')) expect(a).toBeGreaterThanOrEqual(0.99);
    text.quoted('93.75%', '99%');
    text.quotedIn('중앙값 100%, 10번째 백분위수 50%', 'median 100%, 10th percentile 50%');
  });

  it('η = 0.5, 1000 steps: both initializations stay at 50 % for seeds 1–3; with Var 1/n the last hidden layer is all dead and no weight gradient is left', { timeout: 300_000 }, () => {
    for (const seed of [1, 2, 3]) {
      const m = lab('relu-lecun-deep', { lr: 0.5, seed }).to(1000);
      expect(m.accuracy).toBe(0.5);
      expect(m.dead[m.dead.length - 1]).toBe(1);
      for (const g of m.gradNorms) expect(g).toBe(0);
      expect(lab('relu-lecun-deep', { lr: 0.5, seed, init: 'he' }).to(1000).accuracy).toBe(0.5);
    }
  });

  it('about half of the pre-activations are ≤ 0 at init: 48–50 % (ReLU/He, depth 10, seeds 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const data = dataset2d('twoMoons', { n: 400, noise: 0.1, seed: 1 });
      const net = createMlp({ inputs: 2, hidden: Array(10).fill(16), activation: 'relu', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'he', seed });
      let off = 0, all = 0;
      for (const layer of net.layerSamples(data.x, data.n)) for (const z of layer.z) { all++; if (z <= 0) off++; }
      expect(off / all).toBeGreaterThan(0.475);
      expect(off / all).toBeLessThan(0.505);
    }
    text.quoted('48–50%');
  });

  it('the relu-deep lab learns, its bars within a factor of about 20 (17 for seed 1); the relu-lecun-deep bars are all ≈ 10⁻⁴', () => {
    const relu = lab('relu-deep');
    const g = relu.to(0).gradNorms;
    expect((Math.max(...g) / Math.min(...g)).toFixed(0)).toBe('17');
    for (const seed of [2, 3]) { const h = lab('relu-deep', { seed }).to(0).gradNorms; expect(Math.max(...h) / Math.min(...h)).toBeLessThan(20); }
    text.quotedIn('스무 배 안쪽', 'within a factor of about 20');
    text.quotedIn('17배', '(17 for');
    expect(relu.to(300).accuracy).toBeGreaterThan(0.95);
    for (const v of lab('relu-lecun-deep').to(0).gradNorms) {
      expect(v).toBeGreaterThan(3e-5);
      expect(v).toBeLessThan(3e-4);
    }
  });
});


describe('lesson 6, the sigmoid-against-ReLU lab over seeds 1–10', () => {
  it('ReLU/He depth 10 at lr 0.05: every seed at 100 % by step 1000; at step 300 median 99 % (96–100 %)', { timeout: 300_000 }, () => {
    expect(PRESETS['relu-deep'].settings.lr).toBe(0.05);
    const [at300, at1000] = accuracyOverSeeds('relu-deep', {}, 10, [300, 1000]);
    expect(at1000).toEqual(Array(10).fill(1));
    const s = spread(at300);
    expect([s.median, s.p10, s.p90].map((v) => (v * 100).toFixed(0))).toEqual(['99', '96', '100']);
    text.quoted('99%', '96–100%', '0.05');
  });

  it('ReLU/He depth 10 after 3000 steps: at lr 0.5 four of ten seeds at 50 %, at lr 2 all ten', { timeout: 300_000 }, () => {
    const [at05] = accuracyOverSeeds('relu-deep', { lr: 0.5 }, 10, [3000]);
    expect(at05.filter((a) => a === 0.5)).toHaveLength(4);
    const [at2] = accuracyOverSeeds('relu-deep', { lr: 2 }, 10, [3000]);
    expect(at2).toEqual(Array(10).fill(0.5));
    text.quotedIn('열 개 가운데 네 개가', 'four of the ten are still at 50%');
  });

  it('the sigmoid side at lr 2 (its preset): 50 % on each of seeds 1–10 after 3000 steps', { timeout: 300_000 }, () => {
    expect(PRESETS['sigmoid-deep'].settings.lr).toBe(2);
    expect(accuracyOverSeeds('sigmoid-deep', {}, 10, [3000])[0]).toEqual(Array(10).fill(0.5));
    text.quotedIn('3000스텝 동안 시드 1~10 모두 50%', 'stays at 50% on each of seeds 1–10 for 3000 steps');
  });

  it('200 or 400 points at init: with 400 the depth-20 medians are 0.40 (ReLU/He) and 1.2×10⁻¹² (sigmoid/Xavier)', { timeout: 120_000 }, () => {
    expect(spread(atInit({ activation: 'relu', init: 'he' }, 20, 50, 400).weight).median.toFixed(2)).toBe('0.40');
    expect(sci(spread(atInit({}, 20, 50, 400).weight).median)).toBe('1.2×10⁻¹²');
    text.quoted('200', '400', '0.40', '1.2×10⁻¹²');
  });
});

describe('lesson 6, Var 1/n at larger learning rates (depth 20, 3000 steps, seeds 1–10)', () => {
  it('1/n: seeds 9 and 10 at 50 % at lr 0.1, six at 0.2; He loses two at 0.1 and five at 0.2', { timeout: 900_000 }, () => {
    const stuckSeeds = (init: 'lecun' | 'he', lr: number) => accuracyOverSeeds('relu-lecun-deep', { lr, init }, 10, [3000])[0].flatMap((a, i) => (a === 0.5 ? [i + 1] : []));
    expect(stuckSeeds('lecun', 0.1)).toEqual([9, 10]);
    expect(stuckSeeds('lecun', 0.2)).toHaveLength(6);
    expect([stuckSeeds('he', 0.1).length, stuckSeeds('he', 0.2).length]).toEqual([2, 5]);
    text.quotedIn('0.1에서는 여전히 시드 9와 10, 0.2에서는 열 개 가운데 여섯 개', 'seeds 9 and 10 are still at 50% at learning rate 0.1, and six of the ten at 0.2');
    text.quotedIn('0.1에서 두 개, 0.2에서 다섯 개', 'two at 0.1, five at 0.2');
  });
});
