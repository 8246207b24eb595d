/**
 * The stuck XOR seed of lesson 2 (feedforward-networks), recomputed with the widget's own trainer:
 * seed 1, two tanh hidden units, learning rate 1, 3000 full-batch steps.
 */
import { describe, expect, it } from 'vitest';
import { logicGate } from '../../src/engine';
import { defaults } from '../../src/widgets/kit/url-state';
import { createXorTrainer, schema } from '../../src/widgets/xor-network/run';
import { lesson, sci } from '../support/lesson-figures';

const text = lesson('feedforward-networks');

describe('lesson 2, feedforward-networks: why seed 1 is stuck', () => {
  const t = createXorTrainer({ ...defaults(schema), seed: 1 });
  t.run(3000);
  const d = logicGate('xor');

  it('outputs 0.0004, 0.4998, 0.9995, 0.5002 for (0,0), (0,1), (1,0), (1,1); the 50 % is a knife edge', () => {
    expect([...d.x]).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    const out = [...t.network.forward(d.x, d.n)].map((v) => v.toFixed(4));
    expect(out).toEqual(['0.0004', '0.4998', '0.9995', '0.5002']);
    expect(t.evaluate().accuracy).toBe(0.5);
    expect(Number(defaults(schema).lr)).toBe(1);
    text.quotedIn('학습률 1, 3000스텝', 'learning rate 1, 3000 steps');
    text.quoted('0.0004, 0.4998, 0.9995', '0.5002', '\\ln 2 / 2');
  });

  it('(0,1) and (1,1) land on the same saturated hidden corner (−1.000, −1.000); whole gradient norm 3.9×10⁻⁴', () => {
    const h = t.network.layerSamples(d.x, d.n)[0].h;
    for (const i of [1, 3]) for (const u of [0, 1]) expect(h[i * 2 + u].toFixed(3)).toBe('-1.000');
    t.network.lossAndGrad(d.x, d.y, d.n);
    const norm = Math.sqrt(t.network.params().reduce((a, p) => a + p.grad.reduce((b, g) => b + g * g, 0), 0));
    expect(sci(norm)).toBe('3.9×10⁻⁴');
    text.quoted('(-1.000, -1.000)', '3.9 \\times 10^{-4}');
  });
});
