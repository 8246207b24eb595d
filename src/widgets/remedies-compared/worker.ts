/** The comparison's Web Worker: all six runs train here, the page only draws (see host.ts). */
import { serve } from '~/widgets/kit/engine-host';
import { createCompareHost } from './host';

serve(createCompareHost);
