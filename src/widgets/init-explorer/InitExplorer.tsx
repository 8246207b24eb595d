/**
 * Lesson 10 widget: a fresh seeded MLP at initialisation, fed a fixed batch of standard-normal
 * inputs; per hidden layer the spread of the pre-activations (std of z_l) and the backward
 * gradient norm (‖∂L/∂z_l‖ or ‖∂L/∂W_l‖), both from one lossAndGrad, on log axes. The pass runs
 * in a Web Worker (init-explorer/runner.ts); settings are debounced and kept in the URL. At build
 * time the same code fills the no-JS table for the default settings.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import SelectControl from '~/widgets/kit/controls/SelectControl';
import { fill, formatNumber as formatPlain } from '~/widgets/kit/format';
import { buildAttr, buildData } from '~/widgets/kit/build-data';
import { useUrlState, defaults as defaultsOf, parseField, type Schema, type SetValues } from '~/widgets/kit/url-state';
import LogChart from './LogChart';
import { InitRunner, type EngineKind } from './runner';
import {
  ACTIVATIONS, DEPTH_MAX, GRADIENTS, INITS, WIDTH_MAX, WIDTH_MIN, WIDTH_STEP, formatValue, lastOverFirst, weightVariance,
  type ActName, type GradName, type InitName, type InitResult, type InitSettings,
} from './settings';
import './init-explorer.css';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface InitExplorerStrings {
  tools: WidgetToolsStrings;
  init: string; act: string; width: string; depth: string; grad: string; seed: string;
  inits: Record<InitName, string>; acts: Record<ActName, string>; grads: Record<GradName, string>;
  spreadTitle: string; gradTitle: string; spreadChartLabel: string; gradChartLabel: string;
  axisLayer: string; axisSpread: string;
  variance: string; spreadReadout: string; gradReadout: string; saturatedReadout: string;
  computing: string; fallback: string;
  tableSummary: string; tableCaption: string; colLayer: string; colSpread: string; colDz: string; colDw: string; colSaturated: string;
}
interface Props { id: string; strings: InitExplorerStrings; act?: ActName; init?: InitName; width?: number; depth?: number }

// Build time only: the engine computes the no-JS table (the client gets the engine in the worker).
const ssr = import.meta.env.SSR ? await import('./compute') : null;
const DEBOUNCE_MS = 150;
const formatNumber = (x: number) => formatValue(x, formatPlain);
const SEED = { kind: 'int', min: 1, max: 99, default: 1 } as const;

function schemaFor(p: Props) {
  return {
    init: { kind: 'choice', options: INITS, default: p.init ?? 'xavier' },
    act: { kind: 'choice', options: ACTIVATIONS, default: p.act ?? 'tanh' },
    width: { kind: 'int', min: WIDTH_MIN, max: WIDTH_MAX, default: p.width ?? 128 },
    depth: { kind: 'int', min: 1, max: DEPTH_MAX, default: p.depth ?? 10 },
    grad: { kind: 'choice', options: GRADIENTS, default: 'dz' },
    seed: SEED,
  } satisfies Schema;
}
type State = { init: InitName; act: ActName; width: number; depth: number; grad: GradName; seed: number };
const settingsOf = (s: State): InitSettings => ({ init: s.init, act: s.act, width: s.width, depth: s.depth, seed: s.seed });
const sameSettings = (a: InitSettings, b: InitSettings) =>
  a.init === b.init && a.act === b.act && a.width === b.width && a.depth === b.depth && a.seed === b.seed;


export default function InitExplorer(props: Props) {
  const { id, strings: s } = props;
  const schema = useRef(schemaFor(props)).current;
  const initialDefaults = useRef(settingsOf(defaultsOf(schema) as State)).current;
  const [state, setState] = useUrlState(id, schema) as unknown as [State, SetValues<State>];
  const [built] = useState(() => buildData<InitResult>(id, ssr && (() => ssr.measureInitMemo(initialDefaults))));
  const [answer, setAnswer] = useState<{ result: InitResult; settings: InitSettings } | null>(
    () => (built && sameSettings(settingsOf(state), initialDefaults) ? { result: built, settings: initialDefaults } : null));
  const [live, setLive] = useState(false);
  const [engine, setEngine] = useState<EngineKind>('worker');
  const runner = useRef<InitRunner | null>(null);

  useEffect(() => {
    runner.current = new InitRunner((result, settings) => setAnswer({ result, settings }), setEngine);
    setLive(true);
    return () => { runner.current?.dispose(); runner.current = null; };
  }, []);

  const current = settingsOf(state);
  useEffect(() => {
    if (!runner.current || (answer && sameSettings(answer.settings, current))) return;
    const t = setTimeout(() => runner.current?.request(current), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [state.init, state.act, state.width, state.depth, state.seed, state.grad, live]);

  const set = (patch: Partial<State>) => setState((prev) => ({ ...prev, ...patch }));
  const fresh = answer && sameSettings(answer.settings, current) ? answer.result : null;
  const shown = answer?.result ?? null;
  const shownSettings = answer?.settings ?? current;
  const grads = shown ? shown[state.grad] : null;
  const depth = shownSettings.depth;
  const v = weightVariance(state.init, state.width, state.width);
  const sat = shown ? shown.saturated[shown.saturated.length - 1] : 0;
  const opts = <K extends string>(keys: readonly K[], names: Record<K, string>) => keys.map((k) => ({ value: k, label: names[k] }));

  return (
    <div class="widget init-explorer" data-widget="init-explorer">
      <div class="widget-controls ie-controls">
        <SelectControl id={`${id}-init`} label={s.init} value={state.init} disabled={!live} options={opts(INITS, s.inits)} onChange={(x) => set({ init: x as InitName })} />
        <SelectControl id={`${id}-act`} label={s.act} value={state.act} disabled={!live} options={opts(ACTIVATIONS, s.acts)} onChange={(x) => set({ act: x as ActName })} />
        <span class="control">
          <label for={`${id}-width`}>{s.width}</label>
          <input id={`${id}-width`} type="range" min={WIDTH_MIN} max={WIDTH_MAX} step={WIDTH_STEP} value={state.width} disabled={!live}
            onInput={(e) => set({ width: Number(e.currentTarget.value) })} />
          <output for={`${id}-width`}>{state.width}</output>
        </span>
        <span class="control">
          <label for={`${id}-depth`}>{s.depth}</label>
          <input id={`${id}-depth`} type="range" min={1} max={DEPTH_MAX} step={1} value={state.depth} disabled={!live}
            onInput={(e) => set({ depth: Number(e.currentTarget.value) })} />
          <output for={`${id}-depth`}>{state.depth}</output>
        </span>
        <SelectControl id={`${id}-grad`} label={s.grad} value={state.grad} disabled={!live} options={opts(GRADIENTS, s.grads)} onChange={(x) => set({ grad: x as GradName })} />
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} class="ie-seed" type="number" min={SEED.min} max={SEED.max} step={1} value={state.seed} disabled={!live}
            onChange={(e) => { const n = parseField(SEED, e.currentTarget.value); if (typeof n === 'number') set({ seed: n }); else e.currentTarget.value = String(state.seed); }} />
        </span>
      </div>
      <div class="widget-readout ie-readout" aria-live="polite" aria-busy={fresh ? 'false' : 'true'}>
        <p>{fill(s.variance, { v: formatNumber(v), std: formatNumber(Math.sqrt(v)), n: state.width })}</p>
        {shown && (
          <>
            <p data-readout="spread">{fill(s.spreadReadout, {
              depth, first: formatNumber(shown.spread[0]), last: formatNumber(shown.spread[depth - 1]),
              ratio: formatNumber(lastOverFirst(shown.spread) ?? 0),
            })}</p>
            <p data-readout="grad">{fill(s.gradReadout, {
              grad: s.grads[state.grad], depth, first: formatNumber(grads![0]), last: formatNumber(grads![depth - 1]),
              ratio: formatNumber(lastOverFirst(grads!) ?? 0),
            })}</p>
            {shownSettings.act !== 'relu' && <p data-readout="saturated">{fill(s.saturatedReadout, { depth, p: formatNumber(100 * sat) })}</p>}
          </>
        )}
        {!fresh && live && <p class="ie-status">{s.computing}</p>}
        {engine === 'main' && shown && <p class="ie-status">{fill(s.fallback, { batch: shown.batch })}</p>}
      </div>
      <div class={`ie-charts${fresh ? '' : ' ie-stale'}`}>
        <div class="ie-view">
          <p class="ie-view-title">{s.spreadTitle}</p>
          <LogChart values={shown?.spread ?? null} label={s.spreadChartLabel} xTitle={s.axisLayer} yTitle={s.axisSpread} color={0} />
        </div>
        <div class="ie-view">
          <p class="ie-view-title">{fill(s.gradTitle, { grad: s.grads[state.grad] })}</p>
          <LogChart values={grads} label={fill(s.gradChartLabel, { grad: s.grads[state.grad] })} xTitle={s.axisLayer} yTitle={s.grads[state.grad]} color={1} />
        </div>
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => (shown ? [
          { chart: s.spreadChartLabel, series: [{ name: s.spreadTitle, points: shown.spread.map((v, i) => [i + 1, v] as const) }] },
          { chart: s.gradChartLabel, series: [
            { name: s.grads.dz, points: shown.dz.map((v, i) => [i + 1, v] as const) },
            { name: s.grads.dw, points: shown.dw.map((v, i) => [i + 1, v] as const) },
          ] },
        ] : [])} />
      <details class="widget-table" id={`${id}-table`} open={!live} data-live={live ? '' : undefined}
        {...buildAttr(live ? null : built)}>
        <summary>{s.tableSummary}</summary>
        {shown && (
          <div class="ie-table-wrap">
            <table>
              <caption>{fill(s.tableCaption, {
                init: s.inits[shownSettings.init], act: s.acts[shownSettings.act], width: shownSettings.width, depth, seed: shownSettings.seed, batch: shown.batch,
              })}</caption>
              <thead><tr>
                <th scope="col">{s.colLayer}</th><th scope="col">{s.colSpread}</th><th scope="col">{s.colDz}</th>
                <th scope="col">{s.colDw}</th><th scope="col">{s.colSaturated}</th>
              </tr></thead>
              <tbody>
                {shown.spread.map((sp, l) => (
                  <tr><th scope="row">{l + 1}</th><td>{formatNumber(sp)}</td><td>{formatNumber(shown.dz[l])}</td>
                    <td>{formatNumber(shown.dw[l])}</td><td>{formatNumber(100 * shown.saturated[l])}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
