import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, dist } from '../support/paths';
import { serve, type StaticSite } from '../support/server';
import { launch, type Browser } from '../support/browser';

let site: StaticSite;
let browser: Browser;
beforeAll(async () => { site = await serve(dist, base); browser = await launch(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

describe('the page frame', () => {
  it('the theme toggle flips the scheme and remembers it across a reload', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.url}en/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.getByRole('button', { name: 'Switch between light and dark' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bg()).toBe(dark);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('the language switch leads to the same page in the other language', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}ko/`);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}en/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('the language choice works with the keyboard alone', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}ko/`);
    await page.close();
  });

  it('a phone-width page has no horizontal scroll', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['', 'ko/', 'en/']) {
      await page.goto(site.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
