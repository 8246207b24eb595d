/**
 * Debian's Chromium driven by playwright-core (no browser download is possible here). When the
 * browser is missing the e2e tests fail with the way to install it — they never skip silently.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { HYDRATE_ALL, HYDRATION_CEILING_MS } from './in-page.ts';

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
 * Brings every not-yet-hydrated island into view until all have hydrated (the in-page loop of
 * in-page.ts), waiting on that state with a generous ceiling: a loaded 2-core machine can take tens
 * of seconds, which is slow but not wrong. Only past the ceiling does it fail, naming the islands
 * left. Returns how many islands the page has.
 */
export async function hydrateAll(page: Page, ceilingMs = HYDRATION_CEILING_MS): Promise<number> {
  const left = await page.evaluate(new Function(`return (async () => { ${HYDRATE_ALL(ceilingMs)} })()`) as () => Promise<number>);
  if (left > 0) {
    const names = await page.evaluate(() => [...document.querySelectorAll('astro-island[ssr]')]
      .map((el) => el.getAttribute('component-export') === 'default' ? el.getAttribute('component-url') : el.getAttribute('component-export')));
    throw new Error(`${left} island(s) did not hydrate within ${ceilingMs / 1000} s: ${names.join(', ')}`);
  }
  return page.evaluate(() => document.querySelectorAll('astro-island').length);
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Resolves after `n` rendered frames: enough for a style change to apply, or for a running widget to move on. */
export const afterFrames = (page: Page, n: number) => page.evaluate((n) => new Promise<void>((r) => {
  const f = () => (--n > 0 ? requestAnimationFrame(f) : r());
  requestAnimationFrame(f);
}), n);

/** The rules whose result depends on the colour scheme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/**
 * The rules whose result depends on the language's text (the page's language, its title and every
 * accessible name a translation supplies): what a twin needs beyond its sibling's full run, since
 * tests/site/twins.test.ts pins that the twins share headings, components and structure.
 */
export const TEXT_RULES = ['html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'valid-lang', 'document-title',
  'button-name', 'link-name', 'input-button-name', 'image-alt', 'input-image-alt', 'area-alt', 'svg-img-alt', 'role-img-alt',
  'object-alt', 'label', 'select-name', 'frame-title', 'aria-input-field-name', 'aria-toggle-field-name', 'aria-command-name',
  'aria-meter-name', 'aria-progressbar-name', 'aria-tooltip-name', 'aria-dialog-name', 'empty-heading', 'empty-table-header'];

/** Which axe rules to run: `only` these (all when absent), minus `skip`, on the page minus `exclude` (selectors). */
export interface AxeScope { only?: string[]; skip?: string[]; exclude?: string[] }

/** axe-core's serious and critical violations on the current page, for the rules and part of the page in `scope`. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(async ({ only, skip, exclude }) => {
    const context = exclude?.length ? { exclude: exclude.map((s) => [s]) } : document;
    const options: Record<string, unknown> = { resultTypes: ['violations'] };
    if (only) options.runOnly = { type: 'rule', values: only };
    if (skip) options.rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(context, options);
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  }, scope);
  return results.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; impact: string; targets: string[] }) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}
