/**
 * Lesson 12: the same deep network trained six ways at once — plain sigmoid, ReLU + He, Leaky
 * ReLU + He, sigmoid + batch norm, sigmoid + shortcuts, ReLU + BN + shortcuts — in ONE Web Worker
 * (round-robin over six lab sessions in lockstep; main-thread fallback in 8 ms slices). The page
 * overlays the loss and accuracy curves, draws per-layer gradient profiles side by side on one log
 * scale and keeps a live summary table. Depth and seed live in the URL. At build time the same
 * engine fills the no-JS table (remedies-compared/summary.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reducedMotion } from '~/widgets/kit/charts/setup';
import { useChart } from '~/widgets/kit/charts/useChart';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import { fill } from '~/widgets/kit/format';
import { buildData } from '~/widgets/kit/build-data';
import { useUrlState } from '~/widgets/kit/url-state';
import { lineChart, setLines } from '~/widgets/kit/lab/charts';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import { chartJsData, type ChartData } from '~/widgets/kit/csv';
import { SeriesBuffer, finiteOrNull } from '~/widgets/kit/lab/protocol';
import type { Measurement } from '~/widgets/kit/lab/session';
import { pauseWhileHidden } from '~/widgets/kit/lab/hidden-pause';
import CurvesTable, { type CurvesTableStrings } from './CurvesTable';
import LiveTable, { type LiveTableStrings } from './LiveTable';
import Profiles, { type ProfileStrings } from './Profiles';
import { DEPTH, REMEDIES, SCHEMA } from './remedies';
import { CompareRunner, type EngineKind } from './runner';
import type { FromHost } from './protocol';
import type { Summary } from './summary';
import './remedies-compared.css';

export interface RemediesComparedStrings extends CurvesTableStrings, LiveTableStrings, ProfileStrings {
  tools: WidgetToolsStrings;
  depth: string; seed: string; play: string; pause: string; reset: string; rebuildNote: string;
  stepLabel: string; statusPaused: string; statusRunning: string; divergedNote: string;
  lossTitle: string; accuracyTitle: string; profilesTitle: string; profilesNote: string;
  lossChartLabel: string; accuracyChartLabel: string; axisStep: string; axisLoss: string; axisAccuracy: string;
}
interface Props { id: string; strings: RemediesComparedStrings }

// Build time only: the engine trains the six runs for the no-JS table; the client bundle drops this.
const ssr = import.meta.env.SSR ? await import('./summary') : null;

interface View { step: number; now: (Measurement | null)[]; init: (Measurement | null)[]; reached: (number | null)[]; divergedAt: (number | null)[] }
const empty = (): View => ({ step: 0, now: REMEDIES.map(() => null), init: REMEDIES.map(() => null), reached: REMEDIES.map(() => null), divergedAt: REMEDIES.map(() => null) });

export default function RemediesCompared({ id, strings: s }: Props) {
  const [summary] = useState(() => buildData<Summary>(id, ssr && ssr.computeSummary));
  const [state, setState] = useUrlState(id, SCHEMA);
  const [seedText, setSeedText] = useState(String(state.seed));
  const [live, setLive] = useState(false);
  const [engine, setEngine] = useState<EngineKind | null>(null);
  const [playing, setPlaying] = useState(false);
  const [view, setView] = useState<View>(empty);
  const [announce, setAnnounce] = useState('');

  const runner = useRef<CompareRunner | null>(null);
  const latest = useRef<View>(empty());
  const series = useRef({ loss: new SeriesBuffer(), acc: new SeriesBuffer() });
  const lossCanvas = useRef<HTMLCanvasElement>(null);
  const accCanvas = useRef<HTMLCanvasElement>(null);
  const dirty = useRef({ view: false, charts: false });
  const drawnAt = useRef({ view: 0, charts: 0 });
  const raf = useRef(0);
  const rebuild = useRef(0);

  // ---- drawing: throttled while training (reduced motion: once a second), immediate when calm ----
  function schedule() { if (!raf.current) raf.current = requestAnimationFrame(draw); }
  function draw() {
    raf.current = 0;
    const now = performance.now();
    const calm = !runner.current?.playing;
    const gap = reducedMotion() ? 1000 : 250;
    const d = dirty.current;
    if (d.view && (calm || now - drawnAt.current.view >= gap)) {
      d.view = false; drawnAt.current.view = now;
      const v = latest.current;
      setView({ ...v, now: [...v.now], init: [...v.init], reached: [...v.reached], divergedAt: [...v.divergedAt] });
    } else if (d.charts && (calm || now - drawnAt.current.charts >= gap)) {
      d.charts = false; drawnAt.current.charts = now;
      drawCharts();
    }
    if (d.view || d.charts) schedule();
  }
  function drawCharts() {
    const css = getComputedStyle(document.documentElement);
    const colour = (name: string) => css.getPropertyValue(name).trim();
    const sr = series.current;
    // A lone first point (step 0) would be invisible without a marker.
    const lines = (buf: SeriesBuffer) => REMEDIES.map((r, i) => ({
      label: s.remedies[r.id], data: buf.points(i), color: colour(r.color), dash: r.dash, width: 2, point: buf.x.length === 1 ? 3 : 0,
    }));
    const xmax = Math.max(100, sr.loss.x[sr.loss.x.length - 1] ?? 0);
    for (const [chart, buf] of [[lossChart.current, sr.loss], [accChart.current, sr.acc]] as const) {
      if (!chart) continue;
      (chart.options.scales!.x as { max?: number }).max = xmax;
      setLines(chart, lines(buf));
    }
  }

  function onMessage(msg: FromHost) {
    if (msg.type === 'fail') { setAnnounce(msg.message); return; }
    const v = latest.current;
    v.step = msg.step;
    v.reached = msg.reached;
    v.divergedAt = msg.divergedAt;
    for (const [i, m] of msg.measured) {
      v.now[i] = m;
      if (m.step === 0) v.init[i] = m;
    }
    for (const p of msg.points) {
      series.current.loss.push(p.step, p.loss.map((x) => finiteOrNull(x, true)));
      series.current.acc.push(p.step, p.accuracy.map((x) => finiteOrNull(x)));
    }
    if (msg.points.length) dirty.current.charts = true;
    dirty.current.view = true;
    schedule();
  }

  function clear() {
    series.current.loss.clear(); series.current.acc.clear();
    latest.current = empty();
    dirty.current.charts = true;
    dirty.current.view = true;
    schedule();
  }

  // ---- lifetime: runner, charts, scheme and visibility; all undone on unmount ----
  useEffect(() => {
    setLive(true);
    const r = new CompareRunner(onMessage, (kind) => setEngine(kind));
    runner.current = r;
    setEngine(r.engine);
    r.configure(state.depth, state.seed);
    const offHidden = pauseWhileHidden(r, setPlaying);
    return () => {
      r.dispose();
      runner.current = null;
      offHidden();
      cancelAnimationFrame(raf.current);
      raf.current = 0;
      clearTimeout(rebuild.current);
    };
  }, []);

  // Canvases exist only once live; a scheme change marks the charts for the next frame.
  const redraw = () => { dirty.current.charts = true; schedule(); };
  const lossChart = useChart(lossCanvas, (el) => lineChart(el, s.axisStep, { title: s.axisLoss, log: true }), redraw, [], live);
  const accChart = useChart(accCanvas, (el) => lineChart(el, s.axisStep, { title: s.axisAccuracy, min: 0, max: 1, percent: true }), redraw, [], live);

  // ---- settings: URL, then six new runs (debounced while the slider moves) ----
  function change(patch: Partial<typeof state>) {
    const next = { ...state, ...patch };
    setState(next);
    runner.current?.pause(false);
    setPlaying(false);
    clearTimeout(rebuild.current);
    rebuild.current = window.setTimeout(() => { clear(); runner.current?.configure(next.depth, next.seed); }, 150);
  }
  function commitSeed(text: string) {
    const v = Number(text);
    const ok = /^\d+$/.test(text.trim()) && v >= SCHEMA.seed.min && v <= SCHEMA.seed.max;
    const seed = ok ? v : state.seed;
    setSeedText(String(seed));
    if (seed !== state.seed) change({ seed });
  }

  const r = runner.current;
  const togglePlay = () => {
    if (!r) return;
    if (r.playing) { r.pause(); setPlaying(false); setAnnounce(s.statusPaused); }
    else { r.play(); setPlaying(true); setAnnounce(s.statusRunning); }
  };
  const doReset = () => { r?.reset(); setPlaying(false); clear(); setAnnounce(''); };

  const diverged = REMEDIES.map((rem, i) => [rem, view.divergedAt[i]] as const).filter(([, d]) => d !== null);
  const legend = REMEDIES.map((rem) => ({ label: s.remedies[rem.id], color: `var(${rem.color})`, dash: rem.dash?.join(' ') }));

  return (
    <div class="widget remedies" data-widget="remedies-compared" data-engine={engine ?? undefined}
      data-step={view.step} data-playing={playing ? '' : undefined}>
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-depth`}>{s.depth}</label>
          <input id={`${id}-depth`} type="range" min={DEPTH.min} max={DEPTH.max} step={1} value={state.depth} disabled={!live}
            onInput={(e) => change({ depth: Number(e.currentTarget.value) })} />
          <output for={`${id}-depth`}>{state.depth}</output>
        </span>
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} class="remedies-number" type="number" inputMode="numeric" min={SCHEMA.seed.min} max={SCHEMA.seed.max} step={1}
            value={seedText} disabled={!live}
            onInput={(e) => setSeedText(e.currentTarget.value)}
            onChange={(e) => commitSeed(e.currentTarget.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') commitSeed(e.currentTarget.value); }} />
        </span>
        <button type="button" class="remedies-play" onClick={togglePlay} disabled={!live} aria-pressed={playing}>
          {playing ? s.pause : s.play}
        </button>
        <button type="button" onClick={doReset} disabled={!live}>{s.reset}</button>
      </div>
      <p class="remedies-hint">{s.rebuildNote}</p>
      <p class="widget-readout"><span>{s.stepLabel} <strong data-k="step">{view.step}</strong></span></p>
      <p class="visually-hidden" aria-live="polite">{announce}</p>
      {diverged.length > 0 && (
        <p class="remedies-diverged" role="status">
          {diverged.map(([rem, d]) => fill(s.divergedNote, { name: s.remedies[rem.id], step: d! })).join(' ')}
        </p>
      )}
      <div class="remedies-charts">
        <div class="remedies-chart">
          <p class="remedies-title">{s.lossTitle}</p>
          <div class="chart-box">{live && <canvas ref={lossCanvas} role="img" aria-label={s.lossChartLabel} />}</div>
        </div>
        <div class="remedies-chart">
          <p class="remedies-title">{s.accuracyTitle}</p>
          <div class="chart-box">{live && <canvas ref={accCanvas} role="img" aria-label={s.accuracyChartLabel} />}</div>
        </div>
      </div>
      <ChartLegend items={legend} />
      {live && (
        <div class="remedies-profiles-wrap">
          <p class="remedies-title">{s.profilesTitle}</p>
          <p class="remedies-hint">{s.profilesNote}</p>
          <Profiles s={s} rows={REMEDIES.map((rem, i) => ({
            id: rem.id, name: s.remedies[rem.id], color: rem.color,
            now: view.now[i]?.gradNorms ?? null, init: view.init[i]?.gradNorms ?? null,
          }))} />
        </div>
      )}
      {live && <LiveTable s={s} step={view.step} now={view.now} init={view.init} reached={view.reached} divergedAt={view.divergedAt} />}
      <WidgetTools id={id} strings={s.tools} data={(): ChartData[] => [
        ...(lossChart.current ? [chartJsData(s.lossChartLabel, lossChart.current)] : []),
        ...(accChart.current ? [chartJsData(s.accuracyChartLabel, accChart.current)] : []),
        { chart: s.profilesTitle, series: REMEDIES.map((rem, i) => ({
          name: s.remedies[rem.id], points: (view.now[i]?.gradNorms ?? []).map((v, l) => [l + 1, v] as const),
        })) },
      ]} />
      {summary && <CurvesTable id={id} s={s} summary={summary} live={live} />}
    </div>
  );
}
