import type { MlpSpec, Param } from './types.ts';
import { createRng } from './rng.ts';
import { initBias, initWeights } from './init.ts';

/** One dense layer's parameters, gradients and (hidden layers with BN) batch-norm state. */
export interface Layer {
  /** 'hidden3' or 'output'. */
  name: string;
  inSize: number;
  outSize: number;
  /** Identity shortcut h = h_prev + act(…): hidden layer ≥ 2 of the same width as the previous one. */
  residual: boolean;
  W: Float64Array; b: Float64Array; dW: Float64Array; db: Float64Array;
  /** Batch-norm parameters and running statistics; null without batch norm (and on the output layer). */
  bn: {
    gamma: Float64Array; beta: Float64Array; dgamma: Float64Array; dbeta: Float64Array;
    runMean: Float64Array; runVar: Float64Array;
  } | null;
}

/**
 * Builds hidden layers and the output layer, initialised from one rng seeded with spec.seed,
 * consuming it layer by layer: weights (row-major), then biases when biasInit draws.
 */
export function buildLayers(spec: MlpSpec): { hidden: Layer[]; output: Layer; params: Param[] } {
  const rng = createRng(spec.seed);
  const params: Param[] = [];
  const make = (name: string, inSize: number, outSize: number, residual: boolean, withBn: boolean): Layer => {
    const layer: Layer = {
      name, inSize, outSize, residual,
      W: new Float64Array(outSize * inSize), b: new Float64Array(outSize),
      dW: new Float64Array(outSize * inSize), db: new Float64Array(outSize),
      bn: withBn ? {
        gamma: new Float64Array(outSize).fill(1), beta: new Float64Array(outSize),
        dgamma: new Float64Array(outSize), dbeta: new Float64Array(outSize),
        runMean: new Float64Array(outSize), runVar: new Float64Array(outSize).fill(1),
      } : null,
    };
    initWeights(layer.W, inSize, outSize, spec.init, rng);
    initBias(layer.b, spec.biasInit, rng);
    params.push({ name: `${name}.weight`, shape: [outSize, inSize], value: layer.W, grad: layer.dW });
    params.push({ name: `${name}.bias`, shape: [outSize], value: layer.b, grad: layer.db });
    if (layer.bn) {
      params.push({ name: `${name}.gamma`, shape: [outSize], value: layer.bn.gamma, grad: layer.bn.dgamma });
      params.push({ name: `${name}.beta`, shape: [outSize], value: layer.bn.beta, grad: layer.bn.dbeta });
    }
    return layer;
  };
  const hidden: Layer[] = [];
  let prev = spec.inputs;
  spec.hidden.forEach((width, i) => {
    const residual = spec.residual === true && i > 0 && width === prev;
    hidden.push(make(`hidden${i + 1}`, prev, width, residual, spec.batchNorm === true));
    prev = width;
  });
  const output = make('output', prev, spec.output.units, false, false);
  return { hidden, output, params };
}
