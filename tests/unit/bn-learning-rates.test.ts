/**
 * The learning-rate sweep: the stored default results are what the engine computes (so the no-JS
 * table and the page's first view cannot drift), slicing does not change a run, and the reason the
 * batch-norm weights grow — the gradient is perpendicular to W — holds in the engine.
 */
import { describe, expect, it } from 'vitest';
import { Sgd, createTrainer } from '../../src/engine/index.ts';
import { REFERENCE_RESULTS, REFERENCE_SEED, REFERENCE_STEPS } from '../../src/widgets/bn-learning-rates/reference';
import { LEARNING_RATES, RUNS, Run, Sweep, sweep } from '../../src/widgets/bn-learning-rates/sweep';
import { dataOf, specOf } from '../../src/widgets/bn-histograms/model';

describe('the learning-rate sweep', () => {
  it('stored results for seed 1, 1000 steps equal what the engine computes now', () => {
    const fresh = sweep(REFERENCE_SEED, REFERENCE_STEPS);
    expect(fresh).toHaveLength(RUNS.length);
    fresh.forEach((r, i) => {
      const ref = REFERENCE_RESULTS[i];
      expect([r.lr, r.bn, r.status]).toEqual([ref.lr, ref.bn, ref.status]);
      expect(r.accuracy).toBeCloseTo(ref.accuracy, 4);
      expect(Math.abs(r.loss - ref.loss)).toBeLessThan(1e-3 * Math.max(1, ref.loss));
      expect(Math.abs(r.weightGrowth / ref.weightGrowth - 1)).toBeLessThan(2e-3);
    });
  }, 180_000);

  it('plain stays at 50 % at every learning rate; batch norm learns from 0.05 to 2 and does not diverge at 20', () => {
    for (const r of REFERENCE_RESULTS) {
      expect(r.status).toBe('ok');
      if (!r.bn) expect(r.accuracy).toBe(0.5);
      else if (r.lr <= 2) expect(r.accuracy).toBeGreaterThanOrEqual(0.99);
    }
    const bnGrowth = REFERENCE_RESULTS.filter((r) => r.bn).map((r) => r.weightGrowth);
    for (let i = 1; i < bnGrowth.length; i++) expect(bnGrowth[i]).toBeGreaterThan(bnGrowth[i - 1]);
    expect(LEARNING_RATES).toEqual([0.05, 0.2, 0.5, 2, 5, 20]);
  });

  it('a run cut into time slices ends exactly where an uncut run does', () => {
    const whole = new Run(2, true, 3, 200);
    whole.advance();
    const sliced = new Run(2, true, 3, 200);
    let guard = 0;
    while (!sliced.advance(performance.now() - 1)) guard++;
    expect(guard).toBeGreaterThan(10);
    expect(sliced.result()).toEqual(whole.result());
  });

  it('Sweep reports progress and fills results in RUNS order', () => {
    const s = new Sweep(1, 20);
    expect(s.progress).toBe(0);
    s.advance(performance.now() - 1);
    expect(s.done).toBe(false);
    s.advance();
    expect(s.done).toBe(true);
    expect(s.progress).toBe(1);
    s.results.forEach((r, i) => expect([r!.lr, r!.bn]).toEqual([RUNS[i].lr, RUNS[i].bn]));
  });

  it('with batch norm the weight gradient is perpendicular to W, so every SGD step lengthens W', () => {
    const data = dataOf(1);
    const t = createTrainer({ spec: specOf(true, 1), data, batchSize: 32, optimizer: new Sgd(2), statsEvery: 0, seed: 1 });
    t.run(20);
    t.network.lossAndGrad(data.x, data.y, data.n);
    for (const p of t.network.params().filter((q) => /^hidden\d+\.weight$/.test(q.name))) {
      let dot = 0, ww = 0, gg = 0;
      p.value.forEach((w, k) => { dot += w * p.grad[k]; ww += w * w; gg += p.grad[k] ** 2; });
      expect(Math.abs(dot) / Math.sqrt(ww * gg)).toBeLessThan(1e-4);
    }
  });
});
