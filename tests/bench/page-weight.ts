/**
 * Prints the JavaScript each built page loads before interaction (gzip), for notes and budgets:
 *   npm run build && node tests/bench/page-weight.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pagesOf } from '../support/dist.ts';
import { pageWeight } from '../support/weight.ts';
import { base, dist as defaultDist } from '../support/paths.ts';

const dist = process.argv[2] ?? defaultDist;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log('page'.padEnd(44), 'inline', ' JS gz', 'CSS gz', 'lazy');
for (const page of pagesOf(dist)) {
  const w = pageWeight(dist, base, page.html);
  const css = page.doc.querySelectorAll('link[rel="stylesheet"]').reduce((n, l) => {
    const href = l.getAttribute('href')!;
    return n + gzipSync(readFileSync(join(dist, href.slice(base.length)))).length;
  }, 0);
  console.log(page.file.padEnd(44), kb(w.inlineGzip), kb(w.moduleGzip), kb(css), w.lazy.map((f) => f.split('/').pop()).join(' '));
}
