import type { Param } from './types.ts';
import { powInt } from './elementary/index.ts';

/** Updates parameter values in place from their grads. */
export interface Optimizer {
  step(params: Param[]): void;
  /** Forgets velocities / moments and the step counter. */
  reset(): void;
}

export interface OptimizerOptions {
  /** Step size η. */
  learningRate: number;
  /**
   * L2 decay λ: the update uses g + λw for parameters named '*.weight' only (biases, γ and β
   * are not decayed, the usual choice). `grad` itself is left untouched, so gradient charts
   * keep showing ∂L/∂w of the loss.
   */
  weightDecay?: number;
}

const decays = (p: Param): boolean => p.name.endsWith('.weight');

/** Gradient with optional decay for entry i. */
const gradAt = (p: Param, i: number, lambda: number): number => p.grad[i] + lambda * p.value[i];

/** Plain SGD: w ← w − η·g. @example new Sgd({ learningRate: 0.1 }) */
export class Sgd implements Optimizer {
  learningRate: number;
  weightDecay: number;
  constructor(options: OptimizerOptions) {
    this.learningRate = options.learningRate;
    this.weightDecay = options.weightDecay ?? 0;
  }
  step(params: Param[]): void {
    const lr = this.learningRate;
    for (const p of params) {
      const w = p.value;
      const g = p.grad;
      const lambda = decays(p) ? this.weightDecay : 0;
      if (lambda === 0) for (let i = 0; i < w.length; i++) w[i] -= lr * g[i];
      else for (let i = 0; i < w.length; i++) w[i] -= lr * gradAt(p, i, lambda);
    }
  }
  reset(): void {}
}

/** Classic (heavy-ball) momentum: v ← βv + g; w ← w − η·v (v starts at 0; PyTorch's form). β defaults to 0.9. */
export class Momentum implements Optimizer {
  learningRate: number;
  beta: number;
  weightDecay: number;
  private velocity = new Map<Float64Array, Float64Array>();
  constructor(options: OptimizerOptions & { beta?: number }) {
    this.learningRate = options.learningRate;
    this.beta = options.beta ?? 0.9;
    this.weightDecay = options.weightDecay ?? 0;
  }
  step(params: Param[]): void {
    for (const p of params) {
      let v = this.velocity.get(p.value);
      if (v === undefined) {
        v = new Float64Array(p.value.length);
        this.velocity.set(p.value, v);
      }
      const w = p.value;
      const lambda = decays(p) ? this.weightDecay : 0;
      for (let i = 0; i < w.length; i++) {
        v[i] = this.beta * v[i] + gradAt(p, i, lambda);
        w[i] -= this.learningRate * v[i];
      }
    }
  }
  reset(): void {
    this.velocity.clear();
  }
}

/**
 * Adam, Kingma & Ba 2015, Algorithm 1: m ← β1·m + (1−β1)g, v ← β2·v + (1−β2)g²,
 * m̂ = m/(1−β1ᵗ), v̂ = v/(1−β2ᵗ), w ← w − η·m̂/(√v̂ + ε). t counts step() calls from 1.
 * (The bias correction divides; convnetjs multiplied.) Defaults β1 = 0.9, β2 = 0.999, ε = 1e-8.
 * @example new Adam({ learningRate: 0.001, weightDecay: 1e-4 })
 */
export class Adam implements Optimizer {
  learningRate: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  private t = 0;
  private moments = new Map<Float64Array, { m: Float64Array; v: Float64Array }>();
  constructor(options: OptimizerOptions & { beta1?: number; beta2?: number; eps?: number }) {
    this.learningRate = options.learningRate;
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.eps = options.eps ?? 1e-8;
    this.weightDecay = options.weightDecay ?? 0;
  }
  step(params: Param[]): void {
    this.t++;
    const { beta1, beta2, eps, learningRate } = this;
    const c1 = 1 - powInt(beta1, this.t);
    const c2 = 1 - powInt(beta2, this.t);
    for (const p of params) {
      let s = this.moments.get(p.value);
      if (s === undefined) {
        s = { m: new Float64Array(p.value.length), v: new Float64Array(p.value.length) };
        this.moments.set(p.value, s);
      }
      const { m, v } = s;
      const w = p.value;
      const lambda = decays(p) ? this.weightDecay : 0;
      for (let i = 0; i < w.length; i++) {
        const g = gradAt(p, i, lambda);
        m[i] = beta1 * m[i] + (1 - beta1) * g;
        v[i] = beta2 * v[i] + (1 - beta2) * g * g;
        w[i] -= (learningRate * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
      }
    }
  }
  reset(): void {
    this.t = 0;
    this.moments.clear();
  }
}

/** Global L2 norm of all grads together. */
export function gradientNorm(params: Param[]): number {
  let s = 0;
  for (const p of params) {
    const g = p.grad;
    for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  }
  return Math.sqrt(s);
}

/**
 * Global-norm clipping (Pascanu et al. 2013): if ‖g‖ > maxNorm, scale every grad by maxNorm/‖g‖.
 * Returns the norm before clipping.
 * @example const before = clipGradients(net.params(), 1);
 */
export function clipGradients(params: Param[], maxNorm: number): number {
  const total = gradientNorm(params);
  if (total > maxNorm && Number.isFinite(total)) scaleGradients(params, maxNorm / total);
  return total;
}

/** Multiplies every grad by `scale` in place. */
export function scaleGradients(params: Param[], scale: number): void {
  for (const p of params) {
    const g = p.grad;
    for (let i = 0; i < g.length; i++) g[i] *= scale;
  }
}
