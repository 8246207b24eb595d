/**
 * What the initialisation explorer measures (pure; runs in the worker, on the main thread as a
 * fallback, at build time and in tests): a fresh seeded MLP of `depth` square hidden layers of
 * `width` units gets a fixed batch of standard-normal inputs (input dimension = width) and random
 * 0/1 targets; one lossAndGrad gives, per hidden layer, the spread of the pre-activations
 * (population std of z_l over the batch and units — the quantity Var[z_l] = n·Var[w]·E[h²] is
 * about), the backward gradient norm (‖∂L/∂z_l‖ or ‖∂L/∂W_l‖) and the saturated fraction.
 * @example measureInit({ init: 'he', act: 'relu', width: 256, depth: 10, seed: 1 }).spread // ≈ √2 in every layer
 */
import { createMlp, createRng, type InitScheme } from '~/engine';
import { BATCH, TINY_STD, type InitName, type InitResult, type InitSettings } from './settings';

export * from './settings';

/** The engine's init scheme for a widget choice. */
export function engineInit(name: InitName): InitScheme {
  if (name === 'normal') return { std: 1 };
  if (name === 'tiny') return { std: TINY_STD };
  return name;
}

/**
 * The input batch: `batch` × `width` standard normals and 0/1 targets, from a stream of its own
 * (seed + 1000) so the inputs are independent of the weights drawn with `seed`.
 */
export function inputBatch(width: number, batch: number, seed: number): { x: Float64Array; y: Float64Array } {
  const rng = createRng(seed + 1000);
  const x = new Float64Array(batch * width);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const y = new Float64Array(batch);
  for (let i = 0; i < batch; i++) y[i] = rng.next() < 0.5 ? 0 : 1;
  return { x, y };
}

/** Population std of the values. */
export function populationStd(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i];
  m /= v.length;
  let q = 0;
  for (let i = 0; i < v.length; i++) q += (v[i] - m) ** 2;
  return Math.sqrt(q / v.length);
}

/** One lossAndGrad at initialisation (sigmoid output unit, bce) and the per-layer numbers. */
export function measureInit(s: InitSettings, batch = BATCH): InitResult {
  const { x, y } = inputBatch(s.width, batch, s.seed);
  const net = createMlp({
    inputs: s.width, hidden: Array(s.depth).fill(s.width), activation: s.act,
    output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: engineInit(s.init), seed: s.seed,
  });
  net.lossAndGrad(x, y, batch);
  const stats = net.layerStats();
  return {
    batch,
    spread: net.layerSamples().map((l) => populationStd(l.z)),
    dz: stats.map((l) => l.preActGradNorm),
    dw: stats.map((l) => l.weightGradNorm),
    saturated: stats.map((l) => l.saturatedFraction),
  };
}

const memo = new Map<string, InitResult>();

/** measureInit memoised per settings: the build-time table is computed once for ko and en. */
export function measureInitMemo(s: InitSettings): InitResult {
  const key = `${s.init}/${s.act}/${s.width}/${s.depth}/${s.seed}`;
  let hit = memo.get(key);
  if (!hit) { hit = measureInit(s); memo.set(key, hit); }
  return hit;
}
