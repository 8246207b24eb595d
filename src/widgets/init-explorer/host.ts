/**
 * The explorer's engine side (worker and main-thread fallback alike): one lossAndGrad per request,
 * as a one-slice job so a newer request replaces one not yet started. On the main thread the batch
 * is smaller (fallbackBatch) so that one pass stays short; the result says which batch it used.
 */
import type { Handler } from '~/widgets/kit/engine-host';
import { measureInit } from './compute';
import { BATCH, fallbackBatch } from './settings';
import type { MeasureReply, MeasureRequest } from './protocol';

export const createHost: Handler<MeasureRequest, MeasureReply> = (post, kind) => ({ gen, settings }) => (function* () {
  const batch = kind === 'worker' ? BATCH : fallbackBatch(settings.width, settings.depth);
  post({ gen, settings, result: measureInit(settings, batch) });
})();
