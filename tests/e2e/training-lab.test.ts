import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumber } from '../../src/widgets/kit/format';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { PRESETS, type LabSettings } from '../../src/widgets/kit/lab/settings';
import { firstLastRatio } from '../../src/widgets/kit/lab/protocol';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();

const deep = PRESETS.playground.settings;
/** What the readout must say after `steps` steps, computed here in Node by the same engine. */
function expected(settings: LabSettings, steps: number) {
  const lab = new LabSession(settings);
  lab.advance(steps);
  const m = lab.measure();
  return { loss: formatNumber(m.loss), ratio: formatNumber(firstLastRatio(m.gradNorms)!) };
}

const lab = (page: Page) => page.locator('[data-widget="training-lab"]');
const readout = (page: Page, k: string) => lab(page).locator(`[data-k="${k}"]`).textContent();

async function open(page: Page, query = '') {
  await page.goto(`${env.site.url}en/playground/${query}`);
  await hydrateAll(page);
  await expect.poll(() => lab(page).getAttribute('data-engine')).toBeTruthy();
  await expect.poll(() => readout(page, 'loss')).not.toBe('—');
}

describe('the training lab on the playground page', () => {
  it('shows the engine’s loss and gradient ratio after one step, trains in a worker, and pauses cleanly', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await open(page);
    expect(await lab(page).getAttribute('data-engine')).toBe('worker');
    const at0 = expected(deep, 0);
    expect(await readout(page, 'ratio')).toBe(at0.ratio);
    expect(at0.ratio).toBe('2.5×10⁻⁶');
    await page.getByRole('button', { name: 'One step' }).click();
    const at1 = expected(deep, 1);
    await expect.poll(() => readout(page, 'step')).toBe('1');
    await expect.poll(() => readout(page, 'loss')).toBe(at1.loss);
    expect(await readout(page, 'ratio')).toBe(at1.ratio);

    await page.getByRole('button', { name: 'Train' }).click();
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const step = Number(await lab(page).getAttribute('data-step'));
    expect(step).toBeGreaterThan(20);
    await page.waitForTimeout(300);
    const paused = Number(await lab(page).getAttribute('data-step'));
    await page.waitForTimeout(400);
    expect(Number(await lab(page).getAttribute('data-step'))).toBe(paused);
    // After a pause the readout is measured exactly at the paused step.
    await expect.poll(() => readout(page, 'loss')).toBe(expected(deep, paused).loss);
    expect(await page.locator('body').textContent()).not.toContain('NaN');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a changed setting in the URL and restores it after a reload', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await open(page);
    const slider = page.getByRole('slider', { name: 'Hidden layers' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('lab-depth')).toBe('11');
    expect(new URL(page.url()).searchParams.get('v')).toBe('1');
    const d11 = expected({ ...deep, depth: 11 }, 0);
    await expect.poll(() => readout(page, 'ratio')).toBe(d11.ratio);
    await page.reload();
    await hydrateAll(page);
    expect(await page.getByRole('slider', { name: 'Hidden layers' }).inputValue()).toBe('11');
    await expect.poll(() => readout(page, 'ratio')).toBe(d11.ratio);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to the defaults on a hostile URL, without an error', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    await open(page, `?lab-depth=999&lab-lr=abc&lab-act=${hostile}&lab-clip=0.01&v=1`);
    expect(await page.getByRole('slider', { name: 'Hidden layers' }).inputValue()).toBe('10');
    expect(await page.getByRole('combobox', { name: 'Activation' }).inputValue()).toBe('sigmoid');
    expect(await readout(page, 'ratio')).toBe(expected(deep, 0).ratio);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ends a divergent run in the diverged message, with a reset that works and no NaN on the page', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await open(page, '?lab-act=relu&lab-init=normal1&lab-lr=10&v=1');
    await page.getByRole('button', { name: 'Train' }).click();
    const alert = lab(page).getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('diverged at step 2');
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|Infinity/);
    await alert.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => lab(page).getAttribute('data-step')).toBe('0');
    expect(await readout(page, 'ratio')).toBe(expected({ ...deep, act: 'relu', init: 'normal', lr: 10 }, 0).ratio);
    expect(problems).toEqual([]);
    await page.close();
  });

  // Speed is measured and printed here (steps per second, the longest main-thread task, plain and
  // with 4× CPU throttling) for the notes, but not asserted: timings depend on the machine's load.
  it('trains a 20 × 16 network with every view, at full speed and CPU-throttled, and reports its speed', async () => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await open(page, '?lab-depth=20&lab-width=16&v=1');
    await page.waitForTimeout(500);
    const measure = async (label: string) => {
      const since = await page.evaluate(() => performance.now());
      const s0 = Number(await lab(page).getAttribute('data-step'));
      await page.getByRole('button', { name: 'Train' }).click();
      await page.waitForTimeout(3000);
      await page.getByRole('button', { name: 'Pause' }).click();
      const s1 = Number(await lab(page).getAttribute('data-step'));
      const longest = await page.evaluate((t) => Math.max(0, ...(window as unknown as { longTasks: { start: number; duration: number }[] })
        .longTasks.filter((e) => e.start >= t).map((e) => e.duration)), since);
      console.log(`[training-lab] ${label}: ${((s1 - s0) / 3).toFixed(0)} steps/s, longest main-thread task ${longest.toFixed(0)} ms`);
      expect(s1, 'training advanced').toBeGreaterThan(s0);
      return longest;
    };
    await measure('20×16, all views, no throttling');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByRole('button', { name: 'Reset' }).first().click();
    await expect.poll(() => lab(page).getAttribute('data-step')).toBe('0');
    await measure('20×16, all views, CPU throttled 4×');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(problems).toEqual([]);
    await page.close();
  });
});
