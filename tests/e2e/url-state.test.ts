/**
 * The address bar belongs to the reader: opening a page, with or without widget settings in the
 * query, leaves `location.href` exactly as it was once every island has hydrated; only a reader's
 * change writes it. Shipped link values that were renamed (`lab-init=normal1`) still open as before.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site';
import { hydrateAll, watch } from '../support/browser';

const env = useSite();

/** Pages holding every kind of widget (URL read at first render, or after mount), bare and with settings. */
const PAGES = [
  'en/', 'ko/',
  'en/gradient-descent/', 'en/backpropagation/', 'en/feedforward-networks/', 'en/perceptron/',
  'en/vanishing-gradients/', 'en/exploding-gradients/', 'en/weight-initialization/', 'en/relu/',
  'en/batch-normalization/', 'en/resnet/', 'ko/leaky-relu/', 'ko/remedies-compared/', 'en/playground/',
  'en/?depth-n=4&v=1',
  'en/exploding-gradients/?chain-w=1&chain-z=2&v=1#top',
  'en/relu/?relu-init=tiny&relu-act=sigmoid&v=1',
  'en/playground/?lab-init=normal1&lab-depth=4&other=kept&v=1',
  'ko/gradient-descent/?curve-lr=0.5&v=1',
];

describe('URL state', () => {
  it.each(PAGES)('opening %s leaves the address bar as it was', async (path) => {
    const page = await env.browser.context.newPage();
    const problems = watch(page, env.site.origin);
    const url = `${env.site.url}${path}`;
    await page.goto(url);
    const islands = await hydrateAll(page);
    expect(islands).toBeGreaterThan(0);
    // Effects run after hydration's render; two frames let every mount effect and its re-render finish.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => location.href)).toBe(url);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a reader’s change writes the URL, keeping other keys and the hash', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}en/?keep=1#x`);
    await hydrateAll(page);
    await page.locator('[data-widget="depth-product"] input[type="range"]').first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('depth-n')).toBe('30');
    const after = new URL(page.url());
    expect(after.searchParams.get('keep')).toBe('1');
    expect(after.searchParams.get('v')).toBe('1');
    expect(after.hash).toBe('#x');
    await page.close();
  });

  it('a shipped alias opens the setting it named and is written back under the new name', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.url}en/playground/?lab-init=small&v=1`);
    await hydrateAll(page);
    const init = page.locator('[data-widget="training-lab"] select[id$="-init"]');
    await expect.poll(() => init.inputValue()).toBe('tiny');
    await page.locator('[data-widget="training-lab"] select[id$="-act"]').selectOption('tanh');
    await expect.poll(() => new URL(page.url()).searchParams.get('lab-act')).toBe('tanh');
    expect(new URL(page.url()).searchParams.get('lab-init')).toBe('tiny');
    await page.close();
  });
});
