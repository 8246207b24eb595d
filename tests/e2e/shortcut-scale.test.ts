import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumber } from '../../src/widgets/kit/format';
import { probe, type ProbeSettings } from '../../src/widgets/shortcut-scale/probe';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import { firstLastRatio } from '../../src/widgets/kit/lab/protocol';
import { useSite } from '../support/site';

const env = useSite();

// The figures the widget must show, computed here in Node by the same engine and probe.
const ratioText = (s: ProbeSettings) => formatNumber(probe(s).ratio!);
const predText = (s: ProbeSettings) => formatNumber(s.lambda ** s.blocks);
const widget = (page: Page) => page.locator('[data-widget="shortcut-scale"]');
const readout = (page: Page) => widget(page).locator('.widget-readout').textContent();

/** Opens the resnet page (with `query`), hydrated, once the widget's readout is no longer busy. */
async function open(lang: 'ko' | 'en', query = '') {
  const opened = await env.open(`${lang}/resnet/${query}`);
  await expect.poll(() => widget(opened.page).locator('.widget-readout').getAttribute('aria-busy')).toBe('false');
  return opened;
}

describe('the resnet page’s shortcut-scale widget', () => {
  it('shows the engine’s first/last ratio beside λⁿ as the reader moves λ, the blocks and the seed', async () => {
    const { page, problems } = await open('en');
    const start = { lambda: 0.5, blocks: 10, seed: 1 };
    expect(predText(start)).toBe('9.8×10⁻⁴');
    await expect.poll(() => readout(page)).toContain(ratioText(start));
    expect(await readout(page)).toContain(predText(start));
    expect(await readout(page)).toContain('Vanishing');
    await expect.poll(() => widget(page).locator('rect.ss-bar').count()).toBe(11);

    // λ to its maximum with the keyboard: the gradient explodes as 1.5¹⁰.
    await page.getByRole('slider', { name: 'Shortcut scale λ' }).focus();
    await page.keyboard.press('End');
    const big = { ...start, lambda: 1.5 };
    await expect.poll(() => readout(page)).toContain(ratioText(big));
    expect(await readout(page)).toContain(predText(big));
    expect(await readout(page)).toContain('Exploding');
    await expect.poll(() => new URL(page.url()).searchParams.get('scale-lambda')).toBe('1.5');

    // Fewer blocks: one step left on the blocks slider.
    await page.getByRole('slider', { name: 'Blocks n' }).focus();
    await page.keyboard.press('ArrowLeft');
    const nine = { ...big, blocks: 9 };
    await expect.poll(() => readout(page)).toContain(ratioText(nine));
    await expect.poll(() => widget(page).locator('rect.ss-bar').count()).toBe(10);

    // Another seed.
    const seed = widget(page).getByRole('spinbutton', { name: 'Seed' });
    await seed.fill('3');
    await seed.press('Enter');
    const three = { ...nine, seed: 3 };
    await expect.poll(() => readout(page)).toContain(ratioText(three));
    await expect.poll(() => new URL(page.url()).searchParams.get('scale-seed')).toBe('3');
    expect(new URL(page.url()).searchParams.get('scale-blocks')).toBe('9');
    expect(new URL(page.url()).searchParams.get('v')).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores its settings from a shared link (Korean page)', async () => {
    const s = { lambda: 1.1, blocks: 30, seed: 1 };
    const { page } = await open('ko', '?scale-lambda=1.1&scale-blocks=30&scale-seed=1&v=1');
    await expect.poll(() => readout(page)).toContain(ratioText(s));
    expect(ratioText(s)).toBe('19.3');
    expect(await readout(page)).toContain('폭주');
    expect(await page.getByRole('slider', { name: '블록 수 n' }).inputValue()).toBe('30');
    expect(await page.getByRole('slider', { name: '지름길 배율 λ' }).inputValue()).toBe('1.1');
    await page.close();
  });

  it('falls back to defaults on hostile or out-of-range values, without an error', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await open('en', `?scale-lambda=${hostile}&scale-blocks=1e999&scale-seed=-4&v=1`);
    await expect.poll(() => readout(page)).toContain(ratioText({ lambda: 0.5, blocks: 10, seed: 1 }));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('carries the build-time table computed by the engine, and the lab pair starts at the engine’s ratios', async () => {
    const { page } = await open('en');
    const cells = await widget(page).locator('.widget-table tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent)));
    for (const [i, lambda] of [0, 0.5, 0.9, 1, 1.1, 1.5].entries()) {
      expect(cells[i].slice(0, 3)).toEqual([formatNumber(lambda), formatNumber(lambda ** 10), ratioText({ lambda, blocks: 10, seed: 1 })]);
    }
    for (const [id, preset] of [['plain', 'sigmoid-plain'], ['res', 'sigmoid-residual']] as const) {
      const expected = formatNumber(firstLastRatio(new LabSession(PRESETS[preset].settings).measure().gradNorms)!);
      const lab = page.locator(`[data-widget="training-lab"]:has(#${id}-table)`);
      await expect.poll(() => lab.locator('[data-k="ratio"]').textContent()).toBe(expected);
    }
    await page.close();
  });
});
