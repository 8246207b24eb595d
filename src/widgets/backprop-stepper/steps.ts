/**
 * The stepper's script: forward through every value, then backward through every local
 * derivative, built from one engine trace. Formulas are small markup strings (`_{…}` subscript,
 * `^{…}` superscript) with the engine's numbers plugged in; `markup()` splits them for rendering.
 */
import type { Trace } from '~/engine';
import { formatNumber } from '~/widgets/kit/format';

export type StepKey = 'zHidden' | 'aHidden' | 'zOut' | 'aOut' | 'loss' | 'dLdo' | 'deltaOut' | 'gradOut' | 'deltaHidden' | 'gradHidden';
/** Nodes x1 x2 h1 h2 o L; edges w11 w12 w21 w22 (into h1, h2) and v1 v2 (into o). */
export interface Step {
  key: StepKey;
  phase: 'forward' | 'backward';
  /** Hidden unit number (1 or 2) for per-unit steps. */
  unit?: number;
  nodes: string[];
  edges: string[];
  /** Formula lines, symbols first, then numbers. */
  lines: string[];
  /** What this step computes: [symbol markup, value]. */
  results: [string, number][];
}

const n = (v: number) => formatNumber(v, 4);
/** A number in a product, bracketed when negative. */
const p = (v: number) => (v < 0 ? `(${n(v)})` : n(v));

/**
 * The 14 steps for a 2-2-1 trace with output weights v and the given hidden weights w (row-major [out, in]).
 * @example buildSteps(net.trace(x, y), w, v).length === 14
 */
export function buildSteps(trace: Trace, w: ArrayLike<number>, b: ArrayLike<number>, v: ArrayLike<number>, c: number): Step[] {
  const [hid, out] = trace.layers;
  const [x1, x2] = trace.x;
  const t = trace.y[0];
  const o = out.a[0];
  const steps: Step[] = [];
  for (const j of [1, 2]) {
    const r = j - 1;
    steps.push({
      key: 'zHidden', phase: 'forward', unit: j, nodes: ['x1', 'x2', `h${j}`], edges: [`w${j}1`, `w${j}2`],
      lines: [`z_{${j}} = w_{${j}1} x_{1} + w_{${j}2} x_{2} + b_{${j}}`, `= ${p(w[2 * r])}·${p(x1)} + ${p(w[2 * r + 1])}·${p(x2)} + ${p(b[r])}`, `= ${n(hid.z[r])}`],
      results: [[`z_{${j}}`, hid.z[r]]],
    });
    steps.push({
      key: 'aHidden', phase: 'forward', unit: j, nodes: [`h${j}`], edges: [],
      lines: [`a_{${j}} = σ(z_{${j}}) = 1 / (1 + exp(−z_{${j}}))`, `= 1 / (1 + exp(${n(-hid.z[r])}))`, `= ${n(hid.a[r])}`],
      results: [[`a_{${j}}`, hid.a[r]]],
    });
  }
  steps.push({
    key: 'zOut', phase: 'forward', nodes: ['h1', 'h2', 'o'], edges: ['v1', 'v2'],
    lines: ['z_{o} = v_{1} a_{1} + v_{2} a_{2} + c', `= ${p(v[0])}·${p(hid.a[0])} + ${p(v[1])}·${p(hid.a[1])} + ${p(c)}`, `= ${n(out.z[0])}`],
    results: [['z_{o}', out.z[0]]],
  });
  steps.push({
    key: 'aOut', phase: 'forward', nodes: ['o'], edges: [],
    lines: ['o = σ(z_{o}) = 1 / (1 + exp(−z_{o}))', `= 1 / (1 + exp(${n(-out.z[0])}))`, `= ${n(o)}`],
    results: [['o', o]],
  });
  steps.push({
    key: 'loss', phase: 'forward', nodes: ['o', 'L'], edges: [],
    lines: ['L = ½ (o − t)^{2}', `= ½ (${n(o)} − ${n(t)})^{2}`, `= ${n(trace.loss)}`],
    results: [['L', trace.loss]],
  });
  steps.push({
    key: 'dLdo', phase: 'backward', nodes: ['L', 'o'], edges: [],
    lines: ['∂L/∂o = o − t', `= ${n(o)} − ${n(t)}`, `= ${n(o - t)}`],
    results: [['∂L/∂o', o - t]],
  });
  steps.push({
    key: 'deltaOut', phase: 'backward', nodes: ['o'], edges: [],
    lines: ['δ_{o} = ∂L/∂z_{o} = (∂L/∂o) · σ′(z_{o}) = (o − t) · o (1 − o)', `= ${p(o - t)} · ${p(o)} · ${p(1 - o)}`, `= ${n(out.delta[0])}`],
    results: [['δ_{o}', out.delta[0]]],
  });
  steps.push({
    key: 'gradOut', phase: 'backward', nodes: ['o', 'h1', 'h2'], edges: ['v1', 'v2'],
    lines: [
      `∂L/∂v_{1} = δ_{o} a_{1} = ${p(out.delta[0])} · ${p(hid.a[0])} = ${n(out.dW[0])}`,
      `∂L/∂v_{2} = δ_{o} a_{2} = ${p(out.delta[0])} · ${p(hid.a[1])} = ${n(out.dW[1])}`,
      `∂L/∂c = δ_{o} = ${n(out.db[0])}`,
    ],
    results: [['∂L/∂v_{1}', out.dW[0]], ['∂L/∂v_{2}', out.dW[1]], ['∂L/∂c', out.db[0]]],
  });
  for (const j of [1, 2]) {
    const r = j - 1;
    const slope = hid.a[r] * (1 - hid.a[r]);
    steps.push({
      key: 'deltaHidden', phase: 'backward', unit: j, nodes: ['o', `h${j}`], edges: [`v${j}`],
      lines: [
        `δ_{${j}} = ∂L/∂z_{${j}} = v_{${j}} δ_{o} · σ′(z_{${j}}) = v_{${j}} δ_{o} · a_{${j}} (1 − a_{${j}})`,
        `= ${p(v[r])} · ${p(out.delta[0])} · ${p(slope)}`,
        `= ${n(hid.delta[r])}`,
      ],
      results: [[`δ_{${j}}`, hid.delta[r]]],
    });
  }
  for (const j of [1, 2]) {
    const r = j - 1;
    steps.push({
      key: 'gradHidden', phase: 'backward', unit: j, nodes: [`h${j}`, 'x1', 'x2'], edges: [`w${j}1`, `w${j}2`],
      lines: [
        `∂L/∂w_{${j}1} = δ_{${j}} x_{1} = ${p(hid.delta[r])} · ${p(x1)} = ${n(hid.dW[2 * r])}`,
        `∂L/∂w_{${j}2} = δ_{${j}} x_{2} = ${p(hid.delta[r])} · ${p(x2)} = ${n(hid.dW[2 * r + 1])}`,
        `∂L/∂b_{${j}} = δ_{${j}} = ${n(hid.db[r])}`,
      ],
      results: [[`∂L/∂w_{${j}1}`, hid.dW[2 * r]], [`∂L/∂w_{${j}2}`, hid.dW[2 * r + 1]], [`∂L/∂b_{${j}}`, hid.db[r]]],
    });
  }
  return steps;
}

export interface Piece { text: string; kind: 'plain' | 'sub' | 'sup' }

/**
 * Splits formula markup into plain text, subscripts and superscripts.
 * @example markup('w_{11}x') // [{text:'w',kind:'plain'},{text:'11',kind:'sub'},{text:'x',kind:'plain'}]
 */
export function markup(s: string): Piece[] {
  const out: Piece[] = [];
  const re = /([_^])\{([^{}]*)\}/g;
  let at = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > at) out.push({ text: s.slice(at, m.index), kind: 'plain' });
    out.push({ text: m[2], kind: m[1] === '_' ? 'sub' : 'sup' });
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push({ text: s.slice(at), kind: 'plain' });
  return out;
}

/** Markup names of the parameters in engine order (hidden1.weight ×4, hidden1.bias ×2, output.weight ×2, output.bias). */
export const PARAM_SYMBOLS = ['w_{11}', 'w_{12}', 'w_{21}', 'w_{22}', 'b_{1}', 'b_{2}', 'v_{1}', 'v_{2}', 'c'];
