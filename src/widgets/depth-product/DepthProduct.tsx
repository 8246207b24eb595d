/**
 * Home-page widget: how the product of activation derivatives shrinks with depth.
 * For a chain of n layers, backprop multiplies the gradient by f′(z) once per layer, so with every
 * pre-activation at |z| the factor is f′(z)ⁿ; at z = 0 that is the best case, 0.25ⁿ for sigmoid.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { activations } from '~/engine';
import { Chart, palette } from '~/widgets/kit/charts/setup';
import { useChart } from '~/widgets/kit/charts/useChart';
import { decadeTicks } from '~/widgets/kit/charts/axes';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import { chartJsData } from '~/widgets/kit/csv';

export interface DepthProductStrings {
  layers: string; preActivation: string; chartLabel: string; xAxis: string; yAxis: string;
  readout: string; readoutSaturated: string; tableCaption: string; tableSummary: string;
  sigmoid: string; tanh: string; relu: string; tools: WidgetToolsStrings;
}
interface Props { id: string; strings: DepthProductStrings }

const MAX_LAYERS = 30;
const schema = {
  n: { kind: 'int', min: 1, max: MAX_LAYERS, default: 10 },
  z: { kind: 'number', min: 0, max: 6, default: 0 },
} satisfies Schema;

/** f′(z)ⁿ for n = 1…MAX_LAYERS, from the engine's own activation functions. */
export function derivativeProducts(name: 'sigmoid' | 'tanh' | 'relu', z: number): number[] {
  const d = activations[name].derivative(name === 'relu' ? Math.max(z, 1e-9) : z);
  return Array.from({ length: MAX_LAYERS }, (_, i) => d ** (i + 1));
}

const TABLE_DEPTHS = [1, 2, 3, 5, 10, 20, 30];

export default function DepthProduct({ id, strings: s }: Props) {
  const [live, setLive] = useState(false);
  const [state, setState] = useUrlState(id, schema);
  const canvas = useRef<HTMLCanvasElement>(null);

  const series = {
    sigmoid: derivativeProducts('sigmoid', state.z),
    tanh: derivativeProducts('tanh', state.z),
    relu: derivativeProducts('relu', state.z),
  };

  useEffect(() => setLive(true), []);
  const chart = useChart(canvas, (el) => new Chart(el, {
    type: 'line',
    data: { labels: [], datasets: [] },
    options: {
      scales: {
        x: { type: 'linear', min: 1, max: MAX_LAYERS, title: { display: true, text: s.xAxis }, ticks: { stepSize: 5 } },
        y: { type: 'logarithmic', min: 1e-19, max: 10, title: { display: true, text: s.yAxis }, ticks: { callback: decadeTicks(3) } },
      },
    },
  }), (c) => {
    const p = palette();
    const toXY = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));
    const line = (label: string, ys: number[], color: string, dash: number[] = []) => ({
      label, data: toXY(ys), borderColor: color, backgroundColor: color, borderDash: dash, borderWidth: 2,
      pointRadius: ys.map((_, i) => (i + 1 === state.n ? 5 : 0)), pointHoverRadius: 4,
    });
    c.data.datasets = [
      line(s.sigmoid, series.sigmoid, p.series[1]),
      line(s.tanh, series.tanh, p.series[0], [6, 4]),
      line(s.relu, series.relu, p.series[2], [2, 3]),
    ];
    c.update('none');
  }, [state.n, state.z]);

  const value = formatNumber(series.sigmoid[state.n - 1]);
  const readout = state.z === 0
    ? fill(s.readout, { n: state.n, value })
    : fill(s.readoutSaturated, { z: state.z, d: formatNumber(activations.sigmoid.derivative(state.z), 3), n: state.n, value });

  return (
    <div class="widget" data-widget="depth-product">
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-n`}>{s.layers}</label>
          <input id={`${id}-n`} type="range" min={1} max={MAX_LAYERS} step={1} value={state.n} disabled={!live}
            onInput={(e) => setState({ ...state, n: Number(e.currentTarget.value) })} />
          <output for={`${id}-n`}>{state.n}</output>
        </span>
        <span class="control">
          <label for={`${id}-z`}>{s.preActivation}</label>
          <input id={`${id}-z`} type="range" min={0} max={6} step={0.5} value={state.z} disabled={!live}
            onInput={(e) => setState({ ...state, z: Number(e.currentTarget.value) })} />
          <output for={`${id}-z`}>{state.z}</output>
        </span>
      </div>
      <p class="widget-readout" aria-live="polite">{readout}</p>
      <div class="chart-box"><canvas ref={canvas} role="img" aria-label={s.chartLabel} /></div>
      <ChartLegend items={[
        { label: s.sigmoid, color: 'var(--chart-2)' },
        { label: s.tanh, color: 'var(--chart-1)', dash: '6 4' },
        { label: s.relu, color: 'var(--chart-3)', dash: '2 3' },
      ]} />
      <WidgetTools id={id} strings={s.tools} data={() => (chart.current ? [chartJsData(s.chartLabel, chart.current)] : [])} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <table>
          <caption class="visually-hidden">{s.tableCaption}</caption>
          <thead><tr><th scope="col">n</th><th scope="col">{s.sigmoid} (z = 0)</th><th scope="col">{s.sigmoid} (|z| = 2)</th><th scope="col">{s.tanh} (z = 0)</th><th scope="col">{s.relu}</th></tr></thead>
          <tbody>
            {TABLE_DEPTHS.map((n) => (
              <tr><th scope="row">{n}</th>
                <td>{formatNumber(derivativeProducts('sigmoid', 0)[n - 1])}</td>
                <td>{formatNumber(derivativeProducts('sigmoid', 2)[n - 1])}</td>
                <td>{formatNumber(derivativeProducts('tanh', 0)[n - 1])}</td>
                <td>{formatNumber(derivativeProducts('relu', 1)[n - 1])}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
