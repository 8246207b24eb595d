/**
 * The exploding-gradients widget's logic against the engine: it diverges where the lesson says,
 * clipping follows g ← g·min(1, c/‖g‖), non-finite norms
 * become explicit markers, and the readout's case and numbers match the run.
 */
import { describe, expect, it } from 'vitest';
import { clipGradients, createMlp, dataset2d, gradientNorm } from '../../src/engine';
import { readState } from '../../src/widgets/kit/url-state';
import { DEFAULTS, ExplodingRun, MAX_STEPS, SETUP, schema, specOf, tableRows } from '../../src/widgets/exploding-gradients/run';
import { decades } from '../../src/widgets/kit/charts/axes';
import { SPAN, chartPoints, fmt, summarize } from '../../src/widgets/exploding-gradients/summary';

describe('exploding-gradients run', { timeout: 30_000 }, () => {
  it('diverges at step 3 without clipping (seed 1): the norm is ∞ and no further step is taken', () => {
    const run = new ExplodingRun(DEFAULTS);
    run.run(MAX_STEPS);
    expect(run.status).toBe('diverged');
    expect(run.divergedAt).toBe(3);
    expect(run.records).toHaveLength(4);
    expect(run.records.slice(0, 3).every((r) => Number.isFinite(r.loss))).toBe(true);
    expect(run.records[3].norm).toBe(Infinity);
    expect(run.next()).toBeNull();
  });

  it('with clipping c = 1 stays finite for the whole run and clips exactly the steps with ‖g‖ > 1', () => {
    const s = { ...DEFAULTS, clip: '1' };
    const run = new ExplodingRun(s);
    run.run(MAX_STEPS);
    expect(run.status).toBe('done');
    expect(run.records).toHaveLength(MAX_STEPS);
    expect(run.records.every((r) => Number.isFinite(r.norm) && r.used <= 1 + 1e-12)).toBe(true);
    expect(run.records.every((r) => r.clipped === r.norm > 1)).toBe(true);
  });

  it('the first-layer ‖∂L/∂W‖ climbs 1.7e3 → 9.4e12 → 4.1e61 → ∞', () => {
    const run = new ExplodingRun(DEFAULTS);
    run.run(10);
    const e1 = (v: number) => (Number.isFinite(v) ? v.toExponential(1) : String(v));
    expect(run.records.map((r) => e1(r.layers[0]))).toEqual(['1.7e+3', '9.4e+12', '4.1e+61', 'Infinity']);
    expect(run.records.map((r) => e1(r.norm))).toEqual(['3.5e+4', '2.4e+13', '9.2e+71', 'Infinity']);
    expect(run.records[0].layers).toHaveLength(SETUP.depth + 1);
  });

  it('reports the norm before clipping, as clipGradients does, and scales by min(1, c/‖g‖)', () => {
    const net = createMlp(specOf(DEFAULTS));
    const data = dataset2d('twoMoons', { n: 64, noise: 0.1, seed: 2 });
    net.lossAndGrad(data.x, data.y, data.n);
    const before = gradientNorm(net.params());
    expect(clipGradients(net.params(), 2)).toBe(before);
    expect(gradientNorm(net.params())).toBeCloseTo(2, 9);
    // the two-entry example in the lesson
    const g = [10, 0.5];
    const n = Math.hypot(...g);
    const global = g.map((v) => v * Math.min(1, 1 / n));
    const perValue = g.map((v) => Math.max(-1, Math.min(1, v)));
    expect(Math.hypot(...global)).toBeCloseTo(1, 12);
    expect(Math.atan2(global[1], global[0])).toBeCloseTo(Math.atan2(0.5, 10), 12);
    expect(Math.atan2(perValue[1], perValue[0])).not.toBeCloseTo(Math.atan2(0.5, 10), 2);
  });

  it('He initialisation trains without clipping; a small learning rate can end with every hidden gradient exactly 0', () => {
    const he = new ExplodingRun({ ...DEFAULTS, init: 'he' });
    he.run(MAX_STEPS);
    expect(he.status).toBe('done');
    expect(he.records[0].norm).toBeGreaterThan(0.5);
    expect(he.records[0].norm).toBeLessThan(2);
    const dead = new ExplodingRun({ ...DEFAULTS, lr: '0.001', seed: 1 });
    dead.run(MAX_STEPS);
    expect(dead.status).toBe('done');
    expect(dead.hiddenSilent()).toBe(true);
    expect(summarize(dead).key).toBe('silent');
  });
});

describe('exploding-gradients readout and chart data', { timeout: 30_000 }, () => {
  it('names the case in words: ready, diverged at step 3, clipped k of n', () => {
    const run = new ExplodingRun(DEFAULTS);
    expect(summarize(run).key).toBe('ready');
    run.run(MAX_STEPS);
    expect(summarize(run)).toMatchObject({ key: 'diverged', values: { k: 3, norm: Infinity } });
    const c = new ExplodingRun({ ...DEFAULTS, clip: '1' });
    c.run(MAX_STEPS);
    const s = summarize(c);
    expect(s.key).toBe('clipped');
    expect(s.values.k).toBe(c.clippedCount());
    expect(s.values.n).toBe(MAX_STEPS);
    expect(s.values.bound).toBeCloseTo(0.01, 12);
    expect(s.values.accuracy).toBe(c.accuracy());
  });

  it('never drops a non-finite norm: it becomes a marker at the top of the axis', () => {
    const run = new ExplodingRun(DEFAULTS);
    run.run(MAX_STEPS);
    const pts = chartPoints(run.records, null);
    expect(pts.norm.map((p) => p.y === null)).toEqual([false, false, false, true]);
    expect(pts.overflow).toEqual([{ x: 3, y: pts.max }]);
    expect(pts.max).toBeGreaterThan(9.24e71);
    expect(pts.min).toBeLessThanOrEqual(3.5e4);
    expect(decades([NaN, Infinity], SPAN)).toEqual([-1, 1]);
    expect(decades([0.5, 2], SPAN)).toEqual([-1, 1]);
    const clipped = chartPoints([{ step: 0, loss: 1, norm: 50, clipped: true, used: 1, layers: [] }], 1);
    expect(clipped.used).toEqual([{ x: 0, y: 1 }]);
    expect(clipped.min).toBeLessThanOrEqual(1);
  });

  it('formats 1000–9999 with four digits (formatNumber alone would print 1.52e+3)', () => {
    expect(fmt(1515.9)).toBe('1516');
    expect(fmt(3.53e4)).toBe('3.5×10⁴');
    expect(fmt(Infinity)).toBe('∞');
    expect(fmt(NaN)).toBe('NaN');
  });

  it('the no-JS table: steps 0–9 without clipping (stopped after step 3) and with c = 1 (all finite)', () => {
    const rows = tableRows();
    expect(rows).toHaveLength(10);
    expect(rows[3].plain?.norm).toBe(Infinity);
    expect(rows.slice(4).every((r) => r.plain === null)).toBe(true);
    expect(rows.every((r) => r.clipped && Number.isFinite(r.clipped.norm))).toBe(true);
    expect(tableRows()).toBe(rows); // memoised: ko and en share one computation
  });

  it('settings from the URL: whitelisted, hostile values fall back to the defaults', () => {
    expect(readState('b', schema, '')).toEqual(DEFAULTS);
    expect(readState('b', schema, '?b-clip=5&b-lr=0.1&b-init=he&b-seed=42')).toEqual({ clip: '5', lr: '0.1', init: 'he', seed: 42 });
    expect(readState('b', schema, '?b-clip=3&b-lr=1e9&b-init=%3Cx%3E&b-seed=0')).toEqual(DEFAULTS);
  });
});

describe('exploding-gradients table transport', () => {
  it('encodes the build-time rows for hydration and decodes them exactly, ∞ included; junk gives null', async () => {
    const { encodeBuild, decodeBuild } = await import('../../src/widgets/kit/build-data');
    const decodeRows = (t: string | undefined) => decodeBuild<ReturnType<typeof tableRows>>(t);
    const rows = tableRows();
    const back = decodeRows(encodeBuild(rows))!;
    expect(back).toHaveLength(rows.length);
    back.forEach((r, k) => {
      expect(r.step).toBe(k);
      expect(r.plain?.norm ?? null).toBe(rows[k].plain?.norm ?? null);
      expect(r.clipped?.loss ?? null).toBe(rows[k].clipped?.loss ?? null);
    });
    expect(back[3].plain?.norm).toBe(Infinity);
    expect(decodeRows('{oops')).toBeNull();
    expect(decodeRows(undefined)).toBeNull();
  });
});
