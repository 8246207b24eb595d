/**
 * Gradient Lab engine — the only public entry. Pure TypeScript: no DOM, no framework, so it
 * runs unchanged in Node, on a page and in a Web Worker. See README.md in this folder.
 * Only names something outside the engine uses are exported.
 */
export type {
  HiddenActivation, InitScheme, MlpSpec, Param, LayerSample, Trace, MlpNetwork,
} from './types.ts';
export { createMlp } from './mlp.ts';
export { activations, activationFn } from './activations.ts';
export type { ActivationFn } from './activations.ts';
export { createRng, shuffleInPlace } from './rng.ts';
export type { Rng } from './rng.ts';
export { Sgd, Momentum, Adam, clipGradients, gradientNorm } from './optimizers.ts';
export type { Optimizer } from './optimizers.ts';
export { logicGate, dataset2d, signedLabels } from './datasets.ts';
export type { Dataset, Dataset2dName, GateName } from './datasets.ts';
export { Trainer } from './trainer.ts';
export { Perceptron } from './perceptron.ts';
export type { PerceptronStep } from './perceptron.ts';
export { BN_EPS, BN_MOMENTUM } from './batch-norm.ts';
