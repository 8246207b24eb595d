/** The lab's Web Worker: the engine runs here, the page only draws (see host.ts). */
import { createHost } from './host';
import type { ToHost } from '~/widgets/kit/lab/protocol';

const handle = createHost((msg, transfer) => (self as unknown as Worker).postMessage(msg, transfer ?? []));
self.onmessage = (e: MessageEvent<ToHost>) => handle(e.data);
