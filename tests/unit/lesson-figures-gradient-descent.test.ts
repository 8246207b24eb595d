/**
 * Numbers of lesson 3 (gradient-descent) that the widgets' own tests do not pin: the error factor
 * r = 1 − ηa and how many steps it takes to shrink the error.
 */
import { describe, expect, it } from 'vitest';
import { f3, lesson } from '../support/lesson-figures';

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
