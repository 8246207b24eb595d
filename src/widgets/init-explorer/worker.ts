/** The explorer's Web Worker: one lossAndGrad per request (≈ 0.3 s at width 256 × depth 30), off the page's thread. */
import { serve } from '~/widgets/kit/engine-host';
import { createHost } from './host';

serve(createHost);
