/**
 * Lesson 8 widget: the same deep sigmoid net trained at six learning rates, plain and with batch
 * norm, on the main thread in slices of at most 8 ms per frame. It shows final accuracy against the
 * learning rate and a table with loss, accuracy and how much the batch-norm net's weights grew.
 * Before a run (and without JavaScript) it shows the stored results for the default settings,
 * which a unit test recomputes with the engine.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import SelectControl from '~/widgets/kit/controls/SelectControl';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import type { ChartData } from '~/widgets/kit/csv';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import AccuracyChart from './AccuracyChart';
import { REFERENCE_RESULTS, REFERENCE_SEED, REFERENCE_STEPS } from './reference';
import { LEARNING_RATES, RUNS, STEP_CHOICES, type RunResult } from './runs';
import type { Sweep } from './sweep';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import './bn-learning-rates.css';

export interface BnLearningRatesStrings {
  /** A percentage: '{v} %' in English, '{v}%' in Korean. */
  percent: string;
  seed: string; steps: string; run: string; stop: string;
  plain: string; bn: string; chartLabel: string; xAxis: string; yAxis: string;
  stored: string; running: string; done: string; idle: string; diverged: string;
  tableCaption: string; colLr: string; colAcc: string; colLoss: string; colGrowth: string; divergedCell: string; pending: string; tools: WidgetToolsStrings;
}
interface Props { id: string; strings: BnLearningRatesStrings }

const SLICE_MS = 8;
const schema = {
  seed: { kind: 'int', min: 1, max: 99, default: REFERENCE_SEED },
  steps: { kind: 'choice', options: STEP_CHOICES.map(String), default: String(REFERENCE_STEPS) },
} satisfies Schema;

const isReference = (seed: number, steps: string) => seed === REFERENCE_SEED && Number(steps) === REFERENCE_STEPS;

export default function BnLearningRates({ id, strings: s }: Props) {
  const [state, setState] = useUrlState(id, schema);
  const [live, setLive] = useState(false);
  const [results, setResults] = useState<(RunResult | null)[]>(() =>
    isReference(state.seed, state.steps) ? REFERENCE_RESULTS : RUNS.map(() => null));
  const [source, setSource] = useState<'stored' | 'running' | 'done' | 'idle'>(() => (isReference(state.seed, state.steps) ? 'stored' : 'idle'));
  const [progress, setProgress] = useState(0);
  const sweep = useRef<Sweep | null>(null);
  /** The training code, loaded with a dynamic import when the island mounts (not part of the first download). */
  const SweepClass = useRef<typeof Sweep | null>(null);
  const raf = useRef(0);

  function stop() { cancelAnimationFrame(raf.current); raf.current = 0; }
  function frame() {
    const sw = sweep.current;
    if (!sw) return;
    const finished = sw.advance(performance.now() + SLICE_MS);
    setResults([...sw.results]);
    setProgress(sw.progress);
    if (finished) { raf.current = 0; setSource('done'); return; }
    raf.current = requestAnimationFrame(frame);
  }
  function start(seed = state.seed, steps = state.steps) {
    stop();
    if (!SweepClass.current) return;
    sweep.current = new SweepClass.current(seed, Number(steps));
    setResults(RUNS.map(() => null));
    setProgress(0);
    setSource('running');
    raf.current = requestAnimationFrame(frame);
  }
  function halt() {
    stop();
    setSource('idle');
  }

  useEffect(() => {
    let alive = true;
    import('./sweep').then((m) => { if (alive) { SweepClass.current = m.Sweep; setLive(true); } }, () => { /* offline: stored results stay */ });
    return () => { alive = false; stop(); };
  }, []);

  function change(patch: Partial<typeof state>) {
    const next = { ...state, ...patch };
    setState(next);
    stop();
    if (isReference(next.seed, next.steps)) { setResults(REFERENCE_RESULTS); setSource('stored'); }
    else { setResults(RUNS.map(() => null)); setSource('idle'); }
  }

  /** What the download holds: accuracy, loss and ‖W‖ growth against learning rate, for both nets. */
  function csvData(): ChartData[] {
    const series = (bn: boolean, v: (r: RunResult) => number) => ({
      name: bn ? s.bn : s.plain,
      points: RUNS.map((r, i) => [r, results[i]] as const).filter(([r, res]) => r.bn === bn && res)
        .map(([r, res]): [number, number | null] => [r.lr, res!.status === 'ok' ? v(res!) : null]),
    });
    return [
      { chart: s.colAcc, series: [series(false, (r) => r.accuracy), series(true, (r) => r.accuracy)] },
      { chart: s.colLoss, series: [series(false, (r) => r.loss), series(true, (r) => r.loss)] },
      { chart: s.colGrowth, series: [series(false, (r) => r.weightGrowth), series(true, (r) => r.weightGrowth)] },
    ];
  }
  const running = source === 'running';
  const current = RUNS[results.findIndex((r) => r === null)];
  const status = running && current
    ? fill(s.running, { pct: formatNumber(progress * 100, 1), lr: formatNumber(current.lr), net: current.bn ? s.bn : s.plain })
    : fill(source === 'stored' ? s.stored : source === 'done' ? s.done : s.idle, { seed: state.seed, steps: state.steps });
  const byLr = (lr: number, bn: boolean) => results[RUNS.findIndex((r) => r.lr === lr && r.bn === bn)];
  const cell = (r: RunResult | null, v: (r: RunResult) => string) => (r === null ? s.pending : r.status === 'diverged' ? s.divergedCell : v(r));
  /** Accuracy on 400 points moves in steps of 0.25 %, so four significant digits: 99.75 %. */
  const pct = (a: number) => fill(s.percent, { v: formatNumber(a * 100, 3) });

  return (
    <div class="widget bnlr" data-widget="bn-learning-rates">
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} type="number" min={1} max={99} step={1} value={state.seed} disabled={!live} class="bnlr-number"
            onChange={(e) => { const v = Number(e.currentTarget.value); if (Number.isInteger(v) && v >= 1 && v <= 99) change({ seed: v }); }} />
        </span>
        <SelectControl id={`${id}-steps`} label={s.steps} value={state.steps} disabled={!live}
          options={STEP_CHOICES.map(String)} onChange={(v) => change({ steps: v })} />
        <button type="button" class="bnlr-run" disabled={!live} onClick={() => (running ? halt() : start())}>{running ? s.stop : s.run}</button>
      </div>
      <p class="widget-readout" aria-live="polite">{status}</p>
      {running && <progress class="bnlr-progress" max={1} value={progress} aria-label={status} />}
      <div class="bnlr-chart-box">
        <AccuracyChart results={results} label={s.chartLabel} xAxis={s.xAxis} yAxis={s.yAxis} plain={s.plain} bn={s.bn} percent={s.percent} />
        <ChartLegend items={[{ label: s.plain, color: 'var(--chart-2)', dash: '6 4' }, { label: s.bn, color: 'var(--chart-1)' }]} />
      </div>
      {results.some((r) => r?.status === 'diverged') && <p class="bnlr-warn">{s.diverged}</p>}
      <WidgetTools id={id} strings={s.tools} data={csvData} />
      <p class="bnlr-caption" aria-hidden="true">{fill(s.tableCaption, { seed: state.seed, steps: state.steps })}</p>
      <div class="bnlr-table">
        <table>
          <caption class="visually-hidden">{fill(s.tableCaption, { seed: state.seed, steps: state.steps })}</caption>
          <thead>
            <tr><th scope="col" rowSpan={2}>{s.colLr}</th><th scope="colgroup" colSpan={2}>{s.plain}</th><th scope="colgroup" colSpan={3}>{s.bn}</th></tr>
            <tr><th scope="col">{s.colAcc}</th><th scope="col">{s.colLoss}</th><th scope="col">{s.colAcc}</th><th scope="col">{s.colLoss}</th><th scope="col">{s.colGrowth}</th></tr>
          </thead>
          <tbody>
            {LEARNING_RATES.map((lr) => {
              const p = byLr(lr, false), b = byLr(lr, true);
              return (
                <tr><th scope="row">{formatNumber(lr)}</th>
                  <td>{cell(p, (r) => pct(r.accuracy))}</td><td>{cell(p, (r) => formatNumber(r.loss))}</td>
                  <td>{cell(b, (r) => pct(r.accuracy))}</td><td>{cell(b, (r) => formatNumber(r.loss))}</td>
                  <td>{cell(b, (r) => `×${formatNumber(r.weightGrowth)}`)}</td></tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
