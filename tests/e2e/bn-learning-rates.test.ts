import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumber } from '../../src/widgets/kit/format';
import { REFERENCE_RESULTS } from '../../src/widgets/bn-learning-rates/reference';
import { LEARNING_RATES, sweep, type RunResult } from '../../src/widgets/bn-learning-rates/sweep';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();
const widget = (page: Page) => page.locator('[data-widget="bn-learning-rates"]');
const pct = (a: number) => `${formatNumber(a * 100, 3)} %`;
/** The table rows as the page prints them: [lr, plain acc, plain loss, BN acc, BN loss, growth]. */
const rows = (page: Page) => widget(page).locator('tbody tr').evaluateAll((trs) =>
  trs.map((tr) => Array.from(tr.children, (c) => (c.textContent ?? '').trim())));
function expectedRows(results: RunResult[]): string[][] {
  return LEARNING_RATES.map((lr) => {
    const p = results.find((r) => r.lr === lr && !r.bn)!, b = results.find((r) => r.lr === lr && r.bn)!;
    return [formatNumber(lr), pct(p.accuracy), formatNumber(p.loss), pct(b.accuracy), formatNumber(b.loss), `×${formatNumber(b.weightGrowth)}`];
  });
}

async function open(page: Page, query = '') {
  await page.goto(`${env.site.url}en/batch-normalization/${query}`);
  await hydrateAll(page);
  await widget(page).scrollIntoViewIfNeeded();
  await expect.poll(() => widget(page).getByRole('button', { name: 'Run all 12' }).isEnabled()).toBe(true);
}

describe('the learning-rate sweep', () => {
  it('shows the stored results, then trains seed 2 for 300 steps to what the engine computes', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await open(page);
    expect(await rows(page)).toEqual(expectedRows(REFERENCE_RESULTS));
    await page.getByLabel('Steps per run').selectOption('300');
    const seed = widget(page).getByLabel('Seed');
    await seed.fill('2');
    await seed.press('Enter');
    await seed.blur();
    await expect.poll(() => new URL(page.url()).searchParams.get('lr-seed')).toBe('2');
    expect(new URL(page.url()).searchParams.get('lr-steps')).toBe('300');
    await widget(page).getByRole('button', { name: 'Run all 12' }).click();
    const want = expectedRows(sweep(2, 300));
    await expect.poll(() => widget(page).locator('.widget-readout').textContent(), { timeout: 60_000, interval: 500 }).toContain('Trained in your browser');
    const got = await rows(page);
    // Every run, the chaotic batch-norm ones at lr 20 included, matches Node to the printed digit: the engine
    // computes its own exp/log, so a seed gives the same bits in Chromium as in Node.
    expect(got).toEqual(want);
    expect(await widget(page).locator('.bnlr-bn circle').count()).toBe(LEARNING_RATES.length);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('downloads the stored results as CSV: accuracy per learning rate for both nets, at full precision', async () => {
    const page = await env.browser.context.newPage();
    await open(page);
    const [download] = await Promise.all([page.waitForEvent('download'), widget(page).locator('[data-tool="csv"]').click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('chart,series,x,y');
    for (const r of REFERENCE_RESULTS) {
      expect(lines).toContain(`accuracy,${r.bn ? 'with batch norm' : 'plain sigmoid'},${r.lr},${r.accuracy}`);
      expect(lines).toContain(`‖W‖ growth,${r.bn ? 'with batch norm' : 'plain sigmoid'},${r.lr},${r.weightGrowth}`);
    }
    expect(download.suggestedFilename()).toContain('lr');
    await page.close();
  });

  it('restores its settings from the URL and falls back on hostile values', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await open(page, '?lr-seed=5&lr-steps=3000&v=1');
    expect(await page.getByLabel('Steps per run').inputValue()).toBe('3000');
    expect(await widget(page).getByLabel('Seed').inputValue()).toBe('5');
    expect(await widget(page).locator('tbody td').first().textContent()).toBe('…');
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    await open(page, `?lr-seed=${hostile}&lr-steps=7&v=1`);
    expect(await page.getByLabel('Steps per run').inputValue()).toBe('1000');
    expect(await rows(page)).toEqual(expectedRows(REFERENCE_RESULTS));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
