/**
 * Every number the prose of lesson 6 (relu) quotes, recomputed with the engine and the labs' presets.
 * Tolerances follow the wording: a quoted figure is the formatted value; "about a millionth" is a median
 * within [1e-7, 1e-5]; figures over fixed seeds are deterministic and get ±15 % for harmless numeric drift.
 */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/engine/index.ts';
import { atInit, f2 as f3, f3 as f4, lab, near, quantile } from '../support/lesson-figures';

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

