/**
 * Lesson 1 widget: Rosenblatt's learning rule on the four points of a logic gate, one example,
 * one epoch or a whole run at a time, with the decision line moving in the input plane.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState } from '~/widgets/kit/url-state';
import { GATES, Lab, RATES, RUN_CAP, runToEnd, schema, type EpochRecord } from './lab';
import Plane from './Plane';
import ErrorBars from './ErrorBars';
import './perceptron-lab.css';
import SelectControl from '~/widgets/kit/controls/SelectControl';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface PerceptronLabStrings {
  tools: WidgetToolsStrings;
  gate: string; learningRate: string; init: string; initZero: string; initRandom: string; seed: string;
  step: string; epoch: string; run: string; pause: string; reset: string;
  epochs: string; ready: string; lastCorrect: string; lastWrong: string;
  converged: string; capXor: string; capSeparable: string;
  planeLabel: string; legendOne: string; legendZero: string; legendRegion: string;
  barsLabel: string; barsAxis: string; tableSummary: string; tableCaption: string; colEpoch: string; colErrors: string;
}
interface Props { id: string; strings: PerceptronLabStrings }

/** Milliseconds per example while "run" animates. */
const TICK = 60;
const fmt = (x: number) => formatNumber(x, 3);
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export default function PerceptronLab({ id, strings: s }: Props) {
  const [live, setLive] = useState(false);
  const [state, setState] = useUrlState(id, schema);
  const [resets, setResets] = useState(0);
  const [, setVersion] = useState(0);
  const [running, setRunning] = useState(false);
  const [capHit, setCapHit] = useState(false);
  const lab = useMemo(() => new Lab(state), [state.gate, state.lr, state.init, state.seed, resets]);
  const bump = () => setVersion((v) => v + 1);

  useEffect(() => { setLive(true); }, []);
  useEffect(() => { setRunning(false); setCapHit(false); }, [state.gate, state.lr, state.init, state.seed]);

  // "Run": one example per TICK until an error-free epoch or RUN_CAP epochs; instant with reduced motion.
  useEffect(() => {
    if (!running) return;
    const start = lab.history.length;
    const done = () => lab.converged() || lab.history.length - start >= RUN_CAP;
    const finish = () => { setRunning(false); setCapHit(!lab.converged()); bump(); };
    if (reducedMotion()) {
      while (!done()) lab.epoch();
      finish();
      return;
    }
    let frame = 0;
    let last = performance.now();
    const loop = (now: number) => {
      if (now - last >= TICK) {
        last = now;
        lab.step();
        if (lab.cursor === 0 && done()) { finish(); return; }
        bump();
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [running, lab]);

  const manual = (fn: () => void) => { setRunning(false); fn(); bump(); };
  const reset = () => { setRunning(false); setCapHit(false); setResets((r) => r + 1); };

  const p = lab.p;
  const converged = lab.converged();
  const epochs = lab.history.length;
  const lastErrors = epochs > 0 ? lab.history[epochs - 1].errors : 0;
  let status = '';
  if (converged) status = fill(s.converged, { epochs });
  else if (capHit || epochs >= RUN_CAP) status = fill(state.gate === 'xor' ? s.capXor : s.capSeparable, { epochs, errors: lastErrors });

  const st = lab.last;
  let lastLine = s.ready;
  if (st) {
    const x = p.data.x.subarray(2 * st.index, 2 * st.index + 2);
    const v = { x1: x[0], x2: x[1], t: st.target, y: st.prediction, dw1: fmt(st.dw[0]), dw2: fmt(st.dw[1]), db: fmt(st.db) };
    lastLine = fill(st.misclassified ? s.lastWrong : s.lastCorrect, v);
  }
  const rows: EpochRecord[] = live ? lab.history : runToEnd(state);

  const set = (patch: Partial<typeof state>) => setState({ ...state, ...patch });
  return (
    <div class="widget perceptron-lab" data-widget="perceptron-lab">
      <div class="widget-controls">
        <SelectControl id={`${id}-gate`} label={s.gate} value={state.gate} disabled={!live}
          options={GATES.map((g) => ({ value: g, label: g.toUpperCase() }))} onChange={(v) => set({ gate: v })} />
        <SelectControl id={`${id}-lr`} label={s.learningRate} value={state.lr} disabled={!live}
          options={RATES} onChange={(v) => set({ lr: v })} />
        <SelectControl id={`${id}-init`} label={s.init} value={state.init} disabled={!live}
          options={[{ value: 'zero', label: s.initZero }, { value: 'random', label: s.initRandom }]} onChange={(v) => set({ init: v })} />
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} type="number" min={1} max={999} step={1} value={state.seed} class="pl-seed"
            disabled={!live || state.init !== 'random'}
            onChange={(e) => { const v = Math.round(Number(e.currentTarget.value)); if (v >= 1 && v <= 999) set({ seed: v }); else e.currentTarget.value = String(state.seed); }} />
        </span>
      </div>
      <div class="widget-controls pl-buttons">
        <button type="button" disabled={!live} onClick={() => manual(() => lab.step())}>{s.step}</button>
        <button type="button" disabled={!live} onClick={() => manual(() => lab.epoch())}>{s.epoch}</button>
        <button type="button" disabled={!live} aria-pressed={running} onClick={() => setRunning(!running)}>{running ? s.pause : s.run}</button>
        <button type="button" disabled={!live} onClick={reset}>{s.reset}</button>
      </div>
      <div class="pl-body">
        <div class="pl-figure">
          <Plane w1={p.w[0]} w2={p.w[1]} b={p.b} targets={Array.from(p.data.y)} active={st ? st.index : null} label={s.planeLabel} />
          <p class="pl-legend">
            <span><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" class="pl-pt pl-one" /></svg>{s.legendOne}</span>
            <span><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" class="pl-pt pl-zero" /></svg>{s.legendZero}</span>
            <span><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" class="pl-region" /></svg>{s.legendRegion}</span>
          </p>
        </div>
        <div>
        <div class="widget-readout pl-readout" aria-live="polite">
          <p class="pl-weights">
            <span>w₁ = <output data-value="w1">{fmt(p.w[0])}</output></span>
            <span>w₂ = <output data-value="w2">{fmt(p.w[1])}</output></span>
            <span>b = <output data-value="b">{fmt(p.b)}</output></span>
          </p>
          <p>{fill(s.epochs, { epochs, step: lab.cursor })}</p>
          <p>{lastLine}</p>
          {status && <p class={converged ? 'pl-status pl-ok' : 'pl-status pl-warn'}>{status}</p>}
        </div>
        <ErrorBars history={lab.history} cap={RUN_CAP} label={s.barsLabel} axis={s.barsAxis} />
        </div>
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => [{ chart: s.barsLabel, series: [{ name: s.barsAxis, points: lab.history.map((r, k) => [k + 1, r.errors] as const) }] }]} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <table>
          <caption class="visually-hidden">{s.tableCaption}</caption>
          <thead><tr><th scope="col">{s.colEpoch}</th><th scope="col">w₁</th><th scope="col">w₂</th><th scope="col">b</th><th scope="col">{s.colErrors}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr><th scope="row">{r.epoch}</th><td>{fmt(r.w1)}</td><td>{fmt(r.w2)}</td><td>{fmt(r.b)}</td><td>{r.errors}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
