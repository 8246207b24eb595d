/**
 * Lessons 5–7 widget: sigmoid, tanh, ReLU and Leaky ReLU with their derivatives on one chart, a
 * movable x marker with f(x) and f′(x), and the best-case product (max f′)ⁿ over n layers on a log
 * axis. All values come from the engine's scalar activations (see activation-explorer/curves.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { palette, pointLineChart } from '~/widgets/kit/charts/setup';
import { useChart } from '~/widgets/kit/charts/useChart';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import {
  ALPHA_MAX, FUNCTIONS, MAX_DEPTH, X_MAX, X_MIN, X_STEP, bestCaseProduct, curve, snap, valuesAt, type FunctionName,
} from './curves';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import type { ChartData } from '~/widgets/kit/csv';
import DepthChart from './DepthChart';
import Table from './Table';
import './activation-explorer.css';

export interface ActivationExplorerStrings {
  tools: WidgetToolsStrings;
  names: Record<FunctionName, string>;
  functions: string; position: string; alpha: string; depth: string;
  chartLabel: string; xAxis: string; yAxis: string; valueLegend: string; derivativeLegend: string;
  depthChartLabel: string; depthXAxis: string; depthYAxis: string; pointerHint: string;
  readoutRow: string; depthReadout: string; depthRow: string; noneShown: string;
  tableSummary: string; tableCaption: string; tableFunction: string; tableDepth: string;
}
interface Props { id: string; strings: ActivationExplorerStrings; only?: FunctionName[] }

/** URL key of each function's checkbox. */
const KEY: Record<FunctionName, 'sig' | 'tanh' | 'relu' | 'leaky'> = { sigmoid: 'sig', tanh: 'tanh', relu: 'relu', leakyRelu: 'leaky' };
const COLOR: Record<FunctionName, number> = { sigmoid: 1, tanh: 0, relu: 2, leakyRelu: 3 };
const DEPTH_DASH: Record<FunctionName, number[]> = { sigmoid: [], tanh: [8, 4], relu: [3, 3], leakyRelu: [1, 4] };
const Y_MIN = -1.5, Y_MAX = 2;

function schemaFor(only?: FunctionName[]) {
  const on = (name: FunctionName) => (only && only.length ? only.includes(name) : true);
  return {
    x: { kind: 'number', min: X_MIN, max: X_MAX, default: 0 },
    a: { kind: 'number', min: 0, max: ALPHA_MAX, default: 0.01 },
    n: { kind: 'int', min: 1, max: MAX_DEPTH, default: 10 },
    sig: { kind: 'bool', default: on('sigmoid') },
    tanh: { kind: 'bool', default: on('tanh') },
    relu: { kind: 'bool', default: on('relu') },
    leaky: { kind: 'bool', default: on('leakyRelu') },
  } satisfies Schema;
}

export default function ActivationExplorer({ id, strings: s, only }: Props) {
  const [live, setLive] = useState(false);
  const [state, setState] = useUrlState(id, schemaFor(only));
  const main = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);

  const x = snap(state.x, X_STEP, X_MIN, X_MAX);
  const alpha = snap(state.a, 0.01, 0, ALPHA_MAX);
  const shown = FUNCTIONS.filter((f) => state[KEY[f]]);
  const label = (name: FunctionName) => (name === 'leakyRelu' ? fill(s.names.leakyRelu, { alpha: formatNumber(alpha) }) : s.names[name]);
  const set = (patch: Partial<typeof state>) => setState((prev) => ({ ...prev, ...patch }));

  useEffect(() => setLive(true), []);
  const chart = useChart(main, (el) => pointLineChart(el, {
    x: { type: 'linear', min: X_MIN, max: X_MAX, title: { display: true, text: s.xAxis }, ticks: { stepSize: 2 } },
    y: { type: 'linear', min: Y_MIN, max: Y_MAX, title: { display: true, text: s.yAxis }, ticks: { stepSize: 0.5 } },
  }), (c) => {
    const p = palette();
    const color = (name: FunctionName) => p.series[COLOR[name]];
    const line = (data: { x: number; y: number }[], col: string, dash: number[] = [], width = 2) => ({
      data, borderColor: col, backgroundColor: col, borderDash: dash, borderWidth: width, pointRadius: 0, pointHoverRadius: 0,
    });
    c.data.datasets = [
      line([{ x, y: Y_MIN }, { x, y: Y_MAX }], p.muted, [], 1),
      ...shown.flatMap((name) => [line(curve(name, alpha, 'value'), color(name)), line(curve(name, alpha, 'derivative'), color(name), [6, 4])]),
      ...shown.flatMap((name) => {
        const v = valuesAt(name, alpha, x);
        return [{ ...line([{ x, y: v.value }, { x, y: v.derivative }], color(name)), showLine: false, pointRadius: 4.5 }];
      }),
    ];
    c.update('none');
  }, [x, alpha, state.n, state.sig, state.tanh, state.relu, state.leaky]);

  /** Pointer on the main chart moves the marker (click, or drag with a button held). */
  const pointTo = (e: PointerEvent) => {
    const c = chart.current;
    if (!c) return;
    const rect = (e.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    set({ x: snap(c.scales.x.getValueForPixel(e.clientX - rect.left) ?? x, X_STEP, X_MIN, X_MAX) });
  };

  return (
    <div class="widget activation-explorer" data-widget="activation-explorer">
      <div class="widget-controls">
        <fieldset class="ae-functions">
          <legend>{s.functions}</legend>
          {FUNCTIONS.map((name) => (
            <label class="ae-check">
              <input type="checkbox" checked={state[KEY[name]]} disabled={!live} onChange={(e) => set({ [KEY[name]]: e.currentTarget.checked })} />
              <span class="ae-swatch" style={{ background: `var(--chart-${COLOR[name] + 1})` }} aria-hidden="true" />
              {label(name)}
            </label>
          ))}
        </fieldset>
        <span class="control">
          <label for={`${id}-x`}>{s.position}</label>
          <input id={`${id}-x`} type="range" min={X_MIN} max={X_MAX} step={X_STEP} value={x} disabled={!live}
            onInput={(e) => set({ x: snap(Number(e.currentTarget.value), X_STEP, X_MIN, X_MAX) })} />
          <output for={`${id}-x`}>{formatNumber(x)}</output>
        </span>
        <span class="control">
          <label for={`${id}-a`}>{s.alpha}</label>
          <input id={`${id}-a`} type="range" min={0} max={ALPHA_MAX} step={0.01} value={alpha} disabled={!live}
            onInput={(e) => set({ a: snap(Number(e.currentTarget.value), 0.01, 0, ALPHA_MAX) })} />
          <output for={`${id}-a`}>{formatNumber(alpha)}</output>
        </span>
        <span class="control">
          <label for={`${id}-n`}>{s.depth}</label>
          <input id={`${id}-n`} type="range" min={1} max={MAX_DEPTH} step={1} value={state.n} disabled={!live}
            onInput={(e) => set({ n: Number(e.currentTarget.value) })} />
          <output for={`${id}-n`}>{state.n}</output>
        </span>
      </div>
      <div class="widget-readout ae-readout" aria-live="polite">
        {shown.length === 0 ? <p>{s.noneShown}</p> : (
          <>
            <ul class="ae-at-x">
              {shown.map((name) => {
                const v = valuesAt(name, alpha, x);
                return <li data-fn={name}>{fill(s.readoutRow, { name: label(name), x: formatNumber(x), f: formatNumber(v.value), d: formatNumber(v.derivative) })}</li>;
              })}
            </ul>
            <p class="ae-depth-readout">{fill(s.depthReadout, { n: state.n })}{' '}
              {shown.map((name, i) => (
                <span data-fn={name}>{i > 0 ? ' · ' : ''}{fill(s.depthRow, { name: label(name), n: state.n, value: formatNumber(bestCaseProduct(name, alpha, state.n)) })}</span>
              ))}
            </p>
          </>
        )}
      </div>
      <div class="ae-charts">
        <div class="chart-box ae-main">
          <canvas ref={main} role="img" aria-label={s.chartLabel} onPointerDown={(e) => { dragging.current = true; pointTo(e); }}
            onPointerMove={(e) => { if (dragging.current && e.buttons) pointTo(e); }} onPointerUp={() => { dragging.current = false; }}
            onPointerLeave={() => { dragging.current = false; }} />
        </div>
        <div class="chart-box ae-depth">
          <DepthChart shown={shown} alpha={alpha} n={state.n} label={s.depthChartLabel} xAxis={s.depthXAxis} yAxis={s.depthYAxis}
            color={(name) => `var(--chart-${COLOR[name] + 1})`} dash={(name) => DEPTH_DASH[name].join(' ')} />
        </div>
      </div>
      <ChartLegend items={[
        ...shown.map((name) => ({ label: label(name), color: `var(--chart-${COLOR[name] + 1})` })),
        { label: s.valueLegend, color: 'var(--muted)' },
        { label: s.derivativeLegend, color: 'var(--muted)', dash: '6 4' },
      ]} />
      <p class="ae-hint">{s.pointerHint}</p>
      <WidgetTools id={id} strings={s.tools} data={(): ChartData[] => [
        { chart: s.chartLabel, series: shown.flatMap((name) => [
          { name: `${label(name)} f(x)`, points: curve(name, alpha, 'value').map((p) => [p.x, p.y] as const) },
          { name: `${label(name)} f′(x)`, points: curve(name, alpha, 'derivative').map((p) => [p.x, p.y] as const) },
        ]) },
        { chart: s.depthChartLabel, series: shown.map((name) => ({
          name: label(name), points: Array.from({ length: MAX_DEPTH }, (_, i) => [i + 1, bestCaseProduct(name, alpha, i + 1)] as const),
        })) },
      ]} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <Table strings={s} alpha={alpha} label={label} />
      </details>
    </div>
  );
}
