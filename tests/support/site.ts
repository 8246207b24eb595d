/**
 * The built site served under its base path plus a Chromium context, for one browser-test file:
 * started before its tests, closed after them. Read `env.site` / `env.browser` inside tests, and open
 * pages with `env.open`, the one page-opening helper (new tab, scheme, problem watch, load, hydration).
 * @example const env = useSite(); it('…', async () => { const { page, problems } = await env.open('en/playground/'); … expect(problems).toEqual([]); await page.close(); });
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { base, dist } from './paths';
import { serve, type StaticSite } from './server';
import { hydrateAll, launch, watch, type Browser } from './browser';

export interface OpenOptions {
  /** The colour scheme the page is emulated in (default light). */
  scheme?: 'light' | 'dark';
  /** Bring every island into view and wait until all have hydrated (default true). */
  hydrate?: boolean;
  /** Viewport, when not the default 1280 × 900. */
  width?: number;
  height?: number;
}

export interface Opened {
  page: Page;
  /** Console errors, exceptions, failed or ≥ 400 responses and other-origin requests, as they happen. */
  problems: string[];
}

export interface SiteEnv {
  site: StaticSite;
  browser: Browser;
  /** Opens `path` (relative to the site's base, query included) in a new tab of the file's browser. */
  open(path: string, options?: OpenOptions): Promise<Opened>;
}

/** `javaScript: false` gives the file a browser with scripts off (pages read as without JavaScript). */
export function useSite({ javaScript = true }: { javaScript?: boolean } = {}): SiteEnv {
  const env = {
    async open(path: string, { scheme = 'light', hydrate = true, width, height }: OpenOptions = {}) {
      const page = await env.browser.context.newPage();
      if (width || height) await page.setViewportSize({ width: width ?? 1280, height: height ?? 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const problems = watch(page, env.site.origin);
      await page.goto(env.site.url + path, { waitUntil: 'load' });
      if (hydrate) await hydrateAll(page);
      return { page, problems };
    },
  } as SiteEnv;
  beforeAll(async () => { env.site = await serve(dist, base); env.browser = await launch({ javaScriptEnabled: javaScript }); });
  afterAll(async () => { await env.browser?.close(); await env.site?.close(); });
  return env;
}
