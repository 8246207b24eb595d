/**
 * Public types of the engine. The first four interfaces are the contract in DESIGN.md
 * ("Engine API"); everything after them is an addition for the widgets.
 */

/** Activations allowed on hidden layers. */
export type HiddenActivation = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'linear';
/** Activations allowed on the output layer. */
export type OutputActivation = 'sigmoid' | 'tanh' | 'linear';
/** Weight initialisation: named schemes, N(0, std²) or U(−uniform, uniform). */
export type InitScheme = 'xavier' | 'he' | 'lecun' | { std: number } | { uniform: number };

export interface MlpSpec {
  /** Input features per example. */
  inputs: number;
  /** Hidden layer widths, input side first, e.g. [16, 16, 16]. May be empty (no hidden layer). */
  hidden: number[];
  /** Activation of every hidden layer. */
  activation: HiddenActivation;
  /** Negative-side slope of leakyRelu; default 0.01 (Maas et al. 2013). */
  leakySlope?: number;
  output: { units: number; activation: OutputActivation };
  /** 'bce' needs a sigmoid output. */
  loss: 'bce' | 'mse';
  init: InitScheme;
  /** Bias initialisation; default 'zero'. */
  biasInit?: 'zero' | { std: number };
  /** Every hidden layer becomes dense → BN → activation. */
  batchNorm?: boolean;
  /** Hidden layers l ≥ 2 with the width of layer l−1 add an identity shortcut. */
  residual?: boolean;
  /** λ in h_l = λ·h_(l−1) + F(h_(l−1)) on shortcut layers; default 1 (He et al. 2016 scale the shortcut to show λⁿ). */
  shortcutScale?: number;
  /** Integer seed of the initialisation. */
  seed: number;
}

export interface Param {
  /** 'hidden1.weight', 'hidden1.bias', 'hidden1.gamma', 'hidden1.beta', …, 'output.weight', 'output.bias'. */
  name: string;
  /** [out, in] for weights, [units] otherwise. */
  shape: number[];
  /** Live values: writing them changes the network. */
  value: Float64Array;
  /** ∂L/∂value from the last lossAndGrad (overwritten, never accumulated). */
  grad: Float64Array;
}

export interface Network {
  params(): Param[];
  forward(x: Float64Array, n: number, opts?: { training?: boolean }): Float64Array;
  lossAndGrad(x: Float64Array, y: Float64Array, n: number): number;
  layerStats(): LayerStats[];
}

export interface LayerStats {
  /** Frobenius norm of ∂L/∂W_l. */
  weightGradNorm: number;
  /** Euclidean norm of ∂L/∂b_l (exactly 0 with batch norm). */
  biasGradNorm: number;
  /** Norm of ∂L/∂z_l over the whole batch, z_l the activation's input (after BN when on). */
  preActGradNorm: number;
  /** Mean of h_l over all (example, unit) values; h_l is the post-addition output on residual layers. */
  activationMean: number;
  /** Population standard deviation of the same values. */
  activationStd: number;
  /** Fraction of units whose activation output is exactly 0 for every example of the batch. */
  deadFraction: number;
  /** Fraction of (example, unit) pairs where act′(z) < 1% of its maximum. */
  saturatedFraction: number;
}

/** Gradient norms of the output layer from the last lossAndGrad. */
export interface OutputStats {
  weightGradNorm: number;
  biasGradNorm: number;
  /** Norm of ∂L/∂z over the batch, z the output logits. */
  preActGradNorm: number;
}

/** Copies of one hidden layer's values for histograms (row-major n × units). */
export interface LayerSample {
  n: number;
  units: number;
  /** Activation input (after BN when on). */
  z: Float64Array;
  /** Layer output h (post-addition on residual layers). */
  h: Float64Array;
}

/** One layer of a single-example backprop trace (hidden layers then the output layer). */
export interface TraceLayer {
  name: string;
  /** The layer's input (x, or the previous h). */
  input: Float64Array;
  /** Pre-activation W·input + b. */
  z: Float64Array;
  /** Activation output act(z). */
  a: Float64Array;
  /** Layer output: a, or input + a on residual layers; equals a on the output layer. */
  h: Float64Array;
  /** δ = ∂L/∂z. */
  delta: Float64Array;
  /** ∂L/∂W (= δ ⊗ input), row-major [out, in]. */
  dW: Float64Array;
  /** ∂L/∂b (= δ). */
  db: Float64Array;
}

export interface Trace {
  x: Float64Array;
  y: Float64Array;
  output: Float64Array;
  loss: number;
  layers: TraceLayer[];
}

/** Everything needed to rebuild a network's function: parameter values and BN running statistics. */
export interface NetworkState {
  values: Float64Array[];
  runningMean: Float64Array[];
  runningVar: Float64Array[];
}

/** What createMlp actually returns: the spec'd Network plus widget helpers. */
export interface MlpNetwork extends Network {
  readonly spec: Readonly<MlpSpec>;
  /** Like forward, but writes n × units into `out` and allocates nothing once warmed up. */
  forwardInto(x: Float64Array, n: number, out: Float64Array, opts?: { training?: boolean }): Float64Array;
  /** Mean loss in inference mode (no gradients, no running-stat update). */
  loss(x: Float64Array, y: Float64Array, n: number): number;
  outputStats(): OutputStats;
  layerSamples(x?: Float64Array, n?: number, opts?: { training?: boolean }): LayerSample[];
  trace(x: Float64Array, y: Float64Array): Trace;
  snapshot(): NetworkState;
  restore(state: NetworkState): void;
}
