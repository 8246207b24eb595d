import { createRng } from './rng.ts';
import type { Rng } from './rng.ts';
import { cos, sin } from './elementary/index.ts';

/** A labelled data set: x row-major n × inputs, y row-major n × outputs. Plain data, Worker-safe. */
export interface Dataset {
  x: Float64Array;
  y: Float64Array;
  n: number;
  inputs: number;
  outputs: number;
}

export type GateName = 'and' | 'or' | 'nand' | 'xor';
export type Dataset2dName = 'circle' | 'xor' | 'twoMoons' | 'spiral' | 'gaussians';

export interface Dataset2dOptions {
  /** Number of points; default 200. */
  n?: number;
  /** Std of the Gaussian noise added to each coordinate, in the raw units of each generator. */
  noise?: number;
  /** Default 1. */
  seed?: number;
  /** Shift and scale each feature to mean 0, population variance 1 (default true). */
  standardize?: boolean;
}

const GATE_TARGETS: Record<GateName, number[]> = {
  and: [0, 0, 0, 1], or: [0, 1, 1, 1], nand: [1, 1, 1, 0], xor: [0, 1, 1, 0],
};

/**
 * The four points (0,0), (0,1), (1,0), (1,1) of a logic gate with targets 0/1
 * (map to ±1 with signedLabels).
 * @example logicGate('xor').y // [0, 1, 1, 0]
 */
export function logicGate(name: GateName): Dataset {
  const targets = GATE_TARGETS[name];
  if (targets === undefined) throw new Error(`logicGate: unknown gate '${String(name)}' (and, or, nand, xor)`);
  return { x: Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1), y: Float64Array.from(targets), n: 4, inputs: 2, outputs: 1 };
}

/** A copy of `data` with labels 0/1 mapped to −1/+1 (any label ≤ 0 → −1, > 0 → +1). */
export function signedLabels(data: Dataset): Dataset {
  return { ...data, x: data.x.slice(), y: data.y.map((t) => (t > 0 ? 1 : -1)) };
}

/** Per-feature standardisation in place: mean 0, population variance 1 (a constant feature is only centred). */
export function standardizeInPlace(x: Float64Array, n: number, inputs: number): void {
  for (let k = 0; k < inputs; k++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * inputs + k];
    mean /= n;
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (x[i * inputs + k] - mean) * (x[i * inputs + k] - mean);
    const std = Math.sqrt(sq / n);
    const scale = std > 0 ? 1 / std : 1;
    for (let i = 0; i < n; i++) x[i * inputs + k] = (x[i * inputs + k] - mean) * scale;
  }
}

type Generator = (x: Float64Array, y: Float64Array, n: number, noise: number, rng: Rng) => void;

/**
 * Two interleaved half circles, as sklearn.datasets.make_moons (shuffle=False): the first
 * ⌊n/2⌋ points (cos t, sin t), label 0, the rest (1 − cos t, 1 − sin t − 0.5), label 1, t evenly
 * spaced over [0, π] (linspace, endpoints included), then N(0, noise²) on each coordinate.
 */
const twoMoons: Generator = (x, y, n, noise, rng) => {
  const outer = Math.floor(n / 2);
  const inner = n - outer;
  const at = (k: number, m: number): number => (m > 1 ? (Math.PI * k) / (m - 1) : 0);
  for (let i = 0; i < n; i++) {
    const isInner = i >= outer;
    const t = isInner ? at(i - outer, inner) : at(i, outer);
    x[2 * i] = isInner ? 1 - cos(t) : cos(t);
    x[2 * i + 1] = isInner ? 1 - sin(t) - 0.5 : sin(t);
    y[i] = isInner ? 1 : 0;
  }
  for (let i = 0; i < 2 * n; i++) x[i] += noise * rng.normal();
};

/** Disc of radius 0.5 (label 1) inside a ring of radii 0.7–1 (label 0), as in TensorFlow Playground. */
const circle: Generator = (x, y, n, noise, rng) => {
  for (let i = 0; i < n; i++) {
    const inside = i % 2 === 0;
    const r = inside ? 0.5 * rng.next() : 0.7 + 0.3 * rng.next();
    const angle = 2 * Math.PI * rng.next();
    x[2 * i] = r * cos(angle) + noise * rng.normal();
    x[2 * i + 1] = r * sin(angle) + noise * rng.normal();
    y[i] = inside ? 1 : 0;
  }
};

/**
 * XOR quadrants: |x|, |y| uniform on [0.05, 1] (kept off the axes), label i mod 2 (balanced)
 * chosen first, then signs so that x·y > 0 exactly for label 1; noise after.
 */
const xor: Generator = (x, y, n, noise, rng) => {
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const sign = rng.next() < 0.5 ? 1 : -1;
    const a = sign * (0.05 + 0.95 * rng.next());
    const b = (label === 1 ? sign : -sign) * (0.05 + 0.95 * rng.next());
    x[2 * i] = a + noise * rng.normal();
    x[2 * i + 1] = b + noise * rng.normal();
    y[i] = label;
  }
};

/** Two interleaved spirals of 1.75 turns, radius 0 → 1; the second turned by π. */
const spiral: Generator = (x, y, n, noise, rng) => {
  const half = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const label = i < half ? 0 : 1;
    const k = label === 0 ? i : i - half;
    const m = label === 0 ? half : n - half;
    const r = m > 1 ? k / (m - 1) : 0;
    const t = 1.75 * 2 * Math.PI * r + label * Math.PI;
    x[2 * i] = r * cos(t) + noise * rng.normal();
    x[2 * i + 1] = r * sin(t) + noise * rng.normal();
    y[i] = label;
  }
};

/** Two isotropic Gaussian blobs centred at (−1, −1) (label 0) and (1, 1) (label 1), std = noise. */
const gaussians: Generator = (x, y, n, noise, rng) => {
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const c = label === 1 ? 1 : -1;
    x[2 * i] = c + noise * rng.normal();
    x[2 * i + 1] = c + noise * rng.normal();
    y[i] = label;
  }
};

const GENERATORS: Record<Dataset2dName, { make: Generator; noise: number }> = {
  twoMoons: { make: twoMoons, noise: 0.1 },
  circle: { make: circle, noise: 0.05 },
  xor: { make: xor, noise: 0.05 },
  spiral: { make: spiral, noise: 0.03 },
  gaussians: { make: gaussians, noise: 0.5 },
};

/**
 * A seeded 2-D binary data set, labels 0/1, standardised by default.
 * @example const data = dataset2d('twoMoons', { n: 200, noise: 0.1, seed: 1 });
 */
export function dataset2d(name: Dataset2dName, options: Dataset2dOptions = {}): Dataset {
  const gen = GENERATORS[name];
  if (gen === undefined) throw new Error(`dataset2d: unknown data set '${String(name)}'`);
  const n = options.n ?? 200;
  if (!Number.isInteger(n) || n < 2) throw new Error(`dataset2d: n must be an integer ≥ 2, got ${n}`);
  const noise = options.noise ?? gen.noise;
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new Error(`dataset2d: noise must be a finite number ≥ 0`);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  gen.make(x, y, n, noise, createRng(options.seed ?? 1));
  if (options.standardize !== false) standardizeInPlace(x, n, 2);
  return { x, y, n, inputs: 2, outputs: 1 };
}
