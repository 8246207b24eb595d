/**
 * The configurable training lab (lessons 5–13): a small MLP trains on a 2-D data set in a Web
 * Worker while the page draws per-layer gradient norms, their history, loss and accuracy, the
 * decision boundary and dead units. Presets fix the lesson's settings; `controls` says which the
 * reader may change (kept in the URL). At build time the same engine fills the no-JS table.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onSchemeChange, palette, reducedMotion, type Chart } from '~/widgets/kit/charts/setup';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import { fill, formatNumber } from '~/widgets/kit/format';
import { writeState } from '~/widgets/kit/url-state';
import Controls, { type ControlStrings } from './Controls';
import GradientBars, { type BarStrings } from './GradientBars';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import { chartJsData, type ChartData } from '~/widgets/kit/csv';
import { drawBoundary, type BoundaryColours, type BoundaryData } from './boundary';
import { lineChart, setLines, type Line } from '~/widgets/kit/lab/charts';
import { SeriesBuffer, finiteOrNull, firstLastRatio, mixHex, rampAt, type FromHost } from '~/widgets/kit/lab/protocol';
import { LabRunner, type EngineKind } from './runner';
import type { Measurement } from '~/widgets/kit/lab/session';
import { PRESETS, readSettings, schemaFor, type LabSettings, type PresetName, type SettingName, type ViewName } from '~/widgets/kit/lab/settings';
import type { LabTable } from './table';
import './training-lab.css';

export type { PresetName, SettingName, ViewName };

export interface TrainingLabStrings extends ControlStrings, BarStrings {
  tools: WidgetToolsStrings;
  play: string; pause: string; step: string; reset: string; speed: string; rebuildNote: string;
  views: Record<ViewName, string>; chartLabels: Record<ViewName, string>;
  stepLabel: string; lossLabel: string; accuracyLabel: string; ratioLabel: string; deadLabel: string;
  deadValue: string; percent: string; none: string;
  diverged: string; statusPaused: string; statusRunning: string;
  axisStep: string; axisGradNorm: string; axisLoss: string; axisAccuracy: string; axisDead: string;
  outputLayer: string; class0: string; class1: string;
  tableSummary: string; tableCaption: string; colLayer: string; colInit: string; colEnd: string; colDead: string;
  layerName: string; tableDiverged: string;
}
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

/** The build-time table travels to the client in a data attribute, so hydration never retrains. */
function tableFor(id: string, settings: LabSettings): LabTable | null {
  if (ssr) return ssr.computeTable(settings);
  const raw = typeof document === 'undefined' ? null : document.getElementById(`${id}-table`)?.dataset.table;
  try { return raw ? (JSON.parse(raw) as LabTable) : null; } catch { return null; }
}

export default function TrainingLab({ id, strings: s, preset: presetName, views: viewsProp, controls: controlsProp }: TrainingLabProps) {
  const preset = PRESETS[presetName] ?? PRESETS.playground;
  const views = viewsProp ?? preset.views;
  const controls = controlsProp ?? preset.controls;
  const has = (v: ViewName) => views.includes(v);
  const [table] = useState(() => tableFor(id, preset.settings));
  const [settings, setSettings] = useState<LabSettings>(() =>
    typeof window === 'undefined' ? preset.settings : readSettings(id, preset.settings, controls, window.location.search));
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
  const series = useRef({ grad: new SeriesBuffer(), loss: new SeriesBuffer(), dead: new SeriesBuffer() });
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
    colours.current ??= (() => {
      const css = getComputedStyle(c);
      const v = (n: string) => css.getPropertyValue(n).trim();
      return { bg: v('--card'), c0: v('--chart-1'), c1: v('--chart-2'), edge: v('--card') };
    })();
    drawBoundary(c, latest.current.grid, latest.current.data, colours.current);
  }
  function updateChart(view: ViewName) {
    const chart = charts.current[view];
    if (!chart) return;
    const p = palette();
    const ramp = (l: number, L: number) => mixHex(p.series[0], p.series[1], rampAt(l, L));
    const sr = series.current;
    let lines: Line[] = [];
    if (view === 'gradientsOverTime') {
      const L = sr.grad.ys.length - 1;
      lines = sr.grad.ys.map((_, i) => i < L
        ? { label: fill(s.layerName, { l: i + 1 }), data: sr.grad.points(i), color: ramp(i, L) }
        : { label: s.outputLayer, data: sr.grad.points(i), color: p.fg, dash: [5, 4], width: 1.5 });
    } else if (view === 'loss') {
      lines = [
        { label: s.lossLabel, data: sr.loss.points(0), color: p.series[0], width: 2 },
        { label: s.accuracyLabel, data: sr.loss.points(1), color: p.series[2], dash: [6, 3], axis: 'y1', width: 2 },
      ];
    } else if (view === 'dead') {
      const L = sr.dead.ys.length;
      lines = sr.dead.ys.map((_, i) => ({ label: fill(s.layerName, { l: i + 1 }), data: sr.dead.points(i), color: ramp(i, L) }));
    }
    const xmax = Math.max(10, sr.loss.x[sr.loss.x.length - 1] ?? 0, sr.grad.x[sr.grad.x.length - 1] ?? 0);
    (chart.options.scales!.x as { max?: number }).max = xmax;
    setLines(chart, lines);
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
        if (!chart) continue;
        const p = palette();
        chart.options.color = p.fg;
        for (const sc of Object.values(chart.options.scales ?? {})) {
          if (!sc) continue;
          sc.grid = { ...sc.grid, color: p.grid };
          sc.ticks = { ...sc.ticks, color: p.muted };
          (sc as { title?: { color?: string } }).title!.color = p.muted;
        }
        dirty.current.add(v as ViewName);
      }
      colours.current = null;
      dirty.current.add('boundary');
      schedule();
    });
    let resumeOnShow = false;
    const onVisibility = () => {
      if (document.hidden && r.playing) { resumeOnShow = true; r.pause(); setPlaying(false); }
      else if (!document.hidden && resumeOnShow) { resumeOnShow = false; r.play(); setPlaying(true); }
    };
    document.addEventListener('visibilitychange', onVisibility);
    const onResize = () => { dirty.current.add('boundary'); schedule(); };
    window.addEventListener('resize', onResize);
    return () => {
      r.dispose();
      runner.current = null;
      offScheme();
      document.removeEventListener('visibilitychange', onVisibility);
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
    setSettings(next);
    try {
      const search = writeState(id, schemaFor(preset.settings, controls), next as never, window.location.search);
      history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    } catch { /* sandboxed frames may forbid history */ }
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
  const ratio = m ? firstLastRatio(m.gradNorms) : null;
  const diverged = snap.status === 'diverged';
  const pct = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? s.none : fill(s.percent, { v: formatNumber(v * 100, 3) }));
  const num = (v: number | undefined | null) => (v === undefined || v === null || !Number.isFinite(v) ? s.none : formatNumber(v));
  const deadUnits = m ? Math.round(m.dead.reduce((a, b) => a + b, 0) * settings.width) : 0;
  /** What the views show right now: the bars' per-layer norms, then each Chart.js chart as drawn. */
  const csvData = (): ChartData[] => {
    const out: ChartData[] = [];
    if (has('gradients') && m) {
      out.push({ chart: s.views.gradients, series: [
        { name: s.views.gradients, points: m.gradNorms.map((v, i) => [i + 1, v] as const) },
        { name: s.outputLayer, points: [[m.gradNorms.length + 1, m.outputGradNorm]] },
      ] });
    }
    for (const v of views) {
      const c = charts.current[v];
      if (c) out.push(chartJsData(s.chartLabels[v], c));
    }
    return out;
  };
  const viewTitle = (v: ViewName) => <p class="lab-view-title" id={`${id}-${v}-title`}>{s.views[v]}</p>;
  const rampKey = (
    <div class="lab-ramp" aria-hidden="true"><span>{s.inputSide}</span><i /><span>{s.outputSide}</span></div>
  );

  return (
    <div class="widget lab" data-widget="training-lab" data-engine={engine ?? undefined} data-preset={presetName}
      data-step={snap.step} data-status={snap.status} data-playing={playing ? '' : undefined}>
      {controls.length > 0 && (
        <Controls id={id} s={s} values={settings} controls={controls} disabled={!live} onChange={change} />
      )}
      {controls.length > 0 && <p class="lab-hint lab-rebuild">{s.rebuildNote}</p>}
      <div class="widget-controls lab-buttons">
        <button type="button" class="lab-play" onClick={togglePlay} disabled={!live || diverged} aria-pressed={playing}>
          {playing ? s.pause : s.play}
        </button>
        <button type="button" onClick={doStep} disabled={!live || diverged}>{s.step}</button>
        <button type="button" onClick={doReset} disabled={!live}>{s.reset}</button>
        <span class="control">
          <label for={`${id}-speed`}>{s.speed}</label>
          <select id={`${id}-speed`} value={speed} disabled={!live}
            onChange={(e) => { const v = Number(e.currentTarget.value); setSpeed(v); if (r) r.speed = v; }}>
            {SPEEDS.map((v) => <option value={v}>{v}</option>)}
          </select>
        </span>
      </div>
      <p class="widget-readout lab-readout">
        <span>{s.stepLabel} <strong data-k="step">{snap.step}</strong></span>
        <span>{s.lossLabel} <strong data-k="loss">{num(m?.loss)}</strong></span>
        <span>{s.accuracyLabel} <strong data-k="accuracy">{pct(m?.accuracy)}</strong></span>
        {settings.depth > 1 && <span>{s.ratioLabel} <strong data-k="ratio">{num(ratio)}</strong></span>}
        {has('dead') && <span>{s.deadLabel} <strong data-k="dead">{m ? fill(s.deadValue, { n: deadUnits, total: settings.width * settings.depth }) : s.none}</strong></span>}
      </p>
      <p class="visually-hidden" aria-live="polite">{announce}</p>
      {diverged && (
        <div class="lab-diverged" role="alert">
          <p>{fill(s.diverged, { step: snap.divergedAt ?? snap.step })}</p>
          <button type="button" onClick={doReset}>{s.reset}</button>
        </div>
      )}
      <div class={`lab-views${reducedMotion() ? ' lab-still' : ''}`}>
        {views.map((v) => {
          if (v === 'gradients') {
            return (
              <div class="lab-view" role="group" aria-labelledby={`${id}-${v}-title`}>
                {viewTitle(v)}
                <GradientBars s={s} norms={m?.gradNorms ?? []} outputNorm={m?.outputGradNorm ?? NaN} />
                <ChartLegend items={[{ label: s.outputLayer, color: 'var(--chart-4)' }]} />
              </div>
            );
          }
          if (v === 'boundary') {
            return (
              <div class="lab-view" role="group" aria-labelledby={`${id}-${v}-title`}>
                {viewTitle(v)}
                <div class="lab-boundary">{live && <canvas ref={(c) => { canvases.current.boundary = c; }} role="img" aria-label={s.chartLabels.boundary} />}</div>
                <ul class="chart-legend lab-classes">
                  <li><i class="lab-dot lab-dot-0" />{s.class0}</li><li><i class="lab-dot lab-dot-1" />{s.class1}</li>
                </ul>
              </div>
            );
          }
          return (
            <div class="lab-view" role="group" aria-labelledby={`${id}-${v}-title`}>
              {viewTitle(v)}
              <div class="chart-box lab-chart">{live && <canvas ref={(c) => { canvases.current[v] = c; }} role="img" aria-label={s.chartLabels[v]} />}</div>
              {v === 'loss'
                ? <ChartLegend items={[{ label: s.lossLabel, color: 'var(--chart-1)' }, { label: s.accuracyLabel, color: 'var(--chart-3)', dash: '6 3' }]} />
                : rampKey}
              {v === 'gradientsOverTime' && <ChartLegend items={[{ label: s.outputLayer, color: 'var(--fg)', dash: '5 4' }]} />}
            </div>
          );
        })}
      </div>
      <WidgetTools id={id} strings={s.tools} data={csvData} />
      {table && <LabTableView id={id} s={s} table={table} dead={has('dead')} live={live} />}
    </div>
  );
}

function LabTableView({ id, s, table, dead, live }: { id: string; s: TrainingLabStrings; table: LabTable; dead: boolean; live: boolean }) {
  const pct = (v: number) => fill(s.percent, { v: formatNumber(v * 100, 3) });
  const caption = fill(s.tableCaption, {
    steps: table.steps, accInit: pct(table.init.accuracy), accEnd: pct(table.end.accuracy),
    lossInit: formatNumber(table.init.loss), lossEnd: formatNumber(table.end.loss),
  });
  return (
    <details class="widget-table" id={`${id}-table`} data-table={JSON.stringify(table)} open={!live} data-live={live ? '' : undefined}>
      <summary>{s.tableSummary}</summary>
      <table>
        <caption>{caption}{table.divergedAt !== null && ` ${fill(s.tableDiverged, { step: table.divergedAt })}`}</caption>
        <thead><tr>
          <th scope="col">{s.colLayer}</th><th scope="col">{s.colInit}</th>
          <th scope="col">{fill(s.colEnd, { steps: table.steps })}</th>
          {dead && <th scope="col">{fill(s.colDead, { steps: table.steps })}</th>}
        </tr></thead>
        <tbody>
          {table.init.gradNorms.map((g, l) => (
            <tr><th scope="row">{fill(s.layerName, { l: l + 1 })}</th><td>{formatNumber(g)}</td><td>{formatNumber(table.end.gradNorms[l])}</td>
              {dead && <td>{pct(table.end.dead[l])}</td>}</tr>
          ))}
          <tr><th scope="row">{s.outputLayer}</th><td>{formatNumber(table.init.outputGradNorm)}</td><td>{formatNumber(table.end.outputGradNorm)}</td>
            {dead && <td />}</tr>
        </tbody>
      </table>
    </details>
  );
}
