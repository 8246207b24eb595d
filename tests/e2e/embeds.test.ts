import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useSite } from '../support/site';
import { serve, type StaticSite } from '../support/server';
import { base, dist } from '../support/paths';
import { embeds } from '../../src/embeds/registry';
import { trainingLab } from '../../src/widgets/training-lab/strings/en';

const env = useSite();
// A second server on another port is another origin: the "blog" that frames our widgets.
let blog: StaticSite;
beforeAll(async () => { blog = await serve(dist, base); });
afterAll(async () => { await blog?.close(); });

/** Opens a page on the blog's origin and frames `src` in it, with an optional sandbox. */
async function frameOnBlog(page: Page, src: string, sandbox?: string): Promise<Frame> {
  await page.goto(`${blog.url}en/glossary/`);
  await page.evaluate(({ src, sandbox }) => {
    document.body.innerHTML = '';
    const f = document.createElement('iframe');
    if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
    f.src = src; f.width = '800'; f.height = '1400'; f.id = 'embed';
    document.body.append(f);
  }, { src, sandbox });
  const handle = await page.waitForSelector('#embed');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  return frame;
}

/** Console errors and uncaught exceptions, from the page and every frame in it. */
function errorsOf(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') out.push(m.text()); });
  page.on('pageerror', (e) => out.push(e.message));
  return out;
}

describe('embeds', () => {
  it.each(embeds.map((e) => e.widget))('%s hydrates when framed by another origin, and credits its lesson', async (widget) => {
    const page = await env.browser.context.newPage();
    const errors = errorsOf(page);
    const frame = await frameOnBlog(page, `${env.site.url}ko/embed/${widget}/`);
    await frame.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 20_000 });
    expect(await frame.locator('[data-widget]').count()).toBeGreaterThan(0);
    const credit = frame.locator('.embed-credit a');
    expect(await credit.getAttribute('target')).toBe('_blank');
    const entry = embeds.find((e) => e.widget === widget)!;
    expect(new URL((await credit.getAttribute('href'))!).hash).toBe(`#${entry.anchor}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the training lab still trains in a sandboxed frame without storage or Workers (main-thread fallback)', async () => {
    const page = await env.browser.context.newPage();
    const errors = errorsOf(page);
    const frame = await frameOnBlog(page, `${env.site.url}en/embed/training-lab/?lab-depth=4&v=1`, 'allow-scripts');
    await frame.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 20_000 });
    const lab = frame.locator('[data-widget="training-lab"]');
    await expect.poll(() => lab.getAttribute('data-engine'), { timeout: 10_000 }).toBe('main');
    await lab.getByRole('button', { name: trainingLab.step, exact: true }).click();
    await expect.poll(() => lab.getAttribute('data-step')).toBe('1');
    expect(await frame.locator('#lab-depth').inputValue()).toBe('4');
    expect(errors.filter((e) => !/Worker|SecurityError|sandbox/i.test(e))).toEqual([]);
    await page.close();
  });

  it('publishes oEmbed: the page links its JSON, whose iframe points back at the page', async () => {
    for (const lang of ['ko', 'en']) {
      for (const e of embeds) {
        const html = readFileSync(join(dist, lang, 'embed', e.widget, 'index.html'), 'utf8');
        const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
        expect(href, `${lang}/${e.widget}`).toBe(`http://localhost:4321${base}${lang}/embed/${e.widget}/oembed.json`);
        const o = JSON.parse(readFileSync(join(dist, lang, 'embed', e.widget, 'oembed.json'), 'utf8'));
        expect(o).toMatchObject({ version: '1.0', type: 'rich', title: e.name[lang as 'ko' | 'en'], height: e.height });
        expect(o.html).toContain(`<iframe src="http://localhost:4321${base}${lang}/embed/${e.widget}/"`);
        expect(o.thumbnail_url).toBe(`http://localhost:4321${base}og/${lang}/embed-${e.widget}.png`);
        expect(readFileSync(join(dist, 'og', lang, `embed-${e.widget}.png`)).subarray(1, 4).toString()).toBe('PNG');
      }
    }
  });

  it('the embed index’s snippets follow the settings changed in its live preview', async () => {
    const page = await env.browser.context.newPage();
    const errors = errorsOf(page);
    await page.goto(`${env.site.url}en/embed/#depth-product`);
    const card = page.locator('[data-embed="depth-product"]');
    await card.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('[data-embed="depth-product"]')?.closest('astro-island[ssr]'));
    expect(await page.locator('iframe').count()).toBe(0); // previews load only when asked for
    await card.getByRole('button', { name: 'Try it live here' }).click();
    const frame = (await card.locator('iframe').elementHandle())!;
    const inner = (await frame.contentFrame())!;
    await inner.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 20_000 });
    await inner.getByRole('slider', { name: 'Layers' }).focus();
    await inner.page().keyboard.press('End');
    const iframeCode = card.locator('[data-snippet="iframe"] textarea');
    await expect.poll(() => iframeCode.inputValue()).toContain('depth-n=30');
    expect(await card.locator('[data-snippet="markdown"] textarea').inputValue())
      .toMatch(/^\[!\[.+\]\(http:\/\/localhost:4321\/gradient-lab\/og\/en\/embed-depth-product\.png\)\]\(http:\/\/localhost:4321\/gradient-lab\/en\/embed\/depth-product\/\?depth-n=30&depth-z=0&v=1\)$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
