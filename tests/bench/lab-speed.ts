/**
 * The training lab's speed in Chromium, for notes and the phone budget (DESIGN.md "Budgets"): a
 * 20 × 16 network with every view trains 3 s plain and 3 s under 4× CPU throttling; prints steps/s
 * and the longest main-thread task. Timing depends on the machine's load, so it is printed, never
 * asserted, and it is not part of `npm test`. Needs a built site:
 *   npm run build && node tests/bench/lab-speed.ts [dist]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { base, dist as defaultDist } from '../support/paths.ts';
import { serve } from '../support/server.ts';
import { hydrateAll, launch } from '../support/browser.ts';

const dist = process.argv[2] ?? defaultDist;
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run npm run build first`);

const site = await serve(dist, base);
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${site.url}en/playground/?lab-depth=20&lab-width=16&v=1`);
  await hydrateAll(page);
  const lab = page.locator('[data-widget="training-lab"]');
  await page.waitForFunction(() => { const l = document.querySelector('[data-widget="training-lab"] [data-k="loss"]'); return l && l.textContent !== '—'; });
  const measure = async (label: string) => {
    const since = await page.evaluate(() => performance.now());
    const s0 = Number(await lab.getAttribute('data-step'));
    await page.getByRole('button', { name: 'Train' }).click();
    await page.waitForTimeout(3000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const s1 = Number(await lab.getAttribute('data-step'));
    const longest = await page.evaluate((t) => Math.max(0, ...(window as unknown as { longTasks: { start: number; duration: number }[] })
      .longTasks.filter((e) => e.start >= t).map((e) => e.duration)), since);
    console.log(`  ${label.padEnd(34)} ${((s1 - s0) / 3).toFixed(0).padStart(5)} steps/s, longest main-thread task ${longest.toFixed(0)} ms`);
  };
  console.log('\ntraining lab in Chromium, 20 × 16 sigmoid network, every view:');
  await measure('no throttling');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.getByRole('button', { name: 'Reset' }).first().click();
  await page.waitForFunction(() => document.querySelector('[data-widget="training-lab"]')?.getAttribute('data-step') === '0');
  await measure('CPU throttled 4×');
} finally {
  await browser.close();
  await site.close();
}
