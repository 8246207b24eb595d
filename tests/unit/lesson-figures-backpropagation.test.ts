/**
 * Every number the prose of lesson 4 (backpropagation) quotes, recomputed with the engine and checked in
 * both twins: the 2-2-1 worked example (forward, backward, one SGD step), the callout's 0.22, the
 * exercises, the cost counts, the finite-difference agreement and the four-unit chain. The widget's own
 * behaviour is tested in backprop-stepper.test.ts; here each printed figure is tied to the text.
 */
import { describe, expect, it } from 'vitest';
import { createMlp } from '../../src/engine';
import { buildNetwork, gradientCheck, sgdStep, traceOf } from '../../src/widgets/backprop-stepper/network';
import { backpropStepper as stepperEn } from '../../src/widgets/backprop-stepper/strings/en';
import { backpropStepper as stepperKo } from '../../src/widgets/backprop-stepper/strings/ko';
import { lesson } from '../support/lesson-figures';

const text = lesson('backpropagation');
/** Five significant figures, as the lesson prints them (trailing zeros kept: 0.23500, 0.013970). */
const sig5 = (v: number) => v.toPrecision(5);
/** The figure appears in both twins, with a hyphen-minus (in LaTeX) or a minus sign (in tables). */
function printed(v: number) {
  const s = sig5(v);
  for (const [lang, src] of [['ko', text.ko], ['en', text.en]] as const) {
    expect(src.includes(s) || src.includes(s.replace('-', '−')), `${s} in the ${lang} twin`).toBe(true);
  }
}

const example = { x1: 1, x2: 0.5, target: 1 };

describe('lesson 4, the 2-2-1 worked example (seed 0 of the widget)', () => {
  const net = buildNetwork(0);
  const t = traceOf(net, example);
  const [hid, out] = t.layers;
  const o = t.output[0];

  it('the weights and the input are the ones printed', () => {
    const [W1, b1, W2, b2] = net.params().map((p) => [...p.value]);
    expect([W1, b1, W2, b2]).toEqual([[0.5, -0.4, 0.3, 0.8], [0.1, -0.2], [0.9, -0.6], [0.2]]);
    text.quoted('x = (1, 0.5)', 't = 1', 'w_{11} = 0.5', 'w_{12} = -0.4', 'b_1 = 0.1', 'w_{21} = 0.3', 'w_{22} = 0.8', 'b_2 = -0.2', 'v_1 = 0.9', 'v_2 = -0.6', 'c = 0.2');
  });

  it('forward: z = 0.4 / 0.5, a = 0.59869 / 0.62246, z_o = 0.36534, o = 0.59033, L = 0.083913', () => {
    expect([...hid.z].map(sig5)).toEqual(['0.40000', '0.50000']);
    text.quoted('+ 0.1 = 0.4$', '- 0.2 = 0.5$');
    for (const v of [hid.a[0], hid.a[1], out.z[0], o, t.loss]) printed(v);
    expect(t.loss).toBeCloseTo(0.5 * (o - 1) ** 2, 15);
  });

  it('backward: o − t, σ′(z_o), δ_o and every gradient, each from the engine’s trace', () => {
    printed(o - 1);
    printed(1 - o); // 0.40967 in σ′(z_o) = 0.59033 × 0.40967
    printed(o * (1 - o));
    printed(out.delta[0]);
    expect(out.delta[0]).toBeCloseTo((o - 1) * o * (1 - o), 15);
    for (const v of out.dW) printed(v);
    expect(out.db[0]).toBe(out.delta[0]);
    for (const j of [0, 1]) {
      printed(1 - hid.a[j]); // 0.40131, 0.37754
      printed(hid.a[j] * (1 - hid.a[j])); // 0.24026, 0.23500
      printed(hid.delta[j]);
      expect(hid.db[j]).toBe(hid.delta[j]); // exercise 3: ∂L/∂b_j = δ_j
    }
    for (const v of hid.dW) printed(v);
    expect(sig5(hid.dW[1])).toBe('-0.010712');
    expect(sig5(hid.dW[3])).toBe('0.0069848');
  });

  it('the signs: δ_o < 0 (output too small), δ₁ < 0 through v₁ > 0, δ₂ > 0 through v₂ < 0; 0.59 against 1', () => {
    expect(out.delta[0]).toBeLessThan(0);
    expect(hid.delta[0]).toBeLessThan(0);
    expect(hid.delta[1]).toBeGreaterThan(0);
    expect(o.toFixed(2)).toBe('0.59');
    text.quoted('$0.59$');
  });

  it('one gradient-descent step at η = 1 lowers the loss from 0.083913 to 0.066644', () => {
    const { before, after } = sgdStep(net, example, 1);
    printed(before);
    printed(after);
    text.quoted('\\eta = 1');
  });

  it('the callout: δ_o → δ₁ multiplies by v₁σ′(z₁) = 0.9 × 0.24026 ≈ 0.22', () => {
    expect((hid.delta[0] / out.delta[0]).toFixed(2)).toBe('0.22');
    text.quoted('v_1\\,\\sigma\'(z_1) = 0.9 \\times 0.24026 \\approx 0.22');
  });

  it('exercise 1: ∂L/∂x₁ = 0.5·δ₁ + 0.3·δ₂ = −0.010712 + 0.0041909 = −0.0065207', () => {
    const dx1 = 0.5 * hid.delta[0] + 0.3 * hid.delta[1];
    printed(0.5 * hid.delta[0]);
    printed(0.3 * hid.delta[1]);
    printed(dx1);
    // the same as nudging the input itself
    const h = 1e-6;
    const loss = (x1: number) => net.loss(new Float64Array([x1, 0.5]), new Float64Array([1]), 1);
    expect((loss(1 + h) - loss(1 - h)) / (2 * h)).toBeCloseTo(dx1, 9);
  });

  it('exercise 2: with t = 0 the forward pass is unchanged and δ_o = 0.59033 × 0.24184 = 0.14277', () => {
    const t0 = traceOf(net, { ...example, target: 0 });
    expect(t0.output[0]).toBe(o);
    printed(t0.layers[1].delta[0]);
    expect(t0.layers[1].delta[0]).toBeGreaterThan(0);
  });
});

describe('lesson 4, what a gradient costs', () => {
  it('nine parameters, so central differences need 18 forward passes; a million parameters, two million', () => {
    const params = buildNetwork(0).params().reduce((a, p) => a + p.value.length, 0);
    expect(params).toBe(9);
    expect(2 * params).toBe(18);
    text.quoted('18');
    text.quotedIn('아홉 개인 위 신경망이면 18번, 백만 개이면 이백만 번', '18 for our nine parameters, two million for a network with a million');
  });

  it('the backward pass does two multiply-adds per weight against the forward pass’s one: about three forward passes in all', () => {
    expect(1 + 2).toBe(3);
    text.quotedIn('순방향 계산 세 번', 'three forward passes');
  });

  it('at h = 10⁻⁵ backprop and the central difference agree to about ten significant digits', () => {
    const checks = gradientCheck(buildNetwork(0), example, 1e-5);
    expect(checks).toHaveLength(9);
    const worst = Math.max(...checks.map((c) => c.relative));
    const best = Math.min(...checks.map((c) => c.relative));
    expect(worst).toBeLessThan(1e-9); // at least nine digits everywhere …
    expect(best).toBeGreaterThan(1e-13); // … and not the twelve or more of an exact identity
    text.quoted('h = 10^{-5}');
    text.quotedIn('유효숫자 열 자리', 'ten significant digits');
  });

  it('exercise 4: 100,000 parameters at 1 ms a pass: 2 × 100,000 passes ≈ 200 s by differences, ≈ 3 ms by backprop', () => {
    expect((2 * 100_000 * 1e-3).toFixed(0)).toBe('200');
    expect(3 * 1).toBe(3);
    text.quoted('2 \\times 100{,}000');
    text.quotedIn('약 200초', 'about 200 s');
    text.quotedIn('3밀리초', '3 ms');
  });
});

describe('lesson 4, the chain of four units', () => {
  const w = [0.5, 1, -1.5, 2];
  const net = createMlp({ inputs: 1, hidden: [1, 1, 1], activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'mse', init: 'xavier', seed: 1 });
  let k = 0;
  for (const p of net.params()) p.value.set(p.name.endsWith('weight') ? [w[k++]] : [0]);
  const t = net.trace(new Float64Array([1]), new Float64Array([1]));
  const L = t.layers;

  it('x = 1, t = 1, zero biases, w = (0.5, 1, −1.5, 2)', () => {
    expect(L).toHaveLength(4);
    text.quoted('w = (0.5, 1, -1.5, 2)', '$x = 1$', '$t = 1$');
  });

  it('the table: z_l, σ′(z_l), w_{l+1}σ′(z_l) and δ_l for l = 1…4, as the engine traces them', () => {
    expect(sig5(L[0].z[0])).toBe('0.50000');
    for (const l of [1, 2, 3]) printed(L[l].z[0]);
    const sp = L.map((u) => u.a[0] * (1 - u.a[0]));
    for (const v of sp) printed(v);
    for (const l of [0, 1, 2]) printed(w[l + 1] * sp[l]);
    for (const u of L) printed(u.delta[0]);
    // δ_4 = (a_4 − t)σ′(z_4) and δ_l = w_{l+1} σ′(z_l) δ_{l+1}: the hand recursion is the engine's backward pass
    expect(L[3].delta[0]).toBeCloseTo((L[3].a[0] - 1) * sp[3], 15);
    for (const l of [0, 1, 2]) expect(L[l].delta[0]).toBeCloseTo(w[l + 1] * sp[l] * L[l + 1].delta[0], 15);
    for (const u of L) expect(u.db[0]).toBe(u.delta[0]);
  });

  it('each factor is at most |w|/4; δ₁/δ₄ = 0.23500 × (−0.34090) × 0.39753 = −0.031847, about 3 %', () => {
    const sp = L.map((u) => u.a[0] * (1 - u.a[0]));
    for (const l of [0, 1, 2]) expect(Math.abs(w[l + 1] * sp[l])).toBeLessThanOrEqual(Math.abs(w[l + 1]) / 4);
    const ratio = L[0].delta[0] / L[3].delta[0];
    printed(ratio);
    expect(ratio).toBeCloseTo(w[1] * sp[0] * w[2] * sp[1] * w[3] * sp[2], 15);
    expect((Math.abs(ratio) * 100).toFixed(0)).toBe('3');
    text.quoted('3%', '|w_{l+1}|/4');
  });

  it('∂L/∂w_l = δ_l a_{l−1}', () => {
    for (const l of [1, 2, 3]) expect(L[l].dW[0]).toBeCloseTo(L[l].delta[0] * L[l - 1].a[0], 15);
    expect(L[0].dW[0]).toBeCloseTo(L[0].delta[0] * 1, 15);
  });
});

describe('lesson 4 quotes the stepper’s button', () => {
  it('"다음 단계" / *Next step*, as the widget strings spell it', () => {
    text.quotedIn(`"${stepperKo.next}"`, `*${stepperEn.next}*`);
  });
});
