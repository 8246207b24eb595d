import { describe, expect, it } from 'vitest';
import { activations } from '../../src/engine/activations';
import { formatNumber } from '../../src/widgets/kit/format';
import { useSite } from '../support/site';

const env = useSite();

// The figure the widget must show, computed here in Node by the same engine.
const product = (z: number, n: number) => formatNumber(activations.sigmoid.derivative(z) ** n);

describe('the home page depth-product widget', () => {
  it('shows 0.25ⁿ from the engine as the reader moves the slider, and keeps it in the URL', async () => {
    const { page, problems } = await env.open(`en/`);
    const readout = page.locator('[data-widget="depth-product"] .widget-readout');
    await expect.poll(() => readout.textContent()).toContain(product(0, 10));
    expect(product(0, 10)).toBe('9.5×10⁻⁷');
    const slider = page.getByRole('slider', { name: 'Layers' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => readout.textContent()).toContain(product(0, 30));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.textContent()).toContain(product(0, 2));
    await expect.poll(() => new URL(page.url()).searchParams.get('depth-n')).toBe('2');
    expect(new URL(page.url()).searchParams.get('v')).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores its settings from a shared link', async () => {
    const { page } = await env.open(`ko/?depth-n=20&depth-z=2&v=1`);
    const readout = page.locator('[data-widget="depth-product"] .widget-readout');
    await expect.poll(() => readout.textContent()).toContain(product(2, 20));
    expect(await page.getByRole('slider', { name: '층 수' }).inputValue()).toBe('20');
    await page.close();
  });

  it('falls back to defaults on hostile or out-of-range values, without an error', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await env.open(`en/?depth-n=${hostile}&depth-z=1e999&v=1`);
    const readout = page.locator('[data-widget="depth-product"] .widget-readout');
    await expect.poll(() => readout.textContent()).toContain(product(0, 10));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
