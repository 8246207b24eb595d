/**
 * Page side of the comparison's engine: one Web Worker for all six runs, or, when the Worker
 * constructor throws (sandboxed frames) or the worker fires 'error', the same host on the main
 * thread in slices of at most MAIN_BUDGET_MS per animation frame. While playing it keeps one
 * request in flight; after a pause it keeps asking until every queued measurement has arrived.
 */
import type { FromHost, ToHost } from './protocol';

export type EngineKind = 'worker' | 'main';

const WORKER_BUDGET_MS = 40;
const MAIN_BUDGET_MS = 8;
/** Rounds (one step of each run) per request; the time budget usually ends a request first. */
const ROUNDS = 10_000;

export class CompareRunner {
  engine: EngineKind = 'worker';
  playing = false;
  private worker: Worker | null = null;
  private host: ((msg: ToHost) => void) | null = null;
  private queue: ToHost[] = [];
  private gen = 0;
  private inFlight = 0;
  private pending = 0;
  private raf = 0;
  private init: ToHost | null = null;
  private disposed = false;
  private readonly onMessage: (msg: FromHost) => void;
  private readonly onEngine: (kind: EngineKind) => void;

  constructor(onMessage: (msg: FromHost) => void, onEngine: (kind: EngineKind) => void) {
    this.onMessage = onMessage;
    this.onEngine = onEngine;
    try {
      this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<FromHost>) => this.receive(e.data);
      this.worker.onerror = (e) => { e.preventDefault?.(); this.fallback(); };
    } catch {
      this.fallback();
    }
  }

  /** Six new runs at this depth and seed (replies about the previous ones are discarded). */
  configure(depth: number, seed: number): void {
    this.pause(false);
    this.gen++;
    this.inFlight = 0;
    this.init = { type: 'init', gen: this.gen, depth, seed };
    this.send(this.init);
  }

  play(): void {
    if (this.playing || this.disposed) return;
    this.playing = true;
    this.loop();
  }

  /** Stops training; with `measure`, asks for exact measurements at the step reached. */
  pause(measure = true): void {
    if (!this.playing) return;
    this.playing = false;
    if (measure) this.request(0, true);
  }

  /** The same six runs from step 0 (a new generation: replies about the old steps are discarded). */
  reset(): void {
    this.pause(false);
    this.gen++;
    this.inFlight = 0;
    this.send({ type: 'reset', gen: this.gen });
  }

  dispose(): void {
    this.disposed = true;
    this.playing = false;
    cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.worker?.terminate();
    this.worker = null;
    this.host = null;
  }

  /** One request per frame at most, and only when the previous one has answered. */
  private loop(): void {
    if (this.raf || this.disposed) return;
    this.raf = requestAnimationFrame(() => {
      this.raf = 0;
      if (this.inFlight === 0) {
        if (this.playing) this.request(ROUNDS, false);
        else if (this.pending > 0) this.request(0, false);
      }
      if (this.playing || this.pending > 0 || this.inFlight > 0) this.loop();
    });
  }

  private request(rounds: number, force: boolean): void {
    const budgetMs = this.engine === 'worker' ? WORKER_BUDGET_MS : MAIN_BUDGET_MS;
    this.send({ type: 'run', gen: this.gen, rounds, budgetMs, force });
  }

  private send(msg: ToHost): void {
    if (this.disposed) return;
    this.inFlight++;
    if (this.worker) this.worker.postMessage(msg);
    else if (this.host) this.host(msg);
    else this.queue.push(msg);
    this.loop();
  }

  private receive(msg: FromHost): void {
    if (this.disposed || msg.gen !== this.gen) return;
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (msg.type === 'snap') this.pending = msg.pending;
    this.onMessage(msg);
    if (this.pending > 0) this.loop();
  }

  /** The same host on the main thread, loaded on demand; the current runs are rebuilt there from step 0. */
  private fallback(): void {
    if (this.engine === 'main' || this.disposed) return;
    this.worker?.terminate();
    this.worker = null;
    this.engine = 'main';
    this.onEngine('main');
    this.queue = this.init ? [this.init] : [];
    void import('./host').then(({ createCompareHost }) => {
      if (this.disposed) return;
      this.host = createCompareHost((msg) => this.receive(msg));
      const queued = this.queue;
      this.queue = [];
      this.inFlight = 0;
      for (const msg of queued) this.send(msg);
    });
  }
}
