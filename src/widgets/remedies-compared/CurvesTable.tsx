/**
 * The widget's text alternative, computed at build time (summary.ts): every remedy's loss and
 * accuracy at a few steps, and each layer's ‖∂L/∂W‖ at initialisation and at the end, for the
 * default depth and seed. It is what a reader without JavaScript sees in place of the charts.
 */
import { fill, formatNumber } from '~/widgets/kit/format';
import { buildAttr } from '~/widgets/kit/build-data';
import { REMEDIES, type RemedyId } from './remedies';
import type { Summary } from './summary';

export interface CurvesTableStrings {
  remedies: Record<RemedyId, string>;
  tableSummary: string; curvesCaption: string; gradsCaption: string;
  colStep: string; colLayer: string; layerName: string; cellGrad: string;
  cellLossAcc: string; percent: string; none: string;
}
interface Props { id: string; s: CurvesTableStrings; summary: Summary; live: boolean }

export default function CurvesTable({ id, s, summary, live }: Props) {
  const pct = (v: number) => (Number.isFinite(v) ? fill(s.percent, { v: formatNumber(v * 100, 3) }) : s.none);
  const num = (v: number) => (Number.isFinite(v) ? formatNumber(v) : s.none);
  const caption = (t: string) => fill(t, { depth: summary.depth, seed: summary.seed, steps: summary.steps });
  return (
    <details class="widget-table remedies-table" id={`${id}-table`} {...buildAttr(summary)}
      open={!live} data-live={live ? '' : undefined}>
      <summary>{s.tableSummary}</summary>
      <p class="remedies-caption" id={`${id}-cap-curves`}>{caption(s.curvesCaption)}</p>
      <div class="remedies-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-cap-curves`}>
        <table aria-labelledby={`${id}-cap-curves`}>
          <thead><tr><th scope="col">{s.colStep}</th>{REMEDIES.map((r) => <th scope="col">{s.remedies[r.id]}</th>)}</tr></thead>
          <tbody>
            {summary.checkpoints.map((p) => (
              <tr><th scope="row">{p.step}</th>
                {REMEDIES.map((_, i) => <td>{fill(s.cellLossAcc, { loss: num(p.loss[i]), acc: pct(p.accuracy[i]) })}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="remedies-caption" id={`${id}-cap-grads`}>{caption(s.gradsCaption)}</p>
      <div class="remedies-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-cap-grads`}>
        <table aria-labelledby={`${id}-cap-grads`}>
          <thead><tr><th scope="col">{s.colLayer}</th>{REMEDIES.map((r) => <th scope="col">{s.remedies[r.id]}</th>)}</tr></thead>
          <tbody>
            {summary.rows[0].init.gradNorms.map((_, l) => (
              <tr><th scope="row">{fill(s.layerName, { l: l + 1 })}</th>
                {summary.rows.map((row) => <td>{fill(s.cellGrad, { v0: num(row.init.gradNorms[l]), v: num(row.end.gradNorms[l]) })}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
