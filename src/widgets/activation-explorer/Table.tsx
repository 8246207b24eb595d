/**
 * The explorer's text alternative, rendered at build time too: f and f′ at a few x for every
 * function, then the best-case depth products. One <table> with two row groups, each with its own
 * header row, so the no-JS reader gets both halves in one place.
 */
import { formatNumber } from '~/widgets/kit/format';
import { FUNCTIONS, TABLE_DEPTHS, TABLE_XS, bestCaseProduct, valuesAt } from './curves';
import type { ActivationExplorerStrings } from './ActivationExplorer';

interface Props { strings: ActivationExplorerStrings; alpha: number; label: (name: (typeof FUNCTIONS)[number]) => string }

export default function Table({ strings: s, alpha, label }: Props) {
  return (
    <table>
      <caption class="visually-hidden">{s.tableCaption}</caption>
      <tbody>
        <tr>
          <th scope="col">{s.tableFunction}</th>
          {TABLE_XS.map((x) => <th scope="col">x = {formatNumber(x)}</th>)}
        </tr>
        {FUNCTIONS.flatMap((name) => ([
          <tr>
            <th scope="row">{label(name)}: f(x)</th>
            {TABLE_XS.map((x) => <td>{formatNumber(valuesAt(name, alpha, x).value)}</td>)}
          </tr>,
          <tr>
            <th scope="row">{label(name)}: f′(x)</th>
            {TABLE_XS.map((x) => <td>{formatNumber(valuesAt(name, alpha, x).derivative)}</td>)}
          </tr>,
        ]))}
      </tbody>
      <tbody>
        <tr>
          <th scope="col">{s.tableDepth}</th>
          {TABLE_DEPTHS.map((n) => <th scope="col">n = {n}</th>)}
          <td />
        </tr>
        {FUNCTIONS.map((name) => (
          <tr>
            <th scope="row">{label(name)}</th>
            {TABLE_DEPTHS.map((n) => <td>{formatNumber(bestCaseProduct(name, alpha, n))}</td>)}
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
