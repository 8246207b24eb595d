import { describe, expect, it } from 'vitest';
import { Perceptron, logicGate } from '../../src/engine';
import { formatNumber } from '../../src/widgets/kit/format';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();

const shown = (page: import('playwright-core').Page) => Promise.all(['w1', 'w2', 'b'].map((k) =>
  page.locator(`[data-widget="perceptron-lab"] output[data-value="${k}"]`).textContent()));
/** The engine's weights after `epochs` epochs on `gate` from zero weights with η = 1, formatted as the widget does. */
function expected(gate: 'and' | 'xor', epochs: number) {
  const p = new Perceptron(logicGate(gate), { learningRate: 1 });
  for (let e = 0; e < epochs; e++) p.epoch();
  return [p.w[0], p.w[1], p.b].map((v) => formatNumber(v, 3));
}

describe('the perceptron lab', () => {
  it('after reset and one epoch on AND shows the weights the engine computes for one epoch', async () => {
    const { page, problems } = await env.open(`en/perceptron/`);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('button', { name: 'One epoch' }).click();
    await expect.poll(() => shown(page)).toEqual(expected('and', 1));
    expect(expected('and', 1)).toEqual(['1', '1', '1']);
    // Five more epochs: the hand-worked table ends at 2x₁ + x₂ − 2 = 0.
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'One epoch' }).click();
    await expect.poll(() => shown(page)).toEqual(expected('and', 6));
    await expect.poll(() => page.locator('[data-widget="perceptron-lab"] .pl-status').textContent()).toContain('Epoch 6');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on XOR runs to the cap and says why it never converges; the gate survives a reload', async () => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems = watch(page, env.site.origin);
    await page.goto(`${env.site.url}ko/perceptron/`);
    await hydrateAll(page);
    await page.getByLabel('논리 게이트').selectOption('xor');
    await expect.poll(() => new URL(page.url()).searchParams.get('pl-gate')).toBe('xor');
    await page.getByRole('button', { name: '실행' }).click();
    await expect.poll(() => page.locator('[data-widget="perceptron-lab"] .pl-status').textContent()).toContain('직선이 없기 때문입니다');
    await expect.poll(() => shown(page)).toEqual(expected('xor', 30));
    await page.goto(page.url());
    await hydrateAll(page);
    expect(await page.getByLabel('논리 게이트').inputValue()).toBe('xor');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to defaults on hostile query values, without an error', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await env.open(`en/perceptron/?pl-gate=${hostile}&pl-lr=1e999&pl-seed=-4&pl-init=zz&v=1`);
    expect(await page.getByLabel('Logic gate').inputValue()).toBe('and');
    expect(await page.getByLabel('Learning rate η').inputValue()).toBe('1');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
