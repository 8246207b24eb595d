/**
 * Lesson 5 widget: Nielsen's vanishing-gradient measurement rerun on 1,000 real MNIST digits.
 * Nothing about MNIST loads until the reader asks; then the digits and the live part
 * (nielsen-rerun/Live.tsx: a Web Worker with a main-thread fallback, the bars, the table and the
 * training view) arrive together. This shell keeps the settings in the URL and renders the no-JS
 * table, measured at build time on the same digits (seed 1, 2–4 hidden layers, ×10).
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import SelectControl from '~/widgets/kit/controls/SelectControl';
import { fill, formatNumber } from '~/widgets/kit/format';
import { buildAttr, buildData } from '~/widgets/kit/build-data';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import { assetUrl } from './asset';
import { LAYER_CHOICES, NIELSEN, SEED_MAX, SEED_MIN, VARIANTS, type LayerChoice, type Variant } from './settings';
import type { EngineKind } from './host';
import './nielsen-rerun.css';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import type { ChartData } from '~/widgets/kit/csv';

export interface NielsenRerunStrings {
  tools: WidgetToolsStrings;
  load: string; loading: string; loadFailed: string; retry: string; provenance: string; loaded: string;
  layers: string; layerOption: string; seed: string; reseed: string;
  measuring: string; readout: string; engines: Record<EngineKind, string>; firstVsLast: string; scaleNote: string;
  chartLabel: string; layerTick: string; axisNorm: string; legendOurs: string; legendNielsen: string;
  colLayer: string; colRaw: string; colOurs: string; colNielsen: string; colRatio: string; colNielsenRatio: string;
  tableSummary: string; tableCaption: string; colLayers: string;
  trainTitle: string; trainIntro: string; variants: Record<Variant, string>; stop: string;
  trainRunning: string; trainDone: string; trainStopped: string; trainDiverged: string; epochTime: string; bnNote: string;
  speedChartLabel: string; axisEpoch: string; axisSpeed: string; axisAccuracy: string; layerName: string; accuracyName: string;
}
interface Props { id: string; strings: NielsenRerunStrings }
type LiveProps = { s: NielsenRerunStrings; bytes: ArrayBuffer; count: number; layers: LayerChoice; seed: number; onVariant: (v: Variant) => void; chartData: { current: (() => ChartData[]) | null } };

// Build time only: reads the digits from the `mnist` package (node:fs); the client never gets it.
const ssr = import.meta.env.SSR ? await import('./table') : null;

const schema = {
  layers: { kind: 'choice', options: LAYER_CHOICES, default: '4' },
  seed: { kind: 'int', min: SEED_MIN, max: SEED_MAX, default: 1 },
  train: { kind: 'choice', options: VARIANTS, default: 'sigmoid' },
} satisfies Schema;


export default function NielsenRerun({ id, strings: s }: Props) {
  const [state, setState] = useUrlState(id, schema);
  const [live, setLive] = useState(false);
  const [table] = useState(() => buildData<Record<LayerChoice, number[]>>(id, ssr && ssr.buildTimeTable));
  const [phase, setPhase] = useState<'idle' | 'loading' | 'failed' | 'ready'>('idle');
  const [error, setError] = useState('');
  const [loaded, setLoaded] = useState<{ Live: ComponentType<LiveProps>; bytes: ArrayBuffer; count: number } | null>(null);

  useEffect(() => setLive(true), []);

  async function load() {
    setPhase('loading');
    try {
      const [res, live, pack] = await Promise.all([fetch(assetUrl(import.meta.env.BASE_URL)), import('./Live'), import('~/data/mnist-pack')]);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const bytes = await res.arrayBuffer();
      setLoaded({ Live: live.default, bytes, count: pack.unpackMnist(new Uint8Array(bytes)).n });
      setPhase('ready');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setPhase('failed');
    }
  }

  const f = (x: number) => formatNumber(x);
  /** The loaded part fills this in with what its charts show (nothing before the digits are loaded). */
  const chartData = useRef<(() => ChartData[]) | null>(null);
  return (
    <div class="widget nielsen-rerun" data-widget="nielsen-rerun" data-phase={live ? phase : undefined}>
      <p class="nr-provenance">{s.provenance}</p>
      <div class="widget-controls nr-controls">
        {phase !== 'ready' && (
          <button type="button" class="nr-load" disabled={!live || phase === 'loading'} onClick={load}>{phase === 'failed' ? s.retry : s.load}</button>
        )}
        <SelectControl id={`${id}-layers`} label={s.layers} value={state.layers} disabled={!live}
          options={LAYER_CHOICES.map((l) => ({ value: l, label: fill(s.layerOption, { n: l }) }))}
          onChange={(v) => setState((prev) => ({ ...prev, layers: v }))} />
        <span class="control">
          <span>{s.seed}</span>
          <output for={`${id}-reseed`} data-seed={state.seed}>{state.seed}</output>
          <button type="button" id={`${id}-reseed`} disabled={!live} onClick={() => setState((prev) => ({ ...prev, seed: prev.seed >= SEED_MAX ? SEED_MIN : prev.seed + 1 }))}>{s.reseed}</button>
        </span>
      </div>
      {phase !== 'ready' && phase !== 'idle' && (
        <div class="widget-readout" aria-live="polite">
          {phase === 'loading' ? <p>{s.loading}</p> : <p class="nr-error" role="alert">{fill(s.loadFailed, { reason: error })}</p>}
        </div>
      )}
      {loaded && (
        <loaded.Live s={s} chartData={chartData} bytes={loaded.bytes} count={loaded.count} layers={state.layers as LayerChoice} seed={state.seed}
          onVariant={(v) => setState((prev) => ({ ...prev, train: v }))} />
      )}
      <WidgetTools id={id} strings={s.tools} data={() => chartData.current?.() ?? []} />
      <details class="widget-table" id={`${id}-table`} open={!live} data-live={live ? '' : undefined}
        {...buildAttr(live ? null : table)}>
        <summary>{s.tableSummary}</summary>
        {table && (
          <div class="nr-table-wrap">
            <table>
              <caption>{s.tableCaption}</caption>
              <thead><tr><th scope="col">{s.colLayers}</th><th scope="col">{s.colLayer}</th><th scope="col">{s.colOurs}</th><th scope="col">{s.colNielsen}</th></tr></thead>
              {LAYER_CHOICES.map((L) => (
                <tbody>
                  {table[L].map((v, l) => (
                    <tr data-build={`${L}-${l + 1}`}>{l === 0 && <th scope="rowgroup" rowSpan={table[L].length}>{L}</th>}<th scope="row">{l + 1}</th><td>{f(v)}</td><td>{f(NIELSEN[L][l])}</td></tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
