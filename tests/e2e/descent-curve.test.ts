import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { curves, descend, quadraticIterate } from '../../src/widgets/descent-curve/curves';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();
/** Polls a figure with room for a loaded machine (the default is 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

// θ_k the widget must show, from the helper in Node (and the closed form (1 − ηa)^k it must equal).
const thetaK = (eta: number, k: number) => descend(curves.quadratic, -2, eta, k)[k];
const shown = (v: number) => formatNumber(v, 4);

describe('the descent-curve widget (lesson 3)', () => {
  it('after k steps at a chosen η shows the θ_k that gradient descent gives in Node, and keeps η in the URL', async () => {
    const { page, problems } = await env.open(`en/gradient-descent/`);
    const widget = page.locator('[data-widget="descent-curve"]');
    const position = widget.locator('.dc-position');
    await poll(() => position.textContent()).toContain(`θ = ${shown(-2)}`);
    // η from 0.3 to 0.5 with the keyboard (two slider positions to the right), then 5 steps.
    await widget.getByRole('slider', { name: 'Learning rate η' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await poll(() => new URL(page.url()).searchParams.get('curve-lr')).toBe('0.5');
    const step = widget.getByRole('button', { name: 'Step' });
    for (let k = 0; k < 5; k++) await step.click();
    const expected = thetaK(0.5, 5);
    expect(expected).toBeCloseTo(quadraticIterate(-2, 0.5, 5), 12);
    expect(expected).toBeCloseTo(1 + 0.5 ** 5 * -3, 12);
    await poll(() => position.textContent()).toBe(`After 5 steps: θ = ${shown(expected)}, L(θ) = ${shown(curves.quadratic.f(expected))}`);
    await poll(() => widget.locator('.dc-verdict').textContent()).toContain('Converging');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores η from a shared link, oscillates at η = 1.5 and stops with a message when it diverges', async () => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems = watch(page, env.site.origin);
    await page.goto(`${env.site.url}ko/gradient-descent/?curve-lr=1.5&curve-start=-2&v=1`);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="descent-curve"]');
    expect(await widget.getByRole('slider', { name: '학습률 η' }).getAttribute('aria-valuetext')).toBe('1.5');
    await widget.getByRole('button', { name: '한 스텝' }).click();
    await widget.getByRole('button', { name: '한 스텝' }).click();
    await poll(() => widget.locator('.dc-position').textContent()).toContain(`θ = ${shown(thetaK(1.5, 2))}`);
    expect(thetaK(1.5, 2)).toBeCloseTo(0.25, 12); // exercise 2 of the lesson
    await poll(() => widget.locator('.dc-verdict').textContent()).toContain('진동');
    // η = 2.5 diverges: Run (instant under reduced motion) must stop and say so.
    await widget.getByRole('slider', { name: '학습률 η' }).focus();
    await page.keyboard.press('End');
    await widget.getByRole('button', { name: '계속 실행' }).click();
    await poll(() => widget.locator('.dc-verdict').textContent()).toContain('발산했습니다');
    const steps = descend(curves.quadratic, -2, 2.5, 200).length - 1;
    expect(await widget.locator('.dc-verdict').textContent()).toContain(`${steps}스텝`);
    expect(await widget.getByRole('button', { name: '한 스텝' }).isDisabled()).toBe(true);
    expect(await widget.locator('.dc-position').textContent()).not.toContain('NaN');
    await widget.getByRole('button', { name: '처음으로' }).click();
    await poll(() => widget.locator('.dc-position').textContent()).toContain('0스텝 뒤');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to defaults on hostile or out-of-range values, without an error', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await env.open(`en/gradient-descent/?curve-lr=${hostile}&curve-start=1e999&curve-curve=evil&v=1`);
    const widget = page.locator('[data-widget="descent-curve"]');
    await poll(() => widget.locator('.dc-position').textContent()).toBe(`After 0 steps: θ = ${shown(-2)}, L(θ) = ${shown(4.5)}`);
    expect(await widget.getByRole('slider', { name: 'Learning rate η' }).getAttribute('aria-valuetext')).toBe('0.3');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
