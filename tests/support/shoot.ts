/**
 * Screenshots in Firefox ESR and WebKitGTK (Chromium: /work/shared/tools/shoot.mjs), light and dark,
 * desktop (1280 px) and phone (390 px; in WebKit, whose window stays ≥ 447 px, inside a 390-px iframe).
 * Usage: node_modules/.bin/node tests/support/shoot.ts OUT_DIR [path …]   (needs a built dist/)
 * @example node_modules/.bin/node tests/support/shoot.ts /tmp/shots en/ en/playground/ ko/resnet/
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { base, dist } from './paths.ts';
import { serve } from './server.ts';
import { launchEngine, type EngineName, type Scheme } from './engines.ts';
import { HYDRATE_ALL } from './in-page.ts';

const [out = '/tmp/gl-shots', ...args] = process.argv.slice(2);
const paths = args.length ? args : ['en/', 'en/playground/', 'en/remedies-compared/', 'ko/vanishing-gradients/'];
mkdirSync(out, { recursive: true });
const site = await serve(dist, base);
for (const name of ['firefox', 'webkit'] as EngineName[]) {
  for (const scheme of ['light', 'dark'] as Scheme[]) {
    const engine = await launchEngine(name, scheme, site.origin);
    for (const path of paths) {
      const slug = path.replace(/\/$/, '').replace(/\//g, '-') || 'root';
      const desktop = await engine.open(site.url + path);
      await desktop.run(HYDRATE_ALL(30_000));
      await desktop.screenshot(join(out, `${name}-${scheme}-desktop-${slug}.png`));
      await desktop.close();
      const phone = await engine.open(site.url + path, { width: 390, height: 844 });
      if (name === 'webkit') {
        await phone.run(`document.body.innerHTML = ''; document.body.style.margin = '0';
          const f = document.createElement('iframe'); f.style.cssText = 'width:390px;height:844px;border:0';
          f.src = location.href; await new Promise((r) => { f.onload = r; document.body.append(f); });
          await new Promise((r) => setTimeout(r, 500));`);
      }
      await phone.screenshot(join(out, `${name}-${scheme}-phone-${slug}.png`));
      await phone.close();
      console.log(`${name} ${scheme} ${path}`);
    }
    await engine.close();
  }
}
await site.close();
