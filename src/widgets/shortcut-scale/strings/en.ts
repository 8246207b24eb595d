import type { ShortcutScaleStrings } from '~/widgets/shortcut-scale/ShortcutScale';
import { widgetTools } from '~/widgets/kit/strings/en';

export const shortcutScale: ShortcutScaleStrings = {
  tools: widgetTools,
  lambda: 'Shortcut scale λ',
  blocks: 'Blocks n',
  seed: 'Seed',
  computing: 'Computing the gradients…',
  readout: 'With n = {n} blocks and λ = {lambda}, the first hidden layer receives {ratio} times the gradient of the last one. The shortcuts alone predict λⁿ = {pred}.',
  plainNote: 'With λ = 0 there is no shortcut left: this is the plain sigmoid network.',
  verdicts: {
    vanishes: 'Vanishing: the first layer gets less than a tenth of the top layer’s gradient.',
    explodes: 'Exploding: the first layer gets more than ten times the top layer’s gradient.',
    kept: 'Kept: the first and last layers get gradients of the same order.',
    none: 'No gradient reaches the top layer, so there is no ratio to show.',
  },
  verdictShort: { vanishes: 'vanishes', explodes: 'explodes', kept: 'kept', none: '—' },
  legendMeasured: 'measured ‖∂L/∂h‖ per layer, relative to the last hidden layer',
  legendPredicted: 'shortcuts only: λ per block',
  chartLabel: 'Gradient reaching each hidden layer relative to the last hidden layer, log scale, with the prediction λ to the power of the number of blocks above',
  barTitle: 'hidden layer {l}: {v} (shortcuts only: {p})',
  inputSide: '← input side',
  outputSide: 'output side →',
  tableSummary: 'Show as a table',
  tableCaption: 'Ten blocks (11 hidden sigmoid layers, width 16), seed 1, at initialization: the gradient at the first hidden layer relative to the last one, against the shortcut-only prediction λ¹⁰',
  colLambda: 'λ',
  colPredicted: 'λⁿ (n = {n})',
  colMeasured: 'measured, first / last',
  colVerdict: 'gradient',
};
