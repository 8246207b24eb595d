/** The widget's Web Worker: the digits, the measurement and the training live here (see engine.ts). */
import { serve } from '~/widgets/kit/engine-host';
import { createRerunHandler } from './engine';

serve(createRerunHandler);
