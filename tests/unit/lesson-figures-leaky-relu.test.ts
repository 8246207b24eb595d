/**
 * Every number the prose of lesson 7 (leaky-relu) quotes, recomputed with the engine and the labs' presets.
 * Tolerances follow the wording: a quoted figure is the formatted value; "about a millionth" is a median
 * within [1e-7, 1e-5]; figures over fixed seeds are deterministic and get ±15 % for harmless numeric drift.
 */
import { describe, expect, it } from 'vitest';
import { activationFn, createMlp, dataset2d, type MlpNetwork } from '../../src/engine/index.ts';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import { atInit, f3 as f4, lab, lesson, near, overSeeds, quantile, spread } from '../support/lesson-figures';

describe('lesson 7, leaky-relu', () => {
  it('about 48–50 % of pre-activations are ≤ 0 at init (ReLU/He, depth 10, seeds 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const data = dataset2d('twoMoons', { n: 400, noise: 0.1, seed: 1 });
      const net = createMlp({ inputs: 2, hidden: Array(10).fill(16), activation: 'relu', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'he', seed }) as MlpNetwork;
      let off = 0, all = 0;
      for (const layer of net.layerSamples(data.x, data.n)) for (const z of layer.z) { all++; if (z <= 0) off++; }
      expect(off / all).toBeGreaterThan(0.475);
      expect(off / all).toBeLessThan(0.505);
    }
  });

  it('about a fifth of the hidden units of a depth-10 ReLU/He net are dead at init (median of 20 seeds)', () => {
    const dead = quantile(atInit({ activation: 'relu', init: 'he' }, 10, 20, 400).dead, 0.5);
    expect(dead).toBeGreaterThan(0.15);
    expect(dead).toBeLessThan(0.25);
  });

  it('relu-deep, seed 1: dead units fall from 30 % to 13 % in 300 steps', () => {
    const relu = lab('relu-deep');
    near(relu.to(0).deadMean, 0.30, 0.07);
    near(relu.to(300).deadMean, 0.13, 0.1);
  });

  it('dying-relu, seed 1: about 18 % dead at init, about 65 % after 300 steps, a whole layer dead, stuck at 50 %', () => {
    const dying = lab('dying-relu');
    near(dying.to(0).deadMean, 0.18, 0.1);
    const m = dying.to(300);
    near(m.deadMean, 0.65, 0.05);
    expect(m.dead[m.dead.length - 1]).toBe(1);           // the last hidden layer dies entirely…
    for (const g of m.gradNorms) expect(g).toBe(0);       // …so no hidden layer gets any weight gradient
    expect(dying.to(1000).accuracy).toBe(0.5);
  });

  it('the same settings with Leaky ReLU reach 100 % (seed 1); leaky-deep has no unit whose output is exactly 0', () => {
    expect(lab('dying-relu', { act: 'leakyRelu' }).to(300).accuracy).toBe(1);
    const leaky = lab('leaky-deep');
    expect(leaky.session.settings.alpha).toBe(0.01);
    expect(leaky.to(0).deadMean).toBe(0);
  });

  it('numbers of the worked example and the exercises', () => {
    expect(0.8 * 2.5 + 0.5 * 2.5).toBe(3.25);
    expect(3.25 - 3.9).toBeCloseTo(-0.65, 12);
    expect(f4(2 / (1.0625 * 16))).toBe('0.118');
    expect(1 - 1 / 1.0625).toBeCloseTo(0.06, 2);
    expect(activationFn('leakyRelu', 0.01).derivative(-3)).toBe(0.01);
  });
});


describe('lesson 7, the dying-relu / dying-leaky pair', { timeout: 120_000 }, () => {
  const text = lesson('leaky-relu');
  /** Seeds 1–10, 300 steps at learning rate 1, as the lesson's lab pair runs them. */
  const run = (preset: 'dying-relu' | 'dying-leaky') => overSeeds(10, (seed) => lab(preset, { seed }).to(300));

  it('the two presets differ only in the activation, and the lesson shows exactly this pair', () => {
    const { act: a, alpha: _a, ...relu } = PRESETS['dying-relu'].settings;
    const { act: b, alpha, ...leaky } = PRESETS['dying-leaky'].settings;
    expect([a, b, alpha]).toEqual(['relu', 'leakyRelu', 0.01]);
    expect(leaky).toEqual(relu);
    text.quoted('preset="dying-relu"', 'preset="dying-leaky"');
  });

  it('seeds 1–10: both stop at 50 % three times; median accuracy 94.5 % vs 96 %, 10th–90th 50–100 %; no leaky unit dead', () => {
    const relu = run('dying-relu');
    const leaky = run('dying-leaky');
    const pct = (x: number) => Math.round(x * 100);
    for (const r of [relu, leaky]) {
      const acc = r.map((m) => m.accuracy);
      expect(acc.filter((x) => x === 0.5).length).toBe(3);
      const s = spread(acc);
      expect([pct(s.p10), pct(s.p90)]).toEqual([50, 100]);
    }
    expect(spread(relu.map((m) => m.accuracy)).median).toBeCloseTo(0.945, 10);
    expect(pct(spread(leaky.map((m) => m.accuracy)).median)).toBe(96);
    for (const m of leaky) expect(m.deadMean).toBe(0);
    // The failures differ in kind: ReLU's have a dead last hidden layer and all-zero hidden weight gradients,
    // Leaky ReLU's diverge (the session stops with a non-finite loss).
    const reluFail = overSeeds(10, (seed) => lab('dying-relu', { seed })).filter((l) => l.to(300).accuracy === 0.5);
    for (const l of reluFail) {
      const m = l.to(300);
      expect(l.session.status).not.toBe('diverged');
      expect(m.dead[m.dead.length - 1]).toBe(1);
      for (const g of m.gradNorms) expect(g).toBe(0);
    }
    const leakyFail = overSeeds(10, (seed) => lab('dying-leaky', { seed })).filter((l) => l.to(300).accuracy === 0.5);
    for (const l of leakyFail) expect(l.session.status).toBe('diverged');
    expect(reluFail.length).toBeGreaterThan(0);
    expect(leakyFail.length).toBeGreaterThan(0);
    expect(text.en).toContain("Each of ReLU's three failures has a dead last hidden layer");
    expect(text.en).toContain("each of Leaky ReLU's three diverges");
    expect(text.ko).toContain('ReLU가 실패한 세 번은 모두 마지막 은닉층이 통째로 죽어서');
    expect(text.ko).toContain('Leaky ReLU가 실패한 세 번은 모두 발산입니다');
    // seed 1, as the lesson also says: ReLU stuck at 50 %, Leaky ReLU at 100 %
    expect([relu[0].accuracy, leaky[0].accuracy]).toEqual([0.5, 1]);
    for (const t of ['94.5%', '96%', '50–100%', '시드 1–10', '300스텝', '세 번']) expect(text.ko).toContain(t);
    for (const t of ['94.5 %', '96 %', '50–100 %', 'seeds 1–10', '300 steps', 'three times']) expect(text.en).toContain(t);
  });
});
