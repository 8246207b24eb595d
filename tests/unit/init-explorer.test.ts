/**
 * The initialisation explorer's pure logic: what one seeded lossAndGrad at initialisation gives
 * per layer, checked against the engine directly and against the variance formulas
 * (Var[z_l] = n·Var[w]·E[h²]); REFERENCE.md's forward statistics at width 256 × 10 layers as
 * medians over seeds; the fallback batch; URL parsing of the widget's schema.
 */
import { describe, expect, it, vi } from 'vitest';

// One width-256 pass takes 0.1–0.5 s on a loaded two-core machine; some tests run several.
vi.setConfig({ testTimeout: 60_000 });
import { createMlp } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import {
  engineInit, fallbackBatch, formatValue, inputBatch, lastOverFirst, measureInit, measureInitMemo, populationStd, weightVariance,
  type ActName, type InitName,
} from '../../src/widgets/init-explorer/compute';
import { decades } from '../../src/widgets/kit/charts/axes';
import { readState } from '../../src/widgets/kit/url-state';

const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const SEEDS = [1, 2, 3, 4, 5];
/** Per-layer variance ratio of z, (std_L / std_1)^(2/(L−1)), median over seeds. */
function perLayerVarianceFactor(act: ActName, init: InitName, width = 256, depth = 10): number {
  return median(SEEDS.map((seed) => {
    const r = measureInit({ act, init, width, depth, seed });
    return (r.spread[depth - 1] / r.spread[0]) ** (2 / (depth - 1));
  }));
}

describe('init explorer: the measurement', () => {
  it('matches a hand-built engine network on the same seeded batch', () => {
    const s = { init: 'he', act: 'relu', width: 32, depth: 4, seed: 7 } as const;
    const r = measureInit(s, 16);
    const { x, y } = inputBatch(32, 16, 7);
    const net = createMlp({ inputs: 32, hidden: [32, 32, 32, 32], activation: 'relu', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'he', seed: 7 });
    net.lossAndGrad(x, y, 16);
    const st = net.layerStats();
    expect(r.dz).toEqual(st.map((l) => l.preActGradNorm));
    expect(r.dw).toEqual(st.map((l) => l.weightGradNorm));
    expect(r.spread).toEqual(net.layerSamples().map((l) => populationStd(l.z)));
    expect(r.batch).toBe(16);
    // The first layer: z = W x with W's std √(2/32); its std is the engine's own z.
    const W = net.params()[0].value;
    let z0 = 0; for (let j = 0; j < 32; j++) z0 += W[j] * x[j];
    expect(net.layerSamples()[0].z[0]).toBeCloseTo(z0, 12);
  });

  it('is deterministic per seed, different across seeds, and memoised', () => {
    const s = { init: 'xavier', act: 'tanh', width: 64, depth: 5, seed: 3 } as const;
    expect(measureInit(s)).toEqual(measureInit(s));
    expect(measureInit({ ...s, seed: 4 }).spread[0]).not.toBe(measureInit(s).spread[0]);
    expect(measureInitMemo(s)).toBe(measureInitMemo({ ...s }));
  });

  it('draws inputs independently of the weights (first-layer variance = n·Var[w])', () => {
    for (const init of ['normal', 'tiny', 'lecun', 'xavier', 'he'] as const) {
      const r = measureInit({ init, act: 'tanh', width: 256, depth: 1, seed: 1 });
      expect(r.spread[0] ** 2 / (256 * weightVariance(init, 256, 256))).toBeGreaterThan(0.9);
      expect(r.spread[0] ** 2 / (256 * weightVariance(init, 256, 256))).toBeLessThan(1.1);
    }
  });

  it('maps the choices to the engine and to the variance formulas', () => {
    expect(engineInit('normal')).toEqual({ std: 1 });
    expect(engineInit('tiny')).toEqual({ std: 0.01 });
    expect(engineInit('he')).toBe('he');
    expect(weightVariance('xavier', 512, 256)).toBeCloseTo(2 / 768, 15);
    expect(weightVariance('he', 256, 10)).toBe(2 / 256);
    expect(weightVariance('lecun', 256, 10)).toBe(1 / 256);
  });
});

describe('init explorer: REFERENCE.md forward statistics, width 256, 10 layers (medians over 5 seeds)', () => {
  it('ReLU + He keeps Var[z] about constant', () => {
    const f = perLayerVarianceFactor('relu', 'he');
    expect(f).toBeGreaterThan(0.93);
    expect(f).toBeLessThan(1.07);
  });
  it('ReLU with Var[w] = 1/n (LeCun, or Xavier on equal widths) halves it every layer', () => {
    for (const init of ['lecun', 'xavier'] as const) {
      const f = perLayerVarianceFactor('relu', init);
      expect(f).toBeGreaterThan(0.45);
      expect(f).toBeLessThan(0.55);
    }
  });
  it('tanh with std 0.01 collapses the activations (std × 0.16 per layer)', () => {
    const f = Math.sqrt(perLayerVarianceFactor('tanh', 'tiny'));
    expect(f).toBeGreaterThan(0.15);
    expect(f).toBeLessThan(0.17);
  });
  it('tanh with N(0, 1) saturates them', () => {
    const sat = median(SEEDS.map((seed) => measureInit({ act: 'tanh', init: 'normal', width: 256, depth: 10, seed }).saturated[9]));
    expect(sat).toBeGreaterThan(0.8);
  });
});

describe('init explorer: helpers', () => {
  it('fallback batch: full batch for moderate nets, at least 4 for the largest', () => {
    expect(fallbackBatch(128, 10)).toBe(64);
    expect(fallbackBatch(256, 10)).toBe(16);
    expect(fallbackBatch(256, 30)).toBe(5);
    expect(fallbackBatch(256, 30)).toBeGreaterThanOrEqual(4);
  });
  it('last/first ratio and whole-decade chart bounds', () => {
    expect(lastOverFirst([2, 1, 0.5])).toBe(0.25);
    expect(lastOverFirst([0, 1])).toBeNull();
    // LogChart's axis: unclamped, 10⁻²…1 when nothing is finite.
    const bounds = (v: number[]) => decades(v, { limit: Infinity, empty: [-2, 0] });
    expect(bounds([0.3, 2])).toEqual([-1, 1]);
    expect(bounds([1.4, 1.55])).toEqual([-1, 1]);
    expect(bounds([1e-9, 0.2])).toEqual([-9, 0]);
    expect(bounds([0, NaN])).toEqual([-2, 0]);
    expect(bounds([1e-40, 1e40])).toEqual([-40, 40]);
  });
  it('formats thousands as ×10³ (formatNumber prints 4.92e+3 there)', () => {
    expect(formatValue(4920, formatNumber)).toBe('4.92×10³');
    expect(formatValue(9999, formatNumber)).toBe('1×10⁴');
    expect(formatValue(0.0485, formatNumber)).toBe('0.0485');
    expect(formatValue(5.33e10, formatNumber)).toBe('5.3×10¹⁰');
  });
  it('URL values are whitelisted, ranged and fall back to defaults', () => {
    const schema = {
      init: { kind: 'choice', options: ['normal', 'tiny', 'lecun', 'xavier', 'he'], default: 'xavier' },
      width: { kind: 'int', min: 16, max: 256, default: 128 },
      depth: { kind: 'int', min: 1, max: 30, default: 10 },
    } as const;
    expect(readState('t', schema, '?t-init=he&t-width=256&t-depth=30')).toEqual({ init: 'he', width: 256, depth: 30 });
    expect(readState('t', schema, '?t-init=%3Cscript%3E&t-width=9999&t-depth=-1')).toEqual({ init: 'xavier', width: 128, depth: 10 });
  });
});
