/**
 * The engine side of the comparison: six runs in one Comparison, answering ToHost messages with
 * snapshots. The Worker wraps it in onmessage; the main-thread fallback calls it directly with an
 * 8 ms budget. A full measurement (a whole-data-set backward pass) of one run costs about as
 * much as a dozen training steps, so measurements are queued and taken one run at a time, each
 * message doing as many as fit its budget (always at least one) before training resumes.
 */
import { REMEDIES } from './remedies';
import { Comparison } from './comparison';
import type { CompareSnapshot, FromHost, ToHost } from './protocol';

/** Live measurements of all six runs at most this often (wall time), stretched to 4× their own cost. */
const MEASURE_MS = 200;

export function createCompareHost(post: (msg: FromHost) => void) {
  let comp: Comparison | null = null;
  let gen = 0;
  let queue: number[] = [];
  let lastMeasure = 0, measureCost = 0;
  const all = () => REMEDIES.map((_, i) => i);

  function snapshot(measured: CompareSnapshot['measured']): void {
    if (!comp) return;
    const c = comp;
    post({
      type: 'snap', gen, step: c.step,
      status: c.sessions.map((s) => s.status), divergedAt: c.sessions.map((_, i) => c.divergedAt(i)),
      reached: [...c.reached], points: c.takePoints(), measured, pending: queue.length,
    });
  }

  return function handle(msg: ToHost): void {
    try {
      if (msg.type === 'init') {
        gen = msg.gen;
        comp = new Comparison(msg.depth, msg.seed);
        queue = all();
        lastMeasure = performance.now();
        snapshot([]);
        return;
      }
      if (msg.type === 'reset' && comp && msg.gen >= gen) {
        // A reset starts a new generation, so replies about the old run still in flight are dropped.
        gen = msg.gen;
        comp.reset();
        queue = all();
        snapshot([]);
        return;
      }
      if (msg.type !== 'run' || msg.gen !== gen || !comp) return;
      const t0 = performance.now();
      const deadline = t0 + msg.budgetMs;
      if (msg.force) queue = all();
      const measured: CompareSnapshot['measured'] = [];
      while (queue.length > 0 && (measured.length === 0 || performance.now() < deadline)) {
        const i = queue.shift()!;
        measured.push([i, comp.measure(i)]);
      }
      if (measured.length > 0 && queue.length === 0) {
        lastMeasure = performance.now();
        measureCost = (lastMeasure - t0) * (REMEDIES.length / measured.length);
      }
      if (queue.length === 0 && msg.rounds > 0 && performance.now() < deadline) {
        comp.advance(msg.rounds, deadline);
        if (performance.now() - lastMeasure >= Math.max(MEASURE_MS, 4 * measureCost)) queue = all();
      }
      snapshot(measured);
    } catch (e) {
      post({ type: 'fail', gen, message: e instanceof Error ? e.message : String(e) });
    }
  };
}
