import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, root } from '../support/paths';
import { linksOf, pagesOf, urlOf } from '../support/dist';

// A fork deploys under its own repository name: build once more under another base and make sure
// not a single internal URL still points at the default one.
describe('built under another base path', () => {
  const out = mkdtempSync(join(tmpdir(), 'gl-base-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('every internal URL follows the new base', () => {
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
      env: buildEnv({ SITE_BASE: '/other-fork', SITE_URL: 'https://example.test' }),
    });
    const wrong: string[] = [];
    for (const page of pagesOf(out)) {
      const here = new URL(urlOf(page.file, '/other-fork/'), 'https://example.test');
      for (const { value } of linksOf(page.doc)) {
        const url = new URL(value, here);
        if (url.origin === 'https://example.test' && !url.pathname.startsWith('/other-fork/')) wrong.push(`${page.file}: ${value}`);
      }
      if (page.html.includes('/gradient-lab/')) wrong.push(`${page.file}: mentions /gradient-lab/`);
    }
    expect(pagesOf(out).length).toBeGreaterThan(3);
    expect(wrong).toEqual([]);
  }, 120_000);
});
