/**
 * The widget's Web Worker: holds the 1,000 digits (sent once), measures Nielsen's gradients with
 * one full-batch lossAndGrad per request, and trains (posting a point every quarter epoch).
 * A newer request (or 'stop') ends a running training between points.
 */
import { mnistTensors, unpackMnist } from '~/data/mnist-pack';
import { measureGradients, type Tensors } from './measure';
import { NielsenTraining, POINTS_PER_EPOCH, EPOCHS, drain } from './train';
import type { Reply, Request } from './protocol';

let data: Tensors | null = null;
let current = 0;
const post = (r: Reply) => (self as unknown as Worker).postMessage(r);

self.onmessage = (e: MessageEvent<Request>) => {
  const m = e.data;
  if (m.type === 'data') { data = mnistTensors(unpackMnist(new Uint8Array(m.bytes))); return; }
  current = m.gen;
  if (m.type === 'stop') return;
  if (!data) { post({ type: 'failed', gen: m.gen, message: 'no data' }); return; }
  if (m.type === 'measure') {
    try {
      post({ type: 'measured', gen: m.gen, ok: true, result: measureGradients(data, m.layers, m.seed) });
    } catch (err) {
      post({ type: 'failed', gen: m.gen, message: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  const t = new NielsenTraining(data, m.settings);
  const per = t.stepsPerEpoch / POINTS_PER_EPOCH;
  let q = 0;
  // One point per task, so a newer request or 'stop' gets in between.
  const next = () => {
    if (current !== m.gen) return;
    const t0 = performance.now();
    if (q > 0 && !t.step(per)) { post({ type: 'done', gen: m.gen, diverged: true }); return; }
    const r = drain(t.measure());
    if (!Number.isFinite(r.loss)) { post({ type: 'done', gen: m.gen, diverged: true }); return; }
    post({ type: 'point', gen: m.gen, point: { epoch: t.epoch, speeds: r.speeds, loss: r.loss, testAccuracy: t.testAccuracy(), ms: performance.now() - t0 } });
    if (++q > EPOCHS * POINTS_PER_EPOCH) { post({ type: 'done', gen: m.gen, diverged: false }); return; }
    setTimeout(next, 0);
  };
  next();
};
