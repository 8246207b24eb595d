/**
 * Lesson 11 figure: Nielsen's chain of sigmoid neurons with weight w and pre-activation z. Bars
 * show (w·σ′(z))ᵏ for k = 1…10 layers on a log axis centred on 1 — up is explosion, down is
 * vanishing, the same product either way. Pure SVG: no Chart.js.
 */
import { useEffect, useState } from 'preact/hooks';
import { fill, formatNumber, formatPower } from '~/widgets/kit/format';
import { useUrlState } from '~/widgets/kit/url-state';
import { LAYERS, TABLE_CASES, WEIGHTS, chainProducts, factor, schema } from './chain';
import './chain-factors.css';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface ChainFactorsStrings {
  tools: WidgetToolsStrings;
  weight: string; preActivation: string; chartLabel: string; axisLayers: string;
  readoutGrow: string; readoutShrink: string; readoutOne: string;
  tableSummary: string; tableCaption: string; colFactor: string; colAfter: string;
}
interface Props { id: string; strings: ChainFactorsStrings }

const SPAN = 16; // the axis runs from 10⁻¹⁶ to 10¹⁶
const TICKS = [-16, -8, 0, 8, 16];

export default function ChainFactors({ id, strings: s }: Props) {
  const [state, setState] = useUrlState(id, schema);
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);

  const w = Number(state.w);
  const f = factor(w, state.z);
  const products = chainProducts(w, state.z);
  const y = (v: number) => 50 - (Math.max(-SPAN, Math.min(SPAN, Math.log10(v))) / SPAN) * 50;
  const values = { w, z: state.z, f: formatNumber(f, 2), n: LAYERS, p: formatNumber(products[LAYERS - 1]) };
  const readout = Math.abs(f - 1) < 1e-9 ? fill(s.readoutOne, values) : fill(f > 1 ? s.readoutGrow : s.readoutShrink, values);
  const wIndex = WEIGHTS.indexOf(state.w as (typeof WEIGHTS)[number]);

  return (
    <div class="widget cf" data-widget="chain-factors">
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-w`}>{s.weight}</label>
          <input id={`${id}-w`} type="range" min={0} max={WEIGHTS.length - 1} step={1} value={wIndex} disabled={!live}
            aria-valuetext={state.w} onInput={(e) => setState({ ...state, w: WEIGHTS[Number(e.currentTarget.value)] })} />
          <output for={`${id}-w`}>{state.w}</output>
        </span>
        <span class="control">
          <label for={`${id}-z`}>{s.preActivation}</label>
          <input id={`${id}-z`} type="range" min={0} max={8} step={0.5} value={state.z} disabled={!live}
            onInput={(e) => setState({ ...state, z: Number(e.currentTarget.value) })} />
          <output for={`${id}-z`}>{state.z}</output>
        </span>
      </div>
      <p class="widget-readout" aria-live="polite">{readout}</p>
      <div class="chart-box cf-plot">
        <div class="cf-axis" aria-hidden="true">
          {TICKS.map((e) => <span style={{ top: `${50 - (e / SPAN) * 50}%` }}>{formatPower(10 ** e)}</span>)}
        </div>
        <svg viewBox={`0 0 ${LAYERS * 10} 100`} preserveAspectRatio="none" role="img" aria-label={s.chartLabel}>
          {TICKS.map((e) => <line x1="0" x2={LAYERS * 10} y1={50 - (e / SPAN) * 50} y2={50 - (e / SPAN) * 50} class={e === 0 ? 'cf-one' : 'cf-grid'} vector-effect="non-scaling-stroke" />)}
          {products.map((v, k) => {
            const top = Math.min(y(v), 50);
            return <rect x={k * 10 + 2} width="6" y={top} height={Math.max(Math.abs(y(v) - 50), 0.4)} class={v >= 1 ? 'cf-up' : 'cf-down'} />;
          })}
        </svg>
        <div class="cf-x" aria-hidden="true">{products.map((_, k) => <span>{k + 1}</span>)}</div>
        <p class="cf-x-title" aria-hidden="true">{s.axisLayers}</p>
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => [{ chart: s.chartLabel, series: [
        { name: `(w·σ′(z))^k, w = ${w}, z = ${state.z}`, points: products.map((v, k) => [k + 1, v] as const) },
      ] }]} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <table>
          <caption class="visually-hidden">{s.tableCaption}</caption>
          <thead><tr><th scope="col">w</th><th scope="col">z</th><th scope="col">{s.colFactor}</th><th scope="col">{fill(s.colAfter, { n: 4 })}</th><th scope="col">{fill(s.colAfter, { n: LAYERS })}</th></tr></thead>
          <tbody>
            {TABLE_CASES.map((c) => {
              const p = chainProducts(c.w, c.z);
              return <tr><td>{c.w}</td><td>{c.z}</td><td>{formatNumber(factor(c.w, c.z), 2)}</td><td>{formatNumber(p[3])}</td><td>{formatNumber(p[LAYERS - 1])}</td></tr>;
            })}
          </tbody>
        </table>
      </details>
    </div>
  );
}
