import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mnistTensors, unpackMnist } from '../../src/data/mnist-pack';
import { buildMnistAsset } from '../../src/data/mnist-source';
import { createMlp } from '../../src/engine/index.ts';
import { assetUrl } from '../../src/widgets/nielsen-rerun/asset';
import { buildTimeTable } from '../../src/widgets/nielsen-rerun/table';
import { LAYER_CHOICES, NIELSEN, SCALE, measureGradients, measureInSlices, ratiosToNext, tableFor, toNielsenScale } from '../../src/widgets/nielsen-rerun/measure';
import { EPOCHS, NielsenTraining, drain, split, trainAll, type TrainPoint, type Variant } from '../../src/widgets/nielsen-rerun/train';
import { root } from '../support/paths';

const data = mnistTensors(unpackMnist(buildMnistAsset()));
/** Nielsen's network, spelled out here independently of the widget's helper. */
const engineNorms = (layers: number, seed: number, d = data) => {
  const net = createMlp({
    inputs: 784, hidden: new Array(layers).fill(30), activation: 'sigmoid', init: 'lecun', biasInit: { std: 1 },
    output: { units: 10, activation: 'sigmoid' }, loss: 'bce', seed,
  });
  net.lossAndGrad(d.x, d.y, d.n);
  return net.layerStats().map((s) => s.biasGradNorm);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) / 2];
const two = (x: number) => String(Number(x.toPrecision(2)));

describe('the ×10 scaling (Nielsen sums the cross-entropy over 10 outputs, the engine averages)', () => {
  it('multiplies every figure by exactly 10', () => {
    expect(SCALE).toBe(10);
    expect(toNielsenScale([0.1, 0.0023])).toEqual([1, 0.023]);
  });

  it('is the ratio of the two costs’ gradients: Nielsen’s summed cost, differentiated numerically, is 10× the engine’s gradient', () => {
    // The engine's bce with 10 outputs: C = mean over examples and outputs. Multiplying C by 10
    // gives Nielsen's cost, so each gradient scales by 10 — checked by finite differences on a bias.
    const small = mnistTensors(unpackMnist(buildMnistAsset()), 0, 20);
    const net = createMlp({ inputs: 784, hidden: [30, 30], activation: 'sigmoid', init: 'lecun', biasInit: { std: 1 }, output: { units: 10, activation: 'sigmoid' }, loss: 'bce', seed: 3 });
    net.lossAndGrad(small.x, small.y, small.n);
    const b = net.params().find((p) => p.name === 'hidden1.bias')!;
    const g = b.grad[0];
    // Nielsen's cost by hand: per example, sum over the 10 outputs of the cross-entropy.
    const nielsenCost = () => {
      const out = net.forward(small.x, small.n, { training: false });
      let c = 0;
      for (let i = 0; i < out.length; i++) c -= small.y[i] * Math.log(out[i]) + (1 - small.y[i]) * Math.log(1 - out[i]);
      return c / small.n;
    };
    const h = 1e-5;
    b.value[0] += h; const up = nielsenCost();
    b.value[0] -= 2 * h; const down = nielsenCost();
    b.value[0] += h;
    expect((up - down) / (2 * h) / g).toBeCloseTo(10, 4);
  });
});

describe('the measurement', () => {
  it('equals the engine’s own bias-gradient norms for the same spec, scaled by 10, on a small set and on all 1,000 digits', () => {
    const small = mnistTensors(unpackMnist(buildMnistAsset()), 0, 50);
    const m = measureGradients(small, 3, 5);
    expect(m.raw).toEqual(engineNorms(3, 5, small));
    expect(m.scaled).toEqual(m.raw.map((v) => v * 10));
    expect(m.ms).toBeGreaterThan(0);
    const full = measureGradients(data, 4, 1);
    expect(full.raw).toEqual(engineNorms(4, 1));
    console.log(`Node: one full-batch gradient (1,000 digits, 4 hidden layers) took ${full.ms.toFixed(1)} ms`);
  });

  it('gives the same figures when cut into slices of 100 digits (the main-thread fallback)', () => {
    for (const layers of [2, 4]) {
      const whole = measureGradients(data, layers, 2);
      const sliced = drain(measureInSlices(data, layers, 2, 100));
      sliced.scaled.forEach((v, l) => expect(v / whole.scaled[l]).toBeCloseTo(1, 10));
    }
  });

  it('computes the ratio to the next layer, with none for the last', () => {
    const r = ratiosToNext([0.01, 0.05, 0.2]);
    expect(r[0]).toBeCloseTo(0.2, 12);
    expect(r[1]).toBeCloseTo(0.25, 12);
    expect(r[2]).toBeNull();
    expect(ratiosToNext(NIELSEN[2])[0]).toBeCloseTo(0.07 / 0.31, 12);
  });

  it('builds the asset URL from the site base', () => {
    expect(assetUrl('/gradient-lab/')).toBe('/gradient-lab/data/mnist-1000.bin');
    expect(assetUrl('/gradient-lab')).toBe('/gradient-lab/data/mnist-1000.bin');
    expect(assetUrl('/')).toBe('/data/mnist-1000.bin');
  });

  it('fills the build-time table with seed 1 for 2, 3 and 4 layers, memoised, within Nielsen’s factor of ~2–3', () => {
    const t0 = performance.now();
    const table = buildTimeTable();
    const first = performance.now() - t0;
    expect(buildTimeTable()).toBe(table);
    console.log(`Node: build-time table (reading the package + 3 gradients) took ${first.toFixed(0)} ms`);
    expect(table).toEqual(tableFor(data, 1));
    for (const L of LAYER_CHOICES) {
      expect(table[L]).toEqual(engineNorms(Number(L), 1).map((v) => v * 10));
      table[L].forEach((v, l) => { expect(v / NIELSEN[L][l]).toBeGreaterThan(0.3); expect(v / NIELSEN[L][l]).toBeLessThan(3); });
    }
  });
});

describe('training', () => {
  it('splits 800 / 200 with every class in both parts, and reruns identically for the same seed', () => {
    const { train, test } = split(data);
    expect([train.n, test.n]).toEqual([800, 200]);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < test.n; i++) counts[test.y.subarray(i * 10, i * 10 + 10).indexOf(1)]++;
    expect(counts).toEqual(new Array(10).fill(20));
    const run = () => { const t = new NielsenTraining(data, { variant: 'relu', layers: 2, seed: 4 }); t.step(30); return drain(t.measure()).speeds; };
    expect(run()).toEqual(run());
  });

  it('measures a layer’s speed sliced or whole alike; with batch norm it watches β, whose gradient is not 0', () => {
    const t = new NielsenTraining(data, { variant: 'sigmoid', layers: 3, seed: 1 });
    t.step(10);
    const a = drain(t.measure());
    const b = drain(t.measure(100));
    b.speeds.forEach((v, l) => expect(v / a.speeds[l]).toBeCloseTo(1, 10));
    const { train } = split(data);
    t.net.lossAndGrad(train.x, train.y, train.n);
    t.net.layerStats().forEach((st, l) => expect(10 * st.biasGradNorm / a.speeds[l]).toBeCloseTo(1, 12));
    const bn = new NielsenTraining(data, { variant: 'bn', layers: 3, seed: 1 });
    expect(drain(bn.measure()).speeds.every((v) => v > 0)).toBe(true);
  });
});

// The lesson's prose quotes these numbers: recompute them and find them in both languages.
describe('the figures quoted in vanishing-gradients.mdx (#nielsen-rerun)', () => {
  const mdx = ['ko', 'en'].map((lang) => {
    const s = readFileSync(join(root, `content/lessons/${lang}/vanishing-gradients.mdx`), 'utf8');
    return s.slice(s.indexOf('{#nielsen-rerun}'), s.indexOf('{#lab}'));
  });
  const quoted = (x: string) => mdx.forEach((s) => expect(s, x).toContain(x));

  it('seed 1 on Nielsen’s scale, the medians over seeds 1–7, and the per-layer factor', () => {
    for (const L of LAYER_CHOICES) buildTimeTable()[L].forEach((v) => quoted(two(v)));
    const runs = Array.from({ length: 7 }, (_, i) => engineNorms(4, i + 1).map((v) => v * 10));
    [0, 1, 2, 3].forEach((l) => quoted(two(median(runs.map((r) => r[l])))));
    for (const L of LAYER_CHOICES) ratiosToNext(buildTimeTable()[L]).forEach((r) => { if (r !== null) { expect(r).toBeGreaterThan(0.15); expect(r).toBeLessThan(0.3); } });
    const four = buildTimeTable()[4];
    expect(four[0] / four[3]).toBeGreaterThan(0.005);
    expect(four[0] / four[3]).toBeLessThan(0.02); // "about a hundredth"
    quoted('1,000');
  });

  it('training for 5 epochs: the 4-layer sigmoid net stays at 10%, each remedy reaches about 80%', () => {
    expect(EPOCHS).toBe(5);
    const runs = {} as Record<Variant, TrainPoint[]>;
    for (const v of ['sigmoid', 'relu', 'bn', 'residual'] as Variant[]) {
      const pts: TrainPoint[] = [];
      const t0 = performance.now();
      expect(trainAll(data, { variant: v, layers: 4, seed: 1 }, (p) => pts.push(p))).toBe(true);
      if (v === 'sigmoid') console.log(`Node: ${EPOCHS} epochs (incl. 21 gradient measurements) took ${(performance.now() - t0).toFixed(0)} ms`);
      runs[v] = pts;
    }
    const sig = runs.sigmoid;
    expect(sig.at(-1)!.epoch).toBe(5);
    expect(Math.max(...sig.map((p) => p.testAccuracy))).toBeLessThan(0.15);
    for (const p of sig.filter((q) => Number.isInteger(q.epoch))) {
      const r = p.speeds[3] / p.speeds[0];
      expect(r).toBeGreaterThan(30); // "about a hundred times more slowly"
      expect(r).toBeLessThan(300);
    }
    quoted('10%');
    for (const v of ['relu', 'bn', 'residual'] as Variant[]) {
      const last = runs[v].at(-1)!;
      expect(last.testAccuracy, v).toBeGreaterThan(0.7);
      expect(last.testAccuracy, v).toBeLessThan(0.9);
      expect(Math.max(...last.speeds) / Math.min(...last.speeds), v).toBeLessThan(5);
    }
    quoted('80%');
  }, 180_000);
});
