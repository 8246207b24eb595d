/**
 * Page side of a lab: starts the engine in a Web Worker, or — where a Worker cannot start (the
 * constructor throws SecurityError in sandboxed iframes; a missing file fires an async 'error')
 * — loads the same host on the main thread and trains in slices of ≤ 8 ms per frame.
 * While playing, each animation frame asks for `speed` more steps unless a request is still
 * pending, so the page never queues work faster than it can draw.
 */
import type { FromHost, ToHost } from '~/widgets/kit/lab/protocol';
import type { LabSettings } from '~/widgets/kit/lab/settings';

export type EngineKind = 'worker' | 'main';
const WORKER_BUDGET_MS = 50;
const MAIN_BUDGET_MS = 8;

export class LabRunner {
  engine: EngineKind = 'worker';
  playing = false;
  speed = 10;
  private worker: Worker | null = null;
  private host: ((msg: ToHost) => void) | null = null;
  private queue: ToHost[] = [];
  private gen = 0;
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

  /** A new run with these settings (discards replies about the previous one). */
  configure(settings: LabSettings, gridRes: number): void {
    this.gen++;
    this.pending = 0;
    this.init = { type: 'init', gen: this.gen, settings, gridRes };
    this.send(this.init);
  }

  play(): void {
    if (this.playing || this.disposed) return;
    this.playing = true;
    this.raf = requestAnimationFrame(this.frame);
  }

  /** Stops training and asks for an exact measurement at the step reached. */
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.raf);
    this.request(0, true);
  }

  /** One mini-batch, measured. */
  step(): void {
    this.pause();
    this.request(1, true);
  }

  reset(): void {
    this.pause();
    this.send({ type: 'reset', gen: this.gen });
  }

  dispose(): void {
    this.disposed = true;
    this.playing = false;
    cancelAnimationFrame(this.raf);
    this.worker?.terminate();
    this.worker = null;
    this.host = null;
  }

  private frame = (): void => {
    if (!this.playing) return;
    if (this.pending === 0) this.request(this.speed, false);
    this.raf = requestAnimationFrame(this.frame);
  };

  private request(steps: number, force: boolean): void {
    const budgetMs = this.engine === 'worker' ? WORKER_BUDGET_MS : MAIN_BUDGET_MS;
    this.send({ type: 'run', gen: this.gen, steps, budgetMs, force });
  }

  private send(msg: ToHost): void {
    if (this.disposed) return;
    this.pending++;
    if (this.worker) this.worker.postMessage(msg);
    else if (this.host) this.host(msg);
    else this.queue.push(msg);
  }

  private receive(msg: FromHost): void {
    if (this.disposed || msg.gen !== this.gen) return;
    if (msg.type !== 'data') this.pending = Math.max(0, this.pending - 1);
    if (msg.type === 'snap' && msg.status === 'diverged') { this.playing = false; cancelAnimationFrame(this.raf); }
    this.onMessage(msg);
  }

  /** Same host on the main thread, loaded on demand; the current run is rebuilt there. */
  private fallback(): void {
    if (this.engine === 'main' || this.disposed) return;
    this.worker?.terminate();
    this.worker = null;
    this.engine = 'main';
    this.onEngine('main');
    // Whatever the worker had done is lost with it: rebuild the current run from step 0.
    this.queue = this.init ? [this.init] : [];
    void import('./host').then(({ createHost }) => {
      if (this.disposed) return;
      this.host = createHost((msg) => this.receive(msg));
      const queued = this.queue;
      this.queue = [];
      this.pending = 0;
      for (const msg of queued) this.send(msg);
    });
  }
}
