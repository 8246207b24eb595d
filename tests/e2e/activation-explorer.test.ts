import { describe, expect, it } from 'vitest';
import { activationFn, activations } from '../../src/engine/index.ts';
import { formatNumber } from '../../src/widgets/kit/format';
import { useSite } from '../support/site';
import { hydrateAll } from '../support/browser';

const env = useSite();

// What the widget must show, computed here in Node by the same engine and formatter.
const sigmoidDerivative = (x: number) => formatNumber(activations.sigmoid.derivative(x));
const sigmoidProduct = (n: number) => formatNumber(activations.sigmoid.maxDerivative ** n);
const widget = '[data-widget="activation-explorer"]';

describe('the activation explorer (lesson 5)', () => {
  it('shows σ′(2) = 0.105 after the reader moves x to 2, and 0.25¹⁰ at depth 10', async () => {
    const { page, problems } = await env.open(`en/vanishing-gradients/`);
    const sigmoidRow = page.locator(`${widget} .ae-at-x li[data-fn="sigmoid"]`);
    await expect.poll(() => sigmoidRow.textContent()).toContain(`f′(0) = ${sigmoidDerivative(0)}`);
    const x = page.getByRole('slider', { name: 'Input x' });
    await x.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    expect(sigmoidDerivative(2)).toBe('0.105');
    await expect.poll(() => sigmoidRow.textContent()).toContain(`f′(2) = ${sigmoidDerivative(2)}`);

    const depthRow = page.locator(`${widget} .ae-depth-readout span[data-fn="sigmoid"]`);
    const n = page.getByRole('slider', { name: 'Layers n' });
    await n.focus();
    await page.keyboard.press('End');
    await expect.poll(() => depthRow.textContent()).toContain(sigmoidProduct(30));
    await page.keyboard.press('Home');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    expect(sigmoidProduct(10)).toBe('9.5×10⁻⁷');
    await expect.poll(() => depthRow.textContent()).toContain(sigmoidProduct(10));

    // The URL is written in an effect just after the readout renders, so poll for it.
    const param = (key: string) => new URL(page.url()).searchParams.get(key);
    await expect.poll(() => param('act-n')).toBe('10');
    expect(param('act-x')).toBe('2');
    expect(param('v')).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides a function when its box is unchecked, and a shared link restores every setting', async () => {
    const { page } = await env.open(`ko/vanishing-gradients/?act-x=4&act-n=20&v=1`);
    const sigmoidRow = page.locator(`${widget} .ae-at-x li[data-fn="sigmoid"]`);
    await expect.poll(() => sigmoidRow.textContent()).toContain(`f′(4) = ${sigmoidDerivative(4)}`);
    await expect.poll(() => page.locator(`${widget} .ae-depth-readout span[data-fn="sigmoid"]`).textContent()).toContain(sigmoidProduct(20));
    expect(await page.getByRole('slider', { name: '층 수 n' }).inputValue()).toBe('20');
    await page.getByRole('checkbox', { name: 'tanh' }).uncheck();
    await expect.poll(() => page.locator(`${widget} .ae-at-x li[data-fn="tanh"]`).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('act-tanh')).toBe('0');
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => page.locator(`${widget} .ae-at-x li`).count()).toBe(3);
    expect(await page.getByRole('checkbox', { name: 'tanh' }).isChecked()).toBe(false);
    await page.close();
  });

  it('falls back to defaults on hostile or out-of-range values, without an error', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await env.open(`en/vanishing-gradients/?act-x=${hostile}&act-n=31&act-a=1e999&act-sig=yes&v=1`);
    const sigmoidRow = page.locator(`${widget} .ae-at-x li[data-fn="sigmoid"]`);
    await expect.poll(() => sigmoidRow.textContent()).toContain(`f′(0) = ${sigmoidDerivative(0)}`);
    expect(await page.getByRole('slider', { name: 'Layers n' }).inputValue()).toBe('10');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the activation explorer with only Leaky ReLU (lesson 7)', () => {
  it('starts with Leaky ReLU alone and follows the α slider: f′(−2) = α', async () => {
    const { page, problems } = await env.open(`en/leaky-relu/?leaky-x=-2&v=1`);
    const rows = page.locator(`${widget} .ae-at-x li`);
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.getAttribute('data-fn')).toBe('leakyRelu');
    const d = (alpha: number) => formatNumber(activationFn('leakyRelu', alpha).derivative(-2));
    await expect.poll(() => row.textContent()).toContain(`f′(−2) = ${d(0.01)}`);
    const alpha = page.getByRole('slider', { name: 'Leaky ReLU α' });
    await alpha.focus();
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => row.textContent()).toContain(`f′(−2) = ${d(0.1)}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('leaky-a')).toBe('0.1');
    expect(problems).toEqual([]);
    await page.close();
  });
});
