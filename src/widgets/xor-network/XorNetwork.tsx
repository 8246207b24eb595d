/**
 * Lesson 2 widget: a small tanh network learns XOR with the engine's Trainer, a few steps per
 * animation frame; the decision boundary, the loss and the hidden layer's view update as it learns.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState } from '~/widgets/kit/url-state';
import { MAX_STEPS, RATES, STEP_SIZE, WIDTHS, createXorTrainer, hiddenView, schema, tableRows } from './run';
import Heatmap from './Heatmap';
import HiddenPlot from './HiddenPlot';
import LossCurve from './LossCurve';
import './xor-network.css';
import SelectControl from '~/widgets/kit/controls/SelectControl';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface XorNetworkStrings {
  tools: WidgetToolsStrings;
  seed: string; learningRate: string; hiddenUnits: string; play: string; pause: string; step: string; reset: string;
  stepLabel: string; lossLabel: string; accuracyLabel: string; diverged: string; unsolved: string; solved: string;
  heatTitle: string; heatLabel: string; lossTitle: string; lossChartLabel: string; lossAxis: string;
  hiddenTitle: string; hiddenLabel: string; hiddenNoteTwo: string; hiddenNoteMore: string;
  tableSummary: string; tableCaption: string; colStep: string; colLoss: string; colAccuracy: string;
}
interface Props { id: string; strings: XorNetworkStrings }

/** Updates per animation frame while playing, and the time budget that also bounds a frame's work. */
const STEPS_PER_FRAME = 2;
const FRAME_BUDGET_MS = 4;
const NAMES = ['(0,0)', '(0,1)', '(1,0)', '(1,1)'];
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
const pct = (a: number) => `${Math.round(a * 100)}%`;

export default function XorNetwork({ id, strings: s }: Props) {
  const [live, setLive] = useState(false);
  const [state, setState] = useUrlState(id, schema);
  const [version, setVersion] = useState(0);
  const [playing, setPlaying] = useState(false);
  const trainer = useMemo(() => createXorTrainer(state), [state.seed, state.lr, state.hidden]);
  const rows = useMemo(() => tableRows(state), [state.seed, state.lr, state.hidden]);
  const bump = () => setVersion((v) => v + 1);

  useEffect(() => { setLive(true); }, []);
  useEffect(() => { setPlaying(false); }, [state.seed, state.lr, state.hidden, live]);

  useEffect(() => {
    if (!playing) return;
    if (reducedMotion()) {
      trainer.run(MAX_STEPS - trainer.step);
      setPlaying(false);
      bump();
      return;
    }
    let frame = 0;
    const loop = () => {
      const start = performance.now();
      let done = 0;
      while (done < STEPS_PER_FRAME && trainer.step < MAX_STEPS && trainer.status !== 'diverged' && performance.now() - start < FRAME_BUDGET_MS) {
        done += trainer.run(1);
        if (done === 0) break;
      }
      bump();
      if (trainer.step >= MAX_STEPS || trainer.status === 'diverged') { setPlaying(false); return; }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [playing, trainer]);

  const stepOnce = () => { setPlaying(false); trainer.run(Math.min(STEP_SIZE, Math.max(0, MAX_STEPS - trainer.step))); bump(); };
  const reset = () => { setPlaying(false); trainer.reset(); bump(); };

  const { loss, accuracy } = trainer.evaluate();
  const view = hiddenView(trainer);
  let status = '';
  if (trainer.status === 'diverged') status = s.diverged;
  else if (trainer.step >= MAX_STEPS && accuracy < 1) status = fill(s.unsolved, { steps: MAX_STEPS });
  else if (accuracy === 1 && trainer.step > 0) status = s.solved;
  const set = (patch: Partial<typeof state>) => setState({ ...state, ...patch });

  return (
    <div class="widget xor-network" data-widget="xor-network" data-version={version}>
      <div class="widget-controls">
        <span class="control">
          <label for={`${id}-seed`}>{s.seed}</label>
          <input id={`${id}-seed`} type="number" min={1} max={999} step={1} value={state.seed} class="xn-seed" disabled={!live}
            onChange={(e) => { const v = Math.round(Number(e.currentTarget.value)); if (v >= 1 && v <= 999) set({ seed: v }); else e.currentTarget.value = String(state.seed); }} />
        </span>
        <SelectControl id={`${id}-lr`} label={s.learningRate} value={state.lr} disabled={!live}
          options={RATES} onChange={(v) => set({ lr: v })} />
        <SelectControl id={`${id}-hidden`} label={s.hiddenUnits} value={state.hidden} disabled={!live}
          options={WIDTHS} onChange={(v) => set({ hidden: v })} />
      </div>
      <div class="widget-controls xn-buttons">
        <button type="button" disabled={!live || trainer.step >= MAX_STEPS || trainer.status === 'diverged'} aria-pressed={playing}
          onClick={() => setPlaying(!playing)}>{playing ? s.pause : s.play}</button>
        <button type="button" disabled={!live || trainer.step >= MAX_STEPS || trainer.status === 'diverged'} onClick={stepOnce}>{fill(s.step, { n: STEP_SIZE })}</button>
        <button type="button" disabled={!live} onClick={reset}>{s.reset}</button>
      </div>
      <p class="widget-readout" aria-live={playing ? 'off' : 'polite'}>
        <span class="xn-fig">{s.stepLabel} <output data-value="step">{trainer.step}</output></span>
        <span class="xn-fig">{s.lossLabel} <output data-value="loss">{formatNumber(loss, 3)}</output></span>
        <span class="xn-fig">{s.accuracyLabel} <output data-value="accuracy">{pct(accuracy)}</output></span>
        {status && <><br /><span class={trainer.status === 'diverged' || status !== s.solved ? 'xn-warn' : 'xn-ok'}>{status}</span></>}
      </p>
      <div class="xn-panels">
        <figure class="xn-panel">
          <figcaption>{s.heatTitle}</figcaption>
          <Heatmap trainer={trainer} version={version} label={s.heatLabel} />
        </figure>
        <figure class="xn-panel">
          <figcaption>{s.hiddenTitle}</figcaption>
          <HiddenPlot view={view} targets={Array.from(trainer.data.y)} names={NAMES} label={s.hiddenLabel} />
          <p class="xn-note">{view.line ? s.hiddenNoteTwo : s.hiddenNoteMore}</p>
        </figure>
        <figure class="xn-panel">
          <figcaption>{s.lossTitle}</figcaption>
          <LossCurve loss={trainer.history.loss} minSteps={300} label={s.lossChartLabel} axis={s.lossAxis} />
        </figure>
      </div>
      <WidgetTools id={id} strings={s.tools} data={() => [{ chart: s.lossChartLabel, series: [{ name: s.lossAxis, points: trainer.history.loss.map((v, k) => [k, v] as const) }] }]} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <table>
          <caption class="visually-hidden">{s.tableCaption}</caption>
          <thead><tr><th scope="col">{s.colStep}</th><th scope="col">{s.colLoss}</th><th scope="col">{s.colAccuracy}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr><th scope="row">{r.step}</th><td>{formatNumber(r.loss, 3)}</td><td>{pct(r.accuracy)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
