/**
 * Structure of a lesson source, for comparing the Korean and English twins: the frontmatter keys,
 * the headings (depth and explicit id), the components used (with their `id` props) and imports.
 * Prose is free to differ; structure is not.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

export interface Structure {
  frontmatterKeys: string[];
  headings: { depth: number; id: string | null }[];
  widgets: { name: string; id: string | null; directive: string | null }[];
  imports: string[];
  /** Scalar frontmatter that must be identical in both languages. */
  order: unknown;
  referenceIds: string[];
}

/** Reads the structure of one MDX source (code fences are skipped). */
export function structureOf(source: string): Structure {
  const { frontmatter, content } = parseFrontmatter(source);
  const body = content.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  const headings = [...body.matchAll(/^(#{1,6})\s+(.*)$/gm)].map((m) => ({
    depth: m[1].length,
    id: /\\\{#([a-z0-9-]+)\}\s*$/.exec(m[2])?.[1] ?? null,
  }));
  const widgets = [...body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)].map((m) => ({
    name: m[1],
    id: /\bid="([^"]*)"/.exec(m[2])?.[1] ?? null,
    directive: /\b(client:[a-z]+)/.exec(m[2])?.[1] ?? null,
  }));
  const imports = [...body.matchAll(/^import\s+(?:\{[^}]*\}|\w+)\s+from\s+'([^']+)'/gm)]
    .map((m) => m[1].replace(/\/(ko|en)(?=\/|\.ts$|$)/, '/<lang>'));
  const refs = Array.isArray(frontmatter.references) ? frontmatter.references : [];
  return {
    frontmatterKeys: Object.keys(frontmatter).sort(),
    headings,
    widgets,
    imports: imports.sort(),
    order: frontmatter.order,
    referenceIds: refs.map((r: { id?: string }) => r.id ?? '?'),
  };
}

/** Differences between two twins' structures, as readable sentences; empty when they match. */
export function compareTwins(a: Structure, b: Structure): string[] {
  const problems: string[] = [];
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if (!same(a.frontmatterKeys, b.frontmatterKeys)) problems.push(`frontmatter keys differ: ${a.frontmatterKeys} vs ${b.frontmatterKeys}`);
  if (!same(a.order, b.order)) problems.push(`order differs: ${a.order} vs ${b.order}`);
  if (!same(a.headings, b.headings)) problems.push(`headings differ: ${JSON.stringify(a.headings)} vs ${JSON.stringify(b.headings)}`);
  const missingIds = a.headings.filter((h) => h.depth >= 2 && !h.id);
  if (missingIds.length) problems.push(`${missingIds.length} heading(s) without an explicit \\{#id}`);
  if (!same(a.widgets, b.widgets)) problems.push(`components differ: ${JSON.stringify(a.widgets)} vs ${JSON.stringify(b.widgets)}`);
  if (!same(a.imports, b.imports)) problems.push(`imports differ: ${a.imports} vs ${b.imports}`);
  if (!same(a.referenceIds, b.referenceIds)) problems.push(`reference ids differ: ${a.referenceIds} vs ${b.referenceIds}`);
  return problems;
}
