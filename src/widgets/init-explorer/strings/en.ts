import type { InitExplorerStrings } from '~/widgets/init-explorer/InitExplorer';
import { widgetTools } from '~/widgets/kit/strings/en';

export const initExplorer: InitExplorerStrings = {
  tools: widgetTools,
  init: 'Initialization', act: 'Activation', width: 'Units per layer', depth: 'Hidden layers', grad: 'Backward value', seed: 'Seed',
  inits: { normal: 'N(0, 1)', tiny: 'N(0, 0.01²)', lecun: 'LeCun', xavier: 'Xavier (Glorot)', he: 'He' },
  acts: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' },
  grads: { dz: '‖∂L/∂z‖', dw: '‖∂L/∂W‖' },
  spreadTitle: 'Forward: std of z per layer (log scale)',
  gradTitle: 'Backward: {grad} per layer (log scale)',
  spreadChartLabel: 'Line chart: the standard deviation of the pre-activations z in each hidden layer, log scale, input side on the left',
  gradChartLabel: 'Line chart: the gradient {grad} in each hidden layer, log scale, input side on the left',
  axisLayer: 'hidden layer (input side → output side)', axisSpread: 'std of z',
  variance: 'For a layer with {n} inputs: Var[w] = {v}, standard deviation {std}.',
  spreadReadout: 'Std of z: layer 1 {first}, layer {depth} {last} (last/first = {ratio}).',
  gradReadout: '{grad}: layer 1 {first}, layer {depth} {last} (last/first = {ratio}).',
  saturatedReadout: 'Saturated values (f′ below 1% of its maximum) in layer {depth}: {p}%.',
  computing: 'Computing…',
  fallback: 'No Web Worker on this page: computed on the main thread with a batch of {batch}.',
  tableSummary: 'Show the numbers as a table',
  tableCaption: 'At initialization: {init}, {act}, width {width}, {depth} hidden layers, seed {seed}, {batch} standard-normal inputs.',
  colLayer: 'Layer', colSpread: 'std of z', colDz: '‖∂L/∂z‖', colDw: '‖∂L/∂W‖', colSaturated: 'saturated (%)',
};
