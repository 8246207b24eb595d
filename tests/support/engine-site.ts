/**
 * The built site served for one engine plus that engine, for one browser-test file: started before its
 * tests, closed after them (Firefox takes ≈ 10 s to launch, so once per file). For WebKit the server
 * injects the in-page probe and logs every response's status (its driver sees neither console nor network).
 * @example const env = useEngine('webkit'); it('…', async () => { const page = await env.engine.open(env.site.url + 'en/'); … });
 */
import { afterAll, beforeAll } from 'vitest';
import { base, dist } from './paths.ts';
import { serve, type Served, type StaticSite } from './server.ts';
import { launchEngine, type Engine, type EngineName, type Scheme } from './engines.ts';
import { PROBE } from './probe.ts';

export function useEngine(name: EngineName, scheme: Scheme = 'light'): { site: StaticSite; engine: Engine } {
  const env = {} as { site: StaticSite; engine: Engine };
  beforeAll(async () => {
    const served: Served[] = [];
    env.site = await serve(dist, base, 0, name === 'webkit' ? { inject: PROBE.source, log: served } : {});
    env.engine = await launchEngine(name, scheme, env.site.origin, served);
  });
  afterAll(async () => { await env.engine?.close(); await env.site?.close(); });
  return env;
}
