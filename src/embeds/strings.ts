/**
 * Every widget's UI strings by language, for pages that render widgets outside MDX (the embeds):
 * `widgetStrings[lang][camelCaseFolder]` is the export of the same name in
 * `src/widgets/<folder>/strings/<lang>.ts`.
 */
import type { Lang } from '~/i18n';

const modules = import.meta.glob<Record<string, unknown>>('../widgets/*/strings/*.ts', { eager: true });
const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget types its own strings
type Table = Record<string, any>;
export const widgetStrings: Record<Lang, Table> = { ko: {}, en: {} };
for (const [path, mod] of Object.entries(modules)) {
  const [, folder, lang] = /widgets\/([^/]+)\/strings\/([a-z]+)\.ts$/.exec(path)!;
  if (folder === 'kit' || !(lang in widgetStrings)) continue;
  widgetStrings[lang as Lang][camel(folder)] = mod[camel(folder)];
}
