/**
 * The course home: the sigmoid's derivative peaks at 1/4 at z = 0, ten layers give 0.25¹⁰ ≈ 9.5×10⁻⁷,
 * tanh′(0) = 1 and ReLU′ = 1 for z > 0 — recomputed with the engine's activations and found in both twins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/engine/index.ts';

const pages = ['ko', 'en'].map((lang) => readFileSync(new URL(`../../content/pages/${lang}/home.mdx`, import.meta.url), 'utf8'));
const inBoth = (...texts: string[]) => { for (const p of pages) for (const t of texts) expect(p).toContain(t); };

describe('course home, the depth product', () => {
  it('σ′ peaks at z = 0 with 1/4, and 0.25¹⁰ ≈ 9.5×10⁻⁷ (about a millionth)', () => {
    const s = activations.sigmoid;
    expect(s.derivative(0)).toBe(0.25);
    for (const z of [-3, -1, -0.1, 0.1, 1, 3]) expect(s.derivative(z)).toBeLessThan(0.25);
    const p = 0.25 ** 10;
    expect((p / 1e-7).toFixed(1)).toBe('9.5');
    expect(Math.round(Math.log10(p))).toBe(-6);
    inBoth('0.25^{10} \\approx 9.5 \\times 10^{-7}', '1/4', '10');
  });

  it('tanh′(0) = 1 and ReLU′(z) = 1 for z > 0', () => {
    expect(activations.tanh.derivative(0)).toBe(1);
    for (const z of [0.01, 1, 10]) expect(activations.relu.derivative(z)).toBe(1);
  });

  it('the dates and citations of the opening paragraph appear in both twins', () => {
    inBoth('1986', 'Hochreiter 1991', 'Glorot & Bengio 2010', '2006', '1997', 'LSTM');
    expect(pages[1]).toContain('Bengio et al. 1994');
    expect(pages[0]).toContain('Bengio 등 1994');
  });
});
