import { getCollection, type CollectionEntry } from 'astro:content';
import { course } from '~/i18n/course';
import type { Lang } from '~/i18n';

export type Lesson = CollectionEntry<'lessons'>;

/** The slug of a lesson entry: its file name without language folder. @example 'ko/relu' → 'relu' */
export function lessonSlug(entry: Lesson): string {
  return entry.id.split('/').pop()!;
}

/** Lessons written in a language, in course order. */
export async function lessonsIn(lang: Lang): Promise<Lesson[]> {
  const all = await getCollection('lessons', (e) => e.id.startsWith(`${lang}/`));
  const position = (e: Lesson) => course.findIndex((c) => c.slug === lessonSlug(e));
  return all.sort((a, b) => position(a) - position(b));
}
