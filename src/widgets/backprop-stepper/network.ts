/**
 * The 2-2-1 sigmoid network of the backprop lesson, built with the engine, plus what the stepper
 * shows at the end: central finite differences and one SGD step. Every number comes from the
 * engine (`trace`, `lossAndGrad`, `loss`); nothing here re-derives backprop.
 */
import { createMlp, type MlpNetwork, type Trace } from '~/engine';

/** The lesson's hand-picked weights (seed 0): round numbers a reader can follow with a calculator. */
export const LESSON_WEIGHTS = {
  'hidden1.weight': [0.5, -0.4, 0.3, 0.8],
  'hidden1.bias': [0.1, -0.2],
  'output.weight': [0.9, -0.6],
  'output.bias': [0.2],
} as const;

export interface Example { x1: number; x2: number; target: number }

/** The network: 2 inputs, 2 sigmoid hidden units, 1 sigmoid output, loss ½(o − t)². Seed 0 = LESSON_WEIGHTS; others = Xavier init. */
export function buildNetwork(seed: number): MlpNetwork {
  const net = createMlp({
    inputs: 2, hidden: [2], activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' },
    loss: 'mse', init: 'xavier', seed: Math.max(1, seed),
  });
  if (seed === 0) for (const p of net.params()) p.value.set(LESSON_WEIGHTS[p.name as keyof typeof LESSON_WEIGHTS]);
  return net;
}

export const inputOf = (e: Example) => new Float64Array([e.x1, e.x2]);
export const targetOf = (e: Example) => new Float64Array([e.target]);

/** The engine's single-example trace (forward values, δ and gradients of every layer). */
export function traceOf(net: MlpNetwork, e: Example): Trace {
  return net.trace(inputOf(e), targetOf(e));
}

export interface GradientCheck {
  /** 'hidden1.weight', … */
  param: string;
  /** Index inside the parameter's value array. */
  index: number;
  backprop: number;
  numeric: number;
  /** |backprop − numeric| / max(|backprop|, |numeric|, 1e-12). */
  relative: number;
}

/**
 * Every gradient from `lossAndGrad` beside its central difference (L(θ + h) − L(θ − h)) / 2h,
 * obtained by nudging the engine net's own parameters (restored afterwards).
 */
export function gradientCheck(net: MlpNetwork, e: Example, h = 1e-5): GradientCheck[] {
  const x = inputOf(e), y = targetOf(e);
  net.lossAndGrad(x, y, 1);
  const out: GradientCheck[] = [];
  for (const p of net.params()) {
    for (let i = 0; i < p.value.length; i++) {
      const keep = p.value[i];
      p.value[i] = keep + h;
      const up = net.loss(x, y, 1);
      p.value[i] = keep - h;
      const down = net.loss(x, y, 1);
      p.value[i] = keep;
      const numeric = (up - down) / (2 * h);
      const backprop = p.grad[i];
      out.push({ param: p.name, index: i, backprop, numeric, relative: Math.abs(backprop - numeric) / Math.max(Math.abs(backprop), Math.abs(numeric), 1e-12) });
    }
  }
  return out;
}

/** Loss before and after one SGD step θ ← θ − η ∂L/∂θ on this example; the network is left unchanged. */
export function sgdStep(net: MlpNetwork, e: Example, eta: number): { before: number; after: number } {
  const x = inputOf(e), y = targetOf(e);
  const saved = net.snapshot();
  const before = net.lossAndGrad(x, y, 1);
  for (const p of net.params()) for (let i = 0; i < p.value.length; i++) p.value[i] -= eta * p.grad[i];
  const after = net.loss(x, y, 1);
  net.restore(saved);
  return { before, after };
}
