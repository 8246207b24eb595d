/**
 * Every widget a blogger can embed: <base>/<lang>/embed/<widget>/. Each widget's folder holds its entry
 * (`src/widgets/<widget>/embed.ts`): the lesson and section it comes from (the attribution link), the id
 * its settings use in the query string (the same as in the lesson, so a lesson link's settings work in
 * the embed), and a frame height. The list is gathered here, in course order (then by widget name).
 * The embed page renders the widget with its lesson's defaults; see src/pages/[lang]/embed/.
 */
import { course, type LessonSlug } from '~/i18n/course';

export interface EmbedEntry {
  widget: string;
  /** The lesson it explains, or 'home' for the course home. */
  lesson: LessonSlug | 'home';
  anchor: string;
  /** Query-string id of the widget's settings (as in the lesson). */
  id: string;
  /** Suggested iframe height in CSS pixels at a 700 px wide frame. */
  height: number;
  name: { ko: string; en: string };
}

const entries = import.meta.glob<EmbedEntry>('../widgets/*/embed.ts', { eager: true, import: 'embed' });
const rank = (e: EmbedEntry) => (e.lesson === 'home' ? -1 : course.findIndex((c) => c.slug === e.lesson));

export const embeds: EmbedEntry[] = Object.values(entries)
  .sort((a, b) => rank(a) - rank(b) || (a.widget < b.widget ? -1 : a.widget > b.widget ? 1 : 0));

export const embedById = (widget: string): EmbedEntry | undefined => embeds.find((e) => e.widget === widget);
