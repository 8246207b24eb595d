/**
 * Static oEmbed (type "rich") for each embed, discovered through the <link> on the embed page: a
 * platform that auto-embeds a pasted link shows the live widget in an iframe.
 */
import type { APIRoute } from 'astro';
import { languages, pathTo, strings, type Lang } from '~/i18n';
import { embeds, type EmbedEntry } from '~/embeds/registry';
import { iframeSnippet } from '~/embeds/snippets';

export function getStaticPaths() {
  return languages.flatMap((lang) => embeds.map((entry) => ({ params: { lang, widget: entry.widget }, props: { entry } })));
}

export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params.lang as Lang;
  const { entry } = props as { entry: EmbedEntry };
  const t = strings(lang);
  const url = new URL(pathTo(lang, 'embed', entry.widget), site).href;
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: t.siteName,
    provider_url: new URL(pathTo(lang), site).href,
    title: entry.name[lang],
    html: iframeSnippet(url, entry.name[lang], entry.height),
    width: 700,
    height: entry.height,
    thumbnail_url: new URL(pathTo('og', lang, `embed-${entry.widget}.png`), site).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
