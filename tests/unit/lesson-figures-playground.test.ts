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
