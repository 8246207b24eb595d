import { describe, expect, it } from 'vitest';
import { activations, activationFn } from '../../src/engine/index.ts';

describe('activations (REFERENCE.md σ′ figures)', () => {
  it('σ′ peaks at 0.25 at x = 0 and falls to 0.105, 0.0177, 0.0025 at 2, 4, 6', () => {
    const s = activations.sigmoid;
    expect(s.derivative(0)).toBe(0.25);
    expect(s.maxDerivative).toBe(0.25);
    expect(s.derivative(2)).toBeCloseTo(0.105, 3);
    expect(s.derivative(4)).toBeCloseTo(0.0177, 4);
    expect(s.derivative(6)).toBeCloseTo(0.0025, 4);
    expect(s.maxDerivative ** 10).toBeCloseTo(9.5e-7, 8);
  });

  it('tanh′ peaks at 1; relu is max(0, x); leaky uses its slope below 0', () => {
    expect(activations.tanh.derivative(0)).toBe(1);
    expect(activations.relu.value(-3)).toBe(0);
    expect(activations.relu.value(2.5)).toBe(2.5);
    expect(activations.leakyRelu.value(-2)).toBe(-0.02);
    expect(activationFn('leakyRelu', 0.2).derivative(-1)).toBe(0.2);
  });

  it('derivatives match central differences', () => {
    for (const [name, f] of Object.entries(activations)) {
      for (const x of [-3.1, -0.7, 0.4, 2.2]) {
        const fd = (f.value(x + 1e-6) - f.value(x - 1e-6)) / 2e-6;
        expect(f.derivative(x), name).toBeCloseTo(fd, 8);
      }
    }
  });
});
