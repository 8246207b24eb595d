import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { fallbackBatch, formatValue, lastOverFirst, measureInit, type InitSettings } from '../../src/widgets/init-explorer/compute';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();
const f = (x: number) => formatValue(x, formatNumber);

/** The English readout lines the widget must show, computed here in Node by the same code. */
function expected(s: InitSettings, batch = 64) {
  const r = measureInit(s, batch);
  const d = s.depth;
  return {
    spread: `Std of z: layer 1 ${f(r.spread[0])}, layer ${d} ${f(r.spread[d - 1])} (last/first = ${f(lastOverFirst(r.spread) ?? 0)}).`,
    dz: `‖∂L/∂z‖: layer 1 ${f(r.dz[0])}, layer ${d} ${f(r.dz[d - 1])} (last/first = ${f(lastOverFirst(r.dz) ?? 0)}).`,
    dw: `‖∂L/∂W‖: layer 1 ${f(r.dw[0])}, layer ${d} ${f(r.dw[d - 1])} (last/first = ${f(lastOverFirst(r.dw) ?? 0)}).`,
  };
}
const relu = (over: Partial<InitSettings> = {}): InitSettings => ({ init: 'xavier', act: 'relu', width: 128, depth: 10, seed: 1, ...over });

describe('the weight-initialization explorer', () => {
  it('shows the engine’s seeded per-layer figures as the reader changes init, width and gradient, and keeps them in the URL', async () => {
    const { page, problems } = await env.open(`en/weight-initialization/`);
    const widget = page.locator('[data-widget="init-explorer"]').nth(1);
    const spread = widget.locator('[data-readout="spread"]');
    const grad = widget.locator('[data-readout="grad"]');
    // Default: ReLU + Xavier, width 128, 10 layers — the build-time numbers, then the worker's (same).
    await expect.poll(() => spread.textContent()).toBe(expected(relu()).spread);
    await expect.poll(() => grad.textContent()).toBe(expected(relu()).dz);

    await widget.getByLabel('Initialization').selectOption('he');
    await expect.poll(() => spread.textContent(), { timeout: 15_000 }).toBe(expected(relu({ init: 'he' })).spread);
    await expect.poll(() => new URL(page.url()).searchParams.get('relu-init')).toBe('he');

    const width = widget.getByRole('slider', { name: 'Units per layer' });
    await width.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    const narrow = expected(relu({ init: 'he', width: 64 }));
    await expect.poll(() => spread.textContent(), { timeout: 15_000 }).toBe(narrow.spread);
    await widget.getByLabel('Backward value').selectOption('dw');
    await expect.poll(() => grad.textContent()).toBe(narrow.dw);
    await expect.poll(() => new URL(page.url()).searchParams.get('relu-width')).toBe('64');
    await expect.poll(() => new URL(page.url()).searchParams.get('relu-grad')).toBe('dw'); // written after the next paint

    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => spread.textContent(), { timeout: 15_000 }).toBe(narrow.spread);
    await expect.poll(() => grad.textContent()).toBe(narrow.dw);
    expect(await widget.getByLabel('Initialization').inputValue()).toBe('he');
    expect(await widget.getByRole('slider', { name: 'Units per layer' }).inputValue()).toBe('64');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reproduces REFERENCE.md at width 256 × 10 layers from a shared link: tanh with std 0.01 collapses', async () => {
    const { page } = await env.open(`ko/weight-initialization/?tanh-init=tiny&tanh-act=tanh&tanh-width=256&tanh-depth=10&tanh-grad=dz&tanh-seed=1&v=1`);
    const r = measureInit({ init: 'tiny', act: 'tanh', width: 256, depth: 10, seed: 1 });
    const spread = page.locator('[data-widget="init-explorer"]').first().locator('[data-readout="spread"]');
    await expect.poll(() => spread.textContent(), { timeout: 20_000 }).toContain(`10층 ${f(r.spread[9])}`);
    expect(r.spread[9]).toBeLessThan(1e-7);
    await page.close();
  });

  it('falls back to defaults on hostile or out-of-range values, without an error', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await env.open(`en/weight-initialization/?relu-init=${hostile}&relu-width=4096&relu-depth=0&relu-seed=1e9&relu-grad=x&v=1`);
    const spread = page.locator('[data-widget="init-explorer"]').nth(1).locator('[data-readout="spread"]');
    await expect.poll(() => spread.textContent()).toBe(expected(relu()).spread);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('measures on the main thread with a smaller batch when no Worker can start', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = function Blocked() { throw new DOMException('blocked', 'SecurityError'); };
    });
    await page.goto(`${env.site.url}en/weight-initialization/?relu-width=256&relu-depth=12&v=1`);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="init-explorer"]').nth(1);
    const batch = fallbackBatch(256, 12);
    expect(batch).toBeLessThan(64);
    await expect.poll(() => widget.locator('[data-readout="spread"]').textContent(), { timeout: 20_000 })
      .toBe(expected(relu({ width: 256, depth: 12 }), batch).spread);
    await expect.poll(() => widget.locator('.ie-status').allTextContents()).toContain(`No Web Worker on this page: computed on the main thread with a batch of ${batch}.`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
