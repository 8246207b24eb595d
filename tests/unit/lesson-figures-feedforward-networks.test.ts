/**
 * The stuck XOR seed of lesson 2 (feedforward-networks), recomputed with the widget's own trainer:
 * seed 1, two tanh hidden units, learning rate 1, 3000 full-batch steps.
 */
import { describe, expect, it } from 'vitest';
import { logicGate } from '../../src/engine';
import { defaults } from '../../src/widgets/kit/url-state';
import { createXorTrainer, schema, tableRows } from '../../src/widgets/xor-network/run';
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

describe('lesson 2, the training figures the prose quotes', () => {
  it('seed 1, two units: accuracy 75 % at the start, 50 % from step 70 on (read every 10 steps up to 3000)', () => {
    const steps = Array.from({ length: 301 }, (_, i) => i * 10);
    const rows = tableRows({ ...defaults(schema), seed: 1 }, steps);
    expect(rows[0].accuracy).toBe(0.75);
    for (const r of rows) if (r.step >= 70) expect(r.accuracy).toBe(0.5);
    expect(rows.find((r) => r.step === 60)!.accuracy).toBe(0.75);
    expect(rows[rows.length - 1].loss.toFixed(3)).toBe('0.347');
    expect((Math.log(2) / 2).toFixed(3)).toBe('0.347');
    text.quoted('75%', '0.347', '\\ln 2 / 2 \\approx 0.347');
    text.quotedIn('70스텝부터 50%', 'settles at 50% from step 70 on');
  });

  it('seed 4 (the default): loss 0.742, 0.647, 0.335, 0.0358, 0.00107 at steps 0, 50, 100, 200, 3000; all four right at step 100', () => {
    const s = defaults(schema);
    expect(Number(s.seed)).toBe(4);
    const rows = tableRows(s, [0, 50, 100, 200, 3000]);
    expect(rows.map((r) => r.loss.toPrecision(3))).toEqual(['0.742', '0.647', '0.335', '0.0358', '0.00107']);
    expect(rows[2].accuracy).toBe(1);
    text.quoted('0.742', '0.647', '0.335', '0.0358', '0.00107');
  });

  it('seed 1 with four units: all four right by step 50, loss ≈ 7.2×10⁻⁴ at step 3000', () => {
    const rows = tableRows({ ...defaults(schema), seed: 1, hidden: '4' }, [50, 3000]);
    expect(rows[0].accuracy).toBe(1);
    expect(sci(rows[1].loss)).toBe('7.2×10⁻⁴');
    text.quoted('7.2 \\times 10^{-4}');
  });

  it('two units fail on 41 of seeds 1–100 within 3000 steps; four units solve all 100', { timeout: 300_000 }, () => {
    const solved = (hidden: '2' | '4') => Array.from({ length: 100 }, (_, i) => tableRows({ ...defaults(schema), seed: i + 1, hidden }, [3000])[0].accuracy === 1).filter(Boolean).length;
    expect(100 - solved('2')).toBe(41);
    expect(solved('4')).toBe(100);
    text.quoted('41');
  });
});
