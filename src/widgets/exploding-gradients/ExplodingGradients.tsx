/**
 * Lesson 11 widget: a 10-layer ReLU net with N(0, 1) weights blows up within a few SGD steps;
 * global-norm clipping (threshold slider) tames it. Trained on the main thread one step at a time
 * (≈ 0.5 ms per step at this size), measured after EVERY step: ‖g‖ before clipping on a log chart
 * with NaN/∞ steps marked, per-layer ‖∂L/∂W‖ of the latest step, and a readout in words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { palette, reducedMotion, type Chart } from '~/widgets/kit/charts/setup';
import { useChart } from '~/widgets/kit/charts/useChart';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import SelectControl from '~/widgets/kit/controls/SelectControl';
import { fill } from '~/widgets/kit/format';
import { buildData } from '~/widgets/kit/build-data';
import { useUrlState, type Values } from '~/widgets/kit/url-state';
import LayerBars, { type LayerBarsStrings } from './LayerBars';
import Table, { type TableStrings } from './Table';
import { createNormChart, drawNormChart, type NormChartColours } from './norm-chart';
import { CLIP_OPTIONS, ExplodingRun, INIT_OPTIONS, LR_OPTIONS, MAX_SEED, MAX_STEPS, schema, tableRows, type TableRow } from './run';
import { chartPoints, fmt, summarize, type SummaryKey } from './summary';
import './exploding-gradients.css';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface ExplodingGradientsStrings extends LayerBarsStrings, TableStrings {
  tools: WidgetToolsStrings;
  clip: string; clipOff: string; lr: string; init: string; initNormal: string; initHe: string; seed: string;
  step: string; run: string; pause: string; reset: string;
  chartLabel: string; axisStep: string; axisNorm: string; nonFinite: string; zero: string;
  legendNorm: string; legendUsed: string; legendThreshold: string; legendMarker: string;
  barsTitle: string; status: string; statusClipped: string; running: string;
  summaries: Record<SummaryKey, string>;
}
interface Props { id: string; strings: ExplodingGradientsStrings }
type Settings = Values<typeof schema>;

/** Steps per animation frame: slow for the first steps so the climb is visible, then faster. */
/** Chart colours from the CSS variables, read once per colour scheme (not per frame). */
function coloursNow(): NormChartColours {
  const p = palette();
  const warn = getComputedStyle(document.documentElement).getPropertyValue('--warn').trim();
  return { norm: p.series[1], used: p.series[0], threshold: p.muted, warn };
}

const pace = (step: number, frame: number) => (step < 12 ? (frame % 8 === 0 ? 1 : 0) : step < 40 ? (frame % 2 === 0 ? 1 : 0) : 3);

export default function ExplodingGradients({ id, strings: s }: Props) {
  const [settings, setSettings] = useUrlState(id, schema);
  const [live, setLive] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [, setVersion] = useState(0);
  // Build time computes the table; the page reads it back from the HTML instead of retraining.
  const [rows] = useState(() => buildData<TableRow[]>(id, import.meta.env.SSR ? tableRows : null) ?? tableRows());
  const run = useRef<ExplodingRun | null>(null);
  if (run.current === null || run.current.settings !== settings) run.current = new ExplodingRun(settings);
  const canvas = useRef<HTMLCanvasElement>(null);
  const raf = useRef(0);
  const frames = useRef(0);

  const paint = (c: Chart) => {
    const r = run.current!;
    drawNormChart(c, chartPoints(r.records, r.clip), r.clip, Math.max(20, Math.ceil(r.records.length / 20) * 20), coloursNow());
  };
  const chart = useChart(canvas, (el) => createNormChart(el, { axisStep: s.axisStep, axisNorm: s.axisNorm, nonFinite: s.nonFinite, zero: s.zero }), paint, [settings]);
  const draw = () => { if (chart.current) paint(chart.current); };
  const drawnAt = useRef(0);
  /** While running, the chart redraws at most every 50 ms (a 400-point redraw is the frame's largest cost). */
  const refresh = (running = false) => {
    const now = performance.now();
    if (!running || now - drawnAt.current >= 50) { draw(); drawnAt.current = now; }
    setVersion((v) => v + 1);
  };

  function stop() {
    cancelAnimationFrame(raf.current);
    raf.current = 0;
    setPlaying(false);
  }
  function frame() {
    const r = run.current!;
    const t0 = performance.now();
    if (reducedMotion()) while (!r.stopped && performance.now() - t0 < 5) r.next();
    else r.run(pace(r.step, frames.current++));
    refresh(!r.stopped);
    if (r.stopped) stop();
    else raf.current = requestAnimationFrame(frame);
  }
  function play() {
    if (run.current!.stopped) return;
    frames.current = 0;
    setPlaying(true);
    raf.current = requestAnimationFrame(frame);
  }
  function stepOnce() { stop(); run.current!.next(); refresh(); }
  function reset() { stop(); run.current = new ExplodingRun(settings); refresh(); }
  function change(next: Partial<Settings>) { stop(); setSettings({ ...settings, ...next }); }

  useEffect(() => {
    setLive(true);
    return () => cancelAnimationFrame(raf.current);
  }, []);

  const r = run.current;
  const last = r.records[r.records.length - 1];
  // While running, the readout just says so (no full-data accuracy pass per frame, no chatter for screen readers).
  const sum = playing ? null : summarize(r);
  const v = sum?.values;
  const readout = !sum || !v ? s.running : fill(s.summaries[sum.key], {
    k: v.k, n: v.n, norm: fmt(v.norm), bound: fmt(v.bound), acc: `${Math.round(v.accuracy * 100)}%`, max: MAX_STEPS,
  });
  const clipIndex = CLIP_OPTIONS.indexOf(settings.clip as (typeof CLIP_OPTIONS)[number]);
  const clipText = settings.clip === 'off' ? s.clipOff : settings.clip;
  const status = last ? fill(r.clip !== null && last.clipped ? s.statusClipped : s.status, { k: last.step, loss: fmt(last.loss), norm: fmt(last.norm), used: fmt(last.used) }) : '';
  const dis = !live;

  return (
    <div class="widget eg" data-widget="exploding-gradients">
      <div class="widget-controls eg-settings">
        <span class="control">
          <label for={`${id}-clip`}>{s.clip}</label>
          <input id={`${id}-clip`} type="range" min={0} max={CLIP_OPTIONS.length - 1} step={1} value={clipIndex} disabled={dis}
            aria-valuetext={clipText} onInput={(e) => change({ clip: CLIP_OPTIONS[Number(e.currentTarget.value)] })} />
          <output for={`${id}-clip`}>{clipText}</output>
        </span>
        <SelectControl id={`${id}-lr`} label={s.lr} value={settings.lr} options={LR_OPTIONS} disabled={dis} onChange={(lr) => change({ lr })} />
        <SelectControl id={`${id}-init`} label={s.init} value={settings.init} disabled={dis}
          options={INIT_OPTIONS.map((o) => ({ value: o, label: o === 'he' ? s.initHe : s.initNormal }))} onChange={(init) => change({ init })} />
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} class="eg-number" type="number" min={1} max={MAX_SEED} step={1} value={settings.seed} disabled={dis}
            onChange={(e) => { const n = Number(e.currentTarget.value); if (Number.isInteger(n) && n >= 1 && n <= MAX_SEED) change({ seed: n }); else e.currentTarget.value = String(settings.seed); }} />
        </span>
      </div>
      <div class="widget-controls eg-buttons">
        <button type="button" onClick={stepOnce} disabled={dis || r.stopped}>{s.step}</button>
        <button type="button" class="eg-play" onClick={() => (playing ? stop() : play())} disabled={dis || (!playing && r.stopped)}>{playing ? s.pause : s.run}</button>
        <button type="button" onClick={reset} disabled={dis}>{s.reset}</button>
        <span class="eg-status" data-step={last?.step ?? ''}>{status}</span>
      </div>
      <p class={`widget-readout eg-readout${sum?.key === 'diverged' || sum?.key === 'silent' ? ' eg-alarm' : ''}`} aria-live="polite">{readout}</p>
      <div class="chart-box eg-chart"><canvas ref={canvas} role="img" aria-label={s.chartLabel} /></div>
      <div class="eg-legend">
        <ChartLegend items={[
          { label: s.legendNorm, color: 'var(--chart-2)' },
          ...(r.clip === null ? [] : [
            { label: s.legendUsed, color: 'var(--chart-1)', dash: '6 4' },
            { label: fill(s.legendThreshold, { c: settings.clip }), color: 'var(--muted)', dash: '2 3' }]),
        ]} />
        <span class="eg-marker-key"><span aria-hidden="true" class="eg-triangle">▲</span> {s.legendMarker}</span>
      </div>
      {live && last ? (
        <div class="eg-layers">
          <p class="eg-layers-title">{fill(s.barsTitle, { k: last.step })}</p>
          <LayerBars norms={last.layers} s={s} />
        </div>
      ) : null}
      {/* NaN and ±∞ go into the CSV as they are, like the chart's markers. */}
      <WidgetTools id={id} strings={s.tools} data={() => [{ chart: s.chartLabel, series: [
        { name: s.legendNorm, points: run.current!.records.map((q) => [q.step, q.norm] as const) },
        { name: s.legendUsed, points: run.current!.records.map((q) => [q.step, q.used] as const) },
        { name: s.colLoss, points: run.current!.records.map((q) => [q.step, q.loss] as const) },
      ] }]} />
      <Table id={id} rows={rows} live={live} s={s} />
    </div>
  );
}
