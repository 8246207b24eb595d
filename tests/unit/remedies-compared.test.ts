/**
 * Lesson 12's comparison widget, without a browser: the six runs are the lab settings the lesson
 * describes, the lockstep Comparison matches six independent lab sessions step for step, the
 * host answers with measurements of all six at the step reached (one run at a time), and the
 * build-time summary is what the same Comparison computes.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { Comparison } from '../../src/widgets/remedies-compared/comparison';
import { createCompareHost } from '../../src/widgets/remedies-compared/host';
import type { CompareSnapshot, FromHost } from '../../src/widgets/remedies-compared/protocol';
import { firstLastRatio } from '../../src/widgets/kit/lab/protocol';
import { BASE, EVAL_EVERY, REMEDIES, SCHEMA, settingsFor } from '../../src/widgets/remedies-compared/remedies';
import { SUMMARY_STEPS, computeSummary } from '../../src/widgets/remedies-compared/summary';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import { readState } from '../../src/widgets/kit/url-state';

// Engine runs of six deep networks: generous limits for a loaded two-core machine.
vi.setConfig({ testTimeout: 60_000 });

describe('the six runs', () => {
  it('share one network and data set and differ only in the remedy and its learning rate', () => {
    const all = REMEDIES.map((r) => settingsFor(r, 10, 1));
    for (const s of all) {
      expect({ ...s, act: 'sigmoid', init: 'xavier', bn: false, res: false, lr: 0 }).toEqual({ ...BASE, lr: 0 });
    }
    expect(all.map((s) => [s.act, s.init, s.bn, s.res, s.lr])).toEqual([
      ['sigmoid', 'xavier', false, false, 2],
      ['relu', 'he', false, false, 0.05],
      ['leakyRelu', 'he', false, false, 0.05],
      ['sigmoid', 'xavier', true, false, 0.5],
      ['sigmoid', 'xavier', false, true, 0.5],
      ['relu', 'he', true, true, 0.05],
    ]);
    // The same rates as the lab presets of lessons 5–9, so a reader sees the same runs there.
    expect(all[0]).toEqual(PRESETS['sigmoid-deep'].settings);
    expect(all[1]).toEqual(PRESETS['relu-deep'].settings);
    expect(all[2]).toEqual(PRESETS['leaky-deep'].settings);
    expect(all[3]).toEqual(PRESETS['sigmoid-bn'].settings);
    expect(all[4]).toEqual(PRESETS['sigmoid-residual'].settings);
  });

  it('reads depth and seed from the URL and falls back on hostile values', () => {
    expect(readState('cmp', SCHEMA, '?cmp-depth=14&cmp-seed=7&v=1')).toEqual({ depth: 14, seed: 7 });
    expect(readState('cmp', SCHEMA, '?cmp-depth=99&cmp-seed=-3')).toEqual({ depth: 10, seed: 1 });
    expect(readState('cmp', SCHEMA, `?cmp-depth=1e1&cmp-seed=${encodeURIComponent('<script>')}`)).toEqual({ depth: 10, seed: 1 });
  });

  it('firstLastRatio divides the first hidden layer by the last, null when not finite and positive', () => {
    expect(firstLastRatio([1e-6, 0.3, 0.5])).toBeCloseTo(2e-6, 15);
    expect(firstLastRatio([1])).toBeNull();
    expect(firstLastRatio([0, 1])).toBeNull();
    expect(firstLastRatio([NaN, 1])).toBeNull();
  });
});

describe('Comparison (six runs in lockstep)', () => {
  it('is step for step the same as six independent lab sessions', () => {
    const c = new Comparison(4, 3);
    c.advance(120);
    expect(c.step).toBe(120);
    REMEDIES.forEach((r, i) => {
      const solo = new LabSession(settingsFor(r, 4, 3));
      solo.advance(120);
      const a = c.measure(i), b = solo.measure();
      expect(a.step).toBe(120);
      expect(a.loss).toBe(b.loss);
      expect(a.gradNorms).toEqual(b.gradNorms);
    });
  });

  it('records loss and accuracy every EVAL_EVERY steps and the first step at 90 %', () => {
    const c = new Comparison(4, 3);
    c.advance(2 * EVAL_EVERY + 7);
    const points = c.takePoints();
    expect(points.map((p) => p.step)).toEqual([0, EVAL_EVERY, 2 * EVAL_EVERY]);
    expect(c.takePoints()).toEqual([]);
    const solo = new LabSession(settingsFor(REMEDIES[1], 4, 3));
    solo.advance(EVAL_EVERY);
    expect(points[1].accuracy[1]).toBe(solo.trainer.evaluate().accuracy);
    points.forEach((p) => p.accuracy.forEach((a, i) => {
      if (a >= 0.9) expect(c.reached[i]).toBeLessThanOrEqual(p.step);
    }));
    c.reset();
    expect(c.step).toBe(0);
    expect(c.reached.every((r) => r === null || r === 0)).toBe(true);
  });

  it('keeps going when one run diverges (a shared rate of 2 breaks ReLU at step 5)', () => {
    const c = new Comparison(10, 1, 2);
    c.advance(60);
    expect(c.divergedAt(1)).toBe(5);
    expect(c.step).toBe(60);
    expect(c.sessions[4].step).toBe(60);
    const last = c.takePoints().at(-1)!;
    expect(Number.isNaN(last.loss[1])).toBe(true);
    expect(Number.isFinite(last.loss[4])).toBe(true);
  });
});

describe('the host', () => {
  it('measures all six runs at step 0, one at a time within its budget, before training', () => {
    const got: FromHost[] = [];
    const handle = createCompareHost((m) => got.push(m));
    handle({ type: 'init', gen: 1, depth: 3, seed: 2 });
    const first = got[0] as CompareSnapshot;
    expect(first).toMatchObject({ type: 'snap', step: 0, pending: 6, measured: [] });
    expect(first.points.map((p) => p.step)).toEqual([0]);
    const measured = new Map<number, number>();
    for (let k = 0; k < 10 && (got.at(-1) as CompareSnapshot).pending > 0; k++) {
      handle({ type: 'run', gen: 1, rounds: 0, budgetMs: 0, force: false });
      const snap = got.at(-1) as CompareSnapshot;
      expect(snap.measured.length).toBe(1);
      for (const [i, m] of snap.measured) measured.set(i, m.step);
    }
    expect([...measured.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...measured.values()].every((s) => s === 0)).toBe(true);
    handle({ type: 'run', gen: 1, rounds: 25, budgetMs: 1e6, force: false });
    expect((got.at(-1) as CompareSnapshot).step).toBe(25);
    // A forced measurement is exact at the step reached; replies to an old generation are ignored.
    handle({ type: 'run', gen: 1, rounds: 0, budgetMs: 1e6, force: true });
    const snap = got.at(-1) as CompareSnapshot;
    expect(snap.measured.map(([i, m]) => [i, m.step])).toEqual(REMEDIES.map((_, i) => [i, 25]));
    const expected = new LabSession(settingsFor(REMEDIES[3], 3, 2));
    expected.advance(25);
    expect(snap.measured[3][1].loss).toBe(expected.measure().loss);
    const n = got.length;
    handle({ type: 'run', gen: 0, rounds: 5, budgetMs: 1e6, force: false });
    expect(got.length).toBe(n);
    // A reset opens a new generation: the same runs from step 0, and the old generation's requests are ignored.
    handle({ type: 'reset', gen: 2 });
    expect(got.at(-1)).toMatchObject({ type: 'snap', gen: 2, step: 0, pending: 6 });
    const m = got.length;
    handle({ type: 'run', gen: 1, rounds: 5, budgetMs: 1e6, force: false });
    expect(got.length).toBe(m);
  });
});

describe('the build-time summary', () => {
  let summary: ReturnType<typeof computeSummary>;
  beforeAll(() => { summary = computeSummary(); }, 180_000);

  it('is memoised (ko and en share one computation) and covers the default settings', () => {
    expect(computeSummary()).toBe(summary);
    expect([summary.depth, summary.seed, summary.steps]).toEqual([SCHEMA.depth.default, SCHEMA.seed.default, SUMMARY_STEPS]);
    expect(summary.rows.map((r) => r.id)).toEqual(REMEDIES.map((r) => r.id));
    expect(summary.checkpoints.map((p) => p.step)).toEqual([0, 100, 500, 1000, 2000]);
  });

  it('matches independent lab sessions at step 0 and at the end', () => {
    REMEDIES.forEach((r, i) => {
      const solo = new LabSession(settingsFor(r, 10, 1));
      const init = solo.measure();
      expect(summary.rows[i].ratioInit).toBe(firstLastRatio(init.gradNorms));
      if (i === 0 || i === 1) {
        solo.advance(SUMMARY_STEPS);
        const end = solo.measure();
        expect(summary.rows[i].end.loss).toBe(end.loss);
        expect(summary.rows[i].ratioEnd).toBe(firstLastRatio(end.gradNorms));
      }
    });
  });

  it('shows what the lesson is about: plain sigmoid fails, every remedy trains', () => {
    const [plain, ...rest] = summary.rows;
    expect(plain.end.accuracy).toBe(0.5);
    expect(plain.reached).toBeNull();
    expect(plain.ratioInit!).toBeLessThan(1e-5);
    for (const row of rest) {
      expect(row.divergedAt).toBeNull();
      expect(row.end.accuracy).toBeGreaterThan(0.9);
      expect(row.reached).not.toBeNull();
      expect(row.ratioInit!).toBeGreaterThan(0.01);
    }
  });
});
