/**
 * Every number the prose of lesson 6 (relu) quotes, recomputed with the engine and the labs' presets.
 * Tolerances follow the wording: a quoted figure is the formatted value; "about a millionth" is a median
 * within [1e-7, 1e-5]; figures over fixed seeds are deterministic and get ±15 % for harmless numeric drift.
 */
import { describe, expect, it } from 'vitest';
import { activations, createMlp, dataset2d } from '../../src/engine/index.ts';
import { atInit, f2, f2 as f3, f3 as f4, lab, lesson, near, overSeeds, quantile, spread } from '../support/lesson-figures';

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

  it('ReLU with Var 1/n, depth 20, 50 seeds: weight ratio 0.62 (0.11–1.9), bias ratio 0.0016 (0.00028–0.09) ≈ 2^(−19/2)', () => {
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
    for (const a of at('he')) expect(a).toBeGreaterThanOrEqual(0.99);
    text.quoted('93.75%', '99%');
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

