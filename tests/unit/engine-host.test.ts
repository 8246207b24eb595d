/**
 * The kit's engine host, which every worker widget uses: without a Worker the same handler runs
 * on the main thread and answers exactly as it does in the worker; when a running worker fails,
 * the kept messages rebuild the run on the main thread; replies of an older generation are
 * dropped; a newer job replaces a running one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFramePump, createJobRunner, serve, startEngine, type EngineKind, type Handler, type Job } from '../../src/widgets/kit/engine-host';
import { createHost as initHost } from '../../src/widgets/init-explorer/host';
import { measureInit } from '../../src/widgets/init-explorer/compute';
import type { MeasureReply, MeasureRequest } from '../../src/widgets/init-explorer/protocol';
import { createHost as labHost } from '../../src/widgets/training-lab/host';
import { PRESETS } from '../../src/widgets/kit/lab/settings';
import type { FromHost, ToHost } from '../../src/widgets/kit/lab/protocol';

const SETTINGS = { init: 'xavier', act: 'tanh', width: 16, depth: 4, seed: 3 } as const;

/** A Worker stand-in the test drives by hand: what the page posted, and the two callbacks. */
function fakeWorker() {
  const posted: unknown[] = [];
  const w = {
    posted,
    terminated: false,
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: Event) => void) | null,
    postMessage(m: unknown) { posted.push(m); },
    terminate() { w.terminated = true; },
  };
  return w;
}

/** Runs `handler` behind `serve`, as a worker.ts does, with a stand-in for the worker's global scope. */
function served<In, Out>(handler: Handler<In, Out>) {
  const out: Out[] = [];
  const scope = { postMessage: (m: Out) => out.push(structuredClone(m)), onmessage: null as ((e: { data: In }) => void) | null };
  vi.stubGlobal('self', scope);
  serve(handler);
  return { out, send: (m: In) => scope.onmessage!({ data: structuredClone(m) }) };
}

const blocked = (): Worker => { throw new DOMException('blocked', 'SecurityError'); };

afterEach(() => { vi.unstubAllGlobals(); });

describe('engine host', { timeout: 30_000 }, () => {
  it('without a Worker, runs the same handler on the main thread and gives the worker path’s answer for one job', async () => {
    const req: MeasureRequest = { gen: 1, settings: SETTINGS };
    const worker = served(initHost);
    worker.send(req);
    await vi.waitFor(() => expect(worker.out).toHaveLength(1));

    const got: MeasureReply[] = [];
    const engines: EngineKind[] = [];
    const host = startEngine<MeasureRequest, MeasureReply>({
      worker: blocked, handler: async () => initHost, onMessage: (m) => got.push(m), onEngine: (k) => engines.push(k),
    });
    expect(host.engine).toBe('main');
    host.send({ gen: host.nextGen(), settings: SETTINGS }, { keep: 'request' });
    await vi.waitFor(() => expect(got).toHaveLength(1));
    expect(engines).toEqual(['main']);
    expect(got[0]).toEqual(worker.out[0]);
    expect(got[0].result).toEqual(measureInit(SETTINGS));
    host.dispose();
  });

  it('when a running worker fails, rebuilds the run on the main thread from the kept init, in the current generation', async () => {
    const w = fakeWorker();
    const got: FromHost[] = [];
    const host = startEngine<ToHost, FromHost>({
      worker: () => w as unknown as Worker, handler: async () => labHost, onMessage: (m) => got.push(m),
      answers: (m) => m.type !== 'data',
    });
    const settings = PRESETS['sigmoid-deep'].settings;
    host.send({ type: 'init', gen: host.nextGen(), settings, gridRes: 0 }, { keep: 'init' });
    host.send({ type: 'init', gen: host.nextGen(), settings, gridRes: 0 }, { keep: 'init' });
    host.send({ type: 'run', gen: host.gen, steps: 5, budgetMs: 50, force: true });
    expect(w.posted).toHaveLength(3);
    expect(host.inFlight).toBe(2);
    // The worker answers the first generation (dropped), then dies before answering the second.
    w.onmessage!({ data: { type: 'snap', gen: 1, step: 0, status: 'ready', divergedAt: null } } as MessageEvent);
    expect(got).toEqual([]);
    w.onerror!(new Event('error'));
    expect(w.terminated).toBe(true);
    expect(host.engine).toBe('main');
    await vi.waitFor(() => expect(got.map((m) => m.type)).toEqual(['data', 'snap']));
    // Only the kept init was replayed (the run request died with the worker), so the run is at step 0 again.
    const direct: FromHost[] = [];
    labHost((m) => direct.push(m))({ type: 'init', gen: 2, settings, gridRes: 0 });
    expect(got).toEqual(direct);
    expect(host.inFlight).toBe(0);
    host.send({ type: 'run', gen: host.gen, steps: 1, budgetMs: 50, force: true });
    await vi.waitFor(() => expect(got).toHaveLength(3));
    expect(got[2]).toMatchObject({ type: 'snap', gen: 2, step: 1 });
    host.dispose();
  });

  it('drops replies of an older generation', () => {
    const w = fakeWorker();
    const got: MeasureReply[] = [];
    const host = startEngine<MeasureRequest, MeasureReply>({ worker: () => w as unknown as Worker, handler: async () => initHost, onMessage: (m) => got.push(m) });
    host.send({ gen: host.nextGen(), settings: SETTINGS });
    host.send({ gen: host.nextGen(), settings: { ...SETTINGS, seed: 4 } });
    const result = measureInit(SETTINGS);
    w.onmessage!({ data: { gen: 1, settings: SETTINGS, result } } as MessageEvent);
    expect(got).toEqual([]);
    w.onmessage!({ data: { gen: 2, settings: SETTINGS, result } } as MessageEvent);
    expect(got.map((m) => m.gen)).toEqual([2]);
    host.dispose();
    w.onmessage!({ data: { gen: 2, settings: SETTINGS, result } } as MessageEvent);
    expect(got).toHaveLength(1);
  });

  it('steps a job in slices, one per task, and a newer job replaces a running one', async () => {
    const log: string[] = [];
    function* count(name: string, n: number): Job {
      for (let i = 0; i < n; i++) { log.push(`${name}${i}`); yield; }
      log.push(`${name} done`);
    }
    const jobs = createJobRunner(0); // a zero budget: exactly one slice per task
    jobs.run(count('a', 1000));
    await vi.waitFor(() => expect(log.length).toBeGreaterThanOrEqual(2));
    jobs.run(count('b', 3));
    await vi.waitFor(() => expect(log).toContain('b done'));
    const stoppedAt = log.indexOf('b0');
    expect(log.slice(0, stoppedAt).every((s) => s.startsWith('a'))).toBe(true);
    expect(log.slice(stoppedAt)).toEqual(['b0', 'b1', 'b2', 'b done']);
    expect(log).not.toContain('a done');
    jobs.run(count('c', 1000));
    jobs.run(null);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).not.toContain('c0');
  });
});

describe('frame pump', () => {
  it('keeps one loop when a frame wakes it again (a main-thread engine answers inside the frame)', () => {
    const queued: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    let frames = 0;
    const pump = createFramePump(() => { frames++; if (frames < 5) pump.wake(); return frames < 5; });
    pump.wake();
    pump.wake();
    expect(queued).toHaveLength(1);
    for (let k = 0; k < 10 && queued.length > 0; k++) {
      queued.shift()!(0);
      expect(queued.length).toBeLessThanOrEqual(1);
    }
    expect(frames).toBe(5);
    expect(queued).toHaveLength(0);
  });
});
