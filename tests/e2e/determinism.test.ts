import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from '../support/browser.ts';
import { EXPECTED_DIGESTS as EXPECTED } from '../support/determinism.ts';
import { digestsIn } from '../support/determinism-bundle.ts';

describe('same seed, same bits in Chromium as in Node', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); }, 60_000);
  afterAll(async () => { await browser?.close(); });
  it('the five seeded configurations give the digests pinned in Node', async () => {
    const page = await browser.context.newPage();
    const got = await digestsIn((js) => page.evaluate((src) => (0, eval)(src), js));
    expect(got).toEqual(EXPECTED);
  }, 120_000);
});
