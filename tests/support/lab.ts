/** The training lab's readout as the engine computes it in Node, for the lab's browser tests in every engine. */
import { formatNumber } from '../../src/widgets/kit/format';
import { LabSession } from '../../src/widgets/kit/lab/session';
import { PRESETS, type LabSettings } from '../../src/widgets/kit/lab/settings';
import { firstLastRatio } from '../../src/widgets/kit/lab/protocol';

/** The playground page's lab: ten sigmoid layers. */
export const deep = PRESETS.playground.settings;
/** What the readout must say after `steps` steps, computed here in Node by the same engine. */
export function expected(settings: LabSettings, steps: number) {
  const lab = new LabSession(settings);
  lab.advance(steps);
  const m = lab.measure();
  return { loss: formatNumber(m.loss), ratio: formatNumber(firstLastRatio(m.gradNorms)!) };
}
