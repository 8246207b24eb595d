/**
 * The no-JS table: the first steps of the default run without clipping and with c = 1 — global
 * ‖g‖ before clipping and the batch loss per step, computed by the engine at build time.
 */
import { fill } from '~/widgets/kit/format';
import { buildAttr } from '~/widgets/kit/build-data';
import { fmt } from './summary';
import { TABLE_CLIP, type TableRow } from './run';

export interface TableStrings {
  tableSummary: string; tableCaption: string; colStep: string; colPlain: string; colClipped: string;
  colNorm: string; colLoss: string; tableStopped: string;
}
interface Props { id: string; rows: readonly TableRow[]; live: boolean; s: TableStrings }

export default function Table({ id, rows, live, s }: Props) {
  const clipped = fill(s.colClipped, { c: TABLE_CLIP });
  return (
    <details id={`${id}-table`} class="widget-table" open={!live} data-live={live ? '' : undefined} {...buildAttr(rows)}>
      <summary>{s.tableSummary}</summary>
      <table class="eg-table">
        <caption class="visually-hidden">{s.tableCaption}</caption>
        <thead>
          <tr><th scope="col" rowSpan={2}>{s.colStep}</th><th scope="colgroup" colSpan={2}>{s.colPlain}</th><th scope="colgroup" colSpan={2}>{clipped}</th></tr>
          <tr><th scope="col">{s.colNorm}</th><th scope="col">{s.colLoss}</th><th scope="col">{s.colNorm}</th><th scope="col">{s.colLoss}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">{r.step}</th>
              {r.plain ? <><td>{fmt(r.plain.norm)}</td><td>{fmt(r.plain.loss)}</td></> : <td colSpan={2}>{s.tableStopped}</td>}
              {r.clipped ? <><td>{fmt(r.clipped.norm)}</td><td>{fmt(r.clipped.loss)}</td></> : <td colSpan={2}>{s.tableStopped}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
