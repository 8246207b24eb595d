/**
 * The engine side of a lab: answers ToHost messages with snapshots. The Worker wraps it in
 * onmessage; the main-thread fallback calls it directly with an 8 ms budget per frame.
 * Measuring (a full-batch pass) and the boundary grid are the expensive parts, so they run at
 * most every MEASURE_MS / GRID_MS of wall time, stretched to 4× their own cost on big networks.
 */
import { LabSession } from '~/widgets/kit/lab/session';
import type { FromHost, Snapshot, ToHost } from '~/widgets/kit/lab/protocol';

const MEASURE_MS = 100;
const GRID_MS = 250;

export function createHost(post: (msg: FromHost, transfer?: Transferable[]) => void) {
  let session: LabSession | null = null;
  let gen = 0;
  let gridRes = 0;
  let lastMeasure = 0, measureCost = 0, lastGrid = 0, gridCost = 0;

  function snapshot(force: boolean): void {
    if (!session) return;
    const t = session.trainer;
    const snap: Snapshot = { type: 'snap', gen, step: t.step, status: t.status, divergedAt: t.divergedAt };
    const now = performance.now();
    if (force || now - lastMeasure >= Math.max(MEASURE_MS, 4 * measureCost)) {
      snap.m = session.measure();
      lastMeasure = performance.now();
      measureCost = lastMeasure - now;
    }
    const transfer: Transferable[] = [];
    if (gridRes > 0 && (force || now - lastGrid >= Math.max(GRID_MS, 4 * gridCost))) {
      const g0 = performance.now();
      snap.grid = session.grid(gridRes);
      lastGrid = performance.now();
      gridCost = lastGrid - g0;
      transfer.push(snap.grid.buffer);
    }
    post(snap, transfer);
  }

  return function handle(msg: ToHost): void {
    try {
      if (msg.type === 'init') {
        gen = msg.gen;
        gridRes = msg.gridRes;
        session = new LabSession(msg.settings);
        const { x, y } = session.data;
        const labels = Uint8Array.from(y, (v) => (v > 0.5 ? 1 : 0));
        const points = Float32Array.from(x);
        post({ type: 'data', gen, points, labels, extent: session.extent, gridRes }, [points.buffer, labels.buffer]);
        snapshot(true);
        return;
      }
      if (msg.gen !== gen || !session) return;
      if (msg.type === 'reset') {
        session.reset();
        snapshot(true);
      } else {
        session.advance(msg.steps, performance.now() + msg.budgetMs);
        snapshot(msg.force || session.status === 'diverged');
      }
    } catch (e) {
      post({ type: 'fail', gen, message: e instanceof Error ? e.message : String(e) });
    }
  };
}
