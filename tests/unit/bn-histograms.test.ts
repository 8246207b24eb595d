/**
 * The batch-norm histogram widget's model: histograms, the spread of z across examples, the
 * inference-mode identity at step 0, the running statistics against the batch statistics (the
 * engine's momentum convention), and the training/inference gap — all against the engine.
 */
import { describe, expect, it } from 'vitest';
import { BN_MOMENTUM } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import { BINS, BnPair, DEPTH, dataOf, histogram, modeGap, tableOf, unitStats, viewOf } from '../../src/widgets/bn-histograms/model';

describe('histogram', () => {
  it('counts into equal bins over [−range, range] and clamps outside values to the edge bins', () => {
    expect(histogram([0.1, 0.2, 5], 1, 2)).toEqual([0, 3]);
    expect(histogram([-9, -0.5, 0.5, 9, NaN], 1, 2)).toEqual([3, 2]);
    const h = histogram(Float64Array.from({ length: 1000 }, (_, i) => i / 100 - 5));
    expect(h).toHaveLength(BINS);
    expect(h.reduce((a, b) => a + b, 0)).toBe(1000);
  });
  it('reads every stride-th value from an offset (one unit of a row-major sample)', () => {
    expect(histogram([0.5, -0.5, 0.5, -0.5], 1, 2, 2, 1)).toEqual([2, 0]);
  });
});

describe('viewOf', () => {
  it('spread is the per-unit population std over examples, averaged over units', () => {
    // unit 0: 1, 3 (std 1); unit 1: 5, 5 (std 0) → spread 0.5
    const v = viewOf({ n: 2, units: 2, z: Float64Array.of(1, 5, 3, 5), h: new Float64Array(4) });
    expect(v.spread).toBeCloseTo(0.5, 12);
  });
});

describe('BnPair, seed 1', () => {
  const pair = new BnPair(1);
  const train = pair.view('train');
  const infer = pair.view('infer');

  it('plain sigmoid: differences between examples shrink layer by layer (0.41 → 3.8e-7)', () => {
    expect(train.plain[0].spread).toBeCloseTo(0.411, 3);
    expect(train.plain[DEPTH - 1].spread).toBeGreaterThan(3e-7);
    expect(train.plain[DEPTH - 1].spread).toBeLessThan(4.5e-7);
    for (let l = 1; l < DEPTH; l++) expect(train.plain[l].spread).toBeLessThan(train.plain[l - 1].spread / 2.5);
  });

  it('batch norm in training mode: every unit has spread γ·σ/√(σ²+ε) ≈ 1 at initialisation', () => {
    for (const l of train.bn) { expect(l.spread).toBeGreaterThan(0.99); expect(l.spread).toBeLessThanOrEqual(1); }
  });

  it('at step 0 the batch-norm net in inference mode is the plain net (running stats 0 and 1)', () => {
    // Identical up to ε = 1e-5 (divided by √(1 + ε) in every layer): the printed spreads are the same.
    infer.bn.forEach((l, i) => { expect(l.spread / infer.plain[i].spread).toBeCloseTo(1, 2); expect(formatNumber(l.spread)).toBe(formatNumber(infer.plain[i].spread)); });
    const p = pair.plain.network.forward(pair.data.x, pair.data.n);
    const b = pair.bn.network.forward(pair.data.x, pair.data.n, { training: false });
    for (let i = 0; i < p.length; i++) expect(Math.abs(p[i] - b[i])).toBeLessThan(1e-4);
  });

  it('running statistics follow r ← 0.9·r + 0.1·batch, with the unbiased variance', () => {
    const fresh = new BnPair(1);
    const { x, y, n } = fresh.data;
    const before = unitStats(fresh.bn, fresh.data, 3);
    expect(before.runMean.every((v) => v === 0)).toBe(true);
    expect(before.runStd.every((v) => v === 1)).toBe(true);
    fresh.bn.network.lossAndGrad(x, y, n); // one training-mode pass over the whole set as one batch
    const after = unitStats(fresh.bn, fresh.data, 3);
    expect(BN_MOMENTUM).toBe(0.1);
    after.runMean.forEach((m, j) => expect(m).toBeCloseTo(0.1 * before.batchMean[j], 10));
    after.runStd.forEach((s, j) => expect(s ** 2).toBeCloseTo(0.9 + 0.1 * before.batchStd[j] ** 2 * n / (n - 1), 10));
  });

  it('training and inference outputs: close at step 0, far apart at step 10, together again by step 300', () => {
    const run = new BnPair(1);
    const g0 = modeGap(run.bn, run.data);
    run.advance(10);
    const g10 = modeGap(run.bn, run.data);
    run.advance(290);
    const g300 = modeGap(run.bn, run.data);
    expect(g0.agree).toBe(0.95);
    expect(g10.agree).toBeLessThan(0.6);
    expect(g300.agree).toBeGreaterThan(0.985); // 98.75 % with the engine's own exp (seed 1)
    expect(g300.meanAbs).toBeLessThan(0.1); // 0.074, against about 0.3 at step 10
    expect(g300.meanAbs).toBeLessThan(g10.meanAbs / 3);
  });

  it('the no-JS table repeats the view numbers', () => {
    const t = tableOf(1);
    expect(t.rows[DEPTH - 1].plain).toBe(train.plain[DEPTH - 1].spread);
    expect(t.rows[0].bnInfer0).toBeCloseTo(t.rows[0].plain, 4);
    expect(t.gap0.agree).toBe(0.95);
  });

  it('the seed changes the data and the nets', () => {
    const other = new BnPair(2).view('train');
    expect(other.plain[0].spread).not.toBe(train.plain[0].spread);
    expect(dataOf(2).x[0]).not.toBe(dataOf(1).x[0]);
  });
});
