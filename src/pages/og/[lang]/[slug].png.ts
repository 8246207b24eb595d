/**
 * One social card per lesson and language, plus one per course home (`index`):
 * <base>/og/<lang>/<slug>.png. Referenced by BaseLayout's Open Graph and Twitter tags.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, strings, type Lang } from '~/i18n';
import { lessonSlug, lessonsIn } from '~/lessons';
import { renderCard, type CardText } from '~/og/card';
import { embeds } from '~/embeds/registry';
import { course } from '~/i18n/course';

export const getStaticPaths = (async () => {
  const paths: { params: { lang: Lang; slug: string }; props: { card: CardText } }[] = [];
  for (const lang of languages) {
    const t = strings(lang);
    paths.push({ params: { lang, slug: 'index' }, props: { card: { lang, kicker: t.siteName, title: t.siteTagline, description: t.footerText, siteName: t.siteName } } });
    for (const entry of await lessonsIn(lang)) {
      const { title, description, order } = entry.data;
      paths.push({ params: { lang, slug: lessonSlug(entry) }, props: { card: { lang, kicker: t.lessonLabel(order), title, description, siteName: t.siteName } } });
    }
    for (const e of embeds) {
      const from = e.lesson === 'home' ? t.siteTagline : course.find((c) => c.slug === e.lesson)![lang];
      paths.push({ params: { lang, slug: `embed-${e.widget}` }, props: { card: { lang, kicker: t.embedKicker, title: e.name[lang], description: from, siteName: t.siteName } } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard((props as { card: CardText }).card), { headers: { 'Content-Type': 'image/png' } });
