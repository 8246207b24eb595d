/**
 * Page side of the comparison, on the kit's engine host: one Web Worker for all six runs, or the
 * same host.ts on the main thread with budgets of MAIN_BUDGET_MS. While playing it keeps one
 * request in flight; after a pause it keeps asking until every queued measurement has arrived.
 */
import { createFramePump, startEngine, type EngineHost, type EngineKind } from '~/widgets/kit/engine-host';
import type { FromHost, ToHost } from './protocol';

export type { EngineKind };

const BUDGET_MS: Record<EngineKind, number> = { worker: 40, main: 8 };
/** Rounds (one step of each run) per request; the time budget usually ends a request first. */
const ROUNDS = 10_000;

export class CompareRunner {
  playing = false;
  private disposed = false;
  /** Measurements the host still has queued (from its last snapshot). */
  private pending = 0;
  private setup: { depth: number; seed: number } | null = null;
  private readonly host: EngineHost<ToHost>;
  /** One request per frame at most, and only when the previous one has answered. */
  private readonly pump = createFramePump(() => {
    if (this.disposed) return false;
    if (this.host.inFlight === 0) {
      if (this.playing) this.request(ROUNDS, false);
      else if (this.pending > 0) this.request(0, false);
    }
    return this.playing || this.pending > 0 || this.host.inFlight > 0;
  });

  constructor(onMessage: (msg: FromHost) => void, onEngine: (kind: EngineKind) => void) {
    this.host = startEngine<ToHost, FromHost>({
      worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
      handler: () => import('./host').then((m) => m.createCompareHost),
      onMessage: (msg) => {
        if (msg.type === 'snap') this.pending = msg.pending;
        onMessage(msg);
        if (this.pending > 0) this.pump.wake();
      },
      onEngine,
    });
  }

  get engine(): EngineKind { return this.host.engine; }

  /** Six new runs at this depth and seed (replies about the previous ones are discarded). */
  configure(depth: number, seed: number): void {
    this.pause(false);
    this.setup = { depth, seed };
    this.send({ type: 'init', gen: this.host.nextGen(), depth, seed }, 'init');
  }

  play(): void {
    if (this.playing || this.disposed) return;
    this.playing = true;
    this.pump.wake();
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
    const gen = this.host.nextGen();
    // Should the worker fail from here on, the main thread starts these runs afresh in this generation.
    if (this.setup) this.host.keep('init', { type: 'init', gen, ...this.setup });
    this.send({ type: 'reset', gen });
  }

  dispose(): void {
    this.disposed = true;
    this.playing = false;
    this.pump.stop();
    this.host.dispose();
  }

  private request(rounds: number, force: boolean): void {
    this.send({ type: 'run', gen: this.host.gen, rounds, budgetMs: BUDGET_MS[this.host.engine], force });
  }

  private send(msg: ToHost, keep?: string): void {
    if (this.disposed) return;
    this.host.send(msg, { keep });
    this.pump.wake();
  }
}
