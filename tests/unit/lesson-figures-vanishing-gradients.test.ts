/**
 * Every number the prose of lesson 5 (vanishing-gradients) quotes, recomputed with the engine and the labs' presets.
 * Tolerances follow the wording: a quoted figure is the formatted value; "about a millionth" is a median
 * within [1e-7, 1e-5]; figures over fixed seeds are deterministic and get ±15 % for harmless numeric drift.
 */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/engine/index.ts';
import { atInit, f2 as f3, f3 as f4, lab, quantile } from '../support/lesson-figures';

const sigma = activations.sigmoid;

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

