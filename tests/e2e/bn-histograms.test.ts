import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumber } from '../../src/widgets/kit/format';
import { BnPair } from '../../src/widgets/bn-histograms/model';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();
const widget = (page: Page) => page.locator('[data-widget="bn-histograms"]');
/** The spread printed on row `layer` (0-based) of column 0 (plain) or 1 (batch norm). */
const spread = (page: Page, column: number, layer: number) =>
  widget(page).locator('.bnh-ridges').nth(column).locator('.bnh-spread').nth(layer).textContent();
const pct = (v: number) => `${formatNumber(v * 100, 2)} %`;

async function open(page: Page, lang: 'en' | 'ko', query = '') {
  await page.goto(`${env.site.url}${lang}/batch-normalization/${query}`);
  await hydrateAll(page);
  await widget(page).scrollIntoViewIfNeeded();
  await expect.poll(() => widget(page).locator('.bnh-ridges').count()).toBe(2);
}

describe('the batch-norm histograms', () => {
  it('shows the engine’s spreads, switches to inference mode, trains 10 steps and then past step 200, each time to the engine’s figures', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await open(page, 'en');
    const pair = new BnPair(1);
    const train0 = pair.view('train');
    const infer0 = pair.view('infer');
    expect(await spread(page, 0, 9)).toBe(formatNumber(train0.plain[9].spread));
    expect(formatNumber(train0.plain[9].spread)).toBe('3.8×10⁻⁷');
    expect(await spread(page, 1, 9)).toBe(formatNumber(train0.bn[9].spread));
    await expect.poll(() => widget(page).locator('.widget-readout').textContent()).toContain(formatNumber(train0.gap.meanAbs));

    await page.getByLabel('Batch-norm net in').selectOption('infer');
    await expect.poll(() => spread(page, 1, 9)).toBe(formatNumber(infer0.bn[9].spread));
    expect(new URL(page.url()).searchParams.get('hist-mode')).toBe('infer');

    // Ten steps, the phase the lesson describes (running statistics lagging).
    await page.getByRole('button', { name: '+10 steps' }).click();
    pair.advance(10);
    const at10 = pair.view('infer');
    const readout = widget(page).locator('.widget-readout');
    await expect.poll(() => readout.textContent(), { timeout: 20_000 }).toContain('Step 10 ');
    const text = await readout.textContent();
    expect(text).toContain(`batch norm ${pct(at10.accuracyBn)}`);
    expect(text).toContain(`differ by ${formatNumber(at10.gap.meanAbs)} on average`);
    expect(text).toContain(`same class for ${pct(at10.gap.agree)} of the points`);
    expect(pct(at10.gap.agree)).toBe('52.5 %');
    expect(await spread(page, 1, 9)).toBe(formatNumber(at10.bn[9].spread));
    expect(await spread(page, 0, 9)).toBe(formatNumber(at10.plain[9].spread));

    // Then train on and pause past step 200, where a batch-norm run amplifies a last-bit difference into a
    // different curve: it still matches Node to the printed digit, because the engine computes its own exp/log.
    const stepNow = async () => Number((await readout.textContent())?.match(/Step (\d+) /)?.[1] ?? -1);
    await widget(page).getByRole('button', { name: 'Train' }).click();
    await expect.poll(stepNow, { timeout: 90_000 }).toBeGreaterThan(200);
    await widget(page).getByRole('button', { name: 'Pause' }).click();
    let last = -1;
    await expect.poll(async () => { const n = await stepNow(); const still = n === last; last = n; return still; }, { interval: 750 }).toBe(true);
    pair.advance(last - 10);
    const later = pair.view('infer');
    const textLater = await readout.textContent();
    expect(textLater).toContain(`batch norm ${pct(later.accuracyBn)}`);
    expect(textLater).toContain(`differ by ${formatNumber(later.gap.meanAbs)} on average`);
    expect(textLater).toContain(`same class for ${pct(later.gap.agree)} of the points`);
    for (let l = 0; l < 10; l++) expect(await spread(page, 1, l)).toBe(formatNumber(later.bn[l].spread));
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('keeps its settings in the URL across a reload (Korean page)', async () => {
    const page = await env.browser.context.newPage();
    await open(page, 'ko', '?hist-seed=3&hist-mode=infer&hist-layer=4&v=1');
    expect(await page.getByLabel('배치 정규화 신경망 모드').inputValue()).toBe('infer');
    expect(await widget(page).getByRole('slider', { name: '층', exact: true }).inputValue()).toBe('4');
    const v = new BnPair(3).view('infer');
    expect(await spread(page, 0, 0)).toBe(formatNumber(v.plain[0].spread));
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => widget(page).locator('.bnh-ridges').count()).toBe(2);
    expect(await page.getByLabel('배치 정규화 신경망 모드').inputValue()).toBe('infer');
    await page.close();
  });

  it('falls back to defaults on hostile values without an error', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    await open(page, 'en', `?hist-seed=${hostile}&hist-mode=${hostile}&hist-layer=1e9&v=1`);
    expect(await page.getByLabel('Batch-norm net in').inputValue()).toBe('train');
    expect(await widget(page).getByLabel('Seed').inputValue()).toBe('1');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await spread(page, 0, 9)).toBe('3.8×10⁻⁷');
    expect(problems).toEqual([]);
    await page.close();
  });
});
