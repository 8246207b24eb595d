/**
 * Seeded training runs whose parameters must come out bit-identical in Node and in every browser,
 * and a digest of them (FNV-1a, 64-bit, over every parameter's 8 little-endian bytes, as hex).
 * Pure module: bundled by tests/e2e/determinism.test.ts and evaluated in a page.
 */
import { Adam, Sgd, createTrainer, dataset2d } from '../../src/engine/index.ts';
import type { MlpSpec } from '../../src/engine/index.ts';

interface Config { name: string; spec: MlpSpec; data: Parameters<typeof dataset2d>[0]; lr: number; adam?: boolean; clipNorm?: number; steps: number }

const out = { units: 1, activation: 'sigmoid' as const };
export const CONFIGS: Config[] = [
  { name: 'deep sigmoid', spec: { inputs: 2, hidden: [8, 8, 8, 8, 8, 8], activation: 'sigmoid', init: 'xavier', output: out, loss: 'bce', seed: 1 }, data: 'twoMoons', lr: 0.5, steps: 300 },
  { name: 'ReLU/He', spec: { inputs: 2, hidden: [16, 16, 16], activation: 'relu', init: 'he', output: out, loss: 'bce', seed: 2 }, data: 'circle', lr: 0.1, steps: 300 },
  { name: 'sigmoid + batch norm', spec: { inputs: 2, hidden: [8, 8, 8, 8], activation: 'sigmoid', init: 'xavier', batchNorm: true, output: out, loss: 'bce', seed: 3 }, data: 'spiral', lr: 0.5, steps: 300 },
  { name: 'tanh + residual', spec: { inputs: 2, hidden: [8, 8, 8, 8], activation: 'tanh', init: 'xavier', residual: true, output: out, loss: 'bce', seed: 4 }, data: 'xor', lr: 0.1, steps: 300 },
  { name: 'clipped Adam', spec: { inputs: 2, hidden: [16, 16], activation: 'tanh', init: 'xavier', output: { units: 1, activation: 'tanh' }, loss: 'mse', seed: 5 }, data: 'gaussians', lr: 0.01, adam: true, clipNorm: 1, steps: 300 },
];

/** FNV-1a 64-bit over the bytes of every value, in order. */
export function digest(values: Iterable<number>): string {
  const view = new DataView(new ArrayBuffer(8));
  let h = 0xcbf29ce484222325n;
  for (const v of values) {
    view.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) h = ((h ^ BigInt(view.getUint8(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** Runs every configuration and returns name → digest of the data set and the final parameters. */
export function runDigests(): Record<string, string> {
  const result: Record<string, string> = {};
  for (const c of CONFIGS) {
    const data = dataset2d(c.data, { n: 200, seed: 7 });
    const optimizer = c.adam ? new Adam(c.lr) : new Sgd(c.lr);
    const t = createTrainer({ spec: c.spec, data, batchSize: 20, optimizer, clipNorm: c.clipNorm, statsEvery: 0, seed: 11 });
    t.run(c.steps);
    const values: number[] = [...data.x];
    for (const p of t.network.params()) values.push(...p.value);
    result[c.name] = digest(values);
  }
  return result;
}

// Pinned from Node 24 on the engine's own elementary functions; tests/e2e/determinism.test.ts
// expects the same strings from Chromium (and branch issue-16 from Firefox and WebKit).
export const EXPECTED_DIGESTS: Record<string, string> = {
  'deep sigmoid': '23759b6075b7c788',
  'ReLU/He': '2d52ea16618346ce',
  'sigmoid + batch norm': '9badeacd99336438',
  'tanh + residual': '967ebf22c77416ae',
  'clipped Adam': '5a8f235fe7732749',
};
