/**
 * The determinism digest (tests/support/determinism.ts: five seeded configurations, 300 steps each, a hash
 * of every parameter's bits) in Firefox ESR and WebKitGTK, beside determinism.test.ts's Chromium: the same
 * seed gives the same bits in every engine our readers use, as the digests pinned in Node.
 */
import { describe, expect, it } from 'vitest';
import { type EngineName } from '../support/engines';
import { useEngine } from '../support/engine-site';
import { EXPECTED_DIGESTS as EXPECTED } from '../support/determinism.ts';
import { digestsIn } from '../support/determinism-bundle.ts';

describe.each(['firefox', 'webkit'] as EngineName[])('same seed, same bits in %s as in Node', (name) => {
  const env = useEngine(name);

  it('the five seeded configurations give the digests pinned in Node', async () => {
    const page = await env.engine.open(`${env.site.url}en/glossary/`);
    const got = await digestsIn((src) => page.run<string>(`return (0, eval)(${JSON.stringify(src)});`));
    expect(got).toEqual(EXPECTED);
    await page.close();
  });
});
