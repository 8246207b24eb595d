/** The 2-2-1 network as a graph: nodes show z and a, edges are coloured by sign and thickened by |w|; click to select. */
import { formatNumber } from '~/widgets/kit/format';
import { WEIGHT_RANGE, type Pass, type ParamKey, type Settings } from './model';

interface Props { v: Settings; pass: Pass; selected: ParamKey; onSelect: (k: ParamKey) => void; label: string }

const N = { x1: [70, 70], x2: [70, 200], h1: [270, 70], h2: [270, 200], o: [470, 135] } as const;
type NodeName = keyof typeof N;
const EDGES: { key: ParamKey; from: NodeName; to: NodeName }[] = [
  { key: 'h1w1', from: 'x1', to: 'h1' }, { key: 'h1w2', from: 'x2', to: 'h1' },
  { key: 'h2w1', from: 'x1', to: 'h2' }, { key: 'h2w2', from: 'x2', to: 'h2' },
  { key: 'ow1', from: 'h1', to: 'o' }, { key: 'ow2', from: 'h2', to: 'o' },
];
const R = 36;
const f = (x: number) => formatNumber(x, 3);

export default function Graph({ v, pass, selected, onSelect, label }: Props) {
  const node = (name: NodeName, sym: string, lines: string[], a: number | null, bias: ParamKey | null) => {
    const [cx, cy] = N[name];
    return (
      <g class={bias === selected ? 'fp-node fp-selected' : 'fp-node'} onClick={bias ? () => onSelect(bias) : undefined}>
        <circle cx={cx} cy={cy} r={R} class="fp-node-bg" />
        {a !== null && <circle cx={cx} cy={cy} r={R} class="fp-node-fill" style={{ fillOpacity: 0.08 + 0.4 * a }} />}
        <text x={cx} y={cy - 12} text-anchor="middle" class="fp-sym">{sym}</text>
        {lines.map((t, i) => <text x={cx} y={cy + 4 + 14 * i} text-anchor="middle" class="fp-val">{t}</text>)}
        {bias && <text x={cx} y={cy + R + 16} text-anchor="middle" class="fp-bias">b = {f(v[bias])}</text>}
      </g>
    );
  };
  return (
    <svg class="fp-graph" viewBox="0 0 540 270" role="img" aria-label={label}>
      {EDGES.map(({ key, from, to }) => {
        const [x1, y1] = N[from];
        const [x2, y2] = N[to];
        const w = v[key];
        const width = 1 + (6 * Math.min(Math.abs(w), WEIGHT_RANGE)) / WEIGHT_RANGE;
        const cls = `fp-edge ${w >= 0 ? 'fp-pos' : 'fp-neg'}${key === selected ? ' fp-selected' : ''}`;
        const t = 0.3;
        const lx = x1 + (x2 - x1) * t;
        const ly = y1 + (y2 - y1) * t + (y2 >= y1 ? -6 : 14);
        return (
          <g class={cls} onClick={() => onSelect(key)}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} class="fp-hit" />
            <line x1={x1} y1={y1} x2={x2} y2={y2} style={{ strokeWidth: width }} class="fp-stroke" />
            <text x={lx} y={ly} text-anchor="middle" class="fp-weight">{f(w)}</text>
          </g>
        );
      })}
      {node('x1', 'x₁', [f(pass.x[0])], null, null)}
      {node('x2', 'x₂', [f(pass.x[1])], null, null)}
      {node('h1', 'h₁', [`z ${f(pass.z1[0])}`, `a ${f(pass.a1[0])}`], pass.a1[0], 'h1b')}
      {node('h2', 'h₂', [`z ${f(pass.z1[1])}`, `a ${f(pass.a1[1])}`], pass.a1[1], 'h2b')}
      {node('o', 'ŷ', [`z ${f(pass.z2)}`, `a ${f(pass.out)}`], pass.out, 'ob')}
    </svg>
  );
}
