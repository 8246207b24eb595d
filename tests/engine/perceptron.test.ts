import { describe, expect, it } from 'vitest';
import { Perceptron, logicGate, signedLabels } from '../../src/engine/index.ts';

describe('perceptron rule (targets 0/1, step activation w·x + b > 0 → 1)', () => {
  it('updates w ← w + η(t − ŷ)x only on mistakes', () => {
    const p = new Perceptron(logicGate('and'), { learningRate: 0.5 });
    const first = p.step(0); // (0,0), t = 0, w·x + b = 0 → ŷ = 0: correct
    expect(first).toMatchObject({ prediction: 0, target: 0, misclassified: false, db: 0 });
    const last = p.step(3); // (1,1), t = 1, ŷ = 0 → Δw = 0.5·(1,1), Δb = 0.5
    expect(last.misclassified).toBe(true);
    expect(Array.from(last.dw)).toEqual([0.5, 0.5]);
    expect(Array.from(p.w)).toEqual([0.5, 0.5]);
    expect(p.b).toBe(0.5);
  });

  it.each(['and', 'or', 'nand'] as const)('separates %s in a few epochs', (gate) => {
    const p = new Perceptron(logicGate(gate));
    let epochs = 0;
    while (p.epoch() > 0 && epochs < 50) epochs++;
    expect(epochs).toBeLessThan(20);
    expect(p.errors()).toBe(0);
  });

  it('never separates xor (Minsky & Papert)', () => {
    const p = new Perceptron(logicGate('xor'), { order: { seed: 3 } });
    for (let e = 0; e < 200; e++) expect(p.epoch()).toBeGreaterThan(0);
    expect(p.errors()).toBeGreaterThan(0);
  });

  it('reads ±1 labels as classes 0/1 and is deterministic for a seeded order', () => {
    const run = () => {
      const p = new Perceptron(signedLabels(logicGate('or')), { order: { seed: 7 } });
      return [p.epoch(), p.epoch(), p.epoch(), Array.from(p.w), p.b];
    };
    expect(run()).toEqual(run());
  });
});
