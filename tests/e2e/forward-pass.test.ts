import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { XOR_PRESET, ZERO_PRESET, createNet, forwardPass, truthTable, writeParams } from '../../src/widgets/forward-pass/model';
import { useSite } from '../support/site';

const env = useSite();

const f = (x: number) => formatNumber(x, 3);
const outputs = (page: import('playwright-core').Page) => page.locator('[data-widget="forward-pass"] td[data-value="out"]').allTextContents();

describe('the forward-pass explorer', () => {
  it('shows the engine’s XOR truth table, and follows a weight edited from the keyboard', async () => {
    const { page, problems } = await env.open(`en/feedforward-networks/`);
    const net = createNet();
    writeParams(net, XOR_PRESET);
    await expect.poll(() => outputs(page)).toEqual(truthTable(net).map((r) => f(r.out)));
    // Select the output bias and raise it by two slider steps (0.5 each): −15 → −14.
    await page.getByLabel('Parameter to edit').selectOption('ob');
    const value = page.getByRole('slider', { name: 'Value' });
    await value.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    writeParams(net, { ...XOR_PRESET, ob: -14 });
    await expect.poll(() => outputs(page)).toEqual(truthTable(net).map((r) => f(r.out)));
    await expect.poll(() => new URL(page.url()).searchParams.get('fp-ob')).toBe('-14');
    // The readout is the engine's forward pass at the current input (1, 0).
    const readout = await page.locator('[data-widget="forward-pass"] .widget-readout').textContent();
    expect(readout).toContain(f(forwardPass(net, 1, 0).out));
    await page.getByRole('button', { name: 'Set all to 0' }).click();
    writeParams(net, ZERO_PRESET);
    await expect.poll(() => outputs(page)).toEqual(['0.5', '0.5', '0.5', '0.5']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores weights from a link and ignores hostile values', async () => {
    const { page, problems } = await env.open(`ko/feedforward-networks/?fp-ob=-14&fp-h1w1=${encodeURIComponent('<script>')}&fp-x1=7&v=1`);
    const net = createNet();
    writeParams(net, { ...XOR_PRESET, ob: -14 });
    await expect.poll(() => outputs(page)).toEqual(truthTable(net).map((r) => f(r.out)));
    expect(await page.getByRole('slider', { name: '입력 x₁' }).inputValue()).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });
});
