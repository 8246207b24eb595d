/**
 * Every page of the site in Chromium, loaded once: it loads clean (no console or page error, no failed
 * response, no request to another origin), every island hydrates, and axe finds no serious or critical
 * violation — in the light scheme, then in the dark scheme on the same page (only the colour rules
 * depend on the scheme, so only they run again). What is checked once rather than on every page:
 * - Of each ko/en twin, Korean gets every axe rule and English the rules that depend on its text
 *   (language, title, accessible names) plus the colour rules; tests/site/twins.test.ts pins that the
 *   twins share headings, components and structure.
 * - Colour contrast over KaTeX's math (which inherits the text colour) on one lesson, in both twins
 *   and both schemes; elsewhere `.katex` is left out of the colour rules, whose cost is mostly math spans.
 * - The embed layout gets the full treatment on one widget's embed page; every other embed page loads
 *   clean and hydrates (embeds.test.ts frames them all from another origin and checks their credits).
 * The missing page and reading without JavaScript are checked below, and in pages-no-js.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, dist } from '../support/paths';
import { useSite } from '../support/site';
import { pagesOf, urlOf } from '../support/dist';
import { afterFrames, axeViolations, COLOUR_RULES, TEXT_RULES } from '../support/browser';

const pages = pagesOf(dist).map((p) => urlOf(p.file, base).slice(base.length)).filter((p) => p !== '404.html');
const isEmbed = (path: string) => /^(ko|en)\/embed\/[^/]+\/$/.test(path);
/** The lesson whose math keeps the colour rules, and the widget whose embed page gets every rule. */
const MATH_LESSON = 'vanishing-gradients/';
const AXED_EMBED = 'embed/training-lab/';
const full = pages.filter((p) => !isEmbed(p) || p.endsWith(AXED_EMBED));
const thin = pages.filter((p) => !full.includes(p));
const env = useSite();

/** What the colour rules leave out on `path`: KaTeX's math, except on MATH_LESSON. */
const katexUnless = (path: string) => (path.endsWith(MATH_LESSON) ? [] : ['.katex']);
/** Violations of the colour rules in the page's current scheme. */
const colourViolations = (page: Page, path: string) => axeViolations(page, { only: COLOUR_RULES, exclude: katexUnless(path) });

describe('every page, in light then dark on the same load', () => {
  it.each(full)('/%s loads clean, hydrates its islands and passes axe in both schemes', async (path) => {
    const { page, problems } = await env.open(path, { scheme: 'light' });
    if (path.startsWith('en/')) {
      // An English twin: the rules that depend on its text, with the colour rules in the same run (each run
      // rebuilds axe's tree; KaTeX's spans carry no names or languages, so leaving them out costs no text rule).
      expect(await axeViolations(page, { only: [...TEXT_RULES, ...COLOUR_RULES], exclude: katexUnless(path) }), 'light').toEqual([]);
    } else {
      expect(await axeViolations(page, { skip: COLOUR_RULES }), 'light').toEqual([]);
      expect(await colourViolations(page, path), 'light').toEqual([]);
    }
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await afterFrames(page, 2);
    expect(await background(), 'the page follows the dark scheme').not.toBe(light);
    expect(await colourViolations(page, path), 'dark').toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(thin)('/%s (an embed) loads clean and hydrates its islands', async (path) => {
    const { page, problems } = await env.open(path);
    expect(await page.locator('[data-widget]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the scoped colour check', () => {
  it('still finds low contrast in the dark scheme outside the math, and leaves out only the math', async () => {
    const { page } = await env.open('en/glossary/', { scheme: 'dark', hydrate: false });
    await page.evaluate(() => {
      const add = (cls: string) => {
        const p = document.createElement('p');
        p.className = cls; p.textContent = 'Barely readable'; p.style.cssText = 'color:#333;background:#222';
        document.querySelector('main')!.append(p);
      };
      add('low-contrast'); add('katex');
    });
    const found = await colourViolations(page, 'en/glossary/');
    expect(found.join('\n')).toContain('color-contrast: .low-contrast');
    expect(found.join('\n')).not.toContain('.katex');
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
