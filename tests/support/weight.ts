/**
 * What JavaScript a built page makes the browser load before any interaction: its inline scripts,
 * and each island's component and renderer modules with their static imports, followed through the
 * chunk graph. Dynamic import() and Workers load later and are reported apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';
import { parse } from 'node-html-parser';

export interface PageWeight { inlineBytes: number; inlineGzip: number; modules: string[]; moduleGzip: number; lazy: string[] }

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)|new URL\(\s*["']([^"']+\.js)["']\s*,\s*import\.meta\.url\s*\)/g;

/** JS weight of one built HTML page; `dist` is the site folder, `base` the base path. */
export function pageWeight(dist: string, base: string, html: string): PageWeight {
  const doc = parse(html);
  const inline = doc.querySelectorAll('script:not([src])').map((s) => s.text).join('\n');
  const inlineBytes = Buffer.byteLength(inline);
  const inlineGzip = inline ? gzipSync(inline, { level: 9 }).length : 0;
  const entries = new Set<string>();
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attr);
      if (url) entries.add(url);
    }
  }
  for (const s of doc.querySelectorAll('script[src]')) entries.add(s.getAttribute('src')!);
  const toFile = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(normalize(join(dirname(file), m[1])));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(normalize(join(dirname(file), m[1] ?? m[2])));
  };
  for (const url of entries) visit(toFile(url));
  const modules = [...seen];
  const moduleGzip = modules.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { inlineBytes, inlineGzip, modules, moduleGzip, lazy: [...lazy].filter((f) => !seen.has(f)) };
}
