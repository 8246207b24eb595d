/**
 * Lesson 3 widget: gradient descent on a two-parameter loss drawn as contour lines (marching
 * squares). The start is set by clicking the plot or with two sliders; the path shows the zig-zag
 * across a narrow valley, and the momentum toggle shows it damped.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import { contour, sampleGrid } from './marching-squares';
import { MOMENTUM_BETA, SURFACE_PRESETS, SURFACE_RATES, descend2d, surfaces, type SurfaceName } from './surfaces';
import { scale, snap, ticks } from '~/widgets/kit/plot';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

import './descent-surface.css';

export interface DescentSurfaceStrings {
  tools: WidgetToolsStrings;
  surface: string; valley: string; rotated: string; banana: string; twoMinima: string;
  startA: string; startB: string; learningRate: string; steps: string; momentum: string;
  chartLabel: string; clickHint: string; position: string; diverged: string; compare: string;
  tableSummary: string; tableCaption: string; colStep: string; colPlain: string; colMomentum: string;
}
interface Props { id: string; strings: DescentSurfaceStrings }

export const surfaceSchema = {
  surface: { kind: 'choice', options: ['valley', 'rotated', 'banana', 'twoMinima'], default: 'rotated' },
  s1: { kind: 'number', min: -3, max: 3, default: -2.5 },
  s2: { kind: 'number', min: -3, max: 3, default: -1 },
  lr: { kind: 'choice', options: SURFACE_RATES, default: '0.18' },
  steps: { kind: 'int', min: 0, max: 200, default: 30 },
  mom: { kind: 'bool', default: false },
} satisfies Schema;

const H = 400, PAD = { left: 40, right: 10, top: 10, bottom: 30 };
const TABLE_STEPS = [0, 1, 2, 3, 4, 5, 10, 20, 30];
const f3 = (v: number) => formatNumber(v, 3);

export default function DescentSurface({ id, strings: s }: Props) {
  const [live, setLive] = useState(false);
  // SSR renders the defaults; the link's settings arrive after mount, so hydration never keeps stale attributes.
  const [state, setState] = useUrlState(id, surfaceSchema, { afterMount: true });
  useEffect(() => { setLive(true); }, []);
  const set = (patch: Partial<typeof state>) => setState({ ...state, ...patch });

  const surface = surfaces[state.surface as SurfaceName];
  const [a0, a1, b0, b1] = surface.box;
  const start: [number, number] = [Math.min(a1, Math.max(a0, state.s1)), Math.min(b1, Math.max(b0, state.s2))];
  const eta = Number(state.lr);
  const beta = state.mom ? MOMENTUM_BETA : 0;
  const run = descend2d(surface, start, eta, beta, state.steps);
  const other = descend2d(surface, start, eta, state.mom ? 0 : MOMENTUM_BETA, state.steps);
  const [la, lb] = run.points[run.points.length - 1];

  const W = Math.round(PAD.left + PAD.right + ((H - PAD.top - PAD.bottom) * (a1 - a0)) / (b1 - b0));
  const x = scale(a0, a1, PAD.left, W - PAD.right);
  const y = scale(b0, b1, H - PAD.bottom, PAD.top);
  const lines = useMemo(() => {
    const grid = sampleGrid(surface.f, a0, a1, b0, b1, 90, 60);
    return surface.levels.map((level) => contour(grid, level)
      .map(([p, q, r, t]) => `M${x(p).toFixed(1)},${y(q).toFixed(1)}L${x(r).toFixed(1)},${y(t).toFixed(1)}`).join(''));
  }, [state.surface]);
  const svg = useRef<SVGSVGElement>(null);
  function pick(e: MouseEvent) {
    const box = svg.current!.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * W, py = ((e.clientY - box.top) / box.height) * H;
    set({ s1: snap(x.invert(px), 0.05, a0, a1), s2: snap(y.invert(py), 0.05, b0, b1) });
  }
  const pts = run.points.filter(([p, q]) => Number.isFinite(p) && Number.isFinite(q));
  const walk = pts.map(([p, q], i) => `${i ? 'L' : 'M'}${x(p).toFixed(1)},${y(q).toFixed(1)}`).join('');
  const lossOf = (r: typeof run) => { const [p, q] = r.points[r.points.length - 1]; return r.diverged ? '∞' : f3(surface.f(p, q)); };

  const def = surfaces[surfaceSchema.surface.default as SurfaceName];
  const defStart: [number, number] = [surfaceSchema.s1.default, surfaceSchema.s2.default];
  const defPlain = descend2d(def, defStart, Number(surfaceSchema.lr.default), 0, 30).points;
  const defMom = descend2d(def, defStart, Number(surfaceSchema.lr.default), MOMENTUM_BETA, 30).points;

  return (
    <div class="widget descent-surface" data-widget="descent-surface">
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-surface`}>{s.surface}</label>
          <select id={`${id}-surface`} value={state.surface} disabled={!live} onChange={(e) => { const name = e.currentTarget.value as SurfaceName; set({ surface: name, ...SURFACE_PRESETS[name] }); }}>
            {(['valley', 'rotated', 'banana', 'twoMinima'] as const).map((n) => <option value={n}>{s[n]}</option>)}
          </select>
        </span>
        <span class="control">
          <label for={`${id}-s1`}>{s.startA}</label>
          <input id={`${id}-s1`} type="range" min={a0} max={a1} step={0.05} value={start[0]} disabled={!live} onInput={(e) => set({ s1: Number(e.currentTarget.value) })} />
          <output for={`${id}-s1`}>{f3(start[0])}</output>
        </span>
        <span class="control">
          <label for={`${id}-s2`}>{s.startB}</label>
          <input id={`${id}-s2`} type="range" min={b0} max={b1} step={0.05} value={start[1]} disabled={!live} onInput={(e) => set({ s2: Number(e.currentTarget.value) })} />
          <output for={`${id}-s2`}>{f3(start[1])}</output>
        </span>
        <span class="control">
          <label for={`${id}-lr`}>{s.learningRate}</label>
          <input id={`${id}-lr`} type="range" min={0} max={SURFACE_RATES.length - 1} step={1} disabled={!live} aria-valuetext={state.lr}
            value={SURFACE_RATES.indexOf(state.lr as (typeof SURFACE_RATES)[number])} onInput={(e) => set({ lr: SURFACE_RATES[Number(e.currentTarget.value)] })} />
          <output for={`${id}-lr`}>{state.lr}</output>
        </span>
        <span class="control">
          <label for={`${id}-steps`}>{s.steps}</label>
          <input id={`${id}-steps`} type="range" min={0} max={200} step={1} value={state.steps} disabled={!live} onInput={(e) => set({ steps: Number(e.currentTarget.value) })} />
          <output for={`${id}-steps`}>{state.steps}</output>
        </span>
        <span class="control">
          <input id={`${id}-mom`} type="checkbox" checked={state.mom} disabled={!live} onChange={(e) => set({ mom: e.currentTarget.checked })} />
          <label for={`${id}-mom`}>{fill(s.momentum, { beta: MOMENTUM_BETA })}</label>
        </span>
      </div>
      <div class="widget-readout ds-readout" aria-live="polite">
        <p class={run.diverged ? 'ds-blown' : undefined}>{run.diverged
          ? fill(s.diverged, { k: run.points.length - 1 })
          : fill(s.position, { k: run.points.length - 1, a: f3(la), b: f3(lb), loss: f3(surface.f(la, lb)) })}</p>
        <p>{fill(s.compare, { plain: lossOf(state.mom ? other : run), momentum: lossOf(state.mom ? run : other), k: state.steps })}</p>
      </div>
      <div class="chart-box ds-box">
        <svg ref={svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={s.chartLabel} class="ds-svg" onClick={pick}>
          <title>{s.chartLabel}</title>
          <defs><clipPath id={`${id}-clip`}><rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} /></clipPath></defs>
          <rect class="ds-bg" x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} />
          {ticks(a0, a1, 6).map((t) => <text class="ds-tick" x={x(t)} y={H - PAD.bottom + 16} text-anchor="middle">{formatNumber(t)}</text>)}
          {ticks(b0, b1, 4).map((t) => <text class="ds-tick" x={PAD.left - 6} y={y(t) + 4} text-anchor="end">{formatNumber(t)}</text>)}
          <text class="ds-tick" x={W - PAD.right} y={H - 3} text-anchor="end">θ₁</text>
          <text class="ds-tick" x={PAD.left + 4} y={PAD.top + 12}>θ₂</text>
          <g clip-path={`url(#${id}-clip)`}>
            {lines.map((d, i) => <path class="ds-contour" d={d} style={{ opacity: 0.35 + (0.6 * (lines.length - i)) / lines.length }} />)}
            <path class="ds-walk" d={walk} />
            {pts.map(([p, q], i) => <circle class={i === 0 ? 'ds-start' : 'ds-iterate'} cx={x(p)} cy={y(q)} r={i === 0 ? 6 : 2.6} />)}
          </g>
        </svg>
        <p class="ds-hint">{s.clickHint}</p>
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => [
        // The path of the iterates: x is the step number, one series per parameter.
        { chart: s.chartLabel, series: [0, 1].map((j) => ({
          name: `θ${j === 0 ? '₁' : '₂'}`, points: run.points.map((p, k) => [k, Number.isFinite(p[j]) ? p[j] : null] as const),
        })) },
      ]} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <table>
          <caption>{s.tableCaption}</caption>
          <thead><tr><th scope="col">{s.colStep} k</th><th scope="col">θ₁</th><th scope="col">θ₂</th><th scope="col">{s.colPlain}</th>
            <th scope="col">θ₁ ({s.colMomentum})</th><th scope="col">θ₂ ({s.colMomentum})</th><th scope="col">L ({s.colMomentum})</th></tr></thead>
          <tbody>{TABLE_STEPS.map((k) => (
            <tr><th scope="row">{k}</th><td>{f3(defPlain[k][0])}</td><td>{f3(defPlain[k][1])}</td><td>{f3(def.f(...defPlain[k]))}</td>
              <td>{f3(defMom[k][0])}</td><td>{f3(defMom[k][1])}</td><td>{f3(def.f(...defMom[k]))}</td></tr>
          ))}</tbody>
        </table>
      </details>
    </div>
  );
}
