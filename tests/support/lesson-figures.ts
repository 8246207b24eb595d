/**
 * What every tests/unit/lesson-figures-<slug>.test.ts needs: both twins of a lesson, assertions that a
 * computed figure is quoted in both, quantiles over seeds, and the number formats the prose uses.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createMlp, dataset2d, type MlpSpec } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import { PRESETS, type LabSettings } from '../../src/widgets/kit/lab/settings';
import { LabSession } from '../../src/widgets/kit/lab/session';

export type Lang = 'ko' | 'en';

/** The MDX source of one twin, with no-break spaces read as plain spaces. */
export function lessonText(slug: string, lang: Lang): string {
  return readFileSync(new URL(`../../content/lessons/${lang}/${slug}.mdx`, import.meta.url), 'utf8').replace(/\u00a0/g, ' ');
}

/** Both twins of a lesson, and assertions over them. */
export function lesson(slug: string) {
  const ko = lessonText(slug, 'ko');
  const en = lessonText(slug, 'en');
  return {
    ko,
    en,
    /** Every text appears in both twins (numbers, formulas: what does not change with the language). */
    quoted(...texts: string[]) {
      for (const t of texts) {
        expect(ko, `ko twin of ${slug}`).toContain(t);
        expect(en, `en twin of ${slug}`).toContain(t);
      }
    },
    /** A figure written differently in the two languages: `ko` in the Korean twin, `en` in the English. */
    quotedIn(koText: string, enText: string) {
      expect(ko, `ko twin of ${slug}`).toContain(koText);
      expect(en, `en twin of ${slug}`).toContain(enText);
    },
  };
}

/** Linear-interpolated quantile (p in [0, 1]). */
export function quantile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  const s = [...values].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/** Median and 10th–90th percentile, the summary every training-outcome claim over seeds gives. */
export function spread(values: number[]) {
  return { p10: quantile(values, 0.1), median: quantile(values, 0.5), p90: quantile(values, 0.9) };
}

/** The value of f for seeds 1…n. */
export const overSeeds = <T>(n: number, f: (seed: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i + 1));

/** Two significant digits, as the prose writes them: 9.5×10⁻⁷, 0.056, 9.3. */
export const f2 = (x: number) => (Math.abs(x) < 1e-3 ? formatNumber(x) : formatNumber(x, 1));
/** Three significant digits for plain numbers (0.105, 0.0177); formatNumber's two in the ×10ⁿ form. */
export const f3 = (x: number) => formatNumber(x, 2);
/** Two significant digits for LaTeX: 9.5 \times 10^{-7}. */
export const tex = (x: number, digits = 1) => {
  const e = Math.floor(Math.log10(Math.abs(x)));
  return `${(x / 10 ** e).toFixed(digits)} \\times 10^{${e}}`;
};
/** Scientific form in Unicode: 9.5×10⁻⁷ even where formatNumber would write a plain number. */
export const sci = (x: number, digits = 1) => {
  const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  const e = Math.floor(Math.log10(Math.abs(x)));
  return `${(x / 10 ** e).toFixed(digits)}×10${[...String(e)].map((c) => SUP[c]).join('')}`;
};

/** value within ±rel of target. */
export function near(value: number, target: number, rel = 0.15) {
  expect(value).toBeGreaterThan(target * (1 - rel));
  expect(value).toBeLessThan(target * (1 + rel));
}

/**
 * Gradients at initialisation over seeds 1…seeds: two moons (n points, noise 0.1), `depth` hidden layers of
 * width 16, sigmoid output + bce, data seed = net seed. Returns per seed the first/last weight- and
 * bias-gradient ratios, every layer-to-next bias ratio, and the mean dead fraction.
 */
export function atInit(over: Partial<MlpSpec>, depth: number, seeds: number, n = 200) {
  const weight: number[] = [], bias: number[] = [], perLayerBias: number[] = [], dead: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const data = dataset2d('twoMoons', { n, noise: 0.1, seed });
    const net = createMlp({
      inputs: 2, hidden: Array(depth).fill(16), activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' },
      loss: 'bce', init: 'xavier', seed, ...over,
    });
    net.lossAndGrad(data.x, data.y, data.n);
    const st = net.layerStats();
    weight.push(st[0].weightGradNorm / st[depth - 1].weightGradNorm);
    bias.push(st[0].biasGradNorm / st[depth - 1].biasGradNorm);
    for (let l = 0; l + 1 < depth; l++) perLayerBias.push(st[l].biasGradNorm / st[l + 1].biasGradNorm);
    dead.push(st.reduce((a, s) => a + s.deadFraction, 0) / depth);
  }
  return { weight, bias, perLayerBias, dead };
}

/** A lab as the page runs it: the preset's settings (with overrides), trained for `steps`. */
export function lab(preset: keyof typeof PRESETS, over: Partial<LabSettings> = {}) {
  const session = new LabSession({ ...PRESETS[preset].settings, ...over });
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  return {
    session,
    to(step: number) { session.advance(step - session.step); const m = session.measure(); return { ...m, deadMean: mean(m.dead) }; },
  };
}

/** Training accuracy of a preset lab (with overrides) for seeds 1…seeds, read at each of `steps` (ascending). */
export function accuracyOverSeeds(preset: keyof typeof PRESETS, over: Partial<LabSettings>, seeds: number, steps: number[]) {
  const out = steps.map(() => [] as number[]);
  for (let seed = 1; seed <= seeds; seed++) {
    const run = lab(preset, { ...over, seed });
    steps.forEach((s, i) => out[i].push(run.to(s).accuracy));
  }
  return out;
}
