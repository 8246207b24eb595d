/** The lab's Web Worker: the engine runs here, the page only draws (see host.ts). */
import { serve } from '~/widgets/kit/engine-host';
import { createHost } from './host';

serve(createHost);
