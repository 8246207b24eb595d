/**
 * One social card per lesson and language, plus one per course home (`index`):
 * <base>/og/<lang>/<slug>.png. Referenced by BaseLayout's Open Graph and Twitter tags.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, strings, type Lang } from '~/i18n';
import { lessonSlug, lessonsIn } from '~/lessons';
import { renderCard, type CardText } from '~/og/card';

export const getStaticPaths = (async () => {
  const paths: { params: { lang: Lang; slug: string }; props: CardText }[] = [];
  for (const lang of languages) {
    const t = strings(lang);
    paths.push({ params: { lang, slug: 'index' }, props: { lang, kicker: t.siteName, title: t.siteTagline, description: t.footerText, siteName: t.siteName } });
    for (const entry of await lessonsIn(lang)) {
      const { title, description, order } = entry.data;
      paths.push({ params: { lang, slug: lessonSlug(entry) }, props: { lang, kicker: t.lessonLabel(order), title, description, siteName: t.siteName } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard(props as CardText), { headers: { 'Content-Type': 'image/png' } });
