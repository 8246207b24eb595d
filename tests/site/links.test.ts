import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, dist } from '../support/paths';
import { filesUnder, linksOf, pagesOf, urlOf } from '../support/dist';

const pages = pagesOf(dist);
const files = new Set(filesUnder(dist));
const SITE_ORIGIN = 'http://localhost:4321';

/** Resolves a site-internal URL path to the built file it serves, or null. */
function fileFor(path: string): string | null {
  if (!path.startsWith(base)) return null;
  const rest = decodeURIComponent(path.slice(base.length));
  if (rest === '' || rest.endsWith('/')) return files.has(`${rest}index.html`) ? `${rest}index.html` : null;
  return files.has(rest) ? rest : null;
}

describe('the built site', () => {
  it('has the language choice, both course homes and one 404 page', () => {
    for (const f of ['index.html', 'ko/index.html', 'en/index.html', '404.html']) expect(files.has(f), f).toBe(true);
    expect(pages.filter((p) => p.file.endsWith('404.html'))).toHaveLength(1);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: every internal link and asset resolves under the base', (_, page) => {
    const here = new URL(urlOf(page.file, base), SITE_ORIGIN);
    const broken: string[] = [];
    for (const { tag, attr, value } of linksOf(page.doc)) {
      if (/^(mailto:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value, here);
      if (url.origin !== SITE_ORIGIN) continue; // external links are checked by the origin test
      if (tag === 'a' && value.startsWith('#')) {
        if (value.length > 1 && !page.doc.getElementById(decodeURIComponent(value.slice(1)))) broken.push(`${value} (no such id)`);
        continue;
      }
      if (!url.pathname.startsWith(base)) { broken.push(`${attr}=${value} (outside ${base})`); continue; }
      const target = fileFor(url.pathname);
      if (!target) { broken.push(`${attr}=${value}`); continue; }
      if (url.hash && target.endsWith('.html')) {
        const doc = pages.find((p) => p.file === target)?.doc;
        if (doc && !doc.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${value} (no such id in ${target})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: declares its language and has a title', (_, page) => {
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toMatch(/^(ko|en)$/);
    expect(page.doc.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
  });

  it('lesson and home pages link to their twin with hreflang alternates', () => {
    for (const page of pages.filter((p) => /^(ko|en)\//.test(p.file))) {
      const alternates = page.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
      expect(alternates, page.file).toEqual(expect.arrayContaining(['ko', 'en', 'x-default']));
      for (const link of page.doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
        const path = new URL(link.getAttribute('href')!).pathname;
        expect(fileFor(path), `${page.file} → ${path}`).not.toBeNull();
      }
    }
  });

  it('the 404 page speaks both languages', () => {
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    expect(html).toContain('lang="ko"');
    expect(html).toContain('lang="en"');
  });

  it('every lesson page exists in both languages', () => {
    const lessons = (lang: string) => pages.filter((p) => new RegExp(`^${lang}/[^/]+/index\\.html$`).test(p.file)).map((p) => p.file.slice(3));
    expect(lessons('ko').sort()).toEqual(lessons('en').sort());
    expect(existsSync(join(dist, 'ko'))).toBe(true);
  });
});
