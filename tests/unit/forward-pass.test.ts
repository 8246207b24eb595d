import { describe, expect, it } from 'vitest';
import { activations, createMlp } from '../../src/engine';
import { defaults, readState } from '../../src/widgets/kit/url-state';
import { XOR_PRESET, ZERO_PRESET, createNet, forwardPass, schema, truthTable, writeParams } from '../../src/widgets/forward-pass/model';

const σ = activations.sigmoid.value;

describe('the forward-pass explorer', () => {
  it('writes the nine parameters into the engine network in its [out, in] order', () => {
    const net = createNet();
    writeParams(net, { ...ZERO_PRESET, h1w1: 1, h1w2: 2, h2w1: 3, h2w2: 4, h1b: 5, h2b: 6, ow1: 7, ow2: 8, ob: 9 });
    expect(net.params().map((p) => Array.from(p.value))).toEqual([[1, 2, 3, 4], [5, 6], [7, 8], [9]]);
  });

  it('matches z = Wx + b, a = σ(z) computed by hand, and the engine forward()', () => {
    const net = createNet();
    const v = { ...ZERO_PRESET, h1w1: 0.5, h1w2: -1, h2w1: 2, h2w2: 0.25, h1b: 0.1, h2b: -0.3, ow1: 1.5, ow2: -2, ob: 0.2 };
    writeParams(net, v);
    const [x1, x2] = [0.3, 0.8];
    const z1 = 0.5 * x1 - 1 * x2 + 0.1;
    const z2 = 2 * x1 + 0.25 * x2 - 0.3;
    const zo = 1.5 * σ(z1) - 2 * σ(z2) + 0.2;
    const p = forwardPass(net, x1, x2);
    expect(p.z1[0]).toBeCloseTo(z1, 12);
    expect(p.z1[1]).toBeCloseTo(z2, 12);
    expect(p.a1[1]).toBeCloseTo(σ(z2), 12);
    expect(p.z2).toBeCloseTo(zo, 12);
    expect(p.out).toBeCloseTo(σ(zo), 12);
    expect(p.out).toBe(net.forward(Float64Array.of(x1, x2), 1)[0]);
  });

  it('computes XOR with the preset (OR and NAND hidden units, AND output), with the figures the lesson quotes', () => {
    const net = createNet();
    writeParams(net, XOR_PRESET);
    const t = truthTable(net);
    expect(t.map((r) => (r.out > 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
    expect(t[2].z1).toEqual([5, 5]);
    expect(t[2].a1[0]).toBeCloseTo(0.9933, 4);
    expect(t[2].z2).toBeCloseTo(4.8661, 4);
    expect(t[2].out).toBeCloseTo(0.9924, 4);
    expect(t[0].z2).toBeCloseTo(-4.9331, 4);
    expect(t[0].out).toBeCloseTo(0.0072, 4);
  });

  it('collapses to one linear layer without the nonlinearity (the lesson’s argument)', () => {
    const net = createMlp({ inputs: 2, hidden: [2], activation: 'linear', output: { units: 1, activation: 'linear' }, loss: 'mse', init: 'xavier', seed: 3 });
    const [W1, b1, W2, b2] = net.params().map((p) => p.value);
    const w = [W2[0] * W1[0] + W2[1] * W1[2], W2[0] * W1[1] + W2[1] * W1[3]];
    const b = W2[0] * b1[0] + W2[1] * b1[1] + b2[0];
    for (const [x1, x2] of [[0, 0], [1, -2], [0.5, 3]]) expect(net.forward(Float64Array.of(x1, x2), 1)[0]).toBeCloseTo(w[0] * x1 + w[1] * x2 + b, 12);
  });

  it('defaults to the XOR preset and rejects out-of-range weights from a link', () => {
    const d = defaults(schema);
    for (const [k, v] of Object.entries(XOR_PRESET)) expect(d[k as keyof typeof d]).toBe(v);
    expect(readState('fp', schema, '?fp-ow1=21&fp-x1=2&fp-sel=evil').ow1).toBe(XOR_PRESET.ow1);
    expect(readState('fp', schema, '?fp-ow1=-3.5&fp-sel=ob')).toMatchObject({ ow1: -3.5, sel: 'ob' });
  });
});
