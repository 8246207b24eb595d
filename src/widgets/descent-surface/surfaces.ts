/**
 * Two-parameter losses and gradient descent with optional heavy-ball momentum (Polyak 1964):
 * v ← βv + ∇L(θ), θ ← θ − ηv; β = 0 is plain gradient descent. Pure functions.
 */

export type SurfaceName = 'valley' | 'rotated' | 'banana' | 'twoMinima';
export type Vec = [number, number];

export interface Surface {
  name: SurfaceName;
  f(t1: number, t2: number): number;
  grad(t1: number, t2: number): Vec;
  /** Drawn region: [θ1 min, θ1 max, θ2 min, θ2 max]. */
  box: [number, number, number, number];
  /** Contour levels, low to high. */
  levels: number[];
}

/** Curvatures of the narrow valley L = ½(a θ1² + b θ2²): condition number b/a = 10. */
export const VALLEY_A = 1;
export const VALLEY_B = 10;
/** The rotated valley is the same bowl turned by 30°. */
const ANGLE = Math.PI / 6;
const C = Math.cos(ANGLE), S = Math.sin(ANGLE);
/** Rosenbrock-like banana (1 − θ1)² + B(θ2 − θ1²)², with a milder B than the classic 100. */
const BANANA_B = 10;

const geometric = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo * (hi / lo) ** (i / (n - 1)));

export const surfaces: Record<SurfaceName, Surface> = {
  valley: {
    name: 'valley',
    f: (a, b) => 0.5 * (VALLEY_A * a * a + VALLEY_B * b * b),
    grad: (a, b) => [VALLEY_A * a, VALLEY_B * b],
    box: [-3, 3, -2, 2],
    levels: geometric(0.02, 20, 12),
  },
  rotated: {
    name: 'rotated',
    f: (a, b) => { const u = C * a + S * b, w = -S * a + C * b; return 0.5 * (VALLEY_A * u * u + VALLEY_B * w * w); },
    grad: (a, b) => {
      const u = C * a + S * b, w = -S * a + C * b;
      const gu = VALLEY_A * u, gw = VALLEY_B * w;
      return [C * gu - S * gw, S * gu + C * gw];
    },
    box: [-3, 3, -2, 2],
    levels: geometric(0.02, 20, 12),
  },
  banana: {
    name: 'banana',
    f: (a, b) => (1 - a) ** 2 + BANANA_B * (b - a * a) ** 2,
    grad: (a, b) => [-2 * (1 - a) - 4 * BANANA_B * a * (b - a * a), 2 * BANANA_B * (b - a * a)],
    box: [-2, 2, -1, 3],
    levels: geometric(0.02, 60, 13),
  },
  twoMinima: {
    name: 'twoMinima',
    f: (a, b) => (a * a - 1) ** 2 + 0.3 * a + b * b,
    grad: (a, b) => [4 * a * (a * a - 1) + 0.3, 2 * b],
    box: [-2, 2, -1.6, 1.6],
    levels: [-0.25, -0.1, 0.1, 0.3, 0.6, 1, 1.6, 2.5, 4, 6, 9],
  },
};

/** Learning rates on the slider (log-like spacing). */
export const SURFACE_RATES = [
  '0.001', '0.002', '0.005', '0.01', '0.02', '0.03', '0.05', '0.07', '0.1', '0.12', '0.15', '0.18', '0.19', '0.2', '0.21', '0.25', '0.3', '0.5', '1',
] as const;
/** β of the momentum toggle: damps the zig-zag of the default valley (see the lesson). */
export const MOMENTUM_BETA = 0.5;
/** ‖θ‖ beyond this, or a non-finite value, counts as diverged. */
export const SURFACE_BOUND = 1000;

export interface Path2d { points: Vec[]; diverged: boolean }

/**
 * θ₀ … θ_k of (momentum) gradient descent; stops after the first diverged iterate.
 * @example descend2d(surfaces.valley, [2, 1], 0.1, 0, 3).points.length === 4
 */
export function descend2d(surface: Surface, start: Vec, eta: number, beta: number, steps: number): Path2d {
  const points: Vec[] = [[start[0], start[1]]];
  let [a, b] = start, va = 0, vb = 0;
  for (let k = 0; k < steps; k++) {
    const [ga, gb] = surface.grad(a, b);
    va = beta * va + ga;
    vb = beta * vb + gb;
    a -= eta * va;
    b -= eta * vb;
    points.push([a, b]);
    if (!Number.isFinite(a) || !Number.isFinite(b) || Math.hypot(a, b) > SURFACE_BOUND) return { points, diverged: true };
  }
  return { points, diverged: false };
}

/** What choosing a surface loads: a start, learning rate and step count that show its character. */
export const SURFACE_PRESETS: Record<SurfaceName, { s1: number; s2: number; lr: (typeof SURFACE_RATES)[number]; steps: number }> = {
  valley: { s1: -2.5, s2: -1, lr: '0.18', steps: 30 },
  rotated: { s1: -2.5, s2: -1, lr: '0.18', steps: 30 },
  banana: { s1: -1.5, s2: 1.5, lr: '0.01', steps: 200 },
  twoMinima: { s1: 0.05, s2: 1.5, lr: '0.05', steps: 100 },
};
