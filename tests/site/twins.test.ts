import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTwins, structureOf } from '../support/twins';
import { root } from '../support/paths';
import { course } from '../../src/i18n/course';

const folders = ['content/lessons', 'content/pages'];
const mdx = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []);

describe('twin checker', () => {
  const ko = `---\ntitle: 가\norder: 1\n---\nimport W from '~/islands/W';\nimport { ko } from '~/i18n/ko';\n## 하나 \\{#one}\n<W client:visible id="a" strings={ko.w} />\n`;
  it('accepts twins that differ only in prose', () => {
    const en = ko.replace('가', 'A').replace('하나', 'One').replace(/\bko\b/g, 'en');
    expect(compareTwins(structureOf(ko), structureOf(en))).toEqual([]);
  });
  it('reports a changed heading id, a missing widget and a different frontmatter key', () => {
    const en = `---\ntitle: A\norder: 1\nextra: 1\n---\nimport W from '~/islands/W';\nimport { en } from '~/i18n/en';\n## One \\{#uno}\n`;
    const problems = compareTwins(structureOf(ko), structureOf(en));
    expect(problems.some((p) => p.startsWith('frontmatter keys'))).toBe(true);
    expect(problems.some((p) => p.startsWith('headings'))).toBe(true);
    expect(problems.some((p) => p.startsWith('components'))).toBe(true);
  });
  it('reports a heading without an explicit id', () => {
    const bare = ko.replace(' \\{#one}', '');
    expect(compareTwins(structureOf(bare), structureOf(bare))).toContain('1 heading(s) without an explicit \\{#id}');
  });
});

describe.each(folders)('%s in both languages', (folder) => {
  const ko = mdx(join(root, folder, 'ko'));
  const en = mdx(join(root, folder, 'en'));
  it('has the same files in ko/ and en/', () => {
    expect(ko.sort()).toEqual(en.sort());
  });
  it.each(ko.filter((f) => en.includes(f)))('%s: twins agree on structure', (file) => {
    const a = structureOf(readFileSync(join(root, folder, 'ko', file), 'utf8'));
    const b = structureOf(readFileSync(join(root, folder, 'en', file), 'utf8'));
    expect(compareTwins(a, b)).toEqual([]);
  });
});

describe('lesson files and the course outline', () => {
  const files = mdx(join(root, 'content/lessons/ko'));
  it('every outline slug is unique and kebab-case', () => {
    const slugs = course.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it.runIf(files.length > 0).each(files)('%s is in the outline at its order', (file) => {
    const slug = file.replace(/\.mdx$/, '');
    const index = course.findIndex((c) => c.slug === slug);
    expect(index, `${slug} is not in src/i18n/course.ts`).toBeGreaterThanOrEqual(0);
    expect(structureOf(readFileSync(join(root, 'content/lessons/ko', file), 'utf8')).order).toBe(index + 1);
  });
});
