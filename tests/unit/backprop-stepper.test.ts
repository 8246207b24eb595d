import { describe, expect, it } from 'vitest';
import { createMlp, type MlpSpec } from '../../src/engine';
import { LESSON_WEIGHTS, buildNetwork, gradientCheck, sgdStep, traceOf } from '../../src/widgets/backprop-stepper/network';
import { buildSteps, markup } from '../../src/widgets/backprop-stepper/steps';

const example = { x1: 1, x2: 0.5, target: 1 };
/** Five significant figures, as printed in the lesson. */
const sig5 = (v: number) => Number(v.toPrecision(5));

describe('the worked example of the backprop lesson (seed 0)', () => {
  const net = buildNetwork(0);
  const t = traceOf(net, example);
  const [hid, out] = t.layers;
  it('forward: z, a, o and L as printed in both languages', () => {
    expect([...hid.z].map(sig5)).toEqual([0.4, 0.5]);
    expect([...hid.a].map(sig5)).toEqual([0.59869, 0.62246]);
    expect(sig5(out.z[0])).toBe(0.36534);
    expect(sig5(t.output[0])).toBe(0.59033);
    expect(sig5(t.loss)).toBe(0.083913);
  });
  it('backward: every δ and gradient as printed', () => {
    expect(sig5(out.delta[0])).toBe(-0.099074);
    expect([...out.dW].map(sig5)).toEqual([-0.059314, -0.061669]);
    expect([...hid.delta].map(sig5)).toEqual([-0.021423, 0.01397]);
    expect([...hid.dW].map(sig5)).toEqual([-0.021423, -0.010712, 0.01397, 0.0069848]);
    expect(sig5(hid.a[0] * (1 - hid.a[0]))).toBe(0.24026);
    expect(sig5(hid.a[1] * (1 - hid.a[1]))).toBe(0.235);
    expect(sig5(t.output[0] * (1 - t.output[0]))).toBe(0.24184);
  });
  it('hand formulas agree with the engine: δ_o = (o − t)o(1 − o), δ_j = v_j δ_o a_j(1 − a_j), ∂L/∂w_jk = δ_j x_k', () => {
    const o = t.output[0];
    expect(out.delta[0]).toBeCloseTo((o - 1) * o * (1 - o), 14);
    for (const j of [0, 1]) {
      expect(hid.delta[j]).toBeCloseTo(LESSON_WEIGHTS['output.weight'][j] * out.delta[0] * hid.a[j] * (1 - hid.a[j]), 14);
      expect(hid.dW[2 * j + 1]).toBeCloseTo(hid.delta[j] * 0.5, 14);
    }
  });
  it('one SGD step with η = 1 lowers the loss from 0.083913 to 0.066644', () => {
    const { before, after } = sgdStep(net, example, 1);
    expect(sig5(before)).toBe(0.083913);
    expect(sig5(after)).toBe(0.066644);
    expect(traceOf(net, example).loss).toBe(before); // the network is left unchanged
  });
  it('exercise 2: with t = 0, δ_o = 0.14277', () => {
    expect(sig5(traceOf(net, { ...example, target: 0 }).layers[1].delta[0])).toBe(0.14277);
  });
});

describe('the stepper script', () => {
  it('has 14 steps whose results are the engine lossAndGrad gradients', () => {
    const net = buildNetwork(0);
    const [W1, b1, W2, b2] = net.params().map((p) => p.value);
    const steps = buildSteps(traceOf(net, example), W1, b1, W2, b2[0]);
    expect(steps).toHaveLength(14);
    const found = new Map(steps.flatMap((s) => s.results));
    net.lossAndGrad(new Float64Array([1, 0.5]), new Float64Array([1]), 1);
    const [gW1, gb1, gW2, gb2] = net.params().map((p) => p.grad);
    expect(found.get('∂L/∂w_{11}')).toBe(gW1[0]);
    expect(found.get('∂L/∂w_{22}')).toBe(gW1[3]);
    expect(found.get('∂L/∂b_{2}')).toBe(gb1[1]);
    expect(found.get('∂L/∂v_{2}')).toBe(gW2[1]);
    expect(found.get('∂L/∂c')).toBe(gb2[0]);
    expect(steps.slice(0, 7).every((s) => s.phase === 'forward')).toBe(true);
    expect(steps.slice(7).every((s) => s.phase === 'backward')).toBe(true);
  });

  it('splits sub- and superscripts', () => {
    expect(markup('∂L/∂w_{11} = δ_{1} x^{2}')).toEqual([
      { text: '∂L/∂w', kind: 'plain' }, { text: '11', kind: 'sub' }, { text: ' = δ', kind: 'plain' },
      { text: '1', kind: 'sub' }, { text: ' x', kind: 'plain' }, { text: '2', kind: 'sup' },
    ]);
  });
});

describe('gradient check and seeds', () => {
  it.each([0, 1, 2, 7])('seed %i: backprop equals the central difference to 1e-7 relative', (seed) => {
    const checks = gradientCheck(buildNetwork(seed), { x1: -0.7, x2: 1.3, target: 0.2 });
    expect(checks).toHaveLength(9);
    for (const c of checks) expect(c.relative).toBeLessThan(1e-7);
  });
  it('seeds other than 0 are the engine’s Xavier init for that seed', () => {
    const spec: MlpSpec = { inputs: 2, hidden: [2], activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'mse', init: 'xavier', seed: 5 };
    expect(buildNetwork(5).params().map((p) => [...p.value])).toEqual(createMlp(spec).params().map((p) => [...p.value]));
  });
});
