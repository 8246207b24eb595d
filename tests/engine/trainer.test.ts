import { describe, expect, it } from 'vitest';
import { Sgd, createMlp, Trainer, dataset2d, logicGate, signedLabels } from '../../src/engine/index.ts';
import type { MlpSpec } from '../../src/engine/index.ts';

const spec: MlpSpec = {
  inputs: 2, hidden: [6, 6], activation: 'tanh', output: { units: 1, activation: 'sigmoid' },
  loss: 'bce', init: 'xavier', seed: 2,
};
const data = dataset2d('gaussians', { n: 50, seed: 2 });

describe('trainer', () => {
  it('visits every example once per epoch in a reshuffled order (remainder dropped)', () => {
    const net = createMlp(spec);
    const seen: number[][] = [];
    const original = net.lossAndGrad.bind(net);
    net.lossAndGrad = (x, y, n) => {
      for (let i = 0; i < n; i++) {
        const row = Array.from({ length: data.n }, (_, k) => k).find((k) => data.x[2 * k] === x[2 * i] && data.x[2 * k + 1] === x[2 * i + 1]);
        seen.push([row as number]);
      }
      return original(x, y, n);
    };
    const t = new Trainer({ network: net, data, batchSize: 8, optimizer: new Sgd({ learningRate: 0.1 }), seed: 5 });
    t.run(12); // 6 batches of 8 per epoch (48 of 50 examples), two epochs
    const rows = seen.flat();
    const first = rows.slice(0, 48);
    const second = rows.slice(48, 96);
    expect(new Set(first).size).toBe(48);
    expect(new Set(second).size).toBe(48);
    expect(second).not.toEqual(first);
  });

  it('records stats at steps 0, k, 2k… as structured-clone-friendly plain data', () => {
    const t = new Trainer({ spec, data, batchSize: 10, optimizer: new Sgd({ learningRate: 0.5 }), statsEvery: 4 });
    expect(t.status).toBe('ready');
    expect(t.run(10)).toBe(10);
    expect(t.status).toBe('ok');
    expect(t.step).toBe(10);
    expect(t.history.loss).toHaveLength(10);
    expect(t.history.statsStep).toEqual([0, 4, 8]);
    expect(t.history.accuracy).toHaveLength(3);
    expect(t.history.layers).toHaveLength(2);
    expect(t.history.layers[1].weightGradNorm).toHaveLength(3);
    expect(t.history.outputWeightGradNorm).toHaveLength(3);
    expect(structuredClone(t.history)).toEqual(t.history);
    t.run(300);
    expect(t.evaluate().accuracy).toBeGreaterThan(0.9);
  });

  it('stops with status diverged at the first non-finite loss, without writing NaN into history', () => {
    const t = new Trainer({
      spec: { ...spec, activation: 'linear', output: { units: 1, activation: 'linear' }, loss: 'mse', init: { std: 3 } },
      data: signedLabels(data), batchSize: 10, optimizer: new Sgd({ learningRate: 50 }), statsEvery: 1,
    });
    const done = t.run(1000);
    expect(t.status).toBe('diverged');
    expect(done).toBeLessThan(1000);
    expect(t.divergedAt).toBe(done);
    expect(t.history.loss).toHaveLength(done);
    expect(t.history.loss.every(Number.isFinite)).toBe(true);
    expect(t.history.layers.flatMap((s) => s.weightGradNorm).every(Number.isFinite)).toBe(true);
    expect(t.run(10)).toBe(0);
    t.reset();
    expect(t.status).toBe('ready');
    expect(t.history.loss).toEqual([]);
  });

  it('clips the global gradient norm before the update', () => {
    const t = new Trainer({ spec, data, batchSize: 50, optimizer: new Sgd({ learningRate: 1 }), clipNorm: 1e-3, statsEvery: 0 });
    const before = t.network.params().map((p) => p.value.slice());
    t.run(1);
    let sq = 0;
    t.network.params().forEach((p, i) => p.value.forEach((v, k) => (sq += (v - before[i][k]) ** 2)));
    expect(Math.sqrt(sq)).toBeCloseTo(1e-3, 12);
  });

  it('exposes the norm before clipping and whether it clipped, and records both with the stats', () => {
    const make = (clipNorm?: number) => new Trainer({ spec, data, batchSize: 50, optimizer: new Sgd({ learningRate: 1 }), clipNorm, statsEvery: 1 });
    const clipped = make(1e-3);
    const free = make();
    expect(clipped.lastGradientNorm).toBeNaN();
    clipped.run(1);
    free.run(1);
    // Same weights and batch at step 0, so the same norm before clipping; only one of them clipped.
    expect(clipped.lastGradientNorm).toBe(free.lastGradientNorm);
    expect(clipped.lastGradientNorm).toBeGreaterThan(1e-3);
    expect(clipped.lastClipped).toBe(true);
    expect(free.lastClipped).toBe(false);
    expect(clipped.lastLoss).toBe(clipped.history.loss[0]);
    expect(clipped.history.gradientNorm).toEqual([clipped.lastGradientNorm]);
    expect(clipped.history.clipped).toEqual([true]);
    expect(free.history.clipped).toEqual([false]);
  });

  it('predictGrid evaluates output 0 on a res × res grid, row 0 at ymin', () => {
    const t = new Trainer({ spec, data, batchSize: 10, optimizer: new Sgd({ learningRate: 0.1 }) });
    t.run(20);
    const grid = t.predictGrid(-2, 2, -1, 3, 5);
    expect(grid).toHaveLength(25);
    expect(t.predictGrid(-2, 2, -1, 3, 5)).toBe(grid); // reused buffer
    const at = (x: number, y: number) => t.network.forward(Float64Array.of(x, y), 1)[0];
    expect(grid[0]).toBe(at(-2, -1));
    expect(grid[4]).toBe(at(2, -1));
    expect(grid[2 * 5 + 1]).toBe(at(-1, 1));
    expect(grid[24]).toBe(at(2, 3));
  });

  it('measures accuracy halfway between the labels (0/1 → 0.5, ±1 → 0)', () => {
    const gate = signedLabels(logicGate('xor'));
    const t = new Trainer({
      spec: { ...spec, output: { units: 1, activation: 'tanh' }, loss: 'mse', hidden: [4] },
      data: gate, batchSize: 4, optimizer: new Sgd({ learningRate: 0.3 }), statsEvery: 0,
    });
    t.run(3000);
    expect(t.accuracy()).toBe(1);
  });
});
