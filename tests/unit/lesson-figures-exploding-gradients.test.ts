/**
 * Every number the prose of lesson 11 (exploding-gradients) quotes, recomputed with the engine and
 * the widget's own run, and looked up in both MDX files so the prose cannot drift from the engine.
 * Late-run figures (after a few hundred chaotic steps) are stated in the prose as ranges or counts
 * with margins, because the last bits of Math.exp/log1p differ between JavaScript engines and
 * clipped SGD amplifies them; early-step figures are exact.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Sgd, activations, Trainer, dataset2d } from '../../src/engine';
import { DEFAULTS, ExplodingRun, MAX_STEPS, SETUP, specOf, type Settings } from '../../src/widgets/exploding-gradients/run';

const prose = ['ko', 'en'].map((lang) => readFileSync(new URL(`../../content/lessons/${lang}/exploding-gradients.mdx`, import.meta.url), 'utf8'));
const inBoth = (...texts: string[]) => { for (const t of texts) for (const p of prose) expect(p).toContain(t); };
const sd = activations.sigmoid.derivative;
/** Two significant digits as the prose writes them: 9.5 \times 10^{13}. */
const sci = (x: number) => { const e = Math.floor(Math.log10(x)); return `${(x / 10 ** e).toFixed(1)} \\times 10^{${e}}`; };
const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
/** The same in the prose tables' plain text: 9.4×10¹². */
const uni = (x: number) => { const e = Math.floor(Math.log10(x)); return `${(x / 10 ** e).toFixed(1)}×10${[...String(e)].map((c) => SUP[c]).join('')}`; };
const deg = (y: number, x: number) => (Math.atan2(y, x) * 180) / Math.PI;
const full = (s: Partial<Settings>) => { const r = new ExplodingRun({ ...DEFAULTS, ...s }); r.run(MAX_STEPS); return r; };
const seeds = Array.from({ length: 10 }, (_, i) => i + 1);

describe('lesson 11: Nielsen’s chain and unstable factors', { timeout: 60_000 }, () => {
  it('w = 100 at z = 0: b = −50, factor 25, 25³ = 15625, 25¹⁰ ≈ 9.5e13, mirror of 0.25¹⁰ ≈ 9.5e-7', () => {
    expect(100 * sd(0)).toBe(25);
    expect(-100 * activations.sigmoid.value(0)).toBe(-50);
    expect(25 ** 3).toBe(15625);
    expect(sci(25 ** 10)).toBe('9.5 \\times 10^{13}');
    expect(sci(0.25 ** 10)).toBe('9.5 \\times 10^{-7}');
    // ten neurons: ∂C/∂b₁ / ∂C/∂b₁₀ has nine factors of 25
    expect(sci(25 ** 9)).toBe('3.8 \\times 10^{12}');
    inBoth('25^9 \\approx 3.8 \\times 10^{12}', 'b_1 = -100x');
    expect(25 ** 10 / 0.25 ** 10).toBeCloseTo(1e20, -6);
    inBoth('w = 100', '-50', '15625', '25^{10} \\approx 9.5 \\times 10^{13}', '0.25^{10} \\approx 9.5 \\times 10^{-7}', '10^{20}');
  });

  it('the same w = 100 at z = 4 and 6: 1.77 and 0.25; factor ≥ 1 only for |z| < 4.58', () => {
    expect((100 * sd(4)).toFixed(2)).toBe('1.77');
    expect((100 * sd(6)).toFixed(2)).toBe('0.25');
    let lo = 0, hi = 10; // bisection for 100·σ′(z) = 1
    for (let i = 0; i < 60; i++) { const m = (lo + hi) / 2; if (100 * sd(m) >= 1) lo = m; else hi = m; }
    expect(lo.toFixed(2)).toBe('4.58');
    inBoth('\\sigma\'(4) \\approx 1.77', '\\sigma\'(6) \\approx 0.25', '4.58');
  });

  it('ReLU with N(0, 1) at width 16: variance factor 16·1/2 = 8, magnitude √8 ≈ 2.8; He makes it 1', () => {
    expect((16 * 1) / 2).toBe(8);
    expect(Math.sqrt(8).toFixed(1)).toBe('2.8');
    expect(16 * (2 / 16) / 2).toBe(1);
    inBoth('16 \\times 1 / 2 = 8', '\\sqrt{8} \\approx 2.8');
  });
});

describe('lesson 11: the blow-up, measured', { timeout: 60_000 }, () => {
  it('at step 0 the first hidden layer gets about the smallest weight gradient (within 1 % of the least),  first/last 0.075 (seed 1)', () => {
    const at0 = (init: 'normal') => { const r = new ExplodingRun({ ...DEFAULTS, init }); r.run(1); return r.records[0].layers.slice(0, SETUP.depth); };
    const normal = at0('normal');
    expect(normal[0]).toBeLessThan(Math.min(...normal) * 1.01);
    const ratio = (l: number[]) => l[0] / l[l.length - 1];
    expect(ratio(normal).toFixed(3)).toBe('0.075');
    inBoth('0.075');
    // The same nets on the whole data set (one batch of 400): 0.068 with N(0, 1) and with He — a bias-free
    // ReLU net is positively homogeneous, so the common weight scale cancels in the ratio.
    const whole = (init: 'normal' | 'he') => {
      const r = new ExplodingRun({ ...DEFAULTS, init });
      const d = r.data;
      r.network.lossAndGrad(d.x, d.y, d.n);
      const st = r.network.layerStats();
      return (st[0].weightGradNorm / st[SETUP.depth - 1].weightGradNorm).toFixed(3);
    };
    expect(whole('normal')).toBe('0.068');
    expect(whole('he')).toBe('0.068');
    inBoth('0.068');
  });

  it('table: ‖∂L/∂W₁‖ 1.7e3 → 9.4e12 → 4.1e61 → ∞ and ‖g‖ 3.5e4 → 2.4e13 → 9.2e71 → ∞; the Trainer says diverged at step 3', () => {
    const run = full({});
    expect(run.divergedAt).toBe(3);
    const w1 = run.records.map((r) => r.layers[0]);
    const g = run.records.map((r) => r.norm);
    expect(w1.slice(0, 3).map(sci)).toEqual(['1.7 \\times 10^{3}', '9.4 \\times 10^{12}', '4.1 \\times 10^{61}']);
    expect(g.slice(0, 3).map(sci)).toEqual(['3.5 \\times 10^{4}', '2.4 \\times 10^{13}', '9.2 \\times 10^{71}']);
    expect(w1[3]).toBe(Infinity);
    expect(g[3]).toBe(Infinity);
    inBoth(`| ${w1.slice(0, 3).map(uni).join(' | ')} | ∞ |`, `| ${g.slice(0, 3).map(uni).join(' | ')} | ∞ |`, '$3.5 \\times 10^4$');
    const t = new Trainer({ spec: specOf(DEFAULTS), data: dataset2d('twoMoons', { n: SETUP.points, noise: SETUP.noise, seed: 1 }),
      batchSize: SETUP.batch, optimizer: new Sgd({ learningRate: 0.01 }), statsEvery: 0, seed: 1 });
    t.run(100);
    expect(t.status).toBe('diverged');
    expect(t.divergedAt).toBe(3);
    inBoth('`diverged`', '| ∞ |');
  });

  it('2,513 parameters of norm ≈ 49; the first step is ≈ 353 long, about seven times that', () => {
    const run = new ExplodingRun(DEFAULTS);
    const params = run.network.params();
    expect(params.reduce((a, p) => a + p.value.length, 0)).toBe(2513);
    const norm = Math.sqrt(params.reduce((a, p) => a + p.value.reduce((b, v) => b + v * v, 0), 0));
    expect(Math.round(norm)).toBe(49);
    run.next();
    const step = 0.01 * run.records[0].norm;
    expect(Math.round(step)).toBe(353);
    expect(Math.round(step / norm)).toBe(7);
    inBoth('2,513', '49', '353');
  });

  it('lr 0.001, seeds 1–10: seven diverge at steps 3–5 (seed 3 at 5); seeds 1, 4, 8 end with every hidden gradient exactly 0 at 50 %', () => {
    const runs = seeds.map((seed) => full({ lr: '0.001', seed }));
    const diverged = runs.filter((r) => r.status === 'diverged');
    expect(diverged).toHaveLength(7);
    expect(Math.min(...diverged.map((r) => r.divergedAt!))).toBe(3);
    expect(Math.max(...diverged.map((r) => r.divergedAt!))).toBe(5);
    expect(runs[2].divergedAt).toBe(5);
    const silent = runs.filter((r) => r.status === 'done').map((r) => r.settings.seed);
    expect(silent).toEqual([1, 4, 8]);
    for (const s of silent) {
      expect(runs[s - 1].hiddenSilent()).toBe(true);
      expect(runs[s - 1].accuracy()).toBe(0.5);
    }
  });
});

describe('lesson 11: clipping', { timeout: 60_000 }, () => {
  it('(10, 0.5) with c = 1: ‖g‖ ≈ 10.01 → (0.999, 0.050) at 2.9°; value clipping (1, 0.5) at 26.6°', () => {
    const n = Math.hypot(10, 0.5);
    expect(n * n).toBeCloseTo(100.25, 12);
    expect(n.toFixed(2)).toBe('10.01');
    expect([(10 / n).toFixed(3), (0.5 / n).toFixed(3)]).toEqual(['0.999', '0.050']);
    expect(deg(0.5, 10).toFixed(1)).toBe('2.9');
    expect(deg(0.5, 1).toFixed(1)).toBe('26.6');
    inBoth('\\sqrt{100.25} \\approx 10.01', '(0.999, 0.050)', '2.9°', '26.6°', '(1, 0.5)');
  });

  it('exercise 2: (3, 4) → (0.6, 0.8); value clipping (1, 1), √2 ≈ 1.41, 53.1° → 45°; exercise 3: 100 steps', () => {
    expect([3 / 5, 4 / 5]).toEqual([0.6, 0.8]);
    expect(Math.SQRT2.toFixed(2)).toBe('1.41');
    expect(deg(4, 3).toFixed(1)).toBe('53.1');
    expect(deg(1, 1)).toBeCloseTo(45, 12);
    expect(Math.round(1 / (0.01 * 1))).toBe(100);
    inBoth('(0.6, 0.8)', '(1, 1)', '1.41', '53.1°', '45°', '100');
  });

  it('c = 1: every seed 1–10 stays finite for 400 steps, they end at 70–97 % (median 91 %); without clipping 8 of 10 diverge by step 4', () => {
    const clipped = seeds.map((seed) => full({ clip: '1', seed }));
    expect(clipped.every((r) => r.status === 'done')).toBe(true);
    const acc = clipped.map((r) => r.accuracy());
    const pct = (x: number) => Math.round(x * 100);
    expect([pct(Math.min(...acc)), pct(Math.max(...acc))]).toEqual([70, 97]);
    const sorted = [...acc].sort((x, y) => x - y);
    expect(pct((sorted[4] + sorted[5]) / 2)).toBe(91);
    const plain = seeds.map((seed) => full({ seed }));
    const diverged = plain.filter((r) => r.status === 'diverged');
    expect(diverged).toHaveLength(8);
    expect(Math.max(...diverged.map((r) => r.divergedAt!))).toBe(4);
    inBoth('70–97', '91');
  });

  it('seed 1, c = 1: clipped in more than 390 of 400 steps; in the last 100 steps ‖g‖ before clipping is mostly above 1000; bound η·c = 0.01', () => {
    const run = full({ clip: '1' });
    expect(run.clippedCount()).toBeGreaterThan(390);
    expect(run.records.slice(-100).filter((r) => r.norm > 1000).length).toBeGreaterThan(70);
    expect(Math.max(...run.records.map((r) => 0.01 * r.used))).toBeLessThanOrEqual(0.01 + 1e-15);
    inBoth('390', '1,000');
  });

  it('He initialisation, no clipping: first ‖g‖ ≈ 1.0 (seed 1); all of seeds 1–10 above 85 % after 400 steps', () => {
    const runs = seeds.map((seed) => full({ init: 'he', seed }));
    expect(runs[0].records[0].norm.toFixed(1)).toBe('1.0');
    expect(runs.every((r) => r.status === 'done' && r.accuracy() > 0.85)).toBe(true);
    inBoth('1.0', '85');
  });

  it('seed 1, c = 100 clips only 40 steps, all early; c = 0.1 clips all 400 (steps ≤ 0.001)', () => {
    const big = full({ clip: '100' });
    expect(big.clippedCount()).toBe(40);
    expect(Math.max(...big.records.filter((r) => r.clipped).map((r) => r.step))).toBeLessThan(100);
    const small = full({ clip: '0.1' });
    expect(small.clippedCount()).toBe(400);
    expect(0.01 * 0.1).toBeCloseTo(0.001, 15);
    inBoth('c = 100', '40', 'c = 0.1', '0.001', '0.01 \\times 100 = 1');
  });
});

describe("exploding-gradients: Pascanu et al.'s condition for recurrent nets", () => {
  it('γ bounds the derivative: 1 for tanh, 1/4 for the sigmoid (both at 0), so the sigmoid threshold 1/γ is 4', () => {
    const grid = Array.from({ length: 2001 }, (_, i) => -10 + i / 100);
    const max = (f: (x: number) => number) => Math.max(...grid.map(f));
    expect(max(activations.tanh.derivative)).toBe(activations.tanh.derivative(0));
    expect(activations.tanh.derivative(0)).toBe(1);
    expect(max(sd)).toBe(sd(0));
    expect(sd(0)).toBe(0.25);
    expect(1 / sd(0)).toBe(4);
    inBoth('$\\gamma = 1$', '$\\gamma = 1/4$', '\\lambda_1 < 1/\\gamma', '\\lambda_1 > 1/\\gamma', '\\lambda_1 \\gamma < 1', '$1/\\gamma = 4$');
    expect(prose[0]).toContain('소실의 **충분조건**');
    expect(prose[0]).toContain('폭주의 **필요조건**');
    expect(prose[1]).toContain('**sufficient** for vanishing');
    expect(prose[1]).toContain('**necessary** for exploding');
  });
});
