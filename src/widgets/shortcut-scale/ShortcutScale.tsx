/**
 * Lesson 9 widget: scale every shortcut by λ (h_l = λ·h_(l−1) + σ(W_l h_(l−1) + b_l)) and see the
 * gradient reaching each hidden layer at initialisation, beside the shortcut-only prediction λⁿ
 * (He et al. 2016, Identity Mappings). λ < 1 brings vanishing back, λ > 1 explosion; λ = 0 is the
 * plain network. The engine's per-example traces are processed a slice per frame (≤ 6 ms), so a
 * 30-block net never blocks the page.
 */
import { useEffect, useState } from 'preact/hooks';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import Bars, { type BarsStrings } from './Bars';
import { GradientProbe, LAMBDA_MAX, MAX_BLOCKS, TABLE_BLOCKS, predicted, schema, verdictOf, type ProbeResult, type TableRow, type Verdict } from './probe';
import { fill, formatNumber } from '~/widgets/kit/format';
import { buildAttr, buildData } from '~/widgets/kit/build-data';
import { useUrlState } from '~/widgets/kit/url-state';
import './shortcut-scale.css';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface ShortcutScaleStrings extends BarsStrings {
  tools: WidgetToolsStrings;
  lambda: string; blocks: string; seed: string;
  computing: string;
  /** {n} blocks, {lambda}, measured first/last {ratio}, shortcut prediction {pred}. */
  readout: string;
  /** Added when λ = 0: no shortcut at all. */
  plainNote: string;
  /** A sentence under the readout, and the short form for the table. */
  verdicts: Record<Verdict, string>; verdictShort: Record<Verdict, string>;
  legendMeasured: string; legendPredicted: string;
  tableSummary: string; tableCaption: string;
  colLambda: string; colPredicted: string; colMeasured: string; colVerdict: string;
}
interface Props { id: string; strings: ShortcutScaleStrings }

// At build time the table is computed by the engine; in the page it is read back from the markup.
const ssr = import.meta.env.SSR ? await import('./probe') : null;

export default function ShortcutScale({ id, strings: s }: Props) {
  const [table] = useState(() => buildData<TableRow[]>(id, ssr && ssr.tableRows));
  const [live, setLive] = useState(false);
  const [state, setState] = useUrlState(id, schema);
  const [result, setResult] = useState<ProbeResult | null>(null);
  const busy = result === null || result.settings.lambda !== state.lambda || result.settings.blocks !== state.blocks || result.settings.seed !== state.seed;

  useEffect(() => setLive(true), []);
  useEffect(() => {
    if (!live) return;
    const probe = new GradientProbe(state);
    let frame = 0;
    const tick = () => {
      if (probe.advance(performance.now() + 6)) setResult(probe.result());
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [state.lambda, state.blocks, state.seed, live]);

  const set = (key: 'lambda' | 'blocks' | 'seed', value: number) => {
    const f = schema[key];
    if (Number.isFinite(value) && value >= f.min && value <= f.max) setState({ ...state, [key]: value });
  };
  const shown = result;
  const n = shown?.settings.blocks ?? state.blocks;
  const readout = shown && fill(s.readout, {
    n, lambda: formatNumber(shown.settings.lambda), pred: formatNumber(shown.predictedRatio),
    ratio: shown.ratio === null ? '—' : formatNumber(shown.ratio),
  });

  return (
    <div class="widget shortcut-scale" data-widget="shortcut-scale">
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-lambda`}>{s.lambda}</label>
          <input id={`${id}-lambda`} type="range" min={0} max={LAMBDA_MAX} step={0.05} value={state.lambda} disabled={!live}
            onInput={(e) => set('lambda', Number(e.currentTarget.value))} />
          <output for={`${id}-lambda`}>{formatNumber(state.lambda)}</output>
        </span>
        <span class="control">
          <label for={`${id}-blocks`}>{s.blocks}</label>
          <input id={`${id}-blocks`} type="range" min={1} max={MAX_BLOCKS} step={1} value={state.blocks} disabled={!live}
            onInput={(e) => set('blocks', Number(e.currentTarget.value))} />
          <output for={`${id}-blocks`}>{state.blocks}</output>
        </span>
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} class="ss-seed" type="number" min={1} max={9999} step={1} value={state.seed} disabled={!live}
            onChange={(e) => set('seed', Math.round(Number(e.currentTarget.value)))} />
        </span>
      </div>
      <div class="widget-readout" aria-live="polite" aria-busy={busy ? 'true' : 'false'}>
        {shown ? (
          <>
            <p>{readout}</p>
            <p class={`ss-verdict ss-${verdictOf(shown.ratio)}`}><strong>{s.verdicts[verdictOf(shown.ratio)]}</strong></p>
            {shown.settings.lambda === 0 && <p>{s.plainNote}</p>}
          </>
        ) : <p>{s.computing}</p>}
      </div>
      <div class={busy && shown ? 'ss-chart ss-busy' : 'ss-chart'}>
        {shown
          ? <Bars relative={shown.relative} predicted={predicted(shown.settings.lambda, shown.settings.blocks)} s={s} />
          : <div class="ss-bars ss-empty" />}
        <ChartLegend items={[
          { label: s.legendMeasured, color: 'var(--chart-1)' },
          { label: s.legendPredicted, color: 'var(--chart-2)', dash: '5 3' },
        ]} />
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => (shown ? [{ chart: s.chartLabel, series: [
        { name: s.legendMeasured, points: shown.relative.map((v, i) => [i + 1, v] as const) },
        { name: s.legendPredicted, points: predicted(shown.settings.lambda, shown.settings.blocks).map((v, i) => [i + 1, v] as const) },
      ] }] : [])} />
      {table && (
        <details class="widget-table" id={`${id}-table`} {...buildAttr(table)} open={!live} data-live={live ? '' : undefined}>
          <summary>{s.tableSummary}</summary>
          <table>
            <caption>{fill(s.tableCaption, { n: TABLE_BLOCKS })}</caption>
            <thead><tr>
              <th scope="col">{s.colLambda}</th><th scope="col">{fill(s.colPredicted, { n: TABLE_BLOCKS })}</th>
              <th scope="col">{s.colMeasured}</th><th scope="col">{s.colVerdict}</th>
            </tr></thead>
            <tbody>
              {table.map((r) => (
                <tr><th scope="row">{formatNumber(r.lambda)}</th><td>{formatNumber(r.predicted)}</td>
                  <td>{r.ratio === null ? '—' : formatNumber(r.ratio)}</td><td>{s.verdictShort[verdictOf(r.ratio)]}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
