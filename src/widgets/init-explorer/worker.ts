/** The explorer's Web Worker: one lossAndGrad per request (≈ 0.3 s at width 256 × depth 30), off the page's thread. */
import { measureInit } from './compute';
import type { MeasureReply, MeasureRequest } from './protocol';

self.onmessage = (e: MessageEvent<MeasureRequest>) => {
  const { gen, settings, batch } = e.data;
  let reply: MeasureReply;
  try {
    reply = { gen, ok: true, result: measureInit(settings, batch) };
  } catch (err) {
    reply = { gen, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
