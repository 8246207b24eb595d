/**
 * Every number the prose of lesson 12 (remedies-compared) quotes, recomputed with the engine and
 * the widget's own Comparison — the same computation that fills the page's summary table at build
 * time (computeSummary) — and looked up in both the Korean and the English text. A change to the
 * engine, to a remedy's settings or to the prose that breaks a quoted figure fails here.
 * `quote(computed, literal)` checks both directions: the engine still gives `literal`, and both
 * lessons still say it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { Comparison } from '../../src/widgets/remedies-compared/comparison';
import { EVAL_EVERY, REMEDIES, settingsFor } from '../../src/widgets/remedies-compared/remedies';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { SUMMARY_STEPS, computeSummary } from '../../src/widgets/remedies-compared/summary';
import { quantile } from '../support/lesson-figures';

// Engine runs of six deep networks: generous limits for a loaded two-core machine.
vi.setConfig({ testTimeout: 60_000 });

// The prose keeps a number and its % together with a no-break space; compare with plain spaces.
const read = (lang: string) => readFileSync(new URL(`../../content/lessons/${lang}/remedies-compared.mdx`, import.meta.url), 'utf8').replace(/(\d)[ \u00a0]?%/g, '$1 %').replace(/\u00a0/g, ' ');
const texts = { ko: read('ko'), en: read('en') };

function quote(computed: string, literal: string) {
  expect(computed).toBe(literal);
  for (const [lang, text] of Object.entries(texts)) expect(text, `${lang} quotes ${literal}`).toContain(literal);
}
const pct = (v: number) => `${formatNumber(v * 100, 3)} %`;
const idx = (id: string) => REMEDIES.findIndex((r) => r.id === id);

describe('lesson 12, remedies-compared: the summary table the prose cites', () => {
  let s: ReturnType<typeof computeSummary>;
  beforeAll(() => { s = computeSummary(); }, 180_000);
  const row = (id: string) => s.rows[idx(id)];
  const at = (step: number) => s.checkpoints.find((p) => p.step === step)!;

  it('runs the default settings for 2000 steps', () => {
    expect([s.depth, s.seed, s.steps]).toEqual([10, 1, 2000]);
    expect(SUMMARY_STEPS).toBe(2000);
    for (const t of Object.values(texts)) expect(t).toContain('2000');
  });

  it('plain sigmoid: ratio 2.5×10⁻⁶ → 1.9×10⁻⁵, 50 %, loss 0.695 ≈ ln 2 = 0.693; estimate 0.25⁹ ≈ 3.8×10⁻⁶', () => {
    const p = row('sigmoid');
    quote(formatNumber(p.ratioInit!), '2.5×10⁻⁶');
    quote(formatNumber(p.ratioEnd!), '1.9×10⁻⁵');
    quote(pct(p.end.accuracy), '50 %');
    expect(p.reached).toBeNull();
    quote(formatNumber(p.end.loss), '0.695');
    quote(formatNumber(Math.log(2)), '0.693');
    quote(formatNumber(0.25 ** 9), '3.8×10⁻⁶');
    // "about a 400,000th" / "40만분의 1쯤"
    expect(Math.round(1 / p.ratioInit! / 1e5) * 1e5).toBe(400_000);
    // "six orders of magnitude" between first and last layer; ReLU's gap is "about one".
    expect(Math.round(-Math.log10(p.ratioInit!))).toBe(6);
    expect(Math.round(-Math.log10(row('relu').ratioInit!))).toBe(1);
  });

  it('ReLU and Leaky ReLU with He: 0.0682 and 0.0666, 90 % within the first 100 steps', () => {
    quote(formatNumber(row('relu').ratioInit!), '0.0682');
    quote(formatNumber(row('leaky').ratioInit!), '0.0666');
    expect(row('relu').reached).toBeLessThanOrEqual(100);
    expect(row('leaky').reached).toBeLessThanOrEqual(100);
    // Summary: "the ratio rises to about 0.07".
    expect(Math.round(row('relu').ratioInit! * 100) / 100).toBe(0.07);
    expect(Math.round(row('leaky').ratioInit! * 100) / 100).toBe(0.07);
  });

  it('sigmoid + BN: ratio 6.92 at step 0 (the first layer gets more), 98.5 % at the end', () => {
    quote(formatNumber(row('bn').ratioInit!), '6.92');
    quote(pct(row('bn').end.accuracy), '98.5 %');
  });

  it('sigmoid + shortcuts: 0.0746, 87 % at step 1000, 90 % at step 1850, 95.25 % at the end', () => {
    const r = row('res');
    quote(formatNumber(r.ratioInit!), '0.0746');
    quote(pct(at(1000).accuracy[idx('res')]), '87 %');
    quote(String(r.reached), '1850');
    quote(pct(r.end.accuracy), '95.25 %');
  });

  it('ReLU + BN + shortcuts: 90 % at the first check, step 50, and 100 % at the end', () => {
    quote(String(row('reluBnRes').reached), '50');
    quote(pct(row('reluBnRes').end.accuracy), '100 %');
  });

  it('exercise 1: 0.0682 / 2.5×10⁻⁶ ≈ 2.7×10⁴; exercise 3: 0.5⁹ ≈ 0.002', () => {
    quote(formatNumber(0.0682 / 2.5e-6, 2), '2.7×10⁴');
    expect(0.5 ** 9).toBeCloseTo(0.002, 3);
  });
});

describe('lesson 12: one shared learning rate (depth 10, seed 1, 2000 steps)', () => {
  it('at 0.05 the sigmoid network with shortcuts is stuck at 87 %', () => {
    // Only that run matters here; a lone session trains exactly as it would among the six.
    const res = new LabSession({ ...settingsFor(REMEDIES[idx('res')], 10, 1), lr: 0.05 });
    let best = 0;
    for (let step = 0; step < 2000; step += EVAL_EVERY) {
      res.advance(EVAL_EVERY);
      best = Math.max(best, res.trainer.evaluate().accuracy);
    }
    expect(best).toBeLessThan(0.9);
    quote(pct(res.trainer.evaluate().accuracy), '87 %');
  }, 180_000);

  it('at 2 ReLU and Leaky ReLU diverge at step 5 while shortcuts reach 90 % at step 450', () => {
    const c = new Comparison(10, 1, 2);
    c.advance(500);
    expect(c.divergedAt(idx('relu'))).toBe(5);
    expect(c.divergedAt(idx('leaky'))).toBe(5);
    for (const t of Object.values(texts)) expect(t).toMatch(/step 5\b|5스텝/);
    quote(String(c.reached[idx('res')]), '450');
  }, 180_000);
});

describe('lesson 12: the batch-norm run is chaotic at its learning rate', () => {
  it('a change in the 15th digit of one weight moves its loss by more than 10 % within 100 steps; ReLU + He does not budge', () => {
    const drift = (id: string) => {
      const s = settingsFor(REMEDIES[idx(id)], 10, 1);
      const a = new LabSession(s), b = new LabSession(s);
      b.trainer.network.params()[0].value[0] *= 1 + 1e-15;
      a.advance(100); b.advance(100);
      const la = a.trainer.evaluate().loss, lb = b.trainer.evaluate().loss;
      return Math.abs(la - lb) / la;
    };
    expect(drift('bn')).toBeGreaterThan(0.1);
    expect(drift('relu')).toBeLessThan(1e-12);
    for (const t of Object.values(texts)) expect(t).toContain('10 %');
    expect(texts.en).toContain('15th significant digit');
    expect(texts.ko).toContain('유효숫자 15번째 자리');
  });
});

describe('lesson 12: the ReLU/He ratio over seeds, not only seed 1', () => {
  const quantile = (values: number[], p: number) => {
    const s = [...values].sort((a, b) => a - b);
    const i = p * (s.length - 1);
    const lo = Math.floor(i);
    return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
  };
  it('first/last weight-gradient ratio at init over seeds 1–50: 10th / 50th / 90th percentile', async () => {
    const { firstLastRatio } = await import('../../src/widgets/kit/lab/protocol');
    const ratios: Record<'relu' | 'leaky', number[]> = { relu: [], leaky: [] };
    for (let seed = 1; seed <= 50; seed++) {
      const c = new Comparison(10, seed);
      for (const id of ['relu', 'leaky'] as const) ratios[id].push(firstLastRatio(c.measure(idx(id)).gradNorms)!);
    }
    const q = (id: 'relu' | 'leaky') => [0.1, 0.5, 0.9].map((p) => formatNumber(quantile(ratios[id], p), 1));
    expect(q('relu')).toEqual(['0.12', '0.39', '0.65']);
    expect(q('leaky')).toEqual(['0.11', '0.4', '0.69']);
    expect(formatNumber(ratios.relu[0], 0)).toBe('0.07');
    for (const t of ['0.39', '0.12–0.65', '0.11–0.69']) quote(t, t);
    for (const t of ['시드 1–50', 'ReLU 0.39, Leaky ReLU 0.4']) expect(texts.ko).toContain(t);
    for (const t of ['seeds 1–50', '0.39 for ReLU and 0.4 for Leaky ReLU']) expect(texts.en).toContain(t);
  }, 180_000);
});

describe('lesson 12: every run over seeds 1–10, each at its own learning rate, 2000 steps', () => {
  /** Percent with at most one decimal, as the table prints it: 99.5, 88.4, 100. */
  const p1 = (v: number) => String(Number((v * 100).toFixed(1)));
  /** Whole-data-set accuracy after `steps`, and whether 90 % was reached at one of the checks every EVAL_EVERY steps. */
  function run(settings: ReturnType<typeof settingsFor>, steps = SUMMARY_STEPS) {
    const s = new LabSession(settings);
    let reached = false;
    for (let step = 0; step < steps; step += EVAL_EVERY) {
      s.advance(EVAL_EVERY);
      if (s.status === 'diverged') return { accuracy: 0, reached, diverged: true };
      if (s.trainer.evaluate().accuracy >= 0.9) reached = true;
    }
    return { accuracy: s.trainer.evaluate().accuracy, reached, diverged: false };
  }
  const rows: Record<string, [string, string]> = {
    sigmoid: ['시그모이드(그대로)', 'sigmoid (plain)'],
    relu: ['ReLU + He', 'ReLU + He'],
    leaky: ['Leaky ReLU + He', 'Leaky ReLU + He'],
    bn: ['시그모이드 + BN', 'sigmoid + BN'],
    res: ['시그모이드 + 스킵', 'sigmoid + shortcuts'],
    reluBnRes: ['ReLU + BN + 스킵', 'ReLU + BN + shortcuts'],
  };

  it('the ten-seed table: median and 10th–90th percentile of the accuracy, and how many seeds reach 90 %', () => {
    for (const r of REMEDIES) {
      const out = Array.from({ length: 10 }, (_, i) => run(settingsFor(r, 10, i + 1)));
      expect(out.some((o) => o.diverged), `${r.id} diverges on some seed`).toBe(false);
      const acc = out.map((o) => o.accuracy);
      const med = p1(quantile(acc, 0.5)), lo = p1(quantile(acc, 0.1)), hi = p1(quantile(acc, 0.9));
      const n = out.filter((o) => o.reached).length;
      expect(texts.ko, r.id).toContain(`| ${rows[r.id][0]} | ${r.lr} | ${med} % | ${lo}–${hi} % | 10개 중 ${n}개 |`);
      expect(texts.en, r.id).toContain(`| ${rows[r.id][1]} | ${r.lr} | ${med} % | ${lo}–${hi} % | ${n} of 10 |`);
    }
    // The prose around the table: medians 99.5 % and 93 %, four shortcut seeds short of 90 %, seed 1's 95.25 %.
    for (const t of ['99.5 %', '93 %', '95.25 %']) quote(t, t);
    expect(texts.en).toContain('four of the ten seeds have not reached 90 %');
    expect(texts.ko).toContain('90 %에 닿지 못한 시드가 열 개 중 네 개');
  }, 900_000);

  it('initialization alone: ReLU with Xavier instead of He (lr 0.05) also ends at 100 % on every seed at depth 10', () => {
    const relu = REMEDIES[idx('relu')];
    const out = Array.from({ length: 10 }, (_, i) => run({ ...settingsFor(relu, 10, i + 1), init: 'xavier' }));
    expect(relu.lr).toBe(0.05);
    expect(out.every((o) => o.accuracy === 1 && o.reached)).toBe(true);
    expect(texts.en).toContain('ReLU with Xavier instead of He also ends at 100 % on every seed');
    expect(texts.ko).toContain('He 대신 Xavier로 초기화한 ReLU 신경망을 학습시켜도 모든 시드에서 100 %로 끝납니다');
  }, 300_000);

  it('costs: batch norm adds γ and β per hidden unit, 320 parameters (2833 instead of 2513); shortcuts add none', () => {
    const count = (id: string) => new LabSession(settingsFor(REMEDIES[idx(id)], 10, 1)).trainer.network.params().reduce((a, p) => a + p.value.length, 0);
    expect(count('sigmoid')).toBe(2513);
    expect(count('bn')).toBe(2833);
    expect(count('bn') - count('sigmoid')).toBe(2 * 16 * 10);
    expect(count('res')).toBe(count('sigmoid'));
    for (const t of ['320', '2833', '2513']) quote(t, t);
  });
});
