import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';
import { launch, type Browser } from '../support/browser.ts';
import { EXPECTED_DIGESTS as EXPECTED } from '../support/determinism.ts';

/** Bundles tests/support/determinism.ts as one IIFE whose completion value is the digest map. */
export async function digestBundle(): Promise<string> {
  const res = await build({
    entryPoints: [join(import.meta.dirname, '../support/determinism.ts')], bundle: true, write: false,
    format: 'iife', globalName: '__determinism', target: 'es2022', platform: 'neutral',
  });
  return `${res.outputFiles[0].text}\n;JSON.stringify(__determinism.runDigests());`;
}

/** Runs the bundle with any engine's evaluate(js) (Chromium here; Firefox and WebKit on branch issue-16). */
export async function digestsIn(evaluate: (js: string) => Promise<unknown>): Promise<Record<string, string>> {
  return JSON.parse(String(await evaluate(await digestBundle()))) as Record<string, string>;
}

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
