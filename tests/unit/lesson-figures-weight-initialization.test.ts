/**
 * Every number the weight-initialization lesson (ko and en) quotes, recomputed: the measured
 * figures with the widget's own measureInit (width 256, 10 hidden layers, seed 1, batch 64 — what
 * the widget shows for those settings), the rest by the formulas the lesson derives. Each quoted
 * string must appear in both language files, so a drifting engine or prose fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// One width-256 pass takes 0.1–0.5 s on a loaded two-core machine; some tests run several.
vi.setConfig({ testTimeout: 60_000 });
import { createMlp } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import { formatValue, measureInit, type ActName, type InitName } from '../../src/widgets/init-explorer/compute';

const lesson = (lang: string) => readFileSync(new URL(`../../content/lessons/${lang}/weight-initialization.mdx`, import.meta.url), 'utf8');
const ko = lesson('ko'), en = lesson('en');
const f = (x: number) => formatValue(x, formatNumber);
/** The text must be quoted in both languages. */
function quoted(text: string) {
  expect(ko, `ko quotes ${text}`).toContain(text);
  expect(en, `en quotes ${text}`).toContain(text);
}
const at = (act: ActName, init: InitName, depth = 10) => measureInit({ act, init, width: 256, depth, seed: 1 });
/** A table row: "| <label> | a | b | c | d |" with the four measured values. */
function row(label: { ko: string; en: string }, act: ActName, init: InitName) {
  const r = at(act, init);
  const cells = [f(r.spread[0]), f(r.spread[9]), f(r.dz[0]), f(r.dz[9])].join(' | ');
  expect(ko).toContain(`| ${label.ko} | ${cells} |`);
  expect(en).toContain(`| ${label.en} | ${cells} |`);
  return r;
}

describe('weight-initialization: the worked-example table (width 256, 10 layers, seed 1)', () => {
  it('has every row as measured', () => {
    row({ ko: 'tanh, N(0, 1)', en: 'tanh, N(0, 1)' }, 'tanh', 'normal');
    row({ ko: 'tanh, N(0, 0.01²)', en: 'tanh, N(0, 0.01²)' }, 'tanh', 'tiny');
    row({ ko: 'tanh, Xavier', en: 'tanh, Xavier' }, 'tanh', 'xavier');
    row({ ko: 'ReLU, Xavier', en: 'ReLU, Xavier' }, 'relu', 'xavier');
    row({ ko: 'ReLU, He', en: 'ReLU, He' }, 'relu', 'he');
    row({ ko: '시그모이드, Xavier', en: 'sigmoid, Xavier' }, 'sigmoid', 'xavier');
  });
});

describe('weight-initialization: figures quoted in the prose', () => {
  it('tanh: 0.01 collapses (0.158 → 1×10⁻⁸, ‖∂L/∂z‖ 5.4×10⁻¹⁰), N(0,1) saturates 85 %, Xavier drifts 0.988 → 0.238', () => {
    const tiny = at('tanh', 'tiny');
    quoted(`0.158`); quoted(`$${f(tiny.spread[9]).replace('×10⁻⁸', ' \\times 10^{-8}')}$`);
    expect(f(tiny.spread[9])).toBe('1×10⁻⁸');
    expect(f(tiny.dz[0])).toBe('5.4×10⁻¹⁰');
    quoted('$5.4 \\times 10^{-10}$');
    const normal = at('tanh', 'normal');
    expect(f(normal.spread[0])).toBe('15.8');
    expect(Math.round(100 * normal.saturated[9])).toBe(85);
    quoted('85%');
    // Backward through saturated tanh grows toward the input by about 3× per layer.
    const growth = (normal.dz[0] / normal.dz[9]) ** (1 / 9);
    expect(growth).toBeGreaterThan(2.5);
    expect(growth).toBeLessThan(3.5);
    const xavier = at('tanh', 'xavier');
    quoted(`${f(xavier.spread[0])}`); quoted(`${f(xavier.spread[9])}`);
  });

  it('ReLU: Xavier 0.988 → 0.0485, He 1.4 → 1.55; backward ratios 0.0343 and 0.783; weight gradients differ by about 2×', () => {
    const x = at('relu', 'xavier'), h = at('relu', 'he');
    for (const t of [f(x.spread[0]), f(x.spread[9]), f(h.spread[0]), f(h.spread[9])]) quoted(`${t}`);
    expect(f(x.spread[9])).toBe('0.0485');
    expect(f(x.dz[0] / x.dz[9])).toBe('0.0343');
    expect(f(h.dz[0] / h.dz[9])).toBe('0.783');
    quoted('0.0343'); quoted('0.783');
    const dwRatio = x.dw[9] / x.dw[0];
    expect(dwRatio).toBeGreaterThan(1.5);
    expect(dwRatio).toBeLessThan(2.6);
    // Predicted: 2^-4.5 ≈ 0.044; He's first layer √2 ≈ 1.41.
    expect(formatNumber(2 ** -4.5, 1)).toBe('0.044');
    expect(formatNumber(Math.SQRT2, 2)).toBe('1.41');
    quoted('2^{-4.5} \\approx 0.044'); quoted('\\sqrt{2} \\approx 1.41');
    // ReLU with N(0, 1): the tenth layer's std is above 10¹⁰.
    expect(at('relu', 'normal').spread[9]).toBeGreaterThan(1e10);
    quoted('10^{10}');
  });

  it('sigmoid: forward settles near √(4/15) ≈ 0.52, backward shrinks ≈ 1/4 per layer; 0.01 keeps z at 0.0848', () => {
    expect(formatNumber(Math.sqrt(4 / 15), 1)).toBe('0.52');
    quoted('4/15'); quoted('0.52');
    const x = at('sigmoid', 'xavier');
    for (const s of x.spread.slice(1)) { expect(s).toBeGreaterThan(0.45); expect(s).toBeLessThan(0.6); }
    quoted('0.539');
    expect(f(x.spread[9])).toBe('0.539');
    expect(f(x.dz[0])).toBe('3.8×10⁻⁸');
    expect(f(x.dz[9])).toBe('0.0239');
    quoted('$3.8 \\times 10^{-8}$'); quoted('0.0239');
    const perLayer = (x.dz[0] / x.dz[9]) ** (1 / 9);
    expect(perLayer).toBeGreaterThan(0.18);
    expect(perLayer).toBeLessThan(0.3);
    const tiny = at('sigmoid', 'tiny');
    expect(f(tiny.spread[9])).toBe('0.0848');
    expect(f(tiny.dz[0])).toBe('5.2×10⁻¹⁶');
    quoted('0.0848'); quoted('$5.2 \\times 10^{-16}$');
  });

  it('hand-computed values: stds, 0.16¹⁰, Glorot uniform bound, PReLU, 2⁻²⁹', () => {
    expect(1 / 16).toBe(0.0625); quoted('1/16 = 0.0625');
    expect(256 * 0.01 ** 2).toBeCloseTo(0.0256, 15); quoted('0.0256');
    expect(formatNumber(Math.sqrt(0.0256), 1)).toBe('0.16');
    expect(formatNumber(0.16 ** 10, 2)).toBe('1.1×10⁻⁸'); quoted('0.16^{10} \\approx 1.1 \\times 10^{-8}');
    expect(formatNumber(Math.sqrt(2 / 256), 1)).toBe('0.088'); quoted('\\sqrt{2/256} \\approx 0.088');
    expect(formatNumber(2 / 768, 1)).toBe('0.0026'); quoted('2/768 \\approx 0.0026');
    expect(6 / 768).toBe(0.0078125);
    expect(formatNumber(Math.sqrt(6 / 768), 1)).toBe('0.088'); quoted('\\sqrt{0.0078125} \\approx 0.088');
    expect(1 + 0.25 ** 2).toBe(1.0625);
    expect(formatNumber(2 / (1.0625 * 256), 2)).toBe('0.00735'); quoted('0.00735');
    expect(formatNumber(Math.sqrt(2 / (1.0625 * 256)), 1)).toBe('0.086'); quoted('0.086');
    expect(1 + 0.01 ** 2).toBeCloseTo(1.0001, 15); quoted('1.0001');
    expect(formatNumber(2 ** -29, 2)).toBe('1.9×10⁻⁹'); quoted('2^{-29} \\approx 1.9 \\times 10^{-9}');
    expect(formatNumber(2 ** -14.5, 2)).toBe('4.3×10⁻⁵'); quoted('2^{-14.5} \\approx 4.3 \\times 10^{-5}');
  });

  it('exercise 3 in the widget: ReLU, 1/n, 30 layers — the variance falls by about 2⁻²⁹ (median over seeds, within 10×)', () => {
    const ratios = [1, 2, 3].map((seed) => {
      const r = measureInit({ act: 'relu', init: 'lecun', width: 128, depth: 30, seed });
      return (r.spread[29] / r.spread[0]) ** 2;
    }).sort((a, b) => a - b);
    expect(ratios[1]).toBeGreaterThan(2 ** -29 / 10);
    expect(ratios[1]).toBeLessThan(2 ** -29 * 10);
  });

  it('exercise 4: all-zero weights give ReLU hidden layers zero gradients', () => {
    const net = createMlp({ inputs: 8, hidden: [8, 8], activation: 'relu', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: { std: 0 }, seed: 1 });
    net.lossAndGrad(Float64Array.from({ length: 16 }, (_, i) => i - 8), Float64Array.of(1, 0), 2);
    for (const s of net.layerStats()) { expect(s.weightGradNorm).toBe(0); expect(s.biasGradNorm).toBe(0); }
    // The output layer: its weights get δ_out·h_Lᵀ = 0 because h = 0; only its bias gets a gradient (labels
    // that do not cancel: with one 1 and one 0 the bias gradient (½ − 1) + (½ − 0) is 0 as well).
    net.lossAndGrad(Float64Array.from({ length: 16 }, (_, i) => i - 8), Float64Array.of(1, 1), 2);
    for (const s of net.layerStats()) { expect(s.weightGradNorm).toBe(0); expect(s.biasGradNorm).toBe(0); }
    const out = net.params().filter((p) => !p.name.startsWith('hidden'));
    expect(out.map((p) => p.name).sort()).toEqual(['output.bias', 'output.weight']);
    for (const p of out) {
      const g = Array.from(p.grad);
      if (p.name === 'output.weight') expect(g.every((v) => v === 0)).toBe(true);
      else expect(g.some((v) => v !== 0)).toBe(true);
    }
  });
});

describe('weight-initialization: what libraries do by default', () => {
  it("PyTorch's kaiming_uniform_(a=√5) is U(−1/√n, 1/√n): variance 1/(3n), a third of LeCun, a sixth of He; ReLU factor 1/6 per layer", () => {
    for (const n of [2, 16, 256]) {
      // kaiming_uniform_: gain √(2/(1+a²)), std = gain/√n, bound = √3·std.
      const a = Math.sqrt(5);
      const bound = Math.sqrt(3) * Math.sqrt(2 / (1 + a * a)) / Math.sqrt(n);
      expect(bound).toBeCloseTo(1 / Math.sqrt(n), 14);
      const variance = bound ** 2 / 3;
      expect(variance * 3 * n).toBeCloseTo(1, 14);
      expect(variance / (1 / n)).toBeCloseTo(1 / 3, 14);
      expect(variance / (2 / n)).toBeCloseTo(1 / 6, 14);
      expect(n * variance * 0.5).toBeCloseTo(1 / 6, 14);
    }
    quoted('`kaiming_uniform_(a=√5)`');
    quoted('U(-1/\\sqrt{n}, 1/\\sqrt{n})');
    quoted('(1/\\sqrt{n})^2/3 = 1/(3n)');
    quoted('n \\cdot \\tfrac{1}{3n} \\cdot \\tfrac12 = \\tfrac16');
    quoted("`mode='fan_in'`"); quoted("`mode='fan_out'`");
    for (const t of [ko, en]) expect(t).toContain('id: pennington2017');
  });
});

describe('weight-initialization: the input-dependent part of z (per-unit spread across the batch, width 256, seed 1)', () => {
  /** Per layer, each unit's standard deviation of z over the 64 examples, averaged over the 256 units. */
  async function perUnit(act: ActName, init: InitName) {
    const { BATCH, engineInit, inputBatch } = await import('../../src/widgets/init-explorer/compute');
    const width = 256;
    const { x, y } = inputBatch(width, BATCH, 1);
    const net = createMlp({ inputs: width, hidden: Array(10).fill(width), activation: act, output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: engineInit(init), seed: 1 });
    net.lossAndGrad(x, y, BATCH);
    return net.layerSamples().map((l) => {
      let s = 0;
      for (let j = 0; j < width; j++) {
        let m = 0; for (let i = 0; i < BATCH; i++) m += l.z[i * width + j]; m /= BATCH;
        let q = 0; for (let i = 0; i < BATCH; i++) q += (l.z[i * width + j] - m) ** 2;
        s += Math.sqrt(q / BATCH);
      }
      return s / width;
    });
  }
  const perLayer = (v: number[]) => (v[9] / v[0]) ** (1 / 9);

  it('sigmoid + Xavier: shrinks about fourfold per layer (×≈0.23) under a pooled spread near 0.5', async () => {
    const v = await perUnit('sigmoid', 'xavier');
    expect(perLayer(v)).toBeGreaterThan(0.2);
    expect(perLayer(v)).toBeLessThan(0.27);
    expect(en).toContain('shrinks about fourfold per layer');
  });

  it('N(0, 0.01²): sigmoid ×≈0.04 per layer to 3.9×10⁻¹⁴, tanh ×≈0.16 to 1.0×10⁻⁸', async () => {
    const s = await perUnit('sigmoid', 'tiny');
    const t = await perUnit('tanh', 'tiny');
    expect(formatNumber(perLayer(s), 0)).toBe('0.04');
    expect(formatNumber(perLayer(t), 1)).toBe('0.16');
    const tx = (v: number) => { const e = Math.floor(Math.log10(v)); return `${(v / 10 ** e).toFixed(1)} \\times 10^{${e}}`; };
    expect(tx(s[9])).toBe('3.9 \\times 10^{-14}');
    expect(tx(t[9])).toBe('1.0 \\times 10^{-8}');
    quoted('$3.9 \\times 10^{-14}$'); quoted('$1.0 \\times 10^{-8}$'); quoted('0.04'); quoted('0.16');
  });
});
