/** <base>/data/mnist-1000.bin — see src/data/mnist-pack.ts for the format, mnist-source.ts for provenance. */
import type { APIRoute } from 'astro';
import { buildMnistAsset } from '~/data/mnist-source';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(buildMnistAsset()), { headers: { 'Content-Type': 'application/octet-stream' } });
