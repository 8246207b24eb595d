import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';
import { deep, expected } from '../support/lab';
import { afterFrames, hydrateAll } from '../support/browser';

const env = useSite();

const lab = (page: Page) => page.locator('[data-widget="training-lab"]');
const readout = (page: Page, k: string) => lab(page).locator(`[data-k="${k}"]`).textContent();

/** Opens the playground page (with `query`), its lab hydrated, connected to its engine and showing a loss. */
async function open(query = '') {
  const opened = await env.open(`en/playground/${query}`);
  await expect.poll(() => lab(opened.page).getAttribute('data-engine')).toBeTruthy();
  await expect.poll(() => readout(opened.page, 'loss')).not.toBe('—');
  return opened;
}

describe('the training lab on the playground page', () => {
  it('shows the engine’s loss and gradient ratio after one step, trains in a worker, and pauses cleanly', async () => {
    const { page, problems } = await open();
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
    await expect.poll(async () => Number(await lab(page).getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Pause' }).click();
    // Paused: the readout is measured exactly at the step the lab stopped at (poll until the answer arrives).
    const settled = async () => {
      const at = Number(await lab(page).getAttribute('data-step'));
      return (await readout(page, 'loss')) === expected(deep, at).loss ? at : -1;
    };
    await expect.poll(settled, { timeout: 20_000 }).toBeGreaterThan(20);
    const paused = Number(await lab(page).getAttribute('data-step'));
    // And it stays there: a worker still training would have moved on over 30 rendered frames.
    await afterFrames(page, 30);
    expect(Number(await lab(page).getAttribute('data-step'))).toBe(paused);
    expect(await readout(page, 'loss')).toBe(expected(deep, paused).loss);
    expect(await page.locator('body').textContent()).not.toContain('NaN');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a changed setting in the URL and restores it after a reload', async () => {
    const { page, problems } = await open();
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
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await open(`?lab-depth=999&lab-lr=abc&lab-act=${hostile}&lab-clip=0.01&v=1`);
    expect(await page.getByRole('slider', { name: 'Hidden layers' }).inputValue()).toBe('10');
    expect(await page.getByRole('combobox', { name: 'Activation' }).inputValue()).toBe('sigmoid');
    expect(await readout(page, 'ratio')).toBe(expected(deep, 0).ratio);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ends a divergent run in the diverged message, with a reset that works and no NaN on the page', async () => {
    const { page, problems } = await open('?lab-act=relu&lab-init=normal1&lab-lr=10&v=1');
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
  // Its speed (steps/s, plain and CPU-throttled) is printed by `npm run bench` (tests/bench/lab-speed.ts).
});
