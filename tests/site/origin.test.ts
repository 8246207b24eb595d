import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../support/paths';
import { filesUnder, linksOf, pagesOf } from '../support/dist';

// Absolute URLs that name a namespace or a licence, never fetched by a browser.
const HARMLESS = [
  /^https?:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/)/,
];
const SITE_ORIGIN = 'http://localhost:4321';

describe('no request leaves the site', () => {
  const files = filesUnder(dist);

  it('no stylesheet, script, font or image in the HTML comes from another origin', () => {
    const offenders: string[] = [];
    for (const page of pagesOf(dist)) {
      for (const { tag, attr, value } of linksOf(page.doc)) {
        if (!/^(https?:)?\/\//.test(value)) continue;
        const origin = new URL(value, SITE_ORIGIN).origin;
        if (origin === SITE_ORIGIN) continue;
        // Readers may follow links to sources (<a href>); nothing else may point away.
        if (tag === 'a' && attr === 'href') continue;
        offenders.push(`${page.file}: <${tag} ${attr}="${value}">`);
      }
      for (const m of page.html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) offenders.push(`${page.file}: url(${m[1]})`);
    }
    expect(offenders).toEqual([]);
  });

  it.each(files.filter((f) => /\.(css|js|mjs)$/.test(f)))('%s names no other origin', (file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    const urls = [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`)]*/gi)].map((m) => m[0]).filter((u) => /^https?:/.test(u));
    const bad = urls.filter((u) => !HARMLESS.some((re) => re.test(u)) && !u.startsWith(SITE_ORIGIN));
    expect(bad).toEqual([]);
  });
});
