import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '~': fileURLToPath(new URL('../src', import.meta.url)) };

// Four projects, all run by `npm test` (tests/support/test-all.mjs: the build, then `astro check` beside them):
// - engine: the pure TypeScript engine, no build needed;
// - unit: widget logic (URL state, formatting, what a widget computes), no build needed;
// - site: checks over the built dist/ (built once per run by tests/support/build.ts);
// - e2e: the built site served under its base path, driven in Debian's Chromium, Firefox ESR and WebKitGTK.
export default defineConfig({
  root,
  resolve: { alias },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      // Engine and unit tests train real networks: seconds each on an idle machine, much longer on a busy one.
      // The ceiling only stops a hang; no test here asserts a time.
      { resolve: { alias }, test: { name: 'engine', root, include: ['tests/engine/**/*.test.ts'], environment: 'node', testTimeout: 180_000 } },
      { resolve: { alias }, test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 180_000 } },
      {
        resolve: { alias },
        test: { name: 'site', root, include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/support/build.ts'], testTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e', root, include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/support/build.ts'],
          testTimeout: 180_000, hookTimeout: 120_000, fileParallelism: false,
          // A page's state arrives after workers, frames and slices of work; on a loaded 2-core machine 1 s (the
          // default) is too short for some of it. A wrong value still fails, just after 10 s. Hydration may take
          // up to 90 s (in-page.ts HYDRATION_CEILING_MS), so a test may take up to 3 min before it is a failure.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
