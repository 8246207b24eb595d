/**
 * Page side, on the kit's engine host: sends the digits once and asks the engine (engine.ts) to
 * measure or train, in a Web Worker or, where none can start, on the main thread in slices of a
 * few ms (100 digits per gradient slice, 5 SGD steps per slice). Only the newest request counts:
 * replies tagged with an older `gen` are dropped.
 */
import { startEngine, type EngineHost, type EngineKind } from '~/widgets/kit/engine-host';
import type { Reply, Request } from './protocol';
import type { TrainSettings } from './settings';

export type { EngineKind };

export class RerunHost {
  private readonly host: EngineHost<Request>;

  constructor(onReply: (r: Reply) => void, onEngine: (k: EngineKind) => void) {
    this.host = startEngine<Request, Reply>({
      worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
      handler: () => import('./engine').then((m) => m.createRerunHandler),
      onMessage: onReply,
      onEngine,
      onUnavailable: () => onReply({ type: 'failed', gen: this.host.gen, message: 'engine unavailable' }),
    });
  }

  get engine(): EngineKind { return this.host.engine; }

  /** The packed digits (the engine keeps a copy; the page keeps its own for a fallback). */
  setData(bytes: ArrayBuffer): void { this.host.send({ type: 'data', bytes: bytes.slice(0) }, { keep: 'data' }); }

  measure(layers: number, seed: number): number { return this.send({ type: 'measure', gen: this.host.nextGen(), layers, seed }); }
  train(settings: TrainSettings): number { return this.send({ type: 'train', gen: this.host.nextGen(), settings }); }
  stop(): void { this.send({ type: 'stop', gen: this.host.nextGen() }); }

  dispose(): void { this.host.dispose(); }

  private send(r: Request): number {
    this.host.send(r, { keep: 'request' });
    return this.host.gen;
  }
}
