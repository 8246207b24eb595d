import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base } from '../support/paths';
import { useSite } from '../support/site';
import { watch } from '../support/browser';

const env = useSite();

/** Opens search on a page, types a query, returns the result links and the excerpts' text. */
async function search(page: Page, label: string, query: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const input = page.locator('#search input');
  await input.waitFor();
  await input.fill(query);
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
  const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const text = await page.locator('.pagefind-ui__results').innerText();
  return { links, text };
}

describe('site search', () => {
  it('loads nothing for search until the reader opens it', async () => {
    const page = await env.browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${env.site.url}ko/`, { waitUntil: 'networkidle' });
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('finds Korean words with a particle attached, only among Korean pages', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await page.goto(`${env.site.url}ko/`);
    const { links, text } = await search(page, '검색', '기울기');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith(`${base}ko/`), l).toBe(true);
    expect(text).toMatch(/기울기[가를는의에]/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds English terms among English pages', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}en/`);
    const { links, text } = await search(page, 'Search', 'vanishing');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith(`${base}en/`), l).toBe(true);
    expect(text.toLowerCase()).toContain('vanishing');
    await page.close();
  });
});
