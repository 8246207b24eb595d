/** The lab's readout line: step, loss, accuracy, first/last gradient ratio (deep nets) and dead units. */
import { fill, formatNumber } from '~/widgets/kit/format';
import { firstLastRatio } from '~/widgets/kit/lab/protocol';
import type { Measurement } from '~/widgets/kit/lab/session';
import type { LabSettings } from '~/widgets/kit/lab/settings';
import type { TrainingLabStrings } from './strings/types';

interface Props { s: TrainingLabStrings; step: number; m: Measurement | null; settings: LabSettings; dead: boolean }

export default function Readout({ s, step, m, settings, dead }: Props) {
  const ratio = m ? firstLastRatio(m.gradNorms) : null;
  const pct = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? s.none : fill(s.percent, { v: formatNumber(v * 100, 3) }));
  const num = (v: number | undefined | null) => (v === undefined || v === null || !Number.isFinite(v) ? s.none : formatNumber(v));
  const deadUnits = m ? Math.round(m.dead.reduce((a, b) => a + b, 0) * settings.width) : 0;
  return (
    <p class="widget-readout lab-readout">
      <span>{s.stepLabel} <strong data-k="step">{step}</strong></span>
      <span>{s.lossLabel} <strong data-k="loss">{num(m?.loss)}</strong></span>
      <span>{s.accuracyLabel} <strong data-k="accuracy">{pct(m?.accuracy)}</strong></span>
      {settings.depth > 1 && <span>{s.ratioLabel} <strong data-k="ratio">{num(ratio)}</strong></span>}
      {dead && <span>{s.deadLabel} <strong data-k="dead">{m ? fill(s.deadValue, { n: deadUnits, total: settings.width * settings.depth }) : s.none}</strong></span>}
    </p>
  );
}
