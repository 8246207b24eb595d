import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A primary source in a lesson's references section. */
const reference = z.object({
  /** Short citation key used in the prose, e.g. "glorot2010". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Full citation, as it should be printed. */
  text: z.string().min(10),
  /** Stable link (DOI, arXiv, publisher); optional. */
  url: z.url().optional(),
});

/**
 * Lessons: `content/lessons/<lang>/<slug>.mdx`. The same file name in `ko/` and `en/` is the same
 * lesson; tests/site checks that twins agree on frontmatter keys, headings and widgets.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '{ko,en}/*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string().min(1),
    /** One sentence for the course map, search results and social cards. */
    description: z.string().min(10),
    /** Position in the course, 1-based; must match src/i18n/course.ts. */
    order: z.number().int().min(1),
    references: z.array(reference).default([]),
    /** Last substantive revision. */
    updated: z.coerce.date(),
  }),
});

/** Free-standing prose pages per language, e.g. the course home's introduction (`content/pages/<lang>/home.mdx`). */
const pages = defineCollection({
  loader: glob({ pattern: '{ko,en}/*.mdx', base: './content/pages' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(10) }),
});

export const collections = { lessons, pages };
