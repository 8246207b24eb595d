import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { createXorTrainer, STEP_SIZE } from '../../src/widgets/xor-network/run';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();

/** The loss the engine reaches in Node after `steps` updates, formatted as the widget shows it. */
function engineLoss(seed: number, steps: number, hidden = '2') {
  const t = createXorTrainer({ seed, lr: '1', hidden });
  t.run(steps);
  return formatNumber(t.evaluate().loss, 3);
}
const shown = (page: import('playwright-core').Page, key: string) =>
  page.locator(`[data-widget="xor-network"] output[data-value="${key}"]`).textContent();

describe('the XOR network', () => {
  it('with the default seed shows the engine’s loss after the step button is pressed N times', async () => {
    const { page, problems } = await env.open(`en/feedforward-networks/`);
    await expect.poll(() => shown(page, 'loss')).toBe(engineLoss(4, 0));
    const step = page.getByRole('button', { name: `${STEP_SIZE} steps` });
    for (let i = 0; i < 12; i++) await step.click();
    await expect.poll(() => shown(page, 'step')).toBe(String(12 * STEP_SIZE));
    expect(await shown(page, 'loss')).toBe(engineLoss(4, 12 * STEP_SIZE));
    expect(await shown(page, 'accuracy')).toBe('100%');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => shown(page, 'step')).toBe('0');
    expect(await shown(page, 'loss')).toBe(engineLoss(4, 0));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('plays to the end without errors, keeps settings in the URL and restores them', async () => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems = watch(page, env.site.origin);
    await page.goto(`${env.site.url}ko/feedforward-networks/`);
    await hydrateAll(page);
    await page.getByLabel('은닉 유닛 수').selectOption('4');
    await page.getByLabel('시드', { exact: true }).fill('1');
    await page.getByLabel('시드', { exact: true }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('xor-seed')).toBe('1');
    await page.getByRole('button', { name: '재생' }).click();
    await expect.poll(() => shown(page, 'step')).toBe('3000');
    expect(await shown(page, 'loss')).toBe(engineLoss(1, 3000, '4'));
    await page.goto(page.url());
    await hydrateAll(page);
    expect(await page.getByLabel('은닉 유닛 수').inputValue()).toBe('4');
    expect(await shown(page, 'loss')).toBe(engineLoss(1, 0, '4'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to defaults on hostile query values', async () => {
    const { page, problems } = await env.open(`en/feedforward-networks/?xor-seed=0x10&xor-lr=${encodeURIComponent('<b>')}&xor-hidden=99&v=1`);
    expect(await page.getByLabel('Seed').inputValue()).toBe('4');
    expect(await shown(page, 'loss')).toBe(engineLoss(4, 0));
    expect(problems).toEqual([]);
    await page.close();
  });
});
