/**
 * Vitest global setup for the site and e2e projects: build the site once per `npm test` run.
 * Both projects run this file; a marker with the test run's id (GL_RUN_ID, set by `npm test`'s
 * tests/support/test-all.mjs, which builds first; else Vitest's process id) makes a second build a no-op.
 * Set SKIP_BUILD=1 to reuse an existing dist/ while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv, dist, root } from './paths.ts';

export default function setup(): void {
  const marker = join(dist, '.built-by-test');
  const runId = process.env.GL_RUN_ID ?? String(process.pid);
  if (process.env.SKIP_BUILD === '1' && existsSync(join(dist, 'index.html'))) return;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === runId) return;
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // A repository address as the deploy workflow would set it, so the "suggest a fix" and licence links are built.
    env: buildEnv({ SITE_BASE: '/gradient-lab', SITE_URL: 'http://localhost:4321', PUBLIC_REPO_URL: 'https://github.com/example/gradient-lab' }),
  });
  writeFileSync(marker, runId);
}
