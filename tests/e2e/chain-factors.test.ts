/** Nielsen's chain figure in lesson 11: the readout shows (w·σ′(z))¹⁰ from the engine as a reader moves the sliders. */
import { describe, expect, it } from 'vitest';
import { fill, formatNumber } from '../../src/widgets/kit/format';
import { chainProducts, factor } from '../../src/widgets/chain-factors/chain';
import { chainFactors as en } from '../../src/widgets/chain-factors/strings/en';
import { useSite } from '../support/site';
import { hydrateAll } from '../support/browser';

const env = useSite();
const expected = (w: number, z: number) => {
  const f = factor(w, z);
  return fill(f > 1 ? en.readoutGrow : en.readoutShrink, { f: formatNumber(f, 2), n: 10, p: formatNumber(chainProducts(w, z)[9]) });
};

describe('the chain-factors figure', () => {
  it('shows 25 per layer and 9.5×10¹³ at w = 100, then vanishing at w = 1 from the keyboard; the URL keeps it', async () => {
    const { page, problems } = await env.open(`en/exploding-gradients/`);
    const w = page.locator('[data-widget="chain-factors"]');
    const readout = w.locator('.widget-readout');
    await expect.poll(() => readout.textContent()).toBe(expected(100, 0));
    expect(expected(100, 0)).toContain('= 25. After 10 layers: 9.5×10¹³');
    await w.getByRole('slider', { name: en.weight }).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => readout.textContent()).toBe(expected(1, 0));
    expect(expected(1, 0)).toContain('9.5×10⁻⁷');
    await expect.poll(() => new URL(page.url()).searchParams.get('chain-w')).toBe('1');
    await page.goto(`${env.site.url}en/exploding-gradients/?chain-w=100&chain-z=6&v=1`);
    await hydrateAll(page);
    await expect.poll(() => page.locator('[data-widget="chain-factors"] .widget-readout').textContent()).toBe(expected(100, 6));
    await page.goto(`${env.site.url}en/exploding-gradients/?chain-w=%3Cb%3E&chain-z=-3&v=1`);
    await hydrateAll(page);
    await expect.poll(() => page.locator('[data-widget="chain-factors"] .widget-readout').textContent()).toBe(expected(100, 0));
    expect(problems).toEqual([]);
    await page.close();
  });
});
