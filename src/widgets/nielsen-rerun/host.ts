/**
 * Page side: sends the digits to a Web Worker once and asks it to measure or train. Where no
 * worker can start (the constructor throws in sandboxed frames; a missing file fires 'error') the
 * same code runs on the main thread in slices of a few ms (100 digits per gradient slice, 5 SGD
 * steps per slice), one slice per task, so the page stays responsive. Only the newest request
 * counts: replies tagged with an older `gen` are dropped.
 */
import type { Measurement, Tensors } from './settings';
import type { Reply, Request } from './protocol';
import type { TrainSettings } from './settings';

export type EngineKind = 'worker' | 'main';

export class RerunHost {
  engine: EngineKind = 'worker';
  private worker: Worker | null = null;
  private bytes: ArrayBuffer | null = null;
  private data: Tensors | null = null;
  private gen = 0;
  private last: Request | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly onReply: (r: Reply) => void;
  private readonly onEngine: (k: EngineKind) => void;

  constructor(onReply: (r: Reply) => void, onEngine: (k: EngineKind) => void) {
    this.onReply = onReply;
    this.onEngine = onEngine;
    try {
      this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<Reply>) => this.receive(e.data);
      this.worker.onerror = (e) => { e.preventDefault?.(); this.fallback(); };
    } catch {
      this.worker = null;
      this.engine = 'main';
      queueMicrotask(() => this.onEngine('main'));
    }
  }

  /** The packed digits (a copy goes to the worker; the page keeps its own for a fallback). */
  setData(bytes: ArrayBuffer): void {
    this.bytes = bytes;
    this.data = null;
    this.worker?.postMessage({ type: 'data', bytes: bytes.slice(0) } satisfies Request);
  }

  measure(layers: number, seed: number): number { return this.send({ type: 'measure', gen: ++this.gen, layers, seed }); }
  train(settings: TrainSettings): number { return this.send({ type: 'train', gen: ++this.gen, settings }); }
  stop(): void { this.send({ type: 'stop', gen: ++this.gen }); }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
  }

  private send(r: Request): number {
    if (this.disposed) return this.gen;
    this.last = r;
    if (this.worker) this.worker.postMessage(r);
    else this.runOnMain(r);
    return this.gen;
  }

  private receive(r: Reply): void {
    if (this.disposed || r.gen !== this.gen) return;
    this.onReply(r);
  }

  private fallback(): void {
    if (this.engine === 'main' || this.disposed) return;
    this.worker?.terminate();
    this.worker = null;
    this.engine = 'main';
    this.onEngine('main');
    if (this.last) this.runOnMain(this.last);
  }

  /** Runs one request as a generator of slices, one slice per task; a newer request stops it. */
  private runOnMain(r: Request): void {
    clearTimeout(this.timer);
    if (r.type === 'stop' || r.type === 'data' || !this.bytes) return;
    const gen = r.gen;
    void Promise.all([import('~/data/mnist-pack'), import('./measure'), import('./train')]).then(([pack, measure, train]) => {
      if (this.disposed || gen !== this.gen) return;
      this.data ??= pack.mnistTensors(pack.unpackMnist(new Uint8Array(this.bytes!)));
      const data = this.data;
      const emit = (reply: Reply) => { if (!this.disposed && gen === this.gen) this.onReply(reply); };
      const job: Generator<void, void> = r.type === 'measure'
        ? (function* () {
          const result: Measurement = yield* measure.measureInSlices(data, r.layers, r.seed);
          emit({ type: 'measured', gen, ok: true, result });
        })()
        : (function* () {
          const t = new train.NielsenTraining(data, r.settings);
          const per = t.stepsPerEpoch / train.POINTS_PER_EPOCH;
          for (let q = 0; q <= train.EPOCHS * train.POINTS_PER_EPOCH; q++) {
            let ms = 0;
            for (let s = 0; q > 0 && s < per; s += 5) {
              const t0 = performance.now();
              const ok = t.step(Math.min(5, per - s));
              ms += performance.now() - t0;
              if (!ok) { emit({ type: 'done', gen, diverged: true }); return; }
              yield;
            }
            const g = t.measure(100);
            let m: { speeds: number[]; loss: number };
            for (;;) {
              const t0 = performance.now();
              const step = g.next();
              ms += performance.now() - t0;
              if (step.done) { m = step.value; break; }
              yield;
            }
            if (!Number.isFinite(m.loss)) { emit({ type: 'done', gen, diverged: true }); return; }
            emit({ type: 'point', gen, point: { epoch: t.epoch, speeds: m.speeds, loss: m.loss, testAccuracy: t.testAccuracy(), ms } });
            yield;
          }
          emit({ type: 'done', gen, diverged: false });
        })();
      const tick = () => {
        if (this.disposed || gen !== this.gen) return;
        if (!job.next().done) this.timer = setTimeout(tick, 0);
      };
      tick();
    }, () => this.onReply({ type: 'failed', gen, message: 'engine unavailable' }));
  }
}
