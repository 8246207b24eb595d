/**
 * The determinism digest (tests/support/determinism.ts: five seeded configurations, 300 steps each, a hash
 * of every parameter's bits) in Firefox ESR and WebKitGTK, beside determinism.test.ts's Chromium: the same
 * seed gives the same bits in every engine our readers use, as the digests pinned in Node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, dist } from '../support/paths';
import { serve, type StaticSite } from '../support/server';
import { launchEngine, type Engine, type EngineName } from '../support/engines';
import { PROBE } from '../support/probe';
import { EXPECTED_DIGESTS as EXPECTED } from '../support/determinism.ts';
import { digestsIn } from '../support/determinism-bundle.ts';

describe.each(['firefox', 'webkit'] as EngineName[])('same seed, same bits in %s as in Node', (name) => {
  let site: StaticSite;
  let engine: Engine;
  beforeAll(async () => {
    site = await serve(dist, base, 0, { inject: name === 'webkit' ? PROBE.source : undefined });
    engine = await launchEngine(name, 'light', site.origin);
  });
  afterAll(async () => { await engine?.close(); await site?.close(); });

  it('the five seeded configurations give the digests pinned in Node', async () => {
    const page = await engine.open(`${site.url}en/glossary/`);
    const got = await digestsIn((src) => page.run<string>(`return (0, eval)(${JSON.stringify(src)});`));
    expect(got).toEqual(EXPECTED);
    await page.close();
  });
});
