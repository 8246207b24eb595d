/**
 * Debian's Chromium driven by playwright-core (no browser download is possible here). When the
 * browser is missing the e2e tests fail with the way to install it — they never skip silently.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser { context: BrowserContext; close(): Promise<void> }

/** A fresh persistent context (its own temp profile). */
export async function launch(options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's browser (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'gl-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, args: FLAGS, javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
  });
  return { context, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** What went wrong on a page while it was open: console errors, uncaught exceptions, requests to other origins. */
export function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/404-check/')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

/**
 * Brings every not-yet-hydrated island into view, one at a time with two animation frames each (an
 * IntersectionObserver only sees what is on screen when a frame renders), until all have hydrated.
 */
export async function hydrateAll(page: Page, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await page.evaluate(async () => {
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const el of [...document.querySelectorAll('astro-island[ssr]')]) {
        // astro-island is display: contents (no box of its own): scroll its content into view.
        (el.firstElementChild ?? el).scrollIntoView({ block: 'center' });
        await frames();
      }
      return document.querySelectorAll('astro-island[ssr]').length;
    });
    if (pending === 0) break;
    if (Date.now() > deadline) throw new Error(`${pending} island(s) did not hydrate within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate(() => document.querySelectorAll('astro-island').length);
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the current page. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  return results.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; impact: string; targets: string[] }) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}
