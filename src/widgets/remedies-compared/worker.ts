/** The comparison's Web Worker: all six runs train here, the page only draws (see host.ts). */
import { createCompareHost } from './host';
import type { ToHost } from './protocol';

const handle = createCompareHost((msg) => (self as unknown as Worker).postMessage(msg));
self.onmessage = (e: MessageEvent<ToHost>) => handle(e.data);
