/** tests/support/determinism.ts bundled as one script for a browser, and run through any engine's evaluate(js). */
import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles tests/support/determinism.ts as one IIFE whose completion value is the digest map as JSON. */
export async function digestBundle(): Promise<string> {
  const res = await build({
    entryPoints: [join(import.meta.dirname, 'determinism.ts')], bundle: true, write: false,
    format: 'iife', globalName: '__determinism', target: 'es2022', platform: 'neutral',
  });
  return `${res.outputFiles[0].text}\n;JSON.stringify(__determinism.runDigests());`;
}

/** Runs the bundle with an engine's evaluate(js) and parses the digests. */
export async function digestsIn(evaluate: (js: string) => Promise<unknown>): Promise<Record<string, string>> {
  return JSON.parse(String(await evaluate(await digestBundle()))) as Record<string, string>;
}
