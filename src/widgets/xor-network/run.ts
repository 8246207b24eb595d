/**
 * Pure logic of the XOR network: the settings, the engine trainer for them (the four XOR points,
 * full batch, plain SGD, seeded), build-time figures, and what the hidden layer makes of the data.
 */
import { Sgd, Trainer, logicGate } from '~/engine';
import type { Schema, Values } from '~/widgets/kit/url-state';

export const RATES = ['0.1', '0.3', '1', '3'] as const;
export const WIDTHS = ['2', '4'] as const;
/** Updates per press of the step button. */
export const STEP_SIZE = 10;
/** Play stops here (the default run has long converged by then). */
export const MAX_STEPS = 3000;
/** Steps of the build-time table. */
export const TABLE_STEPS = [0, 50, 100, 150, 200, 500, 1000, 3000];

export const schema = {
  seed: { kind: 'int', min: 1, max: 999, default: 4 },
  lr: { kind: 'choice', options: RATES, default: '1' },
  hidden: { kind: 'choice', options: WIDTHS, default: '2' },
} satisfies Schema;
export type Settings = Values<typeof schema>;

/**
 * A 2 → h (tanh) → 1 (sigmoid) network with bce, Xavier init from `seed`, trained by full-batch
 * SGD on the four XOR points (the same four the perceptron could not separate).
 * @example createXorTrainer({ seed: 4, lr: '1', hidden: '2' }).run(200)
 */
export function createXorTrainer(s: Settings): Trainer {
  return new Trainer({
    spec: { inputs: 2, hidden: [Number(s.hidden)], activation: 'tanh', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', seed: s.seed },
    data: logicGate('xor'), batchSize: 4, optimizer: new Sgd({ learningRate: Number(s.lr) }), statsEvery: 0, seed: s.seed,
  });
}

export interface Row { step: number; loss: number; accuracy: number }

/** Loss and accuracy on the four points after each of `steps` updates (ascending). */
export function tableRows(s: Settings, steps: number[] = TABLE_STEPS): Row[] {
  const t = createXorTrainer(s);
  return steps.map((step) => {
    t.run(step - t.step);
    return { step, ...t.evaluate() };
  });
}

export interface HiddenView {
  /** (h1, h2) for each of the four points, in logicGate order. */
  points: [number, number][];
  /** With exactly two hidden units, the output unit's weights and bias: ŷ > 0.5 ⇔ w1·h1 + w2·h2 + b > 0. */
  line: [number, number, number] | null;
}

/** The data as the output unit sees it: the first two hidden activations of each point. */
export function hiddenView(t: Trainer): HiddenView {
  const [sample] = t.network.layerSamples(t.data.x, t.data.n);
  const points = Array.from({ length: t.data.n }, (_, i): [number, number] => [sample.h[i * sample.units], sample.h[i * sample.units + 1]]);
  const params = t.network.params();
  const W = params[params.length - 2].value;
  const b = params[params.length - 1].value;
  return { points, line: sample.units === 2 ? [W[0], W[1], b[0]] : null };
}

/** '#rrggbb' or '#rgb' → [r, g, b]; anything else → null. */
export function parseHex(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * Heat-map colour for an output p: the background tinted toward the class-1 colour above 0.5 and
 * the class-0 colour below, more strongly the surer the network is.
 */
export function heatColor(p: number, bg: [number, number, number], one: [number, number, number], zero: [number, number, number]): [number, number, number] {
  const t = Math.min(1, Math.abs(p - 0.5) * 2) * 0.6;
  const c = p >= 0.5 ? one : zero;
  return [0, 1, 2].map((k) => Math.round(bg[k] + (c[k] - bg[k]) * t)) as [number, number, number];
}
