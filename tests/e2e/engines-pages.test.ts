/**
 * Every page of the site in Firefox ESR and WebKitGTK (Chromium has pages.test.ts): it loads with no
 * console or page error, no failed response and no request to another origin, and every island
 * hydrates. The training lab trains when its button is pressed, and four lessons at 390 px do not
 * scroll sideways. One browser per engine for the whole file; in WebKit, whose driver sees no responses,
 * the test server's log of each page's requests is what shows a failed one.
 */
import { describe, expect, it } from 'vitest';
import { base, dist } from '../support/paths';
import { pagesOf, urlOf } from '../support/dist';
import { type EngineName } from '../support/engines';
import { useEngine } from '../support/engine-site';
import { HYDRATE_ALL, HYDRATION_CEILING_MS, UNTIL } from '../support/in-page';

const pages = pagesOf(dist).map((p) => urlOf(p.file, base).slice(base.length)).filter((p) => p !== '404.html');

describe.each(['firefox', 'webkit'] as EngineName[])('in %s', (name) => {
  const env = useEngine(name);

  it.each(pages)('/%s loads clean and hydrates every island', async (path) => {
    const page = await env.engine.open(env.site.url + path);
    const left = await page.run<number>(HYDRATE_ALL(HYDRATION_CEILING_MS));
    expect(left, 'islands left unhydrated').toBe(0);
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it('would see a failed response: a request that gets 404 shows among the page’s problems', async () => {
    const page = await env.engine.open(`${env.site.url}en/glossary/`);
    await page.run(`await fetch(${JSON.stringify(`${env.site.url}no-such-file.js`)});`);
    expect(await page.problems()).toContainEqual(expect.stringMatching(/^HTTP 404: .*no-such-file\.js$/));
    await page.close();
  });

  it('the training lab trains when Train is pressed (its step counter and loss chart change)', async () => {
    const page = await env.engine.open(`${env.site.url}en/playground/`);
    expect(await page.run<number>(HYDRATE_ALL(HYDRATION_CEILING_MS))).toBe(0);
    const trained = await page.run<{ step: number; changed: boolean }>(`
      const lab = document.querySelector('[data-widget="training-lab"]');
      ${UNTIL}
      await until(() => lab.getAttribute('data-engine'), 30000);
      const canvas = lab.querySelector('canvas');
      const before = canvas.toDataURL();
      [...lab.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Train').click();
      await until(() => Number(lab.getAttribute('data-step')) > 20, 60000);
      [...lab.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Pause').click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { step: Number(lab.getAttribute('data-step')), changed: canvas.toDataURL() !== before };
    `);
    expect(trained.step).toBeGreaterThan(20);
    expect(trained.changed, 'the chart redrew').toBe(true);
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it.each(['ko/vanishing-gradients/', 'en/vanishing-gradients/', 'ko/resnet/', 'en/batch-normalization/'])(
    '/%s at 390 px has no horizontal scroll', async (path) => {
      // WebKitGTK's window will not go below ≈ 447 px, so the page is measured inside a 390-px iframe.
      const page = await env.engine.open(`${env.site.url}404-frame-host/`);
      const overflow = await page.run<number>(`
        document.body.innerHTML = '';
        const f = document.createElement('iframe');
        f.style.cssText = 'width:390px;height:844px;border:0';
        f.src = ${JSON.stringify(env.site.url + path)};
        await new Promise((r) => { f.onload = r; document.body.append(f); });
        const d = f.contentDocument.documentElement;
        return d.scrollWidth - d.clientWidth;
      `);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
});
