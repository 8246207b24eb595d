import { describe, expect, it } from 'vitest';
import { contour, sampleGrid } from '../../src/widgets/descent-surface/marching-squares';
import { MOMENTUM_BETA, VALLEY_A, VALLEY_B, descend2d, surfaces } from '../../src/widgets/descent-surface/surfaces';
import { surfaceSchema } from '../../src/widgets/descent-surface/DescentSurface';

describe('marching squares', () => {
  const grid = sampleGrid((x, y) => x * x + y * y, -2, 2, -2, 2, 40, 40);
  it('traces the unit circle for f = x² + y² at level 1', () => {
    const segs = contour(grid, 1);
    expect(segs.length).toBeGreaterThan(20);
    for (const [x1, y1, x2, y2] of segs) {
      expect(Math.hypot(x1, y1)).toBeCloseTo(1, 1);
      expect(Math.abs(Math.hypot(x2, y2) - 1)).toBeLessThan(0.01);
    }
  });
  it('draws nothing for a level outside the values', () => {
    expect(contour(grid, -1)).toEqual([]);
    expect(contour(grid, 100)).toEqual([]);
  });
});

describe('gradient descent on the valley ½(θ₁² + 10θ₂²)', () => {
  it('follows (1 − ηa)^k on each axis', () => {
    const eta = 0.18;
    const { points } = descend2d(surfaces.valley, [-2.5, 1.5], eta, 0, 30);
    points.forEach(([a, b], k) => {
      expect(a).toBeCloseTo(-2.5 * (1 - eta * VALLEY_A) ** k, 12);
      expect(b).toBeCloseTo(1.5 * (1 - eta * VALLEY_B) ** k, 12);
    });
  });
  it('diverges past η = 2/10 and stops with a finite path', () => {
    const run = descend2d(surfaces.valley, [-2.5, 1.5], 0.5, 0, 200);
    expect(run.diverged).toBe(true);
    expect(run.points.length).toBeLessThan(201);
  });
});

describe('the figures quoted in the lesson', () => {
  const start: [number, number] = [surfaceSchema.s1.default, surfaceSchema.s2.default];
  const eta = Number(surfaceSchema.lr.default);
  it('momentum (β = 0.5) beats plain descent on the turned valley after 30 steps: ≈ 2.5e-5 vs ≈ 1.8e-9', () => {
    const s = surfaces.rotated;
    const plain = descend2d(s, start, eta, 0, 30).points[30];
    const heavy = descend2d(s, start, eta, MOMENTUM_BETA, 30).points[30];
    expect(s.f(...plain)).toBeCloseTo(2.5e-5, 6);
    expect(s.f(...heavy) / 1.8e-9).toBeGreaterThan(0.95);
    expect(s.f(...heavy) / 1.8e-9).toBeLessThan(1.05);
  });
  it('two minima: a start at (0.05, 1.5) ends left (≈ −1.04), at (0.1, 1.5) right (≈ 0.96); the saddle is near (0.075, 0)', () => {
    const s = surfaces.twoMinima;
    expect(descend2d(s, [0.05, 1.5], 0.05, 0, 300).points.at(-1)![0]).toBeCloseTo(-1.036, 2);
    expect(descend2d(s, [0.1, 1.5], 0.05, 0, 300).points.at(-1)![0]).toBeCloseTo(0.96, 2);
    expect(s.grad(0.0754, 0)[0]).toBeCloseTo(0, 3);
  });
  it('every surface gradient matches a central difference', () => {
    for (const s of Object.values(surfaces)) for (const [a, b] of [[-1.3, 0.7], [0.4, -0.9], [1.1, 1.6]]) {
      const h = 1e-6;
      const [ga, gb] = s.grad(a, b);
      expect(ga).toBeCloseTo((s.f(a + h, b) - s.f(a - h, b)) / (2 * h), 5);
      expect(gb).toBeCloseTo((s.f(a, b + h) - s.f(a, b - h)) / (2 * h), 5);
    }
  });
});

describe('surface presets', () => {
  it('every preset converges without diverging, and the defaults equal the turned valley preset', async () => {
    const { SURFACE_PRESETS } = await import('../../src/widgets/descent-surface/surfaces');
    for (const [name, p] of Object.entries(SURFACE_PRESETS)) {
      const s = surfaces[name as keyof typeof surfaces];
      const run = descend2d(s, [p.s1, p.s2], Number(p.lr), 0, p.steps);
      expect(run.diverged).toBe(false);
      expect(s.f(...run.points.at(-1)!)).toBeLessThan(s.f(p.s1, p.s2));
    }
    const d = SURFACE_PRESETS.rotated;
    expect([d.s1, d.s2, d.lr, d.steps]).toEqual([surfaceSchema.s1.default, surfaceSchema.s2.default, surfaceSchema.lr.default, surfaceSchema.steps.default]);
  });
});
