/**
 * Gradient Lab engine — the only public entry. Pure TypeScript: no DOM, no framework, so it
 * runs unchanged in Node, on a page and in a Web Worker. See README.md in this folder.
 */
export type {
  HiddenActivation, OutputActivation, InitScheme, MlpSpec, Param, Network, LayerStats,
  OutputStats, LayerSample, TraceLayer, Trace, NetworkState, MlpNetwork,
} from './types.ts';
export { createMlp } from './mlp.ts';
export { activations, activationFn } from './activations.ts';
export type { ActivationFn } from './activations.ts';
export { createRng, shuffleInPlace } from './rng.ts';
export type { Rng } from './rng.ts';
export { Sgd, Momentum, Adam, clipGradients, gradientNorm } from './optimizers.ts';
export type { Optimizer, OptimizerOptions } from './optimizers.ts';
export { logicGate, dataset2d, signedLabels, standardizeInPlace } from './datasets.ts';
export type { Dataset, Dataset2dName, Dataset2dOptions, GateName } from './datasets.ts';
export { Trainer, createTrainer } from './trainer.ts';
export type { TrainerOptions, TrainerStatus } from './trainer.ts';
export type { TrainerHistory, LayerSeries } from './history.ts';
export { accuracyOf } from './evaluate.ts';
export { Perceptron } from './perceptron.ts';
export type { PerceptronOptions, PerceptronStep } from './perceptron.ts';
export { BN_EPS, BN_MOMENTUM } from './batch-norm.ts';
