/**
 * The live summary: one row per remedy with its learning rate and, at the step reached, loss,
 * accuracy, first/last gradient ratio (at initialisation and now) and the first step at which
 * accuracy reached 90 %. Cells carry data-k keys so tests can read them.
 */
import { fill, formatNumber } from '~/widgets/kit/format';
import type { Measurement } from '~/widgets/kit/lab/session';
import { firstLastRatio } from '~/widgets/kit/lab/protocol';
import { REMEDIES, type RemedyId } from './remedies';

export interface LiveTableStrings {
  remedies: Record<RemedyId, string>;
  liveCaption: string; colRemedy: string; colLr: string; colLoss: string; colAccuracy: string;
  colRatioInit: string; colRatioNow: string; colReached: string;
  notReached: string; divergedCell: string; percent: string; none: string;
}
interface Props {
  s: LiveTableStrings; step: number;
  now: (Measurement | null)[]; init: (Measurement | null)[];
  reached: (number | null)[]; divergedAt: (number | null)[];
}

export default function LiveTable({ s, step, now, init, reached, divergedAt }: Props) {
  const num = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? s.none : formatNumber(v));
  const pct = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? s.none : fill(s.percent, { v: formatNumber(v * 100, 3) }));
  return (
    <div class="remedies-live">
    <p class="remedies-caption" aria-hidden="true">{fill(s.liveCaption, { step })}</p>
    <div class="remedies-scroll" tabIndex={0} role="region" aria-label={fill(s.liveCaption, { step })}>
      <table>
        <caption class="visually-hidden">{fill(s.liveCaption, { step })}</caption>
        <thead><tr>
          <th scope="col">{s.colRemedy}</th><th scope="col">{s.colLr}</th><th scope="col">{s.colLoss}</th>
          <th scope="col">{s.colAccuracy}</th><th scope="col">{s.colRatioInit}</th><th scope="col">{s.colRatioNow}</th>
          <th scope="col">{s.colReached}</th>
        </tr></thead>
        <tbody>
          {REMEDIES.map((r, i) => {
            const m = now[i];
            const d = divergedAt[i];
            return (
              <tr data-remedy={r.id} data-step={m?.step ?? ''}>
                <th scope="row"><i class="remedies-swatch" style={{ background: `var(${r.color})` }} aria-hidden="true" />{s.remedies[r.id]}</th>
                <td>{formatNumber(r.lr)}</td>
                {d !== null
                  ? <td colspan={4} data-k="diverged">{fill(s.divergedCell, { step: d })}</td>
                  : <>
                    <td data-k="loss">{num(m?.loss)}</td>
                    <td data-k="accuracy">{pct(m?.accuracy)}</td>
                    <td data-k="ratio-init">{num(init[i] ? firstLastRatio(init[i]!.gradNorms) : null)}</td>
                    <td data-k="ratio">{num(m ? firstLastRatio(m.gradNorms) : null)}</td>
                  </>}
                <td data-k="reached">{reached[i] === null ? s.notReached : reached[i]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </div>
  );
}
