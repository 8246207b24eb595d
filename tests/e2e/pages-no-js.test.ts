/**
 * Every Korean and English page read without JavaScript (a browser with scripts off): the prose, the
 * math and each widget's fallback table still show, and no widget shows a canvas it cannot draw.
 */
import { describe, expect, it } from 'vitest';
import { base, dist } from '../support/paths';
import { useSite } from '../support/site';
import { pagesOf, urlOf } from '../support/dist';

const pages = pagesOf(dist).map((p) => urlOf(p.file, base).slice(base.length)).filter((p) => /^(ko|en)\//.test(p));
const env = useSite({ javaScript: false });

describe('without JavaScript', () => {
  it.each(pages)('/%s still shows its prose, math and tables', async (path) => {
    const { page } = await env.open(path, { hydrate: false });
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
