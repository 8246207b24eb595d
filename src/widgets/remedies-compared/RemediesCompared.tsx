/**
 * Lesson 12: the same deep network trained six ways at once — plain sigmoid, ReLU + He, Leaky
 * ReLU + He, sigmoid + batch norm, sigmoid + shortcuts, ReLU + BN + shortcuts — in ONE Web Worker
 * (round-robin over six lab sessions in lockstep; main-thread fallback in 8 ms slices). The page
 * overlays the loss and accuracy curves, draws per-layer gradient profiles side by side on one log
 * scale and keeps a live summary table. Depth and seed live in the URL. At build time the same
 * engine fills the no-JS table (remedies-compared/summary.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onSchemeChange, palette, reducedMotion, type Chart } from '~/widgets/kit/charts/setup';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import { fill } from '~/widgets/kit/format';
import { bindToLocation } from '~/widgets/kit/url-state';
import { lineChart, setLines } from '~/widgets/kit/lab/charts';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import { chartJsData, type ChartData } from '~/widgets/kit/csv';
import { SeriesBuffer, finiteOrNull } from '~/widgets/kit/lab/protocol';
import type { Measurement } from '~/widgets/kit/lab/session';
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

/** The build-time table travels to the client in a data attribute, so hydration never retrains. */
function summaryFor(id: string): Summary | null {
  if (ssr) return ssr.computeSummary();
  const raw = typeof document === 'undefined' ? null : document.getElementById(`${id}-table`)?.dataset.summary;
  try { return raw ? (JSON.parse(raw) as Summary) : null; } catch { return null; }
}

interface View { step: number; now: (Measurement | null)[]; init: (Measurement | null)[]; reached: (number | null)[]; divergedAt: (number | null)[] }
const empty = (): View => ({ step: 0, now: REMEDIES.map(() => null), init: REMEDIES.map(() => null), reached: REMEDIES.map(() => null), divergedAt: REMEDIES.map(() => null) });

export default function RemediesCompared({ id, strings: s }: Props) {
  const url = useRef(bindToLocation(id, SCHEMA)).current;
  const [summary] = useState(() => summaryFor(id));
  const [state, setState] = useState(() => url.initial());
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
  const charts = useRef<{ loss?: Chart; acc?: Chart }>({});
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
    const lines = (buf: SeriesBuffer) => REMEDIES.map((r, i) => ({
      label: s.remedies[r.id], data: buf.points(i), color: colour(r.color), dash: r.dash, width: 2,
    }));
    const xmax = Math.max(100, sr.loss.x[sr.loss.x.length - 1] ?? 0);
    for (const [chart, buf] of [[charts.current.loss, sr.loss], [charts.current.acc, sr.acc]] as const) {
      if (!chart) continue;
      (chart.options.scales!.x as { max?: number }).max = xmax;
      setLines(chart, lines(buf));
      // A lone first point (step 0) would be invisible without a marker.
      for (const ds of chart.data.datasets) (ds as { pointRadius?: number }).pointRadius = buf.x.length === 1 ? 3 : 0;
      chart.update('none');
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
    let resumeOnShow = false;
    const onVisibility = () => {
      if (document.hidden && r.playing) { resumeOnShow = true; r.pause(); setPlaying(false); }
      else if (!document.hidden && resumeOnShow) { resumeOnShow = false; r.play(); setPlaying(true); }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      r.dispose();
      runner.current = null;
      document.removeEventListener('visibilitychange', onVisibility);
      cancelAnimationFrame(raf.current);
      raf.current = 0;
      clearTimeout(rebuild.current);
    };
  }, []);

  useEffect(() => {
    if (!live || !lossCanvas.current || !accCanvas.current) return;
    charts.current.loss = lineChart(lossCanvas.current, s.axisStep, { title: s.axisLoss, log: true });
    charts.current.acc = lineChart(accCanvas.current, s.axisStep, { title: s.axisAccuracy, min: 0, max: 1, percent: true });
    const offScheme = onSchemeChange(() => {
      const p = palette();
      for (const chart of Object.values(charts.current)) {
        if (!chart) continue;
        for (const sc of Object.values(chart.options.scales ?? {})) {
          if (!sc) continue;
          sc.grid = { ...sc.grid, color: p.grid };
          sc.ticks = { ...sc.ticks, color: p.muted };
          (sc as { title?: { color?: string } }).title!.color = p.muted;
        }
      }
      dirty.current.charts = true;
      schedule();
    });
    dirty.current.charts = true;
    schedule();
    return () => {
      offScheme();
      charts.current.loss?.destroy();
      charts.current.acc?.destroy();
      charts.current = {};
    };
  }, [live]);

  // ---- settings: URL, then six new runs (debounced while the slider moves) ----
  function change(patch: Partial<typeof state>) {
    const next = { ...state, ...patch };
    setState(next);
    url.save(next);
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
        ...(charts.current.loss ? [chartJsData(s.lossChartLabel, charts.current.loss)] : []),
        ...(charts.current.acc ? [chartJsData(s.accuracyChartLabel, charts.current.acc)] : []),
        { chart: s.profilesTitle, series: REMEDIES.map((rem, i) => ({
          name: s.remedies[rem.id], points: (view.now[i]?.gradNorms ?? []).map((v, l) => [l + 1, v] as const),
        })) },
      ]} />
      {summary && <CurvesTable id={id} s={s} summary={summary} live={live} />}
    </div>
  );
}
