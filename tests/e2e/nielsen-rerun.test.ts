import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { tableFor } from '../../src/widgets/nielsen-rerun/measure';
import { trainAll, type TrainPoint } from '../../src/widgets/nielsen-rerun/train';
import { useSite } from '../support/site';
import { data, expectedCells } from '../support/nielsen';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();
const LOAD = 'Load 1,000 MNIST digits (785 KB)';

/** The live table's cells, as the reader sees them: [raw, ×10] per hidden layer. */
async function shownCells(page: Page) {
  const w = page.locator('[data-widget="nielsen-rerun"]');
  return w.locator('.nr-live-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('[data-cell="raw"]')!.textContent, r.querySelector('[data-cell="ours"]')!.textContent]));
}
async function open(page: Page, query = '') {
  await page.goto(`${env.site.url}en/vanishing-gradients/${query}`);
  await hydrateAll(page);
  const w = page.locator('[data-widget="nielsen-rerun"]');
  await w.scrollIntoViewIfNeeded();
  return w;
}

describe('Nielsen’s measurement, rerun', () => {
  it('loads the digits only on request, then shows the engine’s seed-1 figures and how long the gradient took', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const asked: string[] = [];
    page.on('request', (r) => { if (r.url().includes('mnist-1000')) asked.push(r.url()); });
    const w = await open(page);
    // The no-JS table was measured at build time on the same digits: seed 1, 2–4 layers, ×10.
    const built = tableFor(data, 1);
    const buildCells = await w.locator('.widget-table tr[data-build]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-build'), r.querySelectorAll('td')[0].textContent]));
    expect(buildCells).toEqual((['2', '3', '4'] as const).flatMap((L) => built[L].map((v, l) => [`${L}-${l + 1}`, formatNumber(v)])));
    await page.waitForLoadState('networkidle'); // hydrated and quiet: nothing more is coming unasked
    expect(asked).toEqual([]);

    await w.getByRole('button', { name: LOAD }).click();
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(4, 1));
    expect(asked).toEqual([`${env.site.url}data/mnist-1000.bin`]);
    expect(await w.locator('[data-cell="nielsen"]').allTextContents()).toEqual(['0.003', '0.017', '0.07', '0.285']);
    const ms = Number(await w.locator('.nr-readout').getAttribute('data-ms'));
    expect(ms).toBeGreaterThan(0);
    console.log(`Chromium (worker): one full-batch gradient, 1,000 digits, 4 hidden layers: ${ms} ms`);
    await expect.poll(() => w.locator('[data-readout="timing"]').textContent()).toBe(
      `Seed 1, 4 hidden layers: one gradient over all 1,000 digits took ${Math.round(ms)} ms (in a Web Worker).`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the layers and seed in the URL across a reload; a new initialisation is seed + 1', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const w = await open(page);
    await w.getByRole('button', { name: LOAD }).click();
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(4, 1));
    await w.getByLabel('Hidden layers (30 sigmoid units each)').selectOption('2');
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(2, 1));
    await w.getByRole('button', { name: 'New random initialization' }).press('Enter');
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(2, 2));
    await expect.poll(() => new URL(page.url()).searchParams.get('nielsen-seed')).toBe('2');
    console.log(`Chromium (worker, warm): one full-batch gradient, 1,000 digits, 2 hidden layers: ${await w.locator('.nr-readout').getAttribute('data-ms')} ms`);
    expect(new URL(page.url()).searchParams.get('nielsen-layers')).toBe('2');

    await page.reload();
    await hydrateAll(page);
    expect(await w.getByLabel('Hidden layers (30 sigmoid units each)').inputValue()).toBe('2');
    expect(await w.locator('output[data-seed]').textContent()).toBe('2');
    await w.getByRole('button', { name: LOAD }).click();
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(2, 2));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to the defaults on hostile values, without an error', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const w = await open(page, `?nielsen-layers=${hostile}&nielsen-seed=-3&nielsen-train=${hostile}&v=1`);
    expect(await w.getByLabel('Hidden layers (30 sigmoid units each)').inputValue()).toBe('4');
    expect(await w.locator('output[data-seed]').textContent()).toBe('1');
    await w.getByRole('button', { name: LOAD }).click();
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(4, 1));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when the download fails and loads on retry', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await page.route('**/mnist-1000.bin', (r) => r.fulfill({ status: 503, body: 'busy' }));
    const w = await open(page);
    await w.getByRole('button', { name: LOAD }).click();
    await expect.poll(() => w.locator('.nr-error').textContent()).toContain('The digits did not load (HTTP 503)');
    await page.unroute('**/mnist-1000.bin');
    await w.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(4, 1));
    expect(problems.filter((p) => !p.includes('503'))).toEqual([]);
    await page.close();
  });

  it('measures on the main thread, in slices, when no Worker can start', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = function Blocked() { throw new DOMException('blocked', 'SecurityError'); };
    });
    const w = await open(page, '?nielsen-layers=3&nielsen-seed=5&v=1');
    await w.getByRole('button', { name: LOAD }).click();
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(3, 5));
    await expect.poll(() => w.locator('[data-readout="timing"]').textContent()).toContain('(on the main thread)');
    console.log(`Chromium (main thread, 10 slices): one full-batch gradient: ${await w.locator('.nr-readout').getAttribute('data-ms')} ms`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('trains in the worker with one click and ends on the accuracy Node computes for the same run', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const w = await open(page);
    await w.getByRole('button', { name: LOAD }).click();
    await expect.poll(() => shownCells(page), { timeout: 20_000 }).toEqual(expectedCells(4, 1));
    await w.getByRole('button', { name: 'ReLU + He initialization' }).click();
    const status = w.locator('.nr-train-status');
    await expect.poll(() => status.getAttribute('data-epoch-ms'), { timeout: 30_000 }).not.toBeNull();
    console.log(`Chromium (worker): one training epoch (80 SGD steps of 10 + 4 measurements on 800 digits): ${await status.getAttribute('data-epoch-ms')} ms`);
    const pts: TrainPoint[] = [];
    trainAll(data, { variant: 'relu', layers: 4, seed: 1 }, (p) => pts.push(p));
    const acc = formatNumber(100 * pts.at(-1)!.testAccuracy, 3);
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain(`ReLU + He initialization: finished 5 epochs, held-out accuracy ${acc}%.`);
    expect(new URL(page.url()).searchParams.get('nielsen-train')).toBe('relu');
    expect(await w.locator('canvas[role="img"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
