/**
 * Lesson 7 (leaky-relu): the lab pair dying-relu / dying-leaky differs only in the activation, and the
 * training-outcome claims about it hold over seeds 1–10 (300 steps at learning rate 1), not only seed 1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/islands/training-lab/settings';
import { LabSession } from '../../src/islands/training-lab/session';

const lessons = ['ko', 'en'].map((lang) => readFileSync(new URL(`../../content/lessons/${lang}/leaky-relu.mdx`, import.meta.url), 'utf8'));
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const median = (v: number[]) => quantile(v, 0.5);

function run(preset: 'dying-relu' | 'dying-leaky') {
  return SEEDS.map((seed) => {
    const s = new LabSession({ ...PRESETS[preset].settings, seed });
    s.advance(300);
    const m = s.measure();
    return { accuracy: m.accuracy, dead: m.dead.reduce((a, b) => a + b, 0) / m.dead.length };
  });
}

describe('lesson 7, the dying-relu / dying-leaky pair', { timeout: 120_000 }, () => {
  it('the two presets differ only in the activation', () => {
    const { act: a, alpha: _a, ...relu } = PRESETS['dying-relu'].settings;
    const { act: b, alpha: _b, ...leaky } = PRESETS['dying-leaky'].settings;
    expect(a).toBe('relu');
    expect(b).toBe('leakyRelu');
    expect(PRESETS['dying-leaky'].settings.alpha).toBe(0.01);
    expect(leaky).toEqual(relu);
    for (const l of lessons) { expect(l).toContain('preset="dying-relu"'); expect(l).toContain('preset="dying-leaky"'); }
  });

  it('over seeds 1–10 after 300 steps at lr 1: both stop at 50 % three times; medians 99 % and 96 %, 10th–90th 50–100 %; no leaky unit dead', () => {
    const relu = run('dying-relu');
    const leaky = run('dying-leaky');
    const pct = (x: number) => Math.round(x * 100);
    for (const r of [relu, leaky]) {
      const acc = r.map((x) => x.accuracy);
      expect(acc.filter((a) => a === 0.5).length).toBe(3);
      expect(pct(quantile(acc, 0.1))).toBe(50);
      expect(pct(quantile(acc, 0.9))).toBe(100);
    }
    expect(pct(median(relu.map((r) => r.accuracy)))).toBe(99);
    expect(pct(median(leaky.map((r) => r.accuracy)))).toBe(96);
    for (const r of leaky) expect(r.dead).toBe(0);
    // seed 1, as the lesson says: ReLU stuck at 50 %, Leaky ReLU at 100 %
    expect(relu[0].accuracy).toBe(0.5);
    expect(leaky[0].accuracy).toBe(1);
    const [ko, en] = lessons;
    for (const t of ['99%', '96%', '50–100%', '시드 1–10', '300스텝']) expect(ko).toContain(t);
    for (const t of ['99 %', '96 %', '50–100 %', 'seeds 1–10', '300 steps', 'three times']) expect(en).toContain(t);
  });
});
