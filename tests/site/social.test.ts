import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { base, dist, root } from '../support/paths';

// The default SITE_URL the tests build with (astro.config.mjs).
const site = 'http://localhost:4321';
const langs = ['ko', 'en'] as const;
const slugs = (lang: string) => readdirSync(join(root, 'content/lessons', lang)).map((f) => f.replace(/\.mdx$/, '')).sort();
const abs = (path: string) => `${site}${base}${path}`;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

describe('social cards', () => {
  it.each(langs)('%s: every lesson and the course home has a 1200×630 card, named by its page', (lang) => {
    for (const slug of [...slugs(lang), 'index']) {
      const file = join(dist, 'og', lang, `${slug}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ w: 1200, h: 630 });
    }
  });

  it.each(langs)('%s: each lesson page points Open Graph and Twitter at its own card, canonical URL and language', (lang) => {
    for (const slug of slugs(lang)) {
      const doc = parse(readFileSync(join(dist, lang, slug, 'index.html'), 'utf8'));
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
      const url = abs(`${lang}/${slug}/`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(meta('meta[property="og:url"]')).toBe(url);
      expect(meta('meta[property="og:type"]')).toBe('article');
      expect(meta('meta[property="og:image"]')).toBe(abs(`og/${lang}/${slug}.png`));
      expect(meta('meta[name="twitter:image"]')).toBe(abs(`og/${lang}/${slug}.png`));
      expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(meta('meta[property="og:locale"]')).toBe(lang === 'ko' ? 'ko_KR' : 'en_US');
      const title = doc.querySelector('title')!.text;
      expect(meta('meta[property="og:title"]')).toBe(title);
      expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
    }
  });

  it('the course homes use the course card', () => {
    for (const lang of langs) {
      const doc = parse(readFileSync(join(dist, lang, 'index.html'), 'utf8'));
      expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(abs(`og/${lang}/index.png`));
    }
  });
});

describe('sitemap', () => {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].slice(abs('').length));
  const xml = maps.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  const entries = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map((m) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(m[1])![1],
    alt: Object.fromEntries([...m[1].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]])),
  }));

  it('lists every lesson and course home in both languages, each with its twin as an alternate', () => {
    expect(maps.length).toBeGreaterThan(0);
    for (const lang of langs) {
      for (const slug of [...slugs(lang), '', 'glossary', 'embed']) {
        const loc = abs(slug ? `${lang}/${slug}/` : `${lang}/`);
        const entry = entries.find((e) => e.loc === loc);
        expect(entry, loc).toBeDefined();
        expect(entry!.alt).toEqual({ ko: loc.replace(`/${lang}/`, '/ko/'), en: loc.replace(`/${lang}/`, '/en/') });
      }
    }
    expect(entries.length).toBe(slugs('ko').length + slugs('en').length + 6);
  });

  it('leaves out the language-choice page, the 404 and the noindex widget embeds, and every listed page exists', () => {
    expect(entries.map((e) => e.loc)).not.toContain(abs(''));
    expect(entries.filter((e) => /\/embed\/[^/]+\/$/.test(e.loc))).toEqual([]);
    expect(entries.some((e) => e.loc.includes('404'))).toBe(false);
    for (const e of entries) expect(existsSync(join(dist, e.loc.slice(abs('').length), 'index.html')), e.loc).toBe(true);
  });
});

describe('links back to the repository (PUBLIC_REPO_URL is set for the test build)', () => {
  const repo = 'https://github.com/example/gradient-lab';
  it.each(langs)('%s: every lesson has "suggest a fix" to its own MDX file, and the footer states both licences', (lang) => {
    for (const slug of slugs(lang)) {
      const doc = parse(readFileSync(join(dist, lang, slug, 'index.html'), 'utf8'));
      const edit = doc.querySelectorAll('a').find((a) => a.getAttribute('href')?.includes('/edit/'));
      expect(edit?.getAttribute('href'), slug).toBe(`${repo}/edit/main/content/lessons/${lang}/${slug}.mdx`);
      const footer = doc.querySelector('footer.site-footer')!;
      expect(footer.text).toMatch(/MIT/);
      expect(footer.text).toMatch(/CC BY 4\.0/);
      expect(footer.querySelector(`a[href="${repo}/blob/main/LICENSE"]`)).not.toBeNull();
    }
  });

  it('the repository has the LICENSE the footer links to, naming both licences', () => {
    const text = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(text).toMatch(/MIT License/);
    expect(text).toMatch(/CC BY 4\.0/);
  });
});
