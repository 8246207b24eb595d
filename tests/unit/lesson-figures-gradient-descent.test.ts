/**
 * Numbers of lesson 3 (gradient-descent) that the widgets' own tests do not pin: the error factor
 * r = 1 − ηa and how many steps it takes to shrink the error.
 */
import { describe, expect, it } from 'vitest';
import { descentCurve as curveEn } from '../../src/widgets/descent-curve/strings/en';
import { descentCurve as curveKo } from '../../src/widgets/descent-curve/strings/ko';
import { descentSurface as surfaceEn } from '../../src/widgets/descent-surface/strings/en';
import { descentSurface as surfaceKo } from '../../src/widgets/descent-surface/strings/ko';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import { accuracyOverSeeds, atInit, f2, f3, lesson, spread } from '../support/lesson-figures';

const text = lesson('gradient-descent');
/** Error after k steps of gradient descent on ½a(θ − θ*)², from an error of 1. */
function errorAfter(k: number, eta: number, a: number) {
  let e = 1;
  for (let i = 0; i < k; i++) e -= eta * a * e;
  return e;
}

describe('lesson 3, gradient-descent', () => {
  it('exercise 3: at η just under 2/10 the θ₁ error (a = 1) is multiplied by 0.8; 0.8^k = 0.1 at k ≈ 10.3, so 11 steps', () => {
    const eta = 0.2 - 1e-9;
    expect(errorAfter(1, eta, 10)).toBeGreaterThan(-1); // the steep direction still (barely) converges
    expect(errorAfter(1, eta, 1)).toBeCloseTo(0.8, 8);
    expect((Math.log(0.1) / Math.log(0.8)).toFixed(1)).toBe('10.3');
    const steps = [...Array(30).keys()].find((k) => errorAfter(k, 0.2, 1) <= 0.1);
    expect(steps).toBe(11);
    expect(f3(0.8 ** 10)).toBe('0.107');
    expect(f3(0.8 ** 11)).toBe('0.0859');
    text.quoted('k \\approx 10.3', '11', '0.8^{10} \\approx 0.107', '0.8^{11} \\approx 0.086', '20%');
  });

  it('η = 0.1 on the worked example: 0.6⁹ ≈ 0.0101 still above 0.01, 0.6¹⁰ ≈ 0.006, so 10 steps', () => {
    expect(0.6 ** 9).toBeGreaterThan(0.01);
    expect(0.6 ** 10).toBeLessThan(0.01);
    text.quoted('0.6^k < 0.01');
  });
});

describe('lesson 3, the bridge to the deep sigmoid network', () => {
  it('Xavier sigmoid depth 10 at init: first/last weight-gradient ratio median 3.1×10⁻⁶ over 50 seeds', { timeout: 120_000 }, () => {
    expect(f2(spread(atInit({}, 10, 50).weight).median)).toBe('3.1×10⁻⁶');
    text.quoted('3.1×10⁻⁶', '50');
  });

  it('the sigmoid-deep lab at η = 0.05, 0.5 and 2, batch 32, 3000 steps: 50 % on each of seeds 1–10', { timeout: 600_000 }, () => {
    expect(PRESETS['sigmoid-deep'].settings.batch).toBe(32);
    for (const lr of [0.05, 0.5, 2]) {
      const [acc] = accuracyOverSeeds('sigmoid-deep', { lr }, 10, [3000]);
      expect(acc).toEqual(Array(10).fill(0.5));
    }
    text.quoted('$\\eta = 0.05$, $0.5$', '$2$', '32', '3000', '50%');
    text.quotedIn('시드 1~10', 'seeds 1–10');
  });
});

describe('lesson 3 quotes the widgets’ current labels', () => {
  it('the step button, the double well, the two-minima surface and the step-ratio readout, as the strings spell them', () => {
    expect(text.ko).toContain(`"${curveKo.step}"`);
    expect(text.en).toContain(`*${curveEn.step}*`);
    expect(curveKo.doubleWell.startsWith('두 골짜기')).toBe(true);
    text.quotedIn('두 골짜기 손실', 'the double well');
    expect(curveEn.doubleWell.startsWith('double well')).toBe(true);
    text.quotedIn(surfaceKo.twoMinima, `"${surfaceEn.twoMinima}"`);
    expect(curveKo.behaviour.bouncing).toContain('이동 폭의 비');
    expect(text.ko).toContain('이동 폭의 비가 바로 이 $r$');
    expect(curveEn.behaviour.bouncing).toContain('step ratio');
    expect(text.en).toContain('"step ratio" is this $r$');
    expect(surfaceKo.momentum.startsWith('모멘텀')).toBe(true);
    expect(text.ko).toContain('모멘텀을 켜 보세요');
  });
});
