/**
 * Nielsen's measurement, rerun (pure; runs in the worker, on the main thread as a fallback, at
 * build time and in tests). Nielsen (Neural Networks and Deep Learning, ch. 5) built
 * [784, 30, …, 30, 10] sigmoid networks with weights N(0, 1/n_in) and biases N(0, 1), and printed
 * the length of each hidden layer's bias gradient ‖∂C/∂b_l‖ at initialisation over 1,000 MNIST
 * images. His cross-entropy sums over the 10 outputs; the engine's bce averages over them, so his
 * figure is 10 × ours (both average over the examples). SCALE carries that factor.
 * @example toNielsenScale(measureGradients(data, 2, 1).raw) // ≈ [0.06, 0.26]
 */
import { createMlp, type MlpSpec } from '~/engine';
import { LAYER_CHOICES, toNielsenScale, type LayerChoice, type Measurement, type Tensors } from './settings';

export * from './settings';

/** Nielsen's network: `layers` hidden layers of 30 sigmoid units, LeCun (1/n_in) weights, N(0, 1) biases. */
export function nielsenSpec(layers: number, seed: number): MlpSpec {
  return {
    inputs: 784, hidden: new Array(layers).fill(30), activation: 'sigmoid', init: 'lecun', biasInit: { std: 1 },
    output: { units: 10, activation: 'sigmoid' }, loss: 'bce', seed,
  };
}

/** ‖∂C/∂b_l‖ per hidden layer of a fresh seeded network, from one lossAndGrad over every example. */
export function measureGradients(data: Tensors, layers: number, seed: number): Measurement {
  const net = createMlp(nielsenSpec(layers, seed));
  const t0 = performance.now();
  net.lossAndGrad(data.x, data.y, data.n);
  const ms = performance.now() - t0;
  const raw = net.layerStats().map((s) => s.biasGradNorm);
  return { layers, seed, raw, scaled: toNielsenScale(raw), ms };
}

/** Seed 1 for 2, 3 and 4 hidden layers: the no-JS table (×10 figures). */
export function tableFor(data: Tensors, seed = 1): Record<LayerChoice, number[]> {
  const out = {} as Record<LayerChoice, number[]>;
  for (const l of LAYER_CHOICES) out[l] = measureGradients(data, Number(l), seed).scaled;
  return out;
}

/**
 * The same measurement cut into slices of `slice` examples, for the main-thread fallback (each
 * slice a few ms). The bce averages over examples, so the full-batch bias gradient is the
 * size-weighted mean of the slices' gradients: the result equals measureGradients up to rounding.
 * Yields after every slice; returns the measurement (ms = time spent computing, pauses excluded).
 */
export function* measureInSlices(data: Tensors, layers: number, seed: number, slice = 100): Generator<void, Measurement> {
  const net = createMlp(nielsenSpec(layers, seed));
  const biases = net.params().filter((p) => /^hidden\d+\.bias$/.test(p.name));
  const sums = biases.map((p) => new Float64Array(p.grad.length));
  const inputs = data.x.length / data.n;
  const outputs = data.y.length / data.n;
  let ms = 0;
  for (let start = 0; start < data.n; start += slice) {
    const end = Math.min(data.n, start + slice);
    const t0 = performance.now();
    net.lossAndGrad(data.x.subarray(start * inputs, end * inputs), data.y.subarray(start * outputs, end * outputs), end - start);
    biases.forEach((p, l) => { for (let i = 0; i < p.grad.length; i++) sums[l][i] += p.grad[i] * (end - start); });
    ms += performance.now() - t0;
    if (end < data.n) yield;
  }
  const raw = sums.map((s) => Math.hypot(...s) / data.n);
  return { layers, seed, raw, scaled: toNielsenScale(raw), ms };
}
