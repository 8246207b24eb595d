/**
 * Page side of the explorer: measures in a Web Worker; where none can start (the constructor
 * throws in sandboxed frames, a missing file fires 'error') it loads the same code on the main
 * thread and measures there with a smaller batch (fallbackBatch) so one pass stays short.
 * Only the newest request matters: answers tagged with an older `gen` are dropped, and the
 * fallback skips requests superseded before their turn.
 */
import type { MeasureReply } from './protocol';
import { BATCH, fallbackBatch, type InitResult, type InitSettings } from './settings';

export type EngineKind = 'worker' | 'main';

export class InitRunner {
  engine: EngineKind = 'worker';
  private worker: Worker | null = null;
  private gen = 0;
  private last: InitSettings | null = null;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onResult: (result: InitResult, settings: InitSettings) => void;
  private readonly onEngine: (kind: EngineKind) => void;
  private readonly pending = new Map<number, InitSettings>();

  constructor(onResult: (result: InitResult, settings: InitSettings) => void, onEngine: (kind: EngineKind) => void) {
    this.onResult = onResult;
    this.onEngine = onEngine;
    try {
      this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<MeasureReply>) => this.receive(e.data);
      this.worker.onerror = (e) => { e.preventDefault?.(); this.fallback(); };
    } catch {
      this.fallback();
    }
  }

  /** Measures these settings; any answer about an earlier request is ignored from now on. */
  request(settings: InitSettings): void {
    if (this.disposed) return;
    this.last = settings;
    const gen = ++this.gen;
    this.pending.clear();
    this.pending.set(gen, settings);
    if (this.worker) this.worker.postMessage({ gen, settings, batch: BATCH });
    else if (this.engine === 'main') this.runOnMain();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
  }

  private receive(reply: MeasureReply): void {
    const settings = this.pending.get(reply.gen);
    if (this.disposed || reply.gen !== this.gen || !settings) return;
    this.pending.delete(reply.gen);
    if (reply.ok) this.onResult(reply.result, settings);
    else this.fallback();
  }

  private fallback(): void {
    if (this.engine === 'main' || this.disposed) return;
    this.worker?.terminate();
    this.worker = null;
    this.engine = 'main';
    this.onEngine('main');
    this.runOnMain();
  }

  /** One measurement of the newest settings, in its own task after the page has painted. */
  private runOnMain(): void {
    clearTimeout(this.timer);
    const settings = this.last;
    const gen = this.gen;
    if (!settings) return;
    void import('./compute').then(({ measureInit }) => {
      this.timer = setTimeout(() => {
        if (this.disposed || gen !== this.gen) return;
        const result = measureInit(settings, fallbackBatch(settings.width, settings.depth));
        this.pending.delete(gen);
        this.onResult(result, settings);
      }, 0);
    });
  }
}
