/**
 * Lesson 12's comparison widget in Chromium, used as a reader would: the figures it shows for all
 * six runs — at step 0, and after training and pausing at whatever step it reached — must equal
 * what the same engine computes here in Node for the same depth, seed and step, to the printed digit; depth and seed
 * survive a reload through the URL; hostile values fall back; and the main-thread fallback (when
 * the Worker constructor throws) shows the same numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumber } from '../../src/widgets/kit/format';
import { REMEDIES } from '../../src/widgets/remedies-compared/remedies';
import { computeSummary } from '../../src/widgets/remedies-compared/summary';
import { useSite } from '../support/site';
import { expected, expectRows, type Row } from '../support/remedies';
import { afterFrames, hydrateAll, watch } from '../support/browser';

const env = useSite();

const widget = (page: Page) => page.locator('[data-widget="remedies-compared"]');
const rows = (page: Page) => widget(page).locator('tr[data-remedy]');

/** The table once every row is measured at the step the widget reports. */
async function shown(page: Page): Promise<{ step: number; rows: (Row & { ratioInit: string })[] }> {
  let step = -1;
  await expect.poll(async () => {
    step = Number(await widget(page).getAttribute('data-step'));
    const steps = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-step')));
    return steps.length === 6 && steps.every((s) => s === String(step));
  }, { timeout: 20_000 }).toBe(true);
  const out = await rows(page).evaluateAll((trs) => trs.map((tr) => {
    const k = (key: string) => tr.querySelector(`[data-k="${key}"]`)?.textContent ?? '';
    return { loss: k('loss'), accuracy: k('accuracy'), ratio: k('ratio'), reached: k('reached'), ratioInit: k('ratio-init') };
  }));
  return { step, rows: out };
}

async function open(page: Page, query = '') {
  await page.goto(`${env.site.url}en/remedies-compared/${query}`);
  await hydrateAll(page);
  await widget(page).scrollIntoViewIfNeeded();
  await expect.poll(() => widget(page).getAttribute('data-engine')).toBeTruthy();
}

/** Trains until the widget reports more than `minSteps` steps, then pauses. */
async function trainAndPause(page: Page, minSteps: number) {
  await page.getByRole('button', { name: 'Train all six' }).click();
  await expect.poll(async () => Number(await widget(page).getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(minSteps);
  await page.getByRole('button', { name: 'Pause' }).click();
}

describe('the remedies-compared widget', () => {
  it('trains all six in one worker and shows the engine’s figures at step 0 and wherever it was paused', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await open(page);
    expect(await widget(page).getAttribute('data-engine')).toBe('worker');
    const at0 = await shown(page);
    expect(at0.step).toBe(0);
    const e0 = expected(10, 1, 0);
    expectRows(at0.rows, e0);
    expect(at0.rows.map((r) => r.ratioInit)).toEqual(at0.rows.map((r) => r.ratio));
    expect(at0.rows[0].ratioInit).toBe('2.5×10⁻⁶');

    await trainAndPause(page, 100);
    const paused = await shown(page);
    expect(paused.step).toBeGreaterThan(50);
    expectRows(paused.rows, expected(10, 1, paused.step));
    expect(paused.rows.map((r) => r.ratioInit)).toEqual(at0.rows.map((r) => r.ratio));
    // Paused means paused: a worker still training would have moved on over 30 rendered frames.
    await afterFrames(page, 30);
    expect(Number(await widget(page).getAttribute('data-step'))).toBe(paused.step);
    expect(workers.length).toBe(1);

    // Reset: back to step 0 with the step-0 figures.
    await page.getByRole('button', { name: 'Reset' }).click();
    const again = await shown(page);
    expect(again.step).toBe(0);
    expect(again.rows.map((r) => r.ratio)).toEqual(at0.rows.map((r) => r.ratio));
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|Infinity/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints the build-time summary table the prose cites, as the engine computes it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}en/remedies-compared/`);
    const s = computeSummary();
    const table = page.locator('.remedies-summary');
    for (const [i, row] of s.rows.entries()) {
      const tr = table.locator(`tr[data-remedy="${REMEDIES[i].id}"]`);
      expect(await tr.locator('[data-k="ratio-init"]').textContent()).toBe(formatNumber(row.ratioInit!));
      expect(await tr.locator('[data-k="ratio-end"]').textContent()).toBe(formatNumber(row.ratioEnd!));
      expect(await tr.locator('[data-k="accuracy"]').textContent()).toBe(`${formatNumber(row.end.accuracy * 100, 3)}%`);
      expect(await tr.locator('[data-k="reached"]').textContent()).toBe(row.reached === null ? 'never' : String(row.reached));
    }
    await page.close();
  });

  it('keeps depth and seed in the URL and restores them after a reload', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await open(page);
    const slider = page.getByRole('slider', { name: 'Hidden layers' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const seed = page.getByRole('spinbutton', { name: 'Seed' });
    await seed.fill('3');
    await seed.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp-depth')).toBe('11');
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp-seed')).toBe('3');
    expect(new URL(page.url()).searchParams.get('v')).toBe('1');
    const e = expected(11, 3, 0);
    await expect.poll(async () => (await shown(page)).rows.map((r) => r.ratioInit), { timeout: 20_000 }).toEqual(e.map((r) => r.ratio));
    expectRows((await shown(page)).rows, e);
    await page.reload();
    await hydrateAll(page);
    expect(await page.getByRole('slider', { name: 'Hidden layers' }).inputValue()).toBe('11');
    expect(await page.getByRole('spinbutton', { name: 'Seed' }).inputValue()).toBe('3');
    expectRows((await shown(page)).rows, e);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to the defaults on a hostile URL, without an error', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    await open(page, `?cmp-depth=999&cmp-seed=${hostile}&v=1`);
    expect(await page.getByRole('slider', { name: 'Hidden layers' }).inputValue()).toBe('10');
    expect(await page.getByRole('spinbutton', { name: 'Seed' }).inputValue()).toBe('1');
    expectRows((await shown(page)).rows, expected(10, 1, 0));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('trains on the main thread with the same figures when no Worker can be built', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = function Blocked() { throw new DOMException('blocked', 'SecurityError'); };
    });
    await open(page, '?cmp-depth=4&cmp-seed=2&v=1');
    await expect.poll(() => widget(page).getAttribute('data-engine')).toBe('main');
    expectRows((await shown(page)).rows, expected(4, 2, 0));
    await trainAndPause(page, 60);
    const paused = await shown(page);
    expectRows(paused.rows, expected(4, 2, paused.step));
    expect(problems).toEqual([]);
    await page.close();
  });
});
