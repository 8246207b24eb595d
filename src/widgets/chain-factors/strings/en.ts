import type { ChainFactorsStrings } from '~/widgets/chain-factors/ChainFactors';
import { widgetTools } from '~/widgets/kit/strings/en';

export const chainFactors: ChainFactorsStrings = {
  tools: widgetTools,
  weight: 'Weight w',
  preActivation: 'Pre-activation z',
  chartLabel: 'Product of the factors w·σ′(z) over 1 to 10 layers, on a log axis centered on 1: bars above the line grow, bars below shrink',
  axisLayers: 'layers back from the output',
  readoutGrow: 'Each layer multiplies the gradient by w·σ′(z) = {f}. After {n} layers: {p} — it explodes.',
  readoutShrink: 'Each layer multiplies the gradient by w·σ′(z) = {f}. After {n} layers: {p} — it vanishes.',
  readoutOne: 'Each layer multiplies the gradient by exactly 1, so it keeps its size — a balance that a small change in w or z breaks.',
  tableSummary: 'Show as a table',
  tableCaption: 'The factor w·σ′(z) per layer and its product over 4 and 10 layers',
  colFactor: 'w·σ′(z)',
  colAfter: 'after {n} layers',
};
