import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** The built HTML pages of a dist folder, parsed. */
export function pagesOf(dir: string): { file: string; html: string; doc: HTMLElement }[] {
  return filesUnder(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return { file, html, doc: parse(html) };
    });
}

/** The URL path a built file is served at, under `base`. @example urlOf('ko/index.html', '/b/') === '/b/ko/' */
export function urlOf(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Attribute values that make the browser fetch or navigate, with the attribute's name. */
export function linksOf(doc: HTMLElement): { tag: string; attr: string; value: string }[] {
  const out: { tag: string; attr: string; value: string }[] = [];
  for (const el of doc.querySelectorAll('[href], [src], [srcset], [action], [poster], [data]')) {
    for (const attr of ['href', 'src', 'action', 'poster']) {
      const v = el.getAttribute(attr);
      if (v !== undefined) out.push({ tag: el.tagName.toLowerCase(), attr, value: v });
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) for (const part of srcset.split(',')) out.push({ tag: el.tagName.toLowerCase(), attr: 'srcset', value: part.trim().split(/\s+/)[0] });
  }
  return out;
}
