/**
 * Lesson 3 widget: gradient descent θ ← θ − η L′(θ) on a one-parameter loss. The reader picks the
 * start (drag on the curve or the slider) and the learning rate, then steps or runs; the path is
 * drawn on the curve, listed, and classified (converging, oscillating, diverging…).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reducedMotion } from '~/widgets/kit/charts/setup';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import {
  DIVERGE_BOUND, LEARNING_RATES, MAX_STEPS, classify, curves, descend, diverged, type Behaviour, type CurveName,
} from './curves';
import { scale, snap, ticks } from '~/widgets/kit/plot';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

import './descent-curve.css';

export interface DescentCurveStrings {
  tools: WidgetToolsStrings;
  curve: string; quadratic: string; doubleWell: string; start: string; learningRate: string;
  step: string; run: string; pause: string; reset: string; dragHint: string;
  chartLabel: string; axisTheta: string; axisLoss: string; position: string; iterates: string;
  behaviour: Record<Behaviour | 'ready', string>;
  tableSummary: string; pathCaption: string; colStep: string;
}
interface Props { id: string; strings: DescentCurveStrings }

const schema = {
  curve: { kind: 'choice', options: ['quadratic', 'doubleWell'], default: 'quadratic' },
  start: { kind: 'number', min: -3, max: 3, default: -2 },
  lr: { kind: 'choice', options: LEARNING_RATES, default: '0.3' },
} satisfies Schema;

const W = 600, H = 300;
const FRAME = { left: 44, right: 12, top: 12, bottom: 34 };
/** Steps per second while running. */
const RATE = 6;
const TABLE_STEPS = 10;
/** Columns of the no-JS table: the default η = 0.3 and one rate from each regime. */
const TABLE_RATES = [0.05, 0.3, 1, 1.5, 2, 2.1];
const f4 = (v: number) => formatNumber(v, 4);

export default function DescentCurve({ id, strings: s }: Props) {
  const [live, setLive] = useState(false);
  // SSR renders the defaults; the link's settings arrive after mount, so hydration never keeps stale attributes.
  const [state, setState] = useUrlState(id, schema, { afterMount: true });
  const [k, setK] = useState(0);
  const [running, setRunning] = useState(false);
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);

  const curve = curves[state.curve as CurveName];
  const [lo, hi] = curve.domain;
  const theta0 = Math.min(hi, Math.max(lo, state.start));
  const eta = Number(state.lr);
  const path = descend(curve, theta0, eta, k);
  const last = path[path.length - 1];
  const blown = diverged(last);
  const verdict = k === 0 ? null : classify(curve, last, eta);
  const done = blown || verdict?.behaviour === 'converged' || path.length > MAX_STEPS;

  useEffect(() => { setLive(true); }, []);
  const change = (patch: Partial<typeof state>) => { setRunning(false); setK(0); setState({ ...state, ...patch }); };

  // Run: one step every 1/RATE s on animation frames (nothing heavy per frame); reduced motion jumps to the end.
  useEffect(() => {
    if (!running) return;
    if (reducedMotion()) {
      let n = k;
      while (n < MAX_STEPS) {
        n++;
        const p = descend(curve, theta0, eta, n);
        const t = p[p.length - 1];
        if (p.length <= n || diverged(t) || classify(curve, t, eta).behaviour === 'converged') break;
      }
      setK(n); setRunning(false);
      return;
    }
    let frame = 0, then = performance.now();
    const tick = (now: number) => {
      if (now - then >= 1000 / RATE) { then = now; setK((n) => n + 1); }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running]);
  useEffect(() => { if (running && done) setRunning(false); }, [running, done]);

  const x = scale(lo, hi, FRAME.left, W - FRAME.right);
  const y = scale(curve.range[0], curve.range[1], H - FRAME.bottom, FRAME.top);
  const samples = Array.from({ length: 241 }, (_, i) => lo + ((hi - lo) * i) / 240);
  const curvePath = samples.map((t, i) => `${i ? 'L' : 'M'}${x(t).toFixed(1)},${y(curve.f(t)).toFixed(1)}`).join('');
  const finite = path.filter((t) => Number.isFinite(t) && Number.isFinite(curve.f(t)));
  const walk = finite.map((t, i) => `${i ? 'L' : 'M'}${x(t).toFixed(1)},${y(curve.f(t)).toFixed(1)}`).join('');

  function startFromPointer(e: PointerEvent) {
    const el = svg.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * W;
    change({ start: snap(x.invert(px), 0.05, lo, hi) });
  }

  const readout = blown
    ? fill(s.behaviour.diverged, { k: path.length - 1, bound: DIVERGE_BOUND })
    : verdict === null ? s.behaviour.ready
    : fill(s.behaviour[verdict.behaviour], { r: formatNumber(verdict.ratio, 2), k });
  const tablePaths = TABLE_RATES.map((r) => descend(curves.quadratic, schema.start.default, r, TABLE_STEPS));

  return (
    <div class="widget descent-curve" data-widget="descent-curve">
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-curve`}>{s.curve}</label>
          <select id={`${id}-curve`} value={state.curve} disabled={!live}
            onChange={(e) => change({ curve: e.currentTarget.value, start: schema.start.default })}>
            <option value="quadratic">{s.quadratic}</option>
            <option value="doubleWell">{s.doubleWell}</option>
          </select>
        </span>
        <span class="control">
          <label for={`${id}-start`}>{s.start}</label>
          <input id={`${id}-start`} type="range" min={lo} max={hi} step={0.05} value={theta0} disabled={!live}
            onInput={(e) => change({ start: Number(e.currentTarget.value) })} />
          <output for={`${id}-start`}>{formatNumber(theta0, 3)}</output>
        </span>
        <span class="control">
          <label for={`${id}-lr`}>{s.learningRate}</label>
          <input id={`${id}-lr`} type="range" min={0} max={LEARNING_RATES.length - 1} step={1} disabled={!live}
            value={LEARNING_RATES.indexOf(state.lr as (typeof LEARNING_RATES)[number])}
            aria-valuetext={state.lr}
            onInput={(e) => change({ lr: LEARNING_RATES[Number(e.currentTarget.value)] })} />
          <output for={`${id}-lr`}>{state.lr}</output>
        </span>
        <span class="control dc-buttons">
          <button type="button" disabled={!live || done} onClick={() => { setRunning(false); setK(k + 1); }}>{s.step}</button>
          <button type="button" disabled={!live || (done && !running)} onClick={() => setRunning(!running)}>{running ? s.pause : s.run}</button>
          <button type="button" disabled={!live} onClick={() => { setRunning(false); setK(0); }}>{s.reset}</button>
        </span>
      </div>
      <div class="widget-readout dc-readout" aria-live="polite">
        <p class="dc-position">{fill(s.position, { k: path.length - 1, theta: f4(last), loss: f4(curve.f(last)) })}</p>
        <p class={`dc-verdict${blown ? ' dc-blown' : ''}`}>{readout}</p>
      </div>
      <div class="chart-box dc-box">
        <svg ref={svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={s.chartLabel} class="dc-svg"
          onPointerDown={(e) => { dragging.current = true; (e.currentTarget as Element).setPointerCapture(e.pointerId); startFromPointer(e); }}
          onPointerMove={(e) => { if (dragging.current) startFromPointer(e); }}
          onPointerUp={() => { dragging.current = false; }} onPointerCancel={() => { dragging.current = false; }}>
          <title>{s.chartLabel}</title>
          <defs><clipPath id={`${id}-clip`}><rect x={FRAME.left} y={FRAME.top} width={W - FRAME.left - FRAME.right} height={H - FRAME.top - FRAME.bottom} /></clipPath></defs>
          {ticks(lo, hi).map((t) => <g class="dc-tick"><line x1={x(t)} x2={x(t)} y1={FRAME.top} y2={H - FRAME.bottom} /><text x={x(t)} y={H - FRAME.bottom + 16} text-anchor="middle">{formatNumber(t)}</text></g>)}
          {ticks(curve.range[0], curve.range[1], 5).map((v) => <g class="dc-tick"><line x1={FRAME.left} x2={W - FRAME.right} y1={y(v)} y2={y(v)} /><text x={FRAME.left - 6} y={y(v) + 4} text-anchor="end">{formatNumber(v)}</text></g>)}
          <text class="dc-axis" x={W - FRAME.right} y={H - 4} text-anchor="end">{s.axisTheta}</text>
          <text class="dc-axis" x={FRAME.left + 4} y={FRAME.top + 12}>{s.axisLoss}</text>
          <g clip-path={`url(#${id}-clip)`}>
            <path class="dc-curve" d={curvePath} />
            <path class="dc-walk" d={walk} />
            {finite.map((t, i) => <circle class={i === 0 ? 'dc-start' : i === finite.length - 1 ? 'dc-now' : 'dc-iterate'} cx={x(t)} cy={y(curve.f(t))} r={i === 0 ? 7 : 4} />)}
          </g>
        </svg>
        <p class="dc-hint">{s.dragHint}</p>
      </div>
      <div class="widget-readout dc-list">
        <span>{s.iterates}</span>
        <ol start={Math.max(0, path.length - 8)}>
          {path.slice(-8).map((t, i) => <li>θ<sub>{Math.max(0, path.length - 8) + i}</sub> = {f4(t)}</li>)}
        </ol>
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => [
        { chart: s.chartLabel, series: [
          { name: s.axisLoss, points: samples.map((t) => [t, curve.f(t)] as const) },
          { name: s.iterates, points: path.map((t) => [t, Number.isFinite(t) ? curve.f(t) : null] as const) },
        ] },
      ]} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <table>
          <caption>{s.pathCaption}</caption>
          <thead><tr><th scope="col">{s.colStep} k</th>{TABLE_RATES.map((r) => <th scope="col">θ<sub>k</sub> (η = {r})</th>)}</tr></thead>
          <tbody>{Array.from({ length: TABLE_STEPS + 1 }, (_, k) => (
            <tr><th scope="row">{k}</th>{tablePaths.map((p) => <td>{k < p.length ? f4(p[k]) : ''}</td>)}</tr>
          ))}</tbody>
        </table>
      </details>
    </div>
  );
}
