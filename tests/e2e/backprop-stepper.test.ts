import { describe, expect, it } from 'vitest';
import { createMlp, type MlpSpec } from '../../src/engine';
import { formatNumber } from '../../src/widgets/kit/format';
import { LESSON_WEIGHTS } from '../../src/widgets/backprop-stepper/network';
import { useSite } from '../support/site';
import { hydrateAll } from '../support/browser';

const env = useSite();
/** Polls a figure with room for a loaded machine (the default is 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** The engine in Node, independently of the widget: the lesson's weights, lossAndGrad, one SGD step. */
function engineFigures(x: [number, number], t: number, eta: number) {
  const spec: MlpSpec = { inputs: 2, hidden: [2], activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'mse', init: 'xavier', seed: 1 };
  const net = createMlp(spec);
  for (const p of net.params()) p.value.set(LESSON_WEIGHTS[p.name as keyof typeof LESSON_WEIGHTS]);
  const X = new Float64Array(x), Y = new Float64Array([t]);
  const before = net.lossAndGrad(X, Y, 1);
  const grads = net.params().flatMap((p) => [...p.grad].map((g, i) => ({ key: `${p.name}[${i}]`, g })));
  for (const p of net.params()) for (let i = 0; i < p.value.length; i++) p.value[i] -= eta * p.grad[i];
  return { before, after: net.loss(X, Y, 1), grads };
}

/** Parses formatNumber output back to a number (handles −, ×10ⁿ). */
function parse(text: string): number {
  const sup: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
  const [m, e] = text.trim().replace(/−/g, '-').split('×10');
  return Number(m) * 10 ** (e ? Number([...e].map((c) => sup[c]).join('')) : 0);
}

async function stepToEnd(page: import('playwright-core').Page, nextName: string) {
  const next = page.getByRole('button', { name: nextName });
  await next.focus();
  for (let i = 0; i < 14; i++) await page.keyboard.press('Enter');
  await poll(() => next.isDisabled()).toBe(true);
}

describe('the backprop stepper (lesson 4)', () => {
  it('stepping to the end shows the engine’s lossAndGrad gradients, and the SGD step the engine’s loss', async () => {
    const { page, problems } = await env.open(`en/backpropagation/`);
    await stepToEnd(page, 'Next step');
    const { grads, before, after } = engineFigures([1, 0.5], 1, 1);
    const widget = page.locator('[data-widget="backprop-stepper"]');
    for (const { key, g } of grads) {
      const cell = widget.locator(`tr[data-param="${key}"] .bp-grad`);
      const text = (await cell.textContent())!;
      expect(text).toBe(formatNumber(g, 6));
      expect(Math.abs(parse(text) - g)).toBeLessThanOrEqual(5e-7 * Math.abs(g)); // 6 significant digits
    }
    await widget.getByRole('button', { name: 'Apply one SGD step (η = 1)' }).click();
    const result = widget.locator('.bp-sgd-result');
    await poll(() => result.textContent()).toBe(`Loss before the step: ${formatNumber(before, 6)}. After: ${formatNumber(after, 6)}. It went down.`);
    expect(after).toBeLessThan(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a changed target in the URL and recomputes the gradients for it', async () => {
    const { page, problems } = await env.open(`ko/backpropagation/`);
    const target = page.getByRole('spinbutton', { name: '목표 t' });
    await target.fill('0');
    await target.press('Tab');
    await poll(() => new URL(page.url()).searchParams.get('bp-t')).toBe('0');
    await page.reload();
    await hydrateAll(page);
    expect(await page.getByRole('spinbutton', { name: '목표 t' }).inputValue()).toBe('0');
    await stepToEnd(page, '다음 단계');
    const { grads } = engineFigures([1, 0.5], 0, 1);
    const c = grads.find((g) => g.key === 'output.bias[0]')!.g;
    expect(await page.locator('tr[data-param="output.bias[0]"] .bp-grad').textContent()).toBe(formatNumber(c, 6));
    expect(c).toBeCloseTo(0.14277, 5); // exercise 2 of the lesson
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to defaults on hostile values, without an error', async () => {
    const { page, problems } = await env.open(`en/backpropagation/?bp-seed=abc&bp-lr=-5&bp-x1=${encodeURIComponent('<script>')}&v=1`);
    expect(await page.getByRole('spinbutton', { name: 'Weights seed' }).inputValue()).toBe('0');
    expect(await page.getByRole('spinbutton', { name: 'η' }).inputValue()).toBe('1');
    expect(await page.getByRole('spinbutton', { name: 'Input x₁' }).inputValue()).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });
});
