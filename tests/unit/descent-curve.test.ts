import { describe, expect, it } from 'vitest';
import {
  DIVERGE_BOUND, LEARNING_RATES, QUAD_A, QUAD_MIN, classify, curves, descend, quadraticIterate,
} from '../../src/widgets/descent-curve/curves';

const close = (a: number, b: number, rel = 1e-12) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe('gradient descent on the quadratic ½(θ − 1)²', () => {
  it('matches the closed form θ_k − θ* = (1 − ηa)^k (θ₀ − θ*) for every slider rate that stays bounded', () => {
    for (const lr of LEARNING_RATES) {
      const eta = Number(lr);
      const path = descend(curves.quadratic, -2, eta, 12);
      path.forEach((theta, k) => close(theta, quadraticIterate(-2, eta, k)));
      path.forEach((theta, k) => close(theta - QUAD_MIN, (1 - eta * QUAD_A) ** k * (-2 - QUAD_MIN)));
    }
  });

  it('gives the numbers of the widget table: η = 0.3 from θ₀ = −2', () => {
    const path = descend(curves.quadratic, -2, 0.3, 3);
    close(path[1], -1.1);
    close(path[2], -0.47);
    close(path[3], -0.029);
  });

  it('classifies by the step ratio r = 1 − ηa: slow, converging, oscillating, bouncing, diverging', () => {
    const at = (eta: number) => classify(curves.quadratic, -2, eta);
    expect(at(0.05).behaviour).toBe('slow');
    expect(at(0.3).behaviour).toBe('converging');
    close(at(0.3).ratio, 0.7);
    expect(at(1.5).behaviour).toBe('oscillating');
    close(at(1.5).ratio, -0.5);
    expect(at(2).behaviour).toBe('bouncing');
    expect(at(2.1).behaviour).toBe('diverging');
    expect(classify(curves.quadratic, 1, 0.3).behaviour).toBe('converged');
  });

  it('stops a diverging run right after |θ| passes the bound, with no NaN', () => {
    const path = descend(curves.quadratic, -2, 2.5, 200);
    expect(path.length).toBeLessThan(30);
    expect(Math.abs(path[path.length - 1])).toBeGreaterThan(DIVERGE_BOUND);
    expect(path.slice(0, -1).every((t) => Math.abs(t) <= DIVERGE_BOUND)).toBe(true);
    expect(path.every(Number.isFinite)).toBe(true);
    expect(classify(curves.quadratic, path[path.length - 1], 2.5).behaviour).toBe('diverged');
  });
});

describe('the double well (θ² − 1)²/4 + 0.3θ of the lesson', () => {
  it('ends in the minimum on the side where it starts (≈ −1.125 and ≈ 0.786)', () => {
    const left = descend(curves.doubleWell, -2, 0.1, 400).at(-1)!;
    const right = descend(curves.doubleWell, 2, 0.1, 400).at(-1)!;
    expect(left).toBeCloseTo(-1.1254, 3);
    expect(right).toBeCloseTo(0.786, 3);
    expect(curves.doubleWell.f(left)).toBeLessThan(curves.doubleWell.f(right));
    expect(curves.doubleWell.df(0.338)).toBeCloseTo(0, 2);
  });

  it('has a derivative that matches a central difference', () => {
    for (const c of Object.values(curves)) for (const t of [-2, -0.3, 0.7, 2.2]) {
      const h = 1e-6;
      expect(c.df(t)).toBeCloseTo((c.f(t + h) - c.f(t - h)) / (2 * h), 6);
    }
  });
});

describe('the worked example of the lesson (a = 4, θ* = 3, θ₀ = 1)', () => {
  it('reproduces the table rows', () => {
    const run = (eta: number) => { const out = [1]; let t = 1; for (let k = 0; k < 3; k++) { t -= eta * 4 * (t - 3); out.push(t); } return out; };
    expect(run(0.1).map((v) => +v.toFixed(6))).toEqual([1, 1.8, 2.28, 2.568]);
    expect(run(0.25).map((v) => +v.toFixed(6))).toEqual([1, 3, 3, 3]);
    expect(run(0.4).map((v) => +v.toFixed(6))).toEqual([1, 4.2, 2.28, 3.432]);
    expect(run(0.6).map((v) => +v.toFixed(6))).toEqual([1, 5.8, -0.92, 8.488]);
    expect(Math.ceil(Math.log(0.01) / Math.log(0.6))).toBe(10);
  });
});
