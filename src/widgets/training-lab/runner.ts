/**
 * Page side of a lab, on the kit's engine host (worker, or the same host.ts on the main thread
 * with 8 ms budgets). While playing, each animation frame asks for `speed` more steps unless a
 * request is still pending, so the page never queues work faster than it can draw.
 */
import { createFramePump, startEngine, type EngineHost, type EngineKind } from '~/widgets/kit/engine-host';
import type { FromHost, ToHost } from '~/widgets/kit/lab/protocol';
import type { LabSettings } from '~/widgets/kit/lab/settings';

export type { EngineKind };
const BUDGET_MS: Record<EngineKind, number> = { worker: 50, main: 8 };

export class LabRunner {
  playing = false;
  speed = 10;
  private disposed = false;
  private readonly host: EngineHost<ToHost>;
  private readonly pump = createFramePump(() => {
    if (!this.playing) return false;
    if (this.host.inFlight === 0) this.request(this.speed, false);
    return true;
  });

  constructor(onMessage: (msg: FromHost) => void, onEngine: (kind: EngineKind) => void) {
    this.host = startEngine<ToHost, FromHost>({
      worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
      handler: () => import('./host').then((m) => m.createHost),
      onMessage: (msg) => {
        if (msg.type === 'snap' && msg.status === 'diverged') { this.playing = false; this.pump.stop(); }
        onMessage(msg);
      },
      onEngine,
      answers: (msg) => msg.type !== 'data',
    });
  }

  get engine(): EngineKind { return this.host.engine; }

  /** A new run with these settings (discards replies about the previous one). */
  configure(settings: LabSettings, gridRes: number): void {
    this.host.send({ type: 'init', gen: this.host.nextGen(), settings, gridRes }, { keep: 'init' });
  }

  play(): void {
    if (this.playing || this.disposed) return;
    this.playing = true;
    this.pump.wake();
  }

  /** Stops training and asks for an exact measurement at the step reached. */
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.pump.stop();
    this.request(0, true);
  }

  /** One mini-batch, measured. */
  step(): void {
    this.pause();
    this.request(1, true);
  }

  reset(): void {
    this.pause();
    this.host.send({ type: 'reset', gen: this.host.gen });
  }

  dispose(): void {
    this.disposed = true;
    this.playing = false;
    this.pump.stop();
    this.host.dispose();
  }

  private request(steps: number, force: boolean): void {
    this.host.send({ type: 'run', gen: this.host.gen, steps, budgetMs: BUDGET_MS[this.host.engine], force });
  }
}
