/**
 * `npm test`: builds the site (tests/support/build.ts, as the site and e2e projects' global setup
 * would), then runs `astro check` (TypeScript and Astro diagnostics) beside the whole Vitest run
 * instead of in front of it. Not beside the build: both write the generated types under .astro/.
 * The check's output is printed when it ends; the command fails when either fails. Arguments go to Vitest.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import build from './build.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.env.GL_RUN_ID = String(process.pid); // Vitest's global setup then sees this run's build and skips its own
build();

const node = (args, stdio) => spawn(process.execPath, args, { cwd: root, stdio });
const done = (child) => new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
const check = node(['node_modules/astro/bin/astro.mjs', 'check'], ['ignore', 'pipe', 'pipe']);
let checkOutput = '';
check.stdout.on('data', (d) => { checkOutput += d; });
check.stderr.on('data', (d) => { checkOutput += d; });
const vitest = node(['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)], 'inherit');

const [checkCode, vitestCode] = await Promise.all([done(check), done(vitest)]);
process.stdout.write(`\nastro check (run beside the tests):\n${checkOutput.trimEnd()}\n`);
if (checkCode !== 0) console.error(`npm test: astro check failed (exit ${checkCode})`);
process.exit(checkCode || vitestCode);
