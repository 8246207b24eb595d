import { fileURLToPath } from 'node:url';


/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Where `npm test` builds the site it checks: dist/, like `npm run build`. Set GL_DIST to another
 * folder when several people build in one tree at once.
 */
export const dist = process.env.GL_DIST ?? `${root}dist`;
/** The base path the tests build with: the default, as readers see it. */
export const base = '/gradient-lab/';

/**
 * Environment for a child `astro build`: the caller's, minus what Vitest injects (BASE_URL, MODE,
 * DEV, PROD, SSR, NODE_ENV, VITEST*), which would otherwise override the site's own base path.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}
