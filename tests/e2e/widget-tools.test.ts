import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site';
import { derivativeProducts } from '../../src/widgets/depth-product/DepthProduct';
import { depthProduct } from '../../src/widgets/depth-product/strings/en';
import { trainingLab } from '../../src/widgets/training-lab/strings/en';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { fill, formatNumber } from '../../src/widgets/kit/format';

const env = useSite();

/** Clicks a widget's CSV button; returns the file name and its data rows as { chart, series, x, y }. */
async function downloadCsv(page: Page, widget: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${widget} [data-tool="csv"]`).first().click()]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  const [head, ...rows] = text.trimEnd().split('\r\n');
  expect(head).toBe('chart,series,x,y');
  // No field in these charts needs quoting (checked: none contains a comma).
  return { name: download.suggestedFilename(), rows: rows.map((r) => { const [chart, series, x, y] = r.split(','); return { chart, series, x: Number(x), y: y === '' ? null : Number(y) }; }) };
}

describe('widget tools: copy link and download data', () => {
  it('the depth-product CSV holds the chart’s three series, the sigmoid one equal to the engine’s σ′(z)ⁿ', async () => {
    const { page, problems } = await env.open(`en/?depth-n=7&depth-z=2&v=1`);
    const { name, rows } = await downloadCsv(page, '[data-widget="depth-product"]');
    expect(name).toBe('gradient-lab-en-home-depth.csv');
    expect(new Set(rows.map((r) => r.chart))).toEqual(new Set([depthProduct.chartLabel]));
    expect(new Set(rows.map((r) => r.series))).toEqual(new Set([depthProduct.sigmoid, depthProduct.tanh, depthProduct.relu]));
    const sigmoid = rows.filter((r) => r.series === depthProduct.sigmoid);
    const expected = derivativeProducts('sigmoid', 2);
    expect(sigmoid.map((r) => r.x)).toEqual(expected.map((_, i) => i + 1));
    sigmoid.forEach((r, i) => expect(Math.abs(r.y! - expected[i])).toBeLessThanOrEqual(1e-15 * expected[i]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('copy link puts the settings and the section’s anchor on the clipboard', async () => {
    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
    const { page } = await env.open(`ko/`);
    await page.getByRole('slider', { name: '층 수' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('depth-n')).toBe('30');
    await page.locator('[data-widget="depth-product"] [data-tool="copy-link"]').click();
    await expect.poll(() => page.locator('[data-widget="depth-product"] .tool-status').textContent()).not.toBe('');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe('/gradient-lab/ko/');
    expect(copied.searchParams.get('depth-n')).toBe('30');
    expect(copied.hash).toBe('#depth-product');
    await page.close();
  });

  it('the training-lab CSV equals what its views show, and those equal the engine’s measurements in Node', async () => {
    const { page, problems } = await env.open(`en/vanishing-gradients/`);
    const lab = page.locator('[data-widget="training-lab"]').first();
    await lab.getByRole('button', { name: trainingLab.step, exact: true }).click();
    await expect.poll(() => lab.getAttribute('data-step')).toBe('1');
    await page.waitForTimeout(500); // the loss chart redraws on a later frame
    const { rows } = await downloadCsv(page, '[data-widget="training-lab"]');
    const session = new LabSession(PRESETS['sigmoid-deep'].settings);
    session.advance(1);
    const m1 = session.measure();
    // Bars: ten hidden layers, then the output layer — as their hover titles print them.
    const bars = rows.filter((r) => r.chart === trainingLab.views.gradients);
    expect(bars.map((r) => r.y)).toEqual([...m1.gradNorms, m1.outputGradNorm].map((v) => expect.closeTo(v, 12)) as never);
    const titles = await lab.locator('.lab-bars-plot rect title').allTextContents();
    expect(titles).toEqual([...m1.gradNorms.map((v, i) => fill(trainingLab.layerBar, { l: i + 1, v: formatNumber(v) })), fill(trainingLab.outputBar, { v: formatNumber(m1.outputGradNorm) })]);
    // Loss curve: the points the chart holds, at step 0 and step 1, equal the engine's losses there.
    const loss = rows.filter((r) => r.chart === trainingLab.chartLabels.loss && r.series === trainingLab.lossLabel);
    const m0 = new LabSession(PRESETS['sigmoid-deep'].settings).measure();
    expect(loss.map((r) => r.x)).toEqual([0, 1]);
    expect(loss[0].y).toBeCloseTo(m0.loss, 12);
    expect(loss[1].y).toBeCloseTo(m1.loss, 12);
    expect(problems).toEqual([]);
    await page.close();
  });
});
