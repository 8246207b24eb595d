/**
 * Builds the Pagefind search index after every `astro build`, whoever runs it (npm start, the
 * tests, the deploy action). Pagefind splits the index by each page's <html lang>, so Korean
 * pages are searched from Korean pages and English from English. KaTeX's MathML copy of every
 * formula is left out (it would index each symbol twice).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export default function pagefindIndex() {
  return {
    name: 'gradient-lab:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.katex-mathml', '.widget-table'] });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        const problems = [...added.errors, ...written.errors];
        await pagefind.close();
        if (problems.length) throw new Error(`pagefind: ${problems.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
