import { describe, expect, it } from 'vitest';
import { activationFn, activations } from '../../src/engine/index.ts';
import {
  FUNCTIONS, TABLE_DEPTHS, TABLE_XS, bestCaseProduct, curve, snap, valuesAt,
} from '../../src/widgets/activation-explorer/curves';
import { formatNumber } from '../../src/widgets/kit/format';

describe('activation explorer: values come from the engine', () => {
  it('reads f and f′ from the engine for every function and table column', () => {
    for (const name of FUNCTIONS) {
      const f = activationFn(name, 0.2);
      for (const x of TABLE_XS) {
        expect(valuesAt(name, 0.2, x)).toEqual({ value: f.value(x), derivative: f.derivative(x) });
      }
    }
  });

  it('shows σ′(2) as 0.105 and the sigmoid maximum 1/4 at x = 0', () => {
    expect(formatNumber(valuesAt('sigmoid', 0.01, 2).derivative)).toBe('0.105');
    expect(valuesAt('sigmoid', 0.01, 0).derivative).toBe(0.25);
    const sampled = curve('sigmoid', 0.01, 'derivative');
    expect(Math.max(...sampled.map((p) => p.y))).toBe(0.25);
  });

  it('follows the engine at ReLU’s kink: f′(0) = 0, and the plotted derivative steps from 0 to 1 at x = 0', () => {
    expect(valuesAt('relu', 0.01, 0).derivative).toBe(activations.relu.derivative(0));
    const atZero = curve('relu', 0.01, 'derivative').filter((p) => p.x === 0).map((p) => p.y);
    expect(atZero[0]).toBe(0);
    expect(atZero[atZero.length - 1]).toBe(1);
  });

  it('uses the α slider for Leaky ReLU only', () => {
    expect(valuesAt('leakyRelu', 0.3, -2).value).toBeCloseTo(-0.6, 12);
    expect(valuesAt('leakyRelu', 0.3, -2).derivative).toBe(0.3);
    expect(valuesAt('leakyRelu', 0, -2).derivative).toBe(0);
    expect(valuesAt('relu', 0.3, -2).derivative).toBe(0);
  });

  it('samples [−6, 6] on a 0.05 grid with both ends included', () => {
    const pts = curve('tanh', 0.01, 'value');
    expect(pts[0].x).toBe(-6);
    expect(pts[pts.length - 1].x).toBe(6);
    expect(pts).toHaveLength(241);
  });
});

describe('activation explorer: best-case product through n layers', () => {
  it('is 0.25ⁿ for sigmoid: 9.5×10⁻⁷ at n = 10', () => {
    expect(bestCaseProduct('sigmoid', 0.01, 10)).toBeCloseTo(0.25 ** 10, 20);
    expect(formatNumber(bestCaseProduct('sigmoid', 0.01, 10))).toBe('9.5×10⁻⁷');
    for (const n of TABLE_DEPTHS) expect(bestCaseProduct('sigmoid', 0.01, n)).toBe(0.25 ** n);
  });

  it('is 1 for tanh, ReLU and Leaky ReLU with α ≤ 0.3 (max(1, α)ⁿ)', () => {
    for (const n of [1, 10, 30]) {
      expect(bestCaseProduct('tanh', 0.01, n)).toBe(1);
      expect(bestCaseProduct('relu', 0.01, n)).toBe(1);
      expect(bestCaseProduct('leakyRelu', 0.3, n)).toBe(1);
    }
  });
});

describe('activation explorer: slider snapping', () => {
  it('snaps to the grid and clamps to the range', () => {
    expect(snap(0.1 + 0.2, 0.1, -6, 6)).toBe(0.3);
    expect(snap(1.9999999, 0.1, -6, 6)).toBe(2);
    expect(snap(9, 0.1, -6, 6)).toBe(6);
    expect(snap(-0.004, 0.01, 0, 0.3)).toBe(0);
  });
});
