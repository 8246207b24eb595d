/**
 * Page side of the explorer, on the kit's engine host: measures in a Web Worker, or where none
 * can start with the same host.ts on the main thread (smaller batch, see host.ts). Only the
 * newest request matters: answers about an older one are dropped.
 */
import { startEngine, type EngineHost, type EngineKind } from '~/widgets/kit/engine-host';
import type { MeasureReply, MeasureRequest } from './protocol';
import type { InitResult, InitSettings } from './settings';

export type { EngineKind };

export class InitRunner {
  private readonly host: EngineHost<MeasureRequest>;

  constructor(onResult: (result: InitResult, settings: InitSettings) => void, onEngine: (kind: EngineKind) => void) {
    this.host = startEngine<MeasureRequest, MeasureReply>({
      worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
      handler: () => import('./host').then((m) => m.createHost),
      onMessage: (reply) => onResult(reply.result, reply.settings),
      onEngine,
    });
  }

  get engine(): EngineKind { return this.host.engine; }

  /** Measures these settings; any answer about an earlier request is ignored from now on. */
  request(settings: InitSettings): void {
    this.host.send({ gen: this.host.nextGen(), settings }, { keep: 'request' });
  }

  dispose(): void { this.host.dispose(); }
}
