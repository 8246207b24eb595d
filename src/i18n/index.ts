import { ko } from './ko/index';
import { en } from './en/index';
import type { UiStrings } from './ko/index';

export const languages = ['ko', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'ko';

const tables: Record<Lang, UiStrings> = { ko, en };

/** UI strings for a language. @example strings('en').references === 'References' */
export function strings(lang: Lang): UiStrings {
  return tables[lang];
}

/** The other language of the pair. @example otherLang('ko') === 'en' */
export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko';
}

/** True when a route parameter names a supported language. */
export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

/**
 * A site-internal URL under the configured base, always ending in `/` for pages.
 * @example pathTo('en', 'relu') === '/gradient-lab/en/relu/'
 */
export function pathTo(...segments: string[]): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const rest = segments.filter(Boolean).map((s) => s.replace(/^\/+|\/+$/g, '')).join('/');
  return `${base}/${rest}${rest && !/\.[a-z0-9]+$/i.test(rest) ? '/' : ''}`;
}

/** The language a page URL is in (the first segment after the base), Korean when none. */
export function langFromUrl(url: URL): Lang {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const first = url.pathname.slice(base.length).split('/').filter(Boolean)[0];
  return isLang(first) ? first : defaultLang;
}
