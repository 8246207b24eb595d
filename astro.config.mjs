// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkHeadingIds from './src/markdown/remark-heading-ids.mjs';
import pagefindIndex from './src/integrations/pagefind.mjs';

// One place for the deployment address: the deploy workflow sets both from the repository.
const base = process.env.SITE_BASE ?? '/gradient-lab';
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(), preact(), pagefindIndex(),
    // Every lesson, course home, glossary and embed index with its other-language twin as xhtml:link alternates (ko and en share
    // slugs). The language-choice page at the root and the 404 are left out: the root is no Korean page.
    sitemap({
      i18n: { defaultLocale: 'ko', locales: { ko: 'ko', en: 'en' } },
      // Single-widget embed pages are noindex (their lesson is the page to find), so they stay out too.
      filter: (page) => {
        const path = new URL(page).pathname.slice(base.replace(/\/$/, '').length);
        return /^\/(ko|en)\//.test(path) && !/\/embed\/[^/]+\/$/.test(path);
      },
    }),
  ],
  markdown: {
    // Astro 7's default processor (Sätteri) cannot run rehype plugins; KaTeX needs unified.
    processor: unified({
      remarkPlugins: [remarkMath, remarkHeadingIds],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
  },
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    worker: { format: 'es' },
  },
  // A separate cache lets two builds run in one tree at once (ASTRO_CACHE_DIR=/tmp/…).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  devToolbar: { enabled: false },
});
