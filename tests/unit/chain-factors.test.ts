/** Nielsen's chain figure: (w·σ′(z))ᵏ from the engine's sigmoid, its URL schema and its table cases. */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/engine';
import { readState } from '../../src/widgets/kit/url-state';
import { LAYERS, TABLE_CASES, WEIGHTS, chainProducts, factor, schema } from '../../src/widgets/chain-factors/chain';

describe('chain-factors', () => {
  it('w = 100 at z = 0 gives 25 per layer: 25, 625, 15625, …, 25¹⁰', () => {
    expect(factor(100, 0)).toBe(25);
    const p = chainProducts(100, 0);
    expect(p).toHaveLength(LAYERS);
    expect(p.slice(0, 3)).toEqual([25, 625, 15625]);
    expect(p[9]).toBeCloseTo(25 ** 10, -2);
  });

  it('is the sigmoid chain rule: w·σ′(z) with the engine’s σ′, vanishing at w = 1 and off-centre', () => {
    expect(factor(1, 0)).toBe(activations.sigmoid.maxDerivative);
    expect(factor(100, 6)).toBeCloseTo(100 * activations.sigmoid.derivative(6), 15);
    expect(chainProducts(100, 6)[9]).toBeLessThan(1e-6);
    expect(chainProducts(100, 4)[9]).toBeGreaterThan(100);
  });

  it('on the slider grid only w = 4, z = 0 gives a factor of exactly 1', () => {
    const ones: string[] = [];
    for (const w of WEIGHTS) for (let z = 0; z <= 8; z += 0.5) if (Math.abs(factor(Number(w), z) - 1) < 1e-9) ones.push(`${w}@${z}`);
    expect(ones).toEqual(['4@0']);
  });

  it('reads its settings from the URL and falls back on hostile values', () => {
    expect(readState('chain', schema, '')).toEqual({ w: '100', z: 0 });
    expect(readState('chain', schema, '?chain-w=5&chain-z=2.5')).toEqual({ w: '5', z: 2.5 });
    expect(readState('chain', schema, '?chain-w=3&chain-z=1e99')).toEqual({ w: '100', z: 0 });
    expect(TABLE_CASES).toContainEqual({ w: 100, z: 0 });
  });
});
