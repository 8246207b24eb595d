/**
 * One engine host for every widget that computes off the page's thread. The widget writes its
 * engine side once, as a Handler; `serve` runs it in the widget's worker.ts, and `startEngine`
 * (page side) starts that worker — or, where none can start (the constructor throws
 * SecurityError in sandboxed frames; a missing file fires an async 'error'), loads the same
 * handler on the main thread and resends the messages marked `keep` (the last init, the data), so
 * the run is rebuilt there from the start. Long jobs are generators: the host steps them,
 * SLICE_MS of work per task, so a newer message gets in between and the results do not depend
 * on where they ran. A generation counter drops replies about superseded requests.
 * @example
 * const host = startEngine<ToHost, FromHost>({
 *   worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
 *   handler: () => import('./host').then((m) => m.createHost),
 *   onMessage: draw,
 * });
 * host.send({ type: 'init', gen: host.nextGen(), … }, { keep: 'init' });
 */

export type EngineKind = 'worker' | 'main';
export type Post<Out> = (msg: Out, transfer?: Transferable[]) => void;
/** A long job: each next() does one slice of work (posting what it has); done when it returns. */
export type Job = Generator<unknown, void, undefined>;
/**
 * The engine side of a widget, the same code on both threads. Its answer to a message may be a
 * job, which replaces any running one; null ends the running job; nothing leaves it running.
 */
export type Handler<In, Out> = (post: Post<Out>, kind: EngineKind) => (msg: In) => Job | null | void;

/** Work per task before yielding to the event loop: long in a worker, one frame's share on the page. */
export const SLICE_MS: Record<EngineKind, number> = { worker: 50, main: 8 };

/** Runs one job at a time, `sliceMs` of it per task (the first slice in a task of its own too). */
export function createJobRunner(sliceMs: number): { run(answer: Job | null | void): void; stop(): void } {
  let job: Job | null = null;
  /** The job inside next() right now: a message it posts may start another job synchronously. */
  let running: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = (): void => {
    timer = undefined;
    const j = job;
    if (j === null) return;
    const end = performance.now() + sliceMs;
    do {
      let done: boolean | undefined;
      running = j;
      try { done = j.next().done; } finally { running = null; }
      if (done) { if (job === j) job = null; return; }
    } while (job === j && performance.now() < end);
    if (job === j) timer = setTimeout(tick, 0);
  };
  const stop = (): void => {
    clearTimeout(timer);
    timer = undefined;
    // A running generator cannot be returned from inside itself; it is simply never resumed.
    if (job !== null && job !== running) job.return(undefined);
    job = null;
  };
  return {
    run(answer) {
      if (answer === undefined) return;
      stop();
      job = answer;
      if (job !== null) timer = setTimeout(tick, 0);
    },
    stop,
  };
}

/** A widget's worker.ts is one line: `serve(createHost)`. */
export function serve<In, Out>(handler: Handler<In, Out>): void {
  const scope = self as unknown as Worker;
  const jobs = createJobRunner(SLICE_MS.worker);
  const handle = handler((msg, transfer) => scope.postMessage(msg, transfer ?? []), 'worker');
  scope.onmessage = (e: MessageEvent<In>) => jobs.run(handle(e.data));
}

export interface EngineOptions<In, Out> {
  /** `() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`, written at the call site for the bundler. */
  worker: () => Worker;
  /** The same handler for the main thread, loaded only when needed: `() => import('./host').then((m) => m.createHost)`. */
  handler: () => Promise<Handler<In, Out>>;
  /** Every reply of the current generation (stale ones are dropped before this). */
  onMessage(msg: Out): void;
  /** Called once, after the switch to the main thread. */
  onEngine?(kind: EngineKind): void;
  /** The handler could not be loaded on the main thread either. */
  onUnavailable?(): void;
  /** Whether a reply answers a request (counts down `inFlight`); default: every reply does. */
  answers?(msg: Out): boolean;
}

export interface EngineHost<In> {
  /** Where the engine runs now. */
  readonly engine: EngineKind;
  /** The current generation: replies tagged with another one are dropped. */
  readonly gen: number;
  /** Requests sent and not yet answered (see EngineOptions.answers). */
  readonly inFlight: number;
  /** Starts a new generation and returns it (nothing of the old one is in flight any more). */
  nextGen(): number;
  /** Sends a message; with `keep`, it is resent to the main-thread engine should the worker fail (the newest per key, in first-sent order). */
  send(msg: In, opts?: { keep?: string }): void;
  /** Sets what `keep` would have kept, without sending it (e.g. the init that a reset amounts to). */
  keep(key: string, msg: In): void;
  dispose(): void;
}

export function startEngine<In, Out extends { gen: number }>(opts: EngineOptions<In, Out>): EngineHost<In> {
  let engine: EngineKind = 'worker';
  let gen = 0;
  let inFlight = 0;
  let disposed = false;
  let worker: Worker | null = null;
  let local: ((msg: In) => void) | null = null;
  let queue: In[] = [];
  const kept = new Map<string, In>();
  const answers = opts.answers ?? (() => true);

  const receive = (msg: Out): void => {
    if (disposed || msg.gen !== gen) return;
    if (answers(msg)) inFlight = Math.max(0, inFlight - 1);
    opts.onMessage(msg);
  };

  const deliver = (msg: In): void => {
    inFlight++;
    if (worker) worker.postMessage(msg);
    else if (local) local(msg);
    else queue.push(msg);
  };

  const fallback = (): void => {
    if (engine === 'main' || disposed) return;
    worker?.terminate();
    worker = null;
    engine = 'main';
    // Whatever the worker had done is lost with it: the kept messages rebuild the run from the start.
    queue = [...kept.values()];
    inFlight = 0;
    queueMicrotask(() => { if (!disposed) opts.onEngine?.('main'); });
    opts.handler().then((handler) => {
      if (disposed) return;
      const jobs = createJobRunner(SLICE_MS.main);
      const handle = handler((msg) => receive(msg), 'main');
      local = (msg) => jobs.run(handle(msg));
      const queued = queue;
      queue = [];
      inFlight = 0;
      for (const msg of queued) deliver(msg);
    }, () => { if (!disposed) opts.onUnavailable?.(); });
  };

  try {
    worker = opts.worker();
    worker.onmessage = (e: MessageEvent<Out>) => receive(e.data);
    worker.onerror = (e) => { e.preventDefault?.(); fallback(); };
  } catch {
    fallback();
  }

  return {
    get engine() { return engine; },
    get gen() { return gen; },
    get inFlight() { return inFlight; },
    nextGen() { inFlight = 0; return ++gen; },
    send(msg, o) {
      if (disposed) return;
      if (o?.keep !== undefined) kept.set(o.keep, msg);
      deliver(msg);
    },
    keep(key, msg) { kept.set(key, msg); },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      local = null;
    },
  };
}

/**
 * A requestAnimationFrame loop: wake() schedules a frame unless one is pending; each frame calls
 * `frame`, and another follows while it returns true.
 */
export function createFramePump(frame: () => boolean): { wake(): void; stop(): void } {
  let raf = 0;
  const run = (): void => {
    raf = 0;
    // frame() may itself wake() the pump (a main-thread engine answers synchronously): one loop only.
    if (frame() && raf === 0) raf = requestAnimationFrame(run);
  };
  return {
    wake() { if (raf === 0) raf = requestAnimationFrame(run); },
    stop() { cancelAnimationFrame(raf); raf = 0; },
  };
}
