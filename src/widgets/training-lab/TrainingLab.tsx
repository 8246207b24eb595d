/**
 * The configurable training lab (lessons 5–13): a small MLP trains on a 2-D data set in a Web
 * Worker while the page draws per-layer gradient norms, their history, loss and accuracy, the
 * decision boundary and dead units. Presets fix the lesson's settings; `controls` says which the
 * reader may change (kept in the URL). At build time the same engine fills the no-JS table.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyPalette, onSchemeChange, palette, reducedMotion, type Chart } from '~/widgets/kit/charts/setup';
import { fill } from '~/widgets/kit/format';
import { buildData } from '~/widgets/kit/build-data';
import { useUrlState } from '~/widgets/kit/url-state';
import Controls from './Controls';
import WidgetTools from '~/widgets/kit/controls/WidgetTools';
import type { TrainingLabStrings } from './strings/types';
import { boundaryColours, drawBoundary, type BoundaryColours, type BoundaryData } from './boundary';
import { lineChart, setLines } from '~/widgets/kit/lab/charts';
import { csvOf, linesFor, type LabSeries } from './lines';
import Readout from './Readout';
import Buttons from './Buttons';
import LabTableView from './LabTable';
import LabView from './LabView';
import { SeriesBuffer, finiteOrNull, type FromHost } from '~/widgets/kit/lab/protocol';
import { LabRunner, type EngineKind } from './runner';
import type { Measurement } from '~/widgets/kit/lab/session';
import { pauseWhileHidden } from '~/widgets/kit/lab/hidden-pause';
import { PRESETS, schemaFor, withPreset, type LabSettings, type PresetName, type SettingName, type ViewName } from '~/widgets/kit/lab/settings';
import type { LabTable } from './table';
import './training-lab.css';

export type { PresetName, SettingName, ViewName };

export type { TrainingLabStrings };
export interface TrainingLabProps {
  /** URL prefix: ?<id>-depth=10&<id>-act=sigmoid…&v=1 */
  id: string;
  strings: TrainingLabStrings;
  preset: PresetName;
  /** Views to show, in order; default per preset. */
  views?: ViewName[];
  /** Which settings the reader may change here; default per preset (the playground shows all). */
  controls?: SettingName[];
}

// Build time only: the engine trains the preset for the no-JS table. The client bundle drops this
// import (import.meta.env.SSR is false there), so the engine reaches the page only with the worker.
const ssr = import.meta.env.SSR ? await import('./table') : null;

const GRID_RES = 60;
const SPEEDS = [1, 5, 10, 25, 50];
const TIME_VIEWS: ViewName[] = ['gradientsOverTime', 'loss', 'dead'];


export default function TrainingLab({ id, strings: s, preset: presetName, views: viewsProp, controls: controlsProp }: TrainingLabProps) {
  const preset = PRESETS[presetName] ?? PRESETS.playground;
  const views = viewsProp ?? preset.views;
  const controls = controlsProp ?? preset.controls;
  const has = (v: ViewName) => views.includes(v);
  const [table] = useState(() => buildData<LabTable>(id, ssr && (() => ssr.computeTable(preset.settings))));
  const [chosen, choose] = useUrlState(id, schemaFor(preset.settings, controls));
  const settings = withPreset(preset.settings, chosen as Partial<LabSettings>);
  const [live, setLive] = useState(false);
  const [engine, setEngine] = useState<EngineKind | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(10);
  const [snap, setSnap] = useState<{ step: number; status: string; divergedAt: number | null; m: Measurement | null }>(
    { step: 0, status: 'ready', divergedAt: null, m: null });
  const [announce, setAnnounce] = useState('');

  const runner = useRef<LabRunner | null>(null);
  const canvases = useRef<Partial<Record<ViewName, HTMLCanvasElement | null>>>({});
  const charts = useRef<Partial<Record<ViewName, Chart>>>({});
  const series = useRef<LabSeries>({ grad: new SeriesBuffer(), loss: new SeriesBuffer(), dead: new SeriesBuffer() });
  const latest = useRef<{ grid: Float32Array | null; data: BoundaryData | null; snap: typeof snap | null }>({ grid: null, data: null, snap: null });
  const dirty = useRef(new Set<ViewName | 'snap'>());
  const raf = useRef(0);
  const rebuild = useRef(0);
  const drawn = useRef<Partial<Record<ViewName | 'snap', number>> & { snap: number }>({ snap: 0 });
  const colours = useRef<BoundaryColours | null>(null);

  // ---- drawing: at most once per frame; one Chart.js chart per frame keeps every task short ----
  function schedule() {
    if (!raf.current) raf.current = requestAnimationFrame(draw);
  }
  function draw() {
    raf.current = 0;
    const d = dirty.current;
    const now = performance.now();
    // While training, the readout redraws at most every 100 ms and each chart every 250 ms, one
    // chart per frame, so no frame's work grows with the number of layers or points.
    const calm = !runner.current?.playing;
    if (d.has('snap') && (calm || now - drawn.current.snap >= 100) && latest.current.snap) {
      d.delete('snap');
      drawn.current.snap = now;
      setSnap(latest.current.snap);
    }
    if (d.delete('boundary')) paintBoundary();
    const next = TIME_VIEWS.find((v) => d.has(v) && (calm || now - (drawn.current[v] ?? 0) >= 250));
    if (next) { d.delete(next); drawn.current[next] = now; updateChart(next); }
    if (d.size > 0) schedule();
  }
  function paintBoundary() {
    const c = canvases.current.boundary;
    if (!c) return;
    colours.current ??= boundaryColours(c);
    drawBoundary(c, latest.current.grid, latest.current.data, colours.current);
  }
  function updateChart(view: ViewName) {
    const chart = charts.current[view];
    if (!chart) return;
    const sr = series.current;
    const xmax = Math.max(10, sr.loss.x[sr.loss.x.length - 1] ?? 0, sr.grad.x[sr.grad.x.length - 1] ?? 0);
    (chart.options.scales!.x as { max?: number }).max = xmax;
    setLines(chart, linesFor(view, sr, palette(), s));
  }

  // ---- messages from the engine ----
  function onMessage(msg: FromHost) {
    if (msg.type === 'data') {
      latest.current.data = msg;
      dirty.current.add('boundary');
    } else if (msg.type === 'fail') {
      setAnnounce(msg.message);
    } else {
      const m = msg.m ?? latest.current.snap?.m ?? null;
      latest.current.snap = { step: msg.step, status: msg.status, divergedAt: msg.divergedAt, m };
      dirty.current.add('snap');
      if (msg.m && msg.status !== 'diverged') {
        const sr = series.current;
        sr.grad.push(msg.m.step, [...msg.m.gradNorms, msg.m.outputGradNorm].map((v) => finiteOrNull(v, true)));
        sr.loss.push(msg.m.step, [finiteOrNull(msg.m.loss), finiteOrNull(msg.m.accuracy)]);
        sr.dead.push(msg.m.step, msg.m.dead.map((v) => finiteOrNull(v)));
        for (const v of TIME_VIEWS) dirty.current.add(v);
      }
      if (msg.grid) { latest.current.grid = msg.grid; dirty.current.add('boundary'); }
      if (msg.status === 'diverged') { setPlaying(false); setAnnounce(fill(s.diverged, { step: msg.divergedAt ?? msg.step })); }
    }
    schedule();
  }

  function clearSeries() {
    const sr = series.current;
    sr.grad.clear(); sr.loss.clear(); sr.dead.clear();
    latest.current.snap = null;
    latest.current.grid = null;
  }

  // ---- lifetime: charts, runner, scheme and visibility listeners; everything undone on unmount ----
  useEffect(() => {
    setLive(true);
    const r = new LabRunner(onMessage, (kind) => setEngine(kind));
    runner.current = r;
    setEngine(r.engine);
    r.speed = speed;
    r.configure(settings, has('boundary') ? GRID_RES : 0);
    const offScheme = onSchemeChange(() => {
      for (const [v, chart] of Object.entries(charts.current)) {
        if (chart) { applyPalette(chart, palette()); dirty.current.add(v as ViewName); }
      }
      colours.current = null;
      dirty.current.add('boundary');
      schedule();
    });
    const offHidden = pauseWhileHidden(r, setPlaying);
    const onResize = () => { dirty.current.add('boundary'); schedule(); };
    window.addEventListener('resize', onResize);
    return () => {
      r.dispose();
      runner.current = null;
      offScheme();
      offHidden();
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(raf.current);
      raf.current = 0;
      clearTimeout(rebuild.current);
    };
  }, []);

  // Canvases exist only once live (the no-JS page shows the table alone), so charts start here.
  useEffect(() => {
    if (!live) return;
    const make = (v: ViewName) => {
      const c = canvases.current[v];
      if (!c) return;
      if (v === 'gradientsOverTime') charts.current[v] = lineChart(c, s.axisStep, { title: s.axisGradNorm, log: true });
      if (v === 'loss') charts.current[v] = lineChart(c, s.axisStep, { title: s.axisLoss, min: 0 }, { title: s.axisAccuracy, min: 0, max: 1, percent: true });
      if (v === 'dead') charts.current[v] = lineChart(c, s.axisStep, { title: s.axisDead, min: 0, max: 1, percent: true });
    };
    views.forEach(make);
    for (const v of [...TIME_VIEWS, 'boundary' as const]) dirty.current.add(v);
    schedule();
    return () => {
      for (const chart of Object.values(charts.current)) chart?.destroy();
      charts.current = {};
    };
  }, [live]);

  // ---- settings: URL, then a rebuilt network (debounced while a slider moves) ----
  function change(patch: Partial<LabSettings>) {
    const next = { ...settings, ...patch };
    choose(patch as never);
    runner.current?.pause();
    setPlaying(false);
    clearTimeout(rebuild.current);
    rebuild.current = window.setTimeout(() => {
      clearSeries();
      runner.current?.configure(next, has('boundary') ? GRID_RES : 0);
    }, 120);
  }

  const r = runner.current;
  const togglePlay = () => {
    if (!r) return;
    if (r.playing) { r.pause(); setPlaying(false); setAnnounce(s.statusPaused); }
    else { r.play(); setPlaying(true); setAnnounce(s.statusRunning); }
  };
  const doStep = () => { r?.step(); setPlaying(false); };
  const doReset = () => { clearSeries(); r?.reset(); setPlaying(false); setAnnounce(''); };

  const m = snap.m;
  const diverged = snap.status === 'diverged';
  return (
    <div class="widget lab" data-widget="training-lab" data-engine={engine ?? undefined} data-preset={presetName}
      data-step={snap.step} data-status={snap.status} data-playing={playing ? '' : undefined}>
      {controls.length > 0 && (
        <Controls id={id} s={s} values={settings} controls={controls} disabled={!live} onChange={change} />
      )}
      {controls.length > 0 && <p class="lab-hint lab-rebuild">{s.rebuildNote}</p>}
      <Buttons id={id} s={s} live={live} diverged={diverged} playing={playing} speed={speed} speeds={SPEEDS}
        onPlay={togglePlay} onStep={doStep} onReset={doReset} onSpeed={(v) => { setSpeed(v); if (r) r.speed = v; }} />
      <Readout s={s} step={snap.step} m={m} settings={settings} dead={has('dead')} />
      <p class="visually-hidden" aria-live="polite">{announce}</p>
      {diverged && (
        <div class="lab-diverged" role="alert">
          <p>{fill(s.diverged, { step: snap.divergedAt ?? snap.step })}</p>
          <button type="button" onClick={doReset}>{s.reset}</button>
        </div>
      )}
      <div class={`lab-views${reducedMotion() ? ' lab-still' : ''}`}>
        {views.map((v) => <LabView id={id} s={s} view={v} live={live} m={m} canvas={(c) => { canvases.current[v] = c; }} />)}
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => csvOf(views, m, charts.current, s)} />
      {table && <LabTableView id={id} s={s} table={table} dead={has('dead')} live={live} />}
    </div>
  );
}
