/**
 * Lesson 11's widget used like a reader would (buttons, keyboard on the slider), with every figure
 * it shows compared with what the engine computes in Node for the same settings: the per-step
 * status line, "diverged at step 3", the ∞ flags on the layer bars, the clipped-steps count.
 * Only the first steps are compared one for one — after a few hundred clipped steps, last-bit
 * differences between JavaScript engines' Math.exp/log1p can grow (see the lesson-figures test).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fill } from '../../src/widgets/kit/format';
import { DEFAULTS, ExplodingRun, MAX_STEPS, type Settings } from '../../src/widgets/exploding-gradients/run';
import { fmt } from '../../src/widgets/exploding-gradients/summary';
import { explodingGradients as en } from '../../src/widgets/exploding-gradients/strings/en';
import { explodingGradients as ko } from '../../src/widgets/exploding-gradients/strings/ko';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();
const widget = (page: Page) => page.locator('[data-widget="exploding-gradients"]');

/** The status line the widget should show after `steps` steps, from the engine in Node. */
function expectedStatus(s: Settings, steps: number, strings = en): string {
  const run = new ExplodingRun(s);
  run.run(steps);
  const r = run.records[steps - 1];
  return fill(run.clip !== null && r.clipped ? strings.statusClipped : strings.status, { k: r.step, loss: fmt(r.loss), norm: fmt(r.norm), used: fmt(r.used) });
}

async function open(path: string) {
  const page = await env.browser.context.newPage();
  const problems = watch(page, env.site.origin);
  await page.goto(`${env.site.url}${path}`);
  await hydrateAll(page);
  await widget(page).scrollIntoViewIfNeeded();
  await expect.poll(() => widget(page).getByRole('button', { name: en.reset }).or(widget(page).getByRole('button', { name: ko.reset })).isEnabled()).toBe(true);
  return { page, problems };
}

describe('the exploding-gradients widget', () => {
  it('steps through the blow-up with the engine’s numbers, then says it diverged at step 3', async () => {
    const { page, problems } = await open('en/exploding-gradients/');
    const w = widget(page);
    const status = w.locator('.eg-status');
    for (let k = 1; k <= 3; k++) {
      await w.getByRole('button', { name: en.step }).click();
      await expect.poll(() => status.textContent()).toBe(expectedStatus(DEFAULTS, k));
    }
    expect(await status.textContent()).toBe('Step 2: loss 5.4×10⁷¹, ‖g‖ 9.2×10⁷¹');
    await w.getByRole('button', { name: en.run }).click();
    const node = new ExplodingRun(DEFAULTS);
    node.run(MAX_STEPS);
    expect(node.divergedAt).toBe(3);
    const readout = fill(en.summaries.diverged, { k: 3, norm: fmt(node.records[3].norm) });
    await expect.poll(() => w.locator('.widget-readout').textContent(), { timeout: 10_000 }).toBe(readout);
    expect(readout).toContain('Diverged at step 3: the gradient norm was ∞');
    // every layer whose gradient overflowed is flagged, none silently dropped
    const flags = node.records[3].layers.filter((v) => !Number.isFinite(v)).map(fmt);
    expect(await w.locator('.eg-flag').allTextContents()).toEqual(flags);
    expect(await w.getByRole('button', { name: en.run }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('turns on clipping from the keyboard: 20 steps all clipped, as in Node, and the setting survives a reload', async () => {
    const { page, problems } = await open('en/exploding-gradients/');
    const w = widget(page);
    const slider = w.getByRole('slider', { name: en.clip });
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight'); // off → 0.1 → 0.2 → 0.5 → 1
    await expect.poll(() => w.locator('output').first().textContent()).toBe('1');
    await expect.poll(() => new URL(page.url()).searchParams.get('blowup-clip')).toBe('1');
    const s = { ...DEFAULTS, clip: '1' };
    const stepButton = w.getByRole('button', { name: en.step });
    await stepButton.focus();
    for (let k = 0; k < 20; k++) await page.keyboard.press('Enter');
    await expect.poll(() => w.locator('.eg-status').textContent()).toBe(expectedStatus(s, 20));
    const node = new ExplodingRun(s);
    node.run(20);
    const readout = fill(en.summaries.clipped, { k: node.clippedCount(), n: 20, norm: fmt(node.records[19].norm), bound: fmt(0.01), acc: `${Math.round(node.accuracy() * 100)}%` });
    expect(await w.locator('.widget-readout').textContent()).toBe(readout);
    expect(readout).toContain('in 20 of 20 steps');
    await page.reload();
    await hydrateAll(page);
    expect(await widget(page).getByRole('slider', { name: en.clip }).inputValue()).toBe('4');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a shared link with lr 0.001 runs to the dead network the lesson describes (Korean page)', async () => {
    const { page, problems } = await open('ko/exploding-gradients/?blowup-lr=0.001&blowup-seed=1&blowup-clip=off&blowup-init=normal&v=1');
    const w = widget(page);
    await w.getByRole('button', { name: ko.run }).click();
    const node = new ExplodingRun({ ...DEFAULTS, lr: '0.001' });
    node.run(MAX_STEPS);
    expect(node.hiddenSilent()).toBe(true);
    const readout = fill(ko.summaries.silent, { n: MAX_STEPS, acc: '50%' });
    await expect.poll(() => w.locator('.widget-readout').textContent(), { timeout: 30_000 }).toBe(readout);
    expect(await w.getByRole('combobox', { name: ko.lr }).inputValue()).toBe('0.001');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to the defaults on hostile or out-of-range values, without an error', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, problems } = await open(`en/exploding-gradients/?blowup-clip=${hostile}&blowup-lr=1e999&blowup-init=he2&blowup-seed=-4&v=1`);
    const w = widget(page);
    expect(await w.getByRole('slider', { name: en.clip }).inputValue()).toBe('0');
    expect(await w.getByRole('combobox', { name: en.lr }).inputValue()).toBe('0.01');
    expect(await w.getByRole('spinbutton', { name: en.seed }).inputValue()).toBe('1');
    await w.getByRole('button', { name: en.step }).click();
    await expect.poll(() => w.locator('.eg-status').textContent()).toBe(expectedStatus(DEFAULTS, 1));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
