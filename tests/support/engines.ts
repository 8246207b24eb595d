/**
 * One small interface over three browser engines, so a page test is written once and runs in each:
 * Chromium (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK
 * (webdriverio + WebKitWebDriver + MiniBrowser under Xvfb). The colour scheme is fixed per launch
 * (Firefox and MiniBrowser only take it as a launch option). A missing browser fails with the way
 * to install it; nothing is skipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { launch as launchChromium } from './browser.ts';
import { PROBE } from './probe.ts';
import type { Served } from './server.ts';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export type Scheme = 'light' | 'dark';

export interface EnginePage {
  /** Runs `body` (a function body's source) in the page and returns its JSON-able result. */
  run<T>(body: string): Promise<T>;
  /** Runs `body` inside the document of the first iframe matching `selector` (any origin, sandboxed or not). */
  runInFrame<T>(selector: string, body: string): Promise<T>;
  /** Console errors, uncaught errors, failed responses and requests to other origins seen so far. */
  problems(): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}
export interface Engine {
  name: EngineName;
  open(url: string, options?: { width?: number; height?: number }): Promise<EnginePage>;
  close(): Promise<void>;
}

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const INSTALL = 'apt-get install -y firefox-esr webkit2gtk-driver xvfb (or run .ci/run)';

function need(path: string, what: string): void {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}. Install it: ${INSTALL}.`);
}

const foreign = (url: string, origin: string) => !url.startsWith(origin) && !/^(data|blob|about):/.test(url);
const wrap = (body: string) => `return (async () => { ${body} })()`;

async function chromium(scheme: Scheme, origin: string): Promise<Engine> {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    async open(url, { width = 1280, height = 900 } = {}) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const seen: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') seen.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => seen.push(`exception: ${e.message}`));
      page.on('request', (r) => { if (foreign(r.url(), origin)) seen.push(`request to another origin: ${r.url()}`); });
      page.on('response', (r) => { if (r.status() >= 400) seen.push(`HTTP ${r.status()}: ${r.url()}`); });
      await page.goto(url, { waitUntil: 'load' });
      return {
        run: (body) => page.evaluate(new Function(wrap(body)) as () => never),
        runInFrame: async (selector, body) => (await (await page.waitForSelector(selector)).contentFrame())!.evaluate(new Function(wrap(body)) as () => never),
        problems: async () => [...seen],
        screenshot: async (file) => { await page.screenshot({ path: file, fullPage: false }); },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function firefox(scheme: Scheme, origin: string): Promise<Engine> {
  need(FIREFOX, 'Firefox ESR');
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'gl-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX, headless: true, userDataDir: profile,
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 },
  });
  return {
    name: 'firefox',
    async open(url, { width = 1280, height = 900 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      const seen: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') seen.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => seen.push(`exception: ${(e as Error).message ?? e}`));
      page.on('request', (r) => { if (foreign(r.url(), origin)) seen.push(`request to another origin: ${r.url()}`); });
      page.on('response', (r) => { if (r.status() >= 400) seen.push(`HTTP ${r.status()}: ${r.url()}`); });
      await page.goto(url, { waitUntil: 'load' });
      return {
        run: (body) => page.evaluate(new Function(wrap(body)) as () => never),
        runInFrame: async (selector, body) => (await (await page.waitForSelector(selector))!.contentFrame())!.evaluate(new Function(wrap(body)) as () => never),
        problems: async () => [...seen],
        screenshot: async (file) => { await page.screenshot({ path: file as `${string}.png` }); },
        close: () => page.close(),
      };
    },
    close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
});

async function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  need('/usr/bin/Xvfb', 'Xvfb');
  const proc = spawn('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise<string>((resolve, reject) => {
    proc.stdout!.once('data', (d) => resolve(`:${String(d).trim()}`));
    proc.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, proc };
}

async function webkit(scheme: Scheme, served?: Served[]): Promise<Engine> {
  need(WEBKIT_DRIVER, 'WebKitWebDriver'); need(MINIBROWSER, 'MiniBrowser');
  const { remote } = await import('webdriverio');
  const x = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: x.display }, stdio: 'ignore' });
  const stop = () => { driver.kill(); x.proc.kill(); };
  const args = ['--automation', ...(scheme === 'dark' ? ['--dark-mode'] : [])];
  let session: WebdriverIO.Browser | undefined;
  // The driver needs a moment to listen; wait for it by retrying the session (a ceiling, not a sleep).
  for (const deadline = Date.now() + 30_000; !session;) {
    try {
      session = await remote({
        hostname: '127.0.0.1', port, logLevel: 'silent', connectionRetryCount: 0,
        capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } } as WebdriverIO.Capabilities,
      });
    } catch (e) { if (Date.now() > deadline) { stop(); throw e; } await new Promise((r) => setTimeout(r, 200)); }
  }
  const b = session;
  return {
    name: 'webkit',
    // One window per engine: WebDriver classic pages are the session's single tab. Widths below the
    // window's minimum (≈ 447 px) are tested through an iframe of that width by the caller.
    async open(url, { width = 1280, height = 900 } = {}) {
      await b.setWindowSize(Math.max(width, 500), height);
      // WebKitGTK's resource timing has no response status: the server's log of this page's requests does.
      served?.splice(0);
      await b.url(url);
      return {
        run: (body) => b.execute(wrap(body)) as never,
        async runInFrame(selector, body) {
          // Classic WebDriver's Switch To Frame: webdriverio marks it deprecated in favour of switchFrame,
          // which works through BiDi browsing contexts that this classic-only session does not have.
          await b.switchToFrame(await b.$(selector).getElement());
          try { return await b.execute(wrap(body)) as never; } finally { await b.switchToParentFrame(); }
        },
        problems: async () => [...(await b.execute(`return (${PROBE.read})()`) as string[]),
          ...(served ?? []).filter((r) => r.status >= 400).map((r) => `HTTP ${r.status}: ${r.path}`)],
        screenshot: async (file) => { await b.execute('return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))'); await b.saveScreenshot(file); },
        close: async () => { await b.url('about:blank'); },
      };
    },
    close: async () => { await b.deleteSession().catch(() => {}); stop(); },
  };
}

/**
 * Launches `name` in `scheme`; `origin` is the site's, for telling foreign requests apart. `served` is
 * the site's request log (serve's `log` option): WebKit reads each page's failed responses from it.
 */
export function launchEngine(name: EngineName, scheme: Scheme, origin: string, served?: Served[]): Promise<Engine> {
  return name === 'chromium' ? chromium(scheme, origin) : name === 'firefox' ? firefox(scheme, origin) : webkit(scheme, served);
}
