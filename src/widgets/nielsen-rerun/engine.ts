/**
 * The widget's engine side, the same in the worker and on the main thread: holds the 1,000 digits
 * (sent once), measures Nielsen's gradients in slices of 100 digits, and trains (a point every
 * quarter epoch). Both are jobs the kit's engine host steps; a newer request or 'stop' ends the
 * running one between slices.
 */
import type { Handler } from '~/widgets/kit/engine-host';
import { mnistTensors, unpackMnist } from '~/data/mnist-pack';
import { measureInSlices, type Tensors } from './measure';
import { training } from './train';
import type { Reply, Request } from './protocol';

export const createRerunHandler: Handler<Request, Reply> = (post) => {
  let data: Tensors | null = null;
  return (m) => {
    if (m.type === 'data') { data = mnistTensors(unpackMnist(new Uint8Array(m.bytes))); return; }
    if (m.type === 'stop') return null;
    if (!data) { post({ type: 'failed', gen: m.gen, message: 'no data' }); return null; }
    const digits = data;
    if (m.type === 'measure') {
      return (function* () {
        const result = yield* measureInSlices(digits, m.layers, m.seed);
        post({ type: 'measured', gen: m.gen, ok: true, result });
      })();
    }
    return (function* () {
      const ok = yield* training(digits, m.settings, (point) => post({ type: 'point', gen: m.gen, point }));
      post({ type: 'done', gen: m.gen, diverged: !ok });
    })();
  };
};
