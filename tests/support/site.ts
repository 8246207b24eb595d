/**
 * The built site served under its base path plus a Chromium context, for one browser-test file:
 * started before its tests, closed after them. Read `env.site` / `env.browser` inside tests.
 * @example const env = useSite(); it('…', async () => { const page = await env.browser.context.newPage(); await page.goto(env.site.url); });
 */
import { afterAll, beforeAll } from 'vitest';
import { base, dist } from './paths';
import { serve, type StaticSite } from './server';
import { launch, type Browser } from './browser';

export function useSite(): { site: StaticSite; browser: Browser } {
  const env = {} as { site: StaticSite; browser: Browser };
  beforeAll(async () => { env.site = await serve(dist, base); env.browser = await launch(); });
  afterAll(async () => { await env.browser?.close(); await env.site?.close(); });
  return env;
}
