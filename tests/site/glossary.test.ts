import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { base, dist } from '../support/paths';
import { glossary } from '../../src/glossary/terms';
import { course } from '../../src/i18n/course';

const page = (lang: string) => parse(readFileSync(join(dist, lang, 'glossary', 'index.html'), 'utf8'));

describe('the glossary', () => {
  it('has unique term ids, each pointing at a lesson of the course', () => {
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
    for (const g of glossary) expect(course.map((c) => c.slug), g.id).toContain(g.lesson);
  });

  it.each(['ko', 'en'] as const)('%s: lists every term once under its shared id, with the other language’s term and a link to its lesson once written', (lang) => {
    const other = lang === 'ko' ? 'en' : 'ko';
    const doc = page(lang);
    const entries = doc.querySelectorAll('.glossary-entry');
    expect(entries.map((e) => e.id).sort()).toEqual(glossary.map((g) => g.id).sort());
    for (const g of glossary) {
      const entry = doc.querySelector(`#${g.id}`)!;
      expect(entry.querySelector('dfn')!.text).toBe(g[lang].term);
      if (g[other].term !== g[lang].term) expect(entry.querySelector(`dt [lang="${other}"]`)!.text).toBe(g[other].term);
      const written = existsSync(join(dist, lang, g.lesson, 'index.html'));
      const href = entry.querySelector('dd a')?.getAttribute('href');
      if (written) expect(href).toBe(`${base}${lang}/${g.lesson}/${g.anchor ? `#${g.anchor}` : ''}`);
      else expect(href).toBeUndefined();
    }
  });

  it.each(['ko', 'en'] as const)('%s: sorted for the reader’s language, and linked from every page’s footer', (lang) => {
    const terms = page(lang).querySelectorAll('dfn').map((d) => d.text);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, lang, { sensitivity: 'base' })));
    const home = parse(readFileSync(join(dist, lang, 'index.html'), 'utf8'));
    expect(home.querySelector(`footer a[href="${base}${lang}/glossary/"]`)).not.toBeNull();
  });
});
