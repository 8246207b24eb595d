import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, dist } from '../support/paths';
import { useSite } from '../support/site';
import { pagesOf, urlOf } from '../support/dist';
import { axeViolations, hydrateAll, launch, watch, type Browser } from '../support/browser';

const pages = pagesOf(dist).map((p) => urlOf(p.file, base).slice(base.length)).filter((p) => p !== '404.html');
const env = useSite();

describe.each(['light', 'dark'] as const)('every page in the %s scheme', (scheme) => {
  it.each(pages)('/%s loads clean, hydrates its islands and passes axe', async (path) => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const problems = watch(page, env.site.origin);
    await page.goto(env.site.url + path, { waitUntil: 'load' });
    await hydrateAll(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a missing page', () => {
  it('gets the bilingual 404 with status 404 and working links home', async () => {
    const page = await env.browser.context.newPage();
    const response = await page.goto(`${env.site.url}ko/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('a[href$="/ko/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[lang="en"] h1').textContent()).toBe('Page not found');
    await page.close();
  });
});

describe('without JavaScript', () => {
  let noJs: Browser;
  beforeAll(async () => { noJs = await launch({ javaScriptEnabled: false }); });
  afterAll(async () => { await noJs?.close(); });

  it.each(pages.filter((p) => /^(ko|en)\//.test(p)))('/%s still shows its prose, math and tables', async (path) => {
    const page = await noJs.context.newPage();
    await page.goto(env.site.url + path);
    if (/\/embed\/[^/]+\/$/.test(path)) {
      // An embed is the widget alone: its table and the credit link stand in for the page.
      expect(await page.locator('.widget table').first().isVisible()).toBe(true);
      expect(await page.locator('.embed-credit a').isVisible()).toBe(true);
    } else {
      await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(400);
    }
    const widgets = await page.locator('.widget').count();
    for (let i = 0; i < widgets; i++) {
      const table = page.locator('.widget').nth(i).locator('table').first();
      expect(await table.isVisible(), `table of widget ${i}`).toBe(true);
      const visibleCanvases = await page.locator('.widget').nth(i).locator('canvas')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(visibleCanvases, `canvases shown without JavaScript in widget ${i}`).toBe(0);
    }
    if (await page.locator('.katex').count()) expect(await page.locator('.katex').first().isVisible()).toBe(true);
    await page.close();
  });
});
