/** The 2-2-1 network as an SVG graph: nodes, weighted edges, the values computed so far, the active step highlighted. */
import { formatNumber } from '~/widgets/kit/format';
import { markup } from './steps';

const POS: Record<string, [number, number]> = { x1: [60, 70], x2: [60, 210], h1: [300, 70], h2: [300, 210], o: [500, 140], L: [610, 140] };
const EDGES: [string, string, string, number][] = [
  // id, from, to, label position along the edge (0 = source, 1 = target)
  ['w11', 'x1', 'h1', 0.62], ['w12', 'x2', 'h1', 0.72], ['w21', 'x1', 'h2', 0.72], ['w22', 'x2', 'h2', 0.62],
  ['v1', 'h1', 'o', 0.5], ['v2', 'h2', 'o', 0.5], ['oL', 'o', 'L', 0.5],
];
const NAMES: Record<string, string> = { x1: 'x_{1}', x2: 'x_{2}', h1: 'h_{1}', h2: 'h_{2}', o: 'o', L: 'L' };
const SYMBOL_OF_EDGE: Record<string, string> = { w11: 'w_{11}', w12: 'w_{12}', w21: 'w_{21}', w22: 'w_{22}', v1: 'v_{1}', v2: 'v_{2}' };
/** Which revealed values are printed under each node. */
const NODE_VALUES: Record<string, string[]> = {
  h1: ['z_{1}', 'a_{1}', 'δ_{1}'], h2: ['z_{2}', 'a_{2}', 'δ_{2}'], o: ['z_{o}', 'o', 'δ_{o}'], L: ['L'],
};

/** SVG text with `_{…}` / `^{…}` markup as shifted tspans. */
export function SvgMarkup({ text }: { text: string }) {
  return <>{markup(text).map((piece) => piece.kind === 'plain'
    ? <tspan>{piece.text}</tspan>
    : <tspan baseline-shift={piece.kind} font-size="0.72em">{piece.text}</tspan>)}</>;
}

interface Props {
  label: string;
  weights: Record<string, number>;
  inputs: [number, number];
  biases: Record<string, number>;
  /** Values computed so far, by symbol markup. */
  known: Map<string, number>;
  nodes: string[];
  edges: string[];
  phase: 'forward' | 'backward' | null;
}

export default function Graph({ label, weights, inputs, biases, known, nodes, edges, phase }: Props) {
  return (
    <svg viewBox="0 0 680 290" class="bp-graph" role="img" aria-label={label}>
      <title>{label}</title>
      {EDGES.map(([id, a, b, at]) => {
        const [x1, y1] = POS[a], [x2, y2] = POS[b];
        const on = edges.includes(id) || (id === 'oL' && nodes.includes('L') && nodes.includes('o'));
        const lx = x1 + (x2 - x1) * at, ly = y1 + (y2 - y1) * at;
        return (
          <g class={`bp-edge${on ? ` bp-on bp-${phase}` : ''}`}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} />
            {id !== 'oL' && <text x={lx} y={ly - 7} text-anchor="middle"><SvgMarkup text={`${SYMBOL_OF_EDGE[id]} = ${formatNumber(weights[id], 3)}`} /></text>}
          </g>
        );
      })}
      {Object.entries(POS).map(([id, [x, y]]) => {
        const on = nodes.includes(id);
        const lines = id === 'x1' ? [`= ${formatNumber(inputs[0], 3)}`] : id === 'x2' ? [`= ${formatNumber(inputs[1], 3)}`]
          : (NODE_VALUES[id] ?? []).filter((k) => known.has(k)).map((k) => `${k} = ${formatNumber(known.get(k)!, 3)}`);
        const bias = biases[id];
        return (
          <g class={`bp-node${on ? ` bp-on bp-${phase}` : ''}`}>
            {id === 'L' ? <rect x={x - 24} y={y - 24} width={48} height={48} rx={8} /> : <circle cx={x} cy={y} r={25} />}
            <text x={x} y={y + 6} text-anchor="middle" class="bp-name"><SvgMarkup text={NAMES[id]} /></text>
            {bias !== undefined && <text x={x} y={y - 32} text-anchor="middle" class="bp-bias"><SvgMarkup text={`${id === 'o' ? 'c' : `b_{${id[1]}}`} = ${formatNumber(bias, 3)}`} /></text>}
            {lines.map((t, i) => <text x={x} y={y + 44 + i * 16} text-anchor="middle" class="bp-value"><SvgMarkup text={t} /></text>)}
          </g>
        );
      })}
    </svg>
  );
}
