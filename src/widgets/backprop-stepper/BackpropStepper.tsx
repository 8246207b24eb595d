/**
 * Lesson 4 widget: backpropagation step by step on a 2-2-1 sigmoid network and one example.
 * Forward through every value, backward through every δ and gradient, each with its formula and
 * the engine's numbers; at the end every gradient beside a central finite difference, and one SGD step.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fill, formatNumber } from '~/widgets/kit/format';
import { useUrlState, type Schema } from '~/widgets/kit/url-state';
import { buildNetwork, gradientCheck, sgdStep, traceOf, type Example } from './network';
import { PARAM_SYMBOLS, buildSteps, markup, type StepKey } from './steps';
import Graph from './Graph';
import './backprop-stepper.css';
import WidgetTools, { type WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export interface BackpropStepperStrings {
  tools: WidgetToolsStrings;
  x1: string; x2: string; target: string; seed: string; learningRate: string; seedHint: string;
  previous: string; next: string; restart: string; progress: string; forward: string; backward: string;
  graphLabel: string; intro: string; titles: Record<StepKey, string>; done: string;
  checkCaption: string; colParam: string; colBackprop: string; colNumeric: string; colRelative: string;
  sgd: string; sgdResult: string; sgdRose: string;
  tableSummary: string; tableCaption: string; colQuantity: string; colValue: string;
}
interface Props { id: string; strings: BackpropStepperStrings }

export const stepperSchema = {
  x1: { kind: 'number', min: -3, max: 3, default: 1 },
  x2: { kind: 'number', min: -3, max: 3, default: 0.5 },
  t: { kind: 'number', min: 0, max: 1, default: 1 },
  seed: { kind: 'int', min: 0, max: 9999, default: 0 },
  lr: { kind: 'number', min: 0.001, max: 20, default: 1 },
} satisfies Schema;

function Formula({ text }: { text: string }) {
  return <>{markup(text).map((p) => (p.kind === 'sub' ? <sub>{p.text}</sub> : p.kind === 'sup' ? <sup>{p.text}</sup> : p.text))}</>;
}

export default function BackpropStepper({ id, strings: s }: Props) {
  const [live, setLive] = useState(false);
  // SSR renders the defaults; the link's settings arrive after mount, so hydration never keeps stale attributes.
  const [state, setState] = useUrlState(id, stepperSchema, { afterMount: true });
  const [at, setAt] = useState(0);
  const [sgd, setSgd] = useState<{ before: number; after: number } | null>(null);
  useEffect(() => { setLive(true); }, []);
  useEffect(() => { setSgd(null); }, [live, state.x1, state.x2, state.t, state.seed, state.lr]);

  const net = useMemo(() => buildNetwork(state.seed), [state.seed]);
  const example: Example = { x1: state.x1, x2: state.x2, target: state.t };
  const [W1, b1, W2, b2] = net.params().map((p) => p.value);
  const trace = traceOf(net, example);
  const steps = buildSteps(trace, W1, b1, W2, b2[0]);
  const total = steps.length;
  const step = at > 0 ? steps[at - 1] : null;
  const known = new Map(steps.slice(0, at).flatMap((st) => st.results));
  const checks = at === total ? gradientCheck(net, example) : [];

  const setNumber = (key: keyof typeof state, raw: string) => {
    const f = stepperSchema[key];
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < f.min || v > f.max || (f.kind === 'int' && !Number.isInteger(v))) return;
    setState({ ...state, [key]: v });
  };
  const numberControl = (key: keyof typeof state, label: string, step: number) => (
    <span class="control">
      <label for={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="number" inputMode="decimal" min={stepperSchema[key].min} max={stepperSchema[key].max} step={step}
        value={state[key]} disabled={!live} onChange={(e) => setNumber(key, e.currentTarget.value)} />
    </span>
  );

  return (
    <div class="widget backprop-stepper" data-widget="backprop-stepper">
      <div class="widget-controls">
        {numberControl('x1', s.x1, 0.1)}
        {numberControl('x2', s.x2, 0.1)}
        {numberControl('t', s.target, 0.1)}
        {numberControl('seed', s.seed, 1)}
        {numberControl('lr', s.learningRate, 0.1)}
        <span class="bp-seed-hint">{s.seedHint}</span>
      </div>
      <div class="chart-box bp-box">
        <Graph label={s.graphLabel} inputs={[state.x1, state.x2]} known={known} nodes={step?.nodes ?? []} edges={step?.edges ?? []} phase={step?.phase ?? null}
          weights={{ w11: W1[0], w12: W1[1], w21: W1[2], w22: W1[3], v1: W2[0], v2: W2[1] }} biases={{ h1: b1[0], h2: b1[1], o: b2[0] }} />
      </div>
      <div class="widget-controls bp-nav">
        <button type="button" disabled={!live || at === 0} onClick={() => setAt(at - 1)}>{s.previous}</button>
        <button type="button" disabled={!live || at === total} onClick={() => setAt(at + 1)} class="bp-next">{s.next}</button>
        <button type="button" disabled={!live || at === 0} onClick={() => setAt(0)}>{s.restart}</button>
        <span class="bp-progress">{fill(s.progress, { i: at, n: total })}</span>
      </div>
      <div class="widget-readout bp-panel" aria-live="polite">
        {step === null ? <p>{s.intro}</p> : (
          <>
            <p class="bp-title"><span class={`bp-phase bp-${step.phase}`}>{step.phase === 'forward' ? s.forward : s.backward}</span> {fill(s.titles[step.key], { j: step.unit ?? '' })}</p>
            <div class="bp-formula">{step.lines.map((l) => <div><Formula text={l} /></div>)}</div>
          </>
        )}
        {at === total && <p>{s.done}</p>}
      </div>
      {at === total && (
        <div class="widget-readout bp-end">
          <table class="bp-check">
            <caption>{s.checkCaption}</caption>
            <thead><tr><th scope="col">{s.colParam}</th><th scope="col">{s.colBackprop}</th><th scope="col">{s.colNumeric}</th><th scope="col">{s.colRelative}</th></tr></thead>
            <tbody>{checks.map((c, i) => (
              <tr data-param={`${c.param}[${c.index}]`}><th scope="row">∂L/∂<Formula text={PARAM_SYMBOLS[i]} /></th>
                <td class="bp-grad">{formatNumber(c.backprop, 6)}</td><td>{formatNumber(c.numeric, 6)}</td><td>{formatNumber(c.relative, 2)}</td></tr>
            ))}</tbody>
          </table>
          <p>
            <button type="button" class="bp-sgd" onClick={() => setSgd(sgdStep(net, example, state.lr))}>{fill(s.sgd, { eta: formatNumber(state.lr, 3) })}</button>
          </p>
          {sgd && <p class={`bp-sgd-result${sgd.after >= sgd.before ? ' bp-rose' : ''}`} aria-live="polite">
            {fill(sgd.after < sgd.before ? s.sgdResult : s.sgdRose, { before: formatNumber(sgd.before, 6), after: formatNumber(sgd.after, 6) })}</p>}
        </div>
      )}
      <WidgetTools id={id} strings={s.tools} />
      <details class="widget-table" open={!live} data-live={live ? '' : undefined}>
        <summary>{s.tableSummary}</summary>
        <table>
          <caption>{fill(s.tableCaption, { x1: state.x1, x2: state.x2, t: state.t })}</caption>
          <thead><tr><th scope="col">{s.colQuantity}</th><th scope="col">{s.colValue}</th></tr></thead>
          <tbody>{steps.flatMap((st) => st.results).map(([sym, v]) => <tr><th scope="row"><Formula text={sym} /></th><td>{formatNumber(v, 4)}</td></tr>)}</tbody>
        </table>
      </details>
    </div>
  );
}
