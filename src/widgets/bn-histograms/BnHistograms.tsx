/**
 * Lesson 8 widget: a deep sigmoid net (10 × 16) with and without batch norm, trained side by side
 * on the main thread in slices of a few milliseconds per frame. Per layer it draws the histogram of
 * z (the activation input) pooled over every unit, unit 1's histogram alone, and the spread of z
 * across examples; a mode switch shows the BN net with batch statistics (training mode) or the
 * running statistics (inference mode), and a dot plot compares the two statistics unit by unit.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reducedMotion } from '~/widgets/kit/charts/setup';
import SelectControl from '~/widgets/kit/controls/SelectControl';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import type { ChartData } from '~/widgets/kit/csv';
import { fill, formatNumber } from '~/widgets/kit/format';
import { buildAttr, buildData } from '~/widgets/kit/build-data';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import { DEPTH, type Mode } from '~/widgets/kit/bn-net';
import type { BnPair, HistogramTable, PairView, UnitStats } from './model';
import Ridgelines from './Ridgelines';
import RunningStats from './RunningStats';
import './bn-histograms.css';

export interface BnHistogramsStrings {
  /** A percentage: '{v} %' in English, '{v}%' in Korean. */
  percent: string;
  seed: string; mode: string; modeTrain: string; modeInfer: string; layer: string;
  play: string; pause: string; more: string; reset: string;
  plainTitle: string; bnTitle: string; ridgeLabel: string; layerHeader: string; spreadHeader: string;
  pooled: string; unit: string;
  readout: string; gapReadout: string; finished: string; diverged: string;
  statsTitle: string; statsLabel: string; meanLabel: string; stdLabel: string; batchLabel: string; runningLabel: string;
  tableSummary: string; tableCaption: string; colLayer: string; colPlain: string; colBnTrain: string; colBnInfer0: string; colBnInferLater: string;
  tableGap: string; tools: WidgetToolsStrings;
}
interface Props { id: string; strings: BnHistogramsStrings }

const MAX_STEPS = 3000;
const SLICE_MS = 6;
const schema = {
  seed: { kind: 'int', min: 1, max: 99, default: 1 },
  mode: { kind: 'choice', options: ['train', 'infer'], default: 'train' },
  // Layer 2 by default: layer 1's batch means are exactly 0 (the data are standardised and b = 0).
  layer: { kind: 'int', min: 1, max: DEPTH, default: 2 },
} satisfies Schema;

// The engine and the model load at build time here, and in the page with a dynamic import once the
// island mounts, so they do not count against the page's first download.
const ssr = import.meta.env.SSR ? await import('./model') : null;
type Model = typeof import('./model');

/** Build time: the no-JS table for seed 1 (memoised, ko and en share it). */
let buildTable: HistogramTable | null = null;
const computeTable = ssr && (() => (buildTable ??= ssr.tableOf(1)));

export default function BnHistograms({ id, strings: s }: Props) {
  const [state, setState] = useUrlState(id, schema);
  const [table] = useState(() => buildData(id, computeTable));
  const [live, setLive] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [view, setView] = useState<PairView | null>(null);
  const [stats, setStats] = useState<UnitStats | null>(null);
  const pair = useRef<BnPair | null>(null);
  const model = useRef<Model | null>(null);
  const raf = useRef(0);
  /** The step the running loop trains up to (MAX_STEPS while playing, +10 for the step button). */
  const target = useRef(MAX_STEPS);
  const lastDraw = useRef(0);
  const opts = useRef(state);
  opts.current = state;

  function redraw() {
    const p = pair.current;
    if (!p) return;
    setView(p.view(opts.current.mode as Mode));
    setStats(model.current!.unitStats(p.bn, p.data, opts.current.layer - 1));
    lastDraw.current = performance.now();
  }
  function stop() { cancelAnimationFrame(raf.current); raf.current = 0; setPlaying(false); }
  function frame() {
    const p = pair.current;
    if (!p) return;
    const now = performance.now();
    const interval = reducedMotion() ? 1000 : 200;
    if (now - lastDraw.current >= interval) redraw();
    else p.advance(target.current - p.step, now + SLICE_MS);
    if (p.step >= target.current || p.diverged) { redraw(); stop(); return; }
    raf.current = requestAnimationFrame(frame);
  }
  function run(to: number) {
    target.current = Math.min(MAX_STEPS, to);
    if (!raf.current) { setPlaying(true); raf.current = requestAnimationFrame(frame); }
  }

  useEffect(() => {
    let alive = true;
    const build = (m: Model) => {
      if (!alive) return;
      model.current = m;
      pair.current = new m.BnPair(state.seed);
      redraw();
      setLive(true);
    };
    if (model.current) build(model.current);
    else import('./model').then(build, () => { /* offline: the table stays */ });
    return () => { alive = false; cancelAnimationFrame(raf.current); raf.current = 0; };
  }, [state.seed]);
  useEffect(() => { if (live) redraw(); }, [state.mode, state.layer, state.seed]);

  /** What the download holds: each net's spread per layer, and the selected layer's statistics per unit. */
  function csvData(): ChartData[] {
    if (!view) return [];
    const perLayer = (layers: PairView['plain']) => layers.map((l, i): [number, number] => [i + 1, l.spread]);
    const out: ChartData[] = [{ chart: `${s.spreadHeader} (${s.layerHeader})`, series: [
      { name: s.plainTitle, points: perLayer(view.plain) }, { name: `${s.bnTitle} ${modeName}`, points: perLayer(view.bn) }] }];
    if (stats) {
      const perUnit = (v: number[]) => v.map((y, j): [number, number] => [j + 1, y]);
      out.push({ chart: fill(s.statsTitle, { l: state.layer }), series: [
        { name: `${s.meanLabel} ${s.batchLabel}`, points: perUnit(stats.batchMean) }, { name: `${s.meanLabel} ${s.runningLabel}`, points: perUnit(stats.runMean) },
        { name: `${s.stdLabel} ${s.batchLabel}`, points: perUnit(stats.batchStd) }, { name: `${s.stdLabel} ${s.runningLabel}`, points: perUnit(stats.runStd) }] });
    }
    return out;
  }
  const set = (patch: Partial<typeof state>) => setState({ ...state, ...patch });
  const step = view?.step ?? 0;
  const pct = (v: number) => fill(s.percent, { v: formatNumber(v * 100, 2) });
  const modeName = state.mode === 'train' ? s.modeTrain : s.modeInfer;

  return (
    <div class="widget bnh" data-widget="bn-histograms">
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} type="number" min={1} max={99} step={1} value={state.seed} disabled={!live} class="bnh-number"
            onChange={(e) => { const v = Number(e.currentTarget.value); if (Number.isInteger(v) && v >= 1 && v <= 99) { stop(); set({ seed: v }); } }} />
        </span>
        <SelectControl id={`${id}-mode`} label={s.mode} value={state.mode} disabled={!live}
          options={[{ value: 'train', label: s.modeTrain }, { value: 'infer', label: s.modeInfer }]} onChange={(v) => set({ mode: v })} />
        <span class="bnh-buttons">
          <button type="button" class="bnh-play" disabled={!live || step >= MAX_STEPS || view?.diverged} onClick={() => (playing ? stop() : run(MAX_STEPS))}>{playing ? s.pause : s.play}</button>
          <button type="button" disabled={!live || playing || step >= MAX_STEPS} onClick={() => run(step + 10)}>{s.more}</button>
          <button type="button" disabled={!live} onClick={() => { stop(); pair.current?.reset(); redraw(); }}>{s.reset}</button>
        </span>
      </div>
      <div class="widget-readout" aria-live="polite">
        <p>{fill(s.readout, { step, plain: pct(view?.accuracyPlain ?? 0.5), bn: pct(view?.accuracyBn ?? 0.5) })}</p>
        {view && <p>{fill(s.gapReadout, { gap: formatNumber(view.gap.meanAbs), agree: pct(view.gap.agree) })}</p>}
        {step >= MAX_STEPS && <p>{fill(s.finished, { steps: MAX_STEPS })}</p>}
        {view?.diverged && <p class="bnh-warn">{s.diverged}</p>}
      </div>
      {view && (
        <div class="bnh-live">
          <div class="bnh-pair">
            <Ridgelines title={s.plainTitle} label={fill(s.ridgeLabel, { net: s.plainTitle })} layers={view.plain} layerHeader={s.layerHeader} spreadHeader={s.spreadHeader} />
            <Ridgelines title={`${s.bnTitle} · ${modeName}`} label={fill(s.ridgeLabel, { net: `${s.bnTitle}, ${modeName}` })} layers={view.bn} layerHeader={s.layerHeader} spreadHeader={s.spreadHeader} />
          </div>
          <ul class="chart-legend bnh-legend">
            <li><i class="bnh-key-pooled" aria-hidden="true" />{s.pooled}</li>
            <li><i class="bnh-key-unit" aria-hidden="true" />{s.unit}</li>
          </ul>
          <div class="bnh-stats-box">
            <div class="bnh-stats-head">
              <h4 class="bnh-stats-title">{fill(s.statsTitle, { l: state.layer })}</h4>
              <span class="control">
                <label for={`${id}-layer`}>{s.layer}</label>
                <input id={`${id}-layer`} type="range" min={1} max={DEPTH} step={1} value={state.layer} onInput={(e) => set({ layer: Number(e.currentTarget.value) })} />
                <output for={`${id}-layer`}>{state.layer}</output>
              </span>
            </div>
            {stats && <RunningStats stats={stats} label={fill(s.statsLabel, { l: state.layer })} meanLabel={s.meanLabel} stdLabel={s.stdLabel} batchLabel={s.batchLabel} runningLabel={s.runningLabel} />}
          </div>
        </div>
      )}
      <WidgetTools id={id} strings={s.tools} data={csvData} />
      {table && (
        <details class="widget-table" id={`${id}-table`} open={!live} data-live={live ? '' : undefined} {...buildAttr(table)}>
          <summary>{s.tableSummary}</summary>
          <table>
            <caption>{fill(s.tableCaption, { later: table.later })}</caption>
            <thead><tr><th scope="col">{s.colLayer}</th><th scope="col">{s.colPlain}</th><th scope="col">{s.colBnTrain}</th><th scope="col">{s.colBnInfer0}</th><th scope="col">{fill(s.colBnInferLater, { later: table.later })}</th></tr></thead>
            <tbody>
              {table.rows.map((r, l) => (
                <tr><th scope="row">{l + 1}</th><td>{formatNumber(r.plain)}</td><td>{formatNumber(r.bnTrain)}</td><td>{formatNumber(r.bnInfer0)}</td><td>{formatNumber(r.bnInferLater)}</td></tr>
              ))}
            </tbody>
          </table>
          <p class="bnh-table-note">{fill(s.tableGap, { later: table.later, gap0: formatNumber(table.gap0.meanAbs), agree0: pct(table.gap0.agree), gap: formatNumber(table.gapLater.meanAbs), agree: pct(table.gapLater.agree) })}</p>
        </details>
      )}
    </div>
  );
}
