/**
 * The house rule of src/widgets/ (DESIGN.md "Layout"): a widget's folder imports only from the engine,
 * the kit and itself, and the kit imports from no widget. Each import specifier (static, dynamic, worker
 * URL) is resolved to a path and checked.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const widgets = join(src, 'widgets');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const SPECIFIER = /(?:from|import|new URL\()\s*\(?\s*['"]([^'"\n]+)['"]/g;

/** Where `file`'s imports point, as paths relative to src/ (bare packages left out). */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]).flatMap((s) =>
    s.startsWith('~/') ? [s.slice(2)] : s.startsWith('.') ? [relative(src, resolve(dirname(file), s))] : []);
}

/** The owner of a path under src/: 'engine', 'kit', a widget's folder name, or something else. */
const ownerOf = (path: string) => (path.startsWith('widgets/') ? path.split('/')[1] : path.split('/')[0]);

describe('widget folders', () => {
  const folders = readdirSync(widgets).filter((n) => statSync(join(widgets, n)).isDirectory());

  it('the import scanner sees every kind of import, relative and aliased', () => {
    const fake = join(widgets, 'a', 'A.tsx');
    const text = "import x from '../b/y';\nimport './a.css';\nconst w = new Worker(new URL('./worker.ts', import.meta.url));\nawait import('~/widgets/kit/format');\nimport { h } from 'preact';";
    expect(importsOf(fake, text)).toEqual(['widgets/b/y', 'widgets/a/a.css', 'widgets/a/worker.ts', 'widgets/kit/format']);
    expect(folders.length).toBeGreaterThanOrEqual(17);
  });

  it('import only from src/engine, src/widgets/kit and themselves', () => {
    const crossings: string[] = [];
    for (const folder of folders) {
      const allowed = folder === 'kit' ? ['kit', 'engine'] : [folder, 'kit', 'engine', 'embeds', 'data'];
      for (const file of filesUnder(join(widgets, folder))) {
        for (const target of importsOf(file)) {
          if (!allowed.includes(ownerOf(target))) crossings.push(`${relative(src, file)} → ${target}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });
});
