/**
 * Lesson 13 (playground): the exercise answers (seed 1, 3000 steps, from the playground preset) recomputed
 * with the lab's own session, and looked up in both the Korean and the English text.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { PRESETS, type LabSettings } from '../../src/widgets/kit/lab/settings';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { lesson, tex } from '../support/lesson-figures';

const text = lesson('playground');
const { ko, en } = text;
const inBoth = (...texts: string[]) => text.quoted(...texts);
const ratio = (n: number[]) => n[0] / n[n.length - 1];

function session(over: Partial<LabSettings>) {
  const s = new LabSession({ ...PRESETS.playground.settings, ...over });
  const init = s.measure();
  return { s, init, train() { s.advance(3000); return s.measure(); } };
}

describe('lesson 13, playground exercises (seed 1, 3000 steps)', { timeout: 180_000 }, () => {
  it('the preset is the vanishing default: 10 sigmoid layers, Xavier, seed 1', () => {
    expect(PRESETS.playground.settings).toMatchObject({ depth: 10, act: 'sigmoid', init: 'xavier', seed: 1 });
    inBoth('3000');
  });

  let plainRatio = 0;
  it('1: default ratio 2.5×10⁻⁶, accuracy stays at 50 %', () => {
    const r = session({});
    plainRatio = ratio(r.init.gradNorms);
    expect(tex(plainRatio)).toBe('2.5 \\times 10^{-6}');
    expect(r.train().accuracy).toBe(0.5);
    inBoth('2.5 \\times 10^{-6}');
    expect(ko).toContain('50%에 머뭅니다');
    expect(en).toContain('stays at 50 %');
  });

  it('2: ReLU + He at lr 0.05: ratio 6.8×10⁻², 2.7×10⁴ times the default (over four orders), 100 %', () => {
    const r = session({ act: 'relu', init: 'he', lr: 0.05 });
    const q = ratio(r.init.gradNorms);
    expect(tex(q)).toBe('6.8 \\times 10^{-2}');
    const gain = q / (plainRatio || ratio(session({}).init.gradNorms));
    expect(tex(gain)).toBe('2.7 \\times 10^{4}');
    expect(Math.log10(gain)).toBeGreaterThan(4);
    expect(Math.log10(gain)).toBeLessThan(5);
    expect(r.train().accuracy).toBe(1);
    inBoth('6.8 \\times 10^{-2}', '2.7 \\times 10^4');
    expect(ko).toContain('네 자릿수 넘게');
    expect(en).toContain('more than four orders of magnitude');
  });

  it('3: batch norm only: ratio about 6.9 (> 1), 99.5 %', () => {
    const r = session({ bn: true });
    const q = ratio(r.init.gradNorms);
    expect(formatNumber(q, 1)).toBe('6.9');
    expect(r.train().accuracy).toBe(0.995);
    expect(ko).toContain('6.9');
    expect(ko).toContain('99.5%');
    expect(en).toContain('6.9');
    expect(en).toContain('99.5 %');
  });

  it('4: ReLU, N(0, 1), lr 10 diverges at step 2; clipped at 1 it does not, stays at 50 %, with dead layers', () => {
    const wild = new LabSession({ ...PRESETS.playground.settings, act: 'relu', init: 'normal', lr: 10 });
    wild.advance(3000);
    expect(wild.status).toBe('diverged');
    expect(wild.step).toBe(2);
    const clipped = session({ act: 'relu', init: 'normal', lr: 10, clip: 1 });
    const m = clipped.train();
    expect(clipped.s.status).not.toBe('diverged');
    expect(m.accuracy).toBe(0.5);
    expect(m.dead.some((d) => d === 1)).toBe(true);
    expect(ko).toContain('2스텝');
    expect(en).toContain('step 2');
  });
});

describe('lesson 13, playground: exercises 5–6, the chaos note, exercise 1 loss (seed 1)', { timeout: 600_000 }, () => {
  it('1: the loss after 3000 steps stays near ln 2 ≈ 0.693', () => {
    const m = session({}).train();
    expect(Math.abs(m.loss - Math.log(2))).toBeLessThan(0.005);
    expect(formatNumber(Math.log(2))).toBe('0.693');
    inBoth('\\ln 2 \\approx 0.693');
  });

  it('5: depth 20, ReLU, lr 0.05 — He 91 % at step 100, LeCun (1/n) 50 %; both 100 % after 3000 steps', () => {
    const at = (init: LabSettings['init']) => {
      const s = new LabSession({ ...PRESETS.playground.settings, depth: 20, act: 'relu', init, lr: 0.05 });
      s.advance(100); const a100 = s.measure().accuracy;
      s.advance(2900); return [a100, s.measure().accuracy];
    };
    expect(at('he')).toEqual([0.91, 1]);
    expect(at('lecun')).toEqual([0.5, 1]);
    expect(2 ** -20).toBeCloseTo(9.5e-7, 8);
    inBoth('2^{-20}');
    expect(ko).toContain('He 신경망은 91%, LeCun 신경망은 아직 50%');
    expect(en).toContain('the He network is at 91 %, the LeCun network still at 50 %');
  });

  it('6: skip connections at lr 0.05 / 0.2 / 0.5 / 2 — 87.5 / 99.75 / 99 / 100 % after 3000 steps; at 2 already 100 % at step 1000', () => {
    const got = [0.05, 0.2, 0.5, 2].map((lr) => {
      const s = new LabSession({ ...PRESETS.playground.settings, res: true, lr });
      s.advance(1000); const a1000 = s.measure().accuracy;
      s.advance(2000); return [a1000, s.measure().accuracy];
    });
    expect(got.map((g) => g[1])).toEqual([0.875, 0.9975, 0.99, 1]);
    expect(got[3][0]).toBe(1);
    expect(ko).toContain('0.05에서 87.5%, 0.2에서 99.75%, 0.5에서 99%, 2에서 100%');
    expect(en).toContain('87.5 % at 0.05, 99.75 % at 0.2, 99 % at 0.5 and 100 % at 2');
  });

  it('chaos note: batch norm alone, accuracy at step 100 is 77 % at lr 0.5, 80.5 % at 0.49, 56.5 % at 0.51', () => {
    const at100 = (lr: number) => { const s = new LabSession({ ...PRESETS.playground.settings, bn: true, lr }); s.advance(100); return s.measure().accuracy; };
    expect(PRESETS.playground.settings.lr).toBe(0.5);
    expect([at100(0.5), at100(0.49), at100(0.51)]).toEqual([0.77, 0.805, 0.565]);
    expect(ko).toContain('학습률 0.5에서 77%, 0.49에서 80.5%, 0.51에서 56.5%');
    expect(en).toContain('77 % at learning rate 0.5, 80.5 % at 0.49 and 56.5 % at 0.51');
  });
});
