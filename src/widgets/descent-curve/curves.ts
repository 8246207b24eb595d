/**
 * One-parameter losses and plain gradient descent on them, θ ← θ − η L′(θ). Pure functions, shared
 * by the DescentCurve island, its build-time tables and the tests.
 */

export type CurveName = 'quadratic' | 'doubleWell';

export interface Curve {
  name: CurveName;
  /** L(θ). */
  f(theta: number): number;
  /** L′(θ). */
  df(theta: number): number;
  /** The θ range the widget draws and lets the reader pick a start in. */
  domain: [number, number];
  /** The L range drawn. */
  range: [number, number];
}

/** Curvature a and minimiser θ* of the quadratic L = (a/2)(θ − θ*)². */
export const QUAD_A = 1;
export const QUAD_MIN = 1;

/** Tilt of the double well L = (θ² − 1)²/4 + 0.3θ: the left minimum is the deeper one. */
const TILT = 0.3;

export const curves: Record<CurveName, Curve> = {
  quadratic: {
    name: 'quadratic',
    f: (t) => 0.5 * QUAD_A * (t - QUAD_MIN) ** 2,
    df: (t) => QUAD_A * (t - QUAD_MIN),
    domain: [-3, 3],
    range: [-0.5, 8.5],
  },
  doubleWell: {
    name: 'doubleWell',
    f: (t) => (t * t - 1) ** 2 / 4 + TILT * t,
    df: (t) => t * t * t - t + TILT,
    domain: [-2.5, 2.5],
    range: [-0.8, 3],
  },
};

/** Learning rates on the slider: roughly logarithmic below 1, denser around 1/a and 2/a. */
export const LEARNING_RATES = [
  '0.01', '0.02', '0.03', '0.05', '0.07', '0.1', '0.15', '0.2', '0.3', '0.4', '0.5', '0.7', '0.9',
  '1', '1.1', '1.3', '1.5', '1.7', '1.9', '2', '2.1', '2.2', '2.5',
] as const;

/** |θ| beyond this (or a non-finite value) counts as diverged and stops the run. */
export const DIVERGE_BOUND = 1000;
/** Longest path the widget keeps. */
export const MAX_STEPS = 200;

/**
 * θ₀, θ₁, …, θ_k of gradient descent; stops early (after the offending value) once it diverges.
 * @example descend(curves.quadratic, -2, 0.5, 2) // [-2, -0.5, 0.25]
 */
export function descend(curve: Curve, theta0: number, eta: number, steps: number): number[] {
  const path = [theta0];
  let t = theta0;
  for (let k = 0; k < steps; k++) {
    t = t - eta * curve.df(t);
    path.push(t);
    if (diverged(t)) break;
  }
  return path;
}

/** True once an iterate is non-finite or beyond DIVERGE_BOUND. */
export function diverged(theta: number): boolean {
  return !Number.isFinite(theta) || Math.abs(theta) > DIVERGE_BOUND;
}

/**
 * θ_k on the quadratic in closed form: θ_k − θ* = (1 − ηa)^k (θ₀ − θ*).
 * @example quadraticIterate(-2, 0.5, 2) === 0.25
 */
export function quadraticIterate(theta0: number, eta: number, k: number): number {
  return QUAD_MIN + (1 - eta * QUAD_A) ** k * (theta0 - QUAD_MIN);
}

export type Behaviour = 'converged' | 'converging' | 'slow' | 'oscillating' | 'bouncing' | 'diverging' | 'diverged';

export interface Verdict {
  behaviour: Behaviour;
  /** Ratio of the next step to the one before it (1 − ηa on the quadratic); NaN when not defined. */
  ratio: number;
}

/**
 * What descent is doing at θ: two look-ahead steps d₁, d₂ and their ratio r = d₂/d₁. On the
 * quadratic r = 1 − ηa exactly, so 0 < r < 1 converges, −1 < r < 0 oscillates and converges,
 * r = −1 bounces for ever, |r| > 1 diverges.
 */
export function classify(curve: Curve, theta: number, eta: number): Verdict {
  if (diverged(theta)) return { behaviour: 'diverged', ratio: NaN };
  const d1 = -eta * curve.df(theta);
  const t1 = theta + d1;
  const d2 = -eta * curve.df(t1);
  if (Math.abs(d1) < 1e-9 && Math.abs(d2) < 1e-9) return { behaviour: 'converged', ratio: NaN };
  const ratio = d2 / d1;
  if (!Number.isFinite(ratio)) return { behaviour: 'diverging', ratio };
  if (Math.abs(ratio) > 1 + 1e-9) return { behaviour: 'diverging', ratio };
  if (ratio < 0) return { behaviour: Math.abs(ratio) > 1 - 1e-9 ? 'bouncing' : 'oscillating', ratio };
  return { behaviour: ratio > 0.9 ? 'slow' : 'converging', ratio };
}
