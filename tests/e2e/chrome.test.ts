import { describe, expect, it } from 'vitest';
import { base } from '../support/paths';
import { useSite } from '../support/site';

const env = useSite();

describe('the page frame', () => {
  it('the theme toggle flips the scheme and remembers it across a reload', async () => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${env.site.url}en/`);
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
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}ko/`);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}en/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('the language choice works with the keyboard alone', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.site.url}ko/`);
    await page.close();
  });

  it('a phone-width page has no horizontal scroll', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['', 'ko/', 'en/']) {
      await page.goto(env.site.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
