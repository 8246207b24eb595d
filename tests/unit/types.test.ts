import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from '../support/paths';

// `astro check` type-checks .ts, .tsx, .astro and the content schema with the project's strict tsconfig.
it('the whole project type-checks (astro check)', () => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'check'], { cwd: root, encoding: 'utf8' });
  const summary = /Result[\s\S]*$/.exec(run.stdout)?.[0] ?? run.stdout.slice(-2000);
  expect(run.status, `${run.stdout.slice(-4000)}\n${run.stderr}`).toBe(0);
  expect(summary).toMatch(/0 errors/);
}, 120_000);
