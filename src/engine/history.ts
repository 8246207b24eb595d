import type { LayerStats } from './types.ts';

/** One hidden layer's statistics over time, one entry per record (see TrainerHistory.statsStep). */
export type LayerSeries = { [K in keyof LayerStats]: number[] };

/** A trainer's record. Plain arrays only, so `structuredClone` / `postMessage` carry it as is. */
export interface TrainerHistory {
  /** loss[s] = mini-batch loss at step s, i.e. with the weights after s updates. Never NaN. */
  loss: number[];
  /** Steps at which the records below were taken (0, k, 2k, …), before that step's update. */
  statsStep: number[];
  /** Accuracy on the whole data set (inference mode) at each record. */
  accuracy: number[];
  /** Per hidden layer, input side first. */
  layers: LayerSeries[];
  /** ‖∂L/∂W‖ of the output layer at each record. */
  outputWeightGradNorm: number[];
  /** Global ‖g‖ over every parameter at each record, before clipping. */
  gradientNorm: number[];
  /** Whether clipping scaled that step's gradient down. */
  clipped: boolean[];
}

const STAT_KEYS: (keyof LayerStats)[] = [
  'weightGradNorm', 'biasGradNorm', 'preActGradNorm', 'activationMean', 'activationStd', 'deadFraction', 'saturatedFraction',
];

/** An empty history for `hiddenLayers` hidden layers. */
export function emptyHistory(hiddenLayers: number): TrainerHistory {
  const layers = Array.from({ length: hiddenLayers }, () => {
    const series = {} as LayerSeries;
    for (const key of STAT_KEYS) series[key] = [];
    return series;
  });
  return { loss: [], statsStep: [], accuracy: [], layers, outputWeightGradNorm: [], gradientNorm: [], clipped: [] };
}

/** Appends one record. */
export function appendRecord(
  history: TrainerHistory, step: number, accuracy: number, stats: LayerStats[], outputWeightGradNorm: number,
  gradientNorm: number, clipped: boolean,
): void {
  history.statsStep.push(step);
  history.accuracy.push(accuracy);
  stats.forEach((s, l) => {
    for (const key of STAT_KEYS) history.layers[l][key].push(s[key]);
  });
  history.outputWeightGradNorm.push(outputWeightGradNorm);
  history.gradientNorm.push(gradientNorm);
  history.clipped.push(clipped);
}
