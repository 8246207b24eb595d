import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { MOMENTUM_BETA, descend2d, surfaces } from '../../src/widgets/descent-surface/surfaces';
import { useSite } from '../support/site';
import { hydrateAll } from '../support/browser';

const env = useSite();
/** Polls a figure with room for a loaded machine (the default is 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

const f3 = (v: number) => formatNumber(v, 3);
/** The readout line the widget must show, computed by the helper in Node. */
function expected(beta: number, steps: number, start: [number, number] = [-2.5, -1], eta = 0.18) {
  const s = surfaces.rotated;
  const [a, b] = descend2d(s, start, eta, beta, steps).points[steps];
  return `After ${steps} steps: θ = (${f3(a)}, ${f3(b)}), L = ${f3(s.f(a, b))}`;
}

describe('the descent-surface widget (lesson 3)', () => {
  it('shows the iterate the helper computes in Node, with and without momentum, and keeps it in the URL', async () => {
    const { page, problems } = await env.open(`en/gradient-descent/`);
    const widget = page.locator('[data-widget="descent-surface"]');
    const line = widget.locator('.ds-readout p').first();
    await poll(() => line.textContent()).toBe(expected(0, 30));
    const steps = page.getByRole('slider', { name: 'Steps' });
    await steps.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await poll(() => line.textContent()).toBe(expected(0, 10));
    await page.getByRole('checkbox', { name: `Momentum (β = ${MOMENTUM_BETA})` }).check();
    await poll(() => line.textContent()).toBe(expected(MOMENTUM_BETA, 10));
    const q = new URL(page.url()).searchParams;
    expect([q.get('surface-steps'), q.get('surface-mom'), q.get('v')]).toEqual(['10', '1', '1']);
    // Clicking the map moves the start.
    const svg = widget.locator('svg');
    const box = (await svg.boundingBox())!;
    await svg.click({ position: { x: box.width * 0.7, y: box.height * 0.3 } });
    await poll(() => new URL(page.url()).searchParams.get('surface-s1')).not.toBe('-2.5');
    await page.reload();
    await hydrateAll(page);
    expect(await page.getByRole('checkbox', { name: `Momentum (β = ${MOMENTUM_BETA})` }).isChecked()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Steps' }).inputValue()).toBe('10');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says it diverged instead of printing NaN when η is too large', async () => {
    const { page, problems } = await env.open(`ko/gradient-descent/?surface-lr=1&surface-steps=200&v=1`);
    const line = page.locator('[data-widget="descent-surface"] .ds-readout p').first();
    const run = descend2d(surfaces.rotated, [-2.5, -1], 1, 0, 200);
    expect(run.diverged).toBe(true);
    await poll(() => line.textContent()).toBe(`발산했습니다. ${run.points.length - 1}스텝 만에 θ가 1000 밖으로 나갔습니다. η를 낮추세요.`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to defaults on hostile values, without an error', async () => {
    const { page, problems } = await env.open(`en/gradient-descent/?surface-lr=NaN&surface-steps=-4&surface-s1=${encodeURIComponent('<b>')}&surface-mom=yes&v=1`);
    const line = page.locator('[data-widget="descent-surface"] .ds-readout p').first();
    await poll(() => line.textContent()).toBe(expected(0, 30));
    expect(problems).toEqual([]);
    await page.close();
  });
});
