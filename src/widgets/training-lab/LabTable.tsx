/**
 * The lab's text alternative: the build-time table (each layer's gradient norm at initialisation and
 * after the table's steps, dead fractions), open when scripts are off and folded once the lab runs.
 */
import { fill, formatNumber } from '~/widgets/kit/format';
import { buildAttr } from '~/widgets/kit/build-data';
import type { TrainingLabStrings } from './strings/types';
import type { LabTable } from './table';

export default function LabTableView({ id, s, table, dead, live }: { id: string; s: TrainingLabStrings; table: LabTable; dead: boolean; live: boolean }) {
  const pct = (v: number) => fill(s.percent, { v: formatNumber(v * 100, 3) });
  const caption = fill(s.tableCaption, {
    steps: table.steps, accInit: pct(table.init.accuracy), accEnd: pct(table.end.accuracy),
    lossInit: formatNumber(table.init.loss), lossEnd: formatNumber(table.end.loss),
  });
  return (
    <details class="widget-table" id={`${id}-table`} {...buildAttr(table)} open={!live} data-live={live ? '' : undefined}>
      <summary>{s.tableSummary}</summary>
      <table>
        <caption>{caption}{table.divergedAt !== null && ` ${fill(s.tableDiverged, { step: table.divergedAt })}`}</caption>
        <thead><tr>
          <th scope="col">{s.colLayer}</th><th scope="col">{s.colInit}</th>
          <th scope="col">{fill(s.colEnd, { steps: table.steps })}</th>
          {dead && <th scope="col">{fill(s.colDead, { steps: table.steps })}</th>}
        </tr></thead>
        <tbody>
          {table.init.gradNorms.map((g, l) => (
            <tr><th scope="row">{fill(s.layerName, { l: l + 1 })}</th><td>{formatNumber(g)}</td><td>{formatNumber(table.end.gradNorms[l])}</td>
              {dead && <td>{pct(table.end.dead[l])}</td>}</tr>
          ))}
          <tr><th scope="row">{s.outputLayer}</th><td>{formatNumber(table.init.outputGradNorm)}</td><td>{formatNumber(table.end.outputGradNorm)}</td>
            {dead && <td />}</tr>
        </tbody>
      </table>
    </details>
  );
}
