/**
 * Lesson 2 widget: the forward pass of a 2 → 2 → 1 sigmoid network, z = Wx + b and a = σ(z) at
 * every node, computed by the engine with the reader's weights; a preset computes XOR.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState } from '~/widgets/kit/url-state';
import { PARAM_KEYS, WEIGHT_RANGE, XOR_PRESET, ZERO_PRESET, createNet, forwardPass, schema, truthTable, writeParams, type ParamKey } from './model';
import Graph from './Graph';
import './forward-pass.css';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface ForwardPassStrings {
  tools: WidgetToolsStrings;
  input: string; parameter: string; value: string; presetXor: string; presetZero: string;
  weightOf: string; biasOf: string; readout: string; graphLabel: string; hint: string;
  tableCaption: string; colClass: string;
}
interface Props { id: string; strings: ForwardPassStrings }

const SYMBOL = { x1: 'x₁', x2: 'x₂', h1: 'h₁', h2: 'h₂', o: 'ŷ' } as const;
const PARAM_NODES: Record<ParamKey, [keyof typeof SYMBOL | null, keyof typeof SYMBOL]> = {
  h1w1: ['x1', 'h1'], h1w2: ['x2', 'h1'], h2w1: ['x1', 'h2'], h2w2: ['x2', 'h2'], ow1: ['h1', 'o'], ow2: ['h2', 'o'],
  h1b: [null, 'h1'], h2b: [null, 'h2'], ob: [null, 'o'],
};
const f = (x: number) => formatNumber(x, 3);

export default function ForwardPass({ id, strings: s }: Props) {
  const [live, setLive] = useState(false);
  const [v, setV] = useUrlState(id, schema);
  const net = useMemo(createNet, []);
  writeParams(net, v);
  const pass = forwardPass(net, v.x1, v.x2);
  const table = truthTable(net);

  useEffect(() => { setLive(true); }, []);

  const sel = v.sel as ParamKey;
  const paramName = (k: ParamKey) => {
    const [from, to] = PARAM_NODES[k];
    return from ? fill(s.weightOf, { from: SYMBOL[from], to: SYMBOL[to] }) : fill(s.biasOf, { to: SYMBOL[to] });
  };
  const preset = (p: Record<ParamKey, number>) => setV({ ...v, ...p });
  const input = (key: 'x1' | 'x2') => (
    <span class="control">
      <label for={`${id}-${key}`}>{fill(s.input, { x: SYMBOL[key] })}</label>
      <input id={`${id}-${key}`} type="range" min={0} max={1} step={0.05} value={v[key]} disabled={!live}
        onInput={(e) => setV({ ...v, [key]: Number(e.currentTarget.value) })} />
      <output for={`${id}-${key}`}>{f(v[key])}</output>
    </span>
  );

  return (
    <div class="widget forward-pass" data-widget="forward-pass">
      <div class="widget-controls">
        {input('x1')}
        {input('x2')}
      </div>
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-sel`}>{s.parameter}</label>
          <select id={`${id}-sel`} value={sel} disabled={!live} onChange={(e) => setV({ ...v, sel: e.currentTarget.value })}>
            {PARAM_KEYS.map((k) => <option value={k}>{paramName(k)}</option>)}
          </select>
        </span>
        <span class="control">
          <label for={`${id}-val`}>{s.value}</label>
          <input id={`${id}-val`} type="range" min={-WEIGHT_RANGE} max={WEIGHT_RANGE} step={0.5} value={v[sel]} disabled={!live}
            onInput={(e) => setV({ ...v, [sel]: Number(e.currentTarget.value) })} />
          <output for={`${id}-val`}>{f(v[sel])}</output>
        </span>
        <span class="control fp-presets">
          <button type="button" disabled={!live} onClick={() => preset(XOR_PRESET)}>{s.presetXor}</button>
          <button type="button" disabled={!live} onClick={() => preset(ZERO_PRESET)}>{s.presetZero}</button>
        </span>
      </div>
      <p class="widget-readout" aria-live="polite">{fill(s.readout, { x1: f(v.x1), x2: f(v.x2), h1: f(pass.a1[0]), h2: f(pass.a1[1]), y: f(pass.out) })}</p>
      <div class="fp-figure">
        <Graph v={v} pass={pass} selected={sel} onSelect={(k) => setV({ ...v, sel: k })} label={s.graphLabel} />
        <p class="fp-hint">{s.hint}</p>
      </div>
      <table class="fp-table">
        <caption>{s.tableCaption}</caption>
        <thead><tr>
          <th scope="col">x₁</th><th scope="col">x₂</th><th scope="col">z(h₁)</th><th scope="col">a(h₁)</th>
          <th scope="col">z(h₂)</th><th scope="col">a(h₂)</th><th scope="col">z(ŷ)</th><th scope="col">ŷ</th><th scope="col">{s.colClass}</th>
        </tr></thead>
        <tbody>
          {table.map((r) => (
            <tr class={r.x[0] === v.x1 && r.x[1] === v.x2 ? 'fp-current' : undefined}>
              <td>{r.x[0]}</td><td>{r.x[1]}</td><td>{f(r.z1[0])}</td><td>{f(r.a1[0])}</td><td>{f(r.z1[1])}</td><td>{f(r.a1[1])}</td>
              <td>{f(r.z2)}</td><td data-value="out">{f(r.out)}</td><td>{r.out > 0.5 ? 1 : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <WidgetTools id={id} strings={s.tools} />
    </div>
  );
}
