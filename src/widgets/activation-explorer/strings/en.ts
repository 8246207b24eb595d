import type { ActivationExplorerStrings } from '~/widgets/activation-explorer/ActivationExplorer';
import { widgetTools } from '~/widgets/kit/strings/en';

export const activationExplorer: ActivationExplorerStrings = {
  tools: widgetTools,
  names: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'Leaky ReLU (α = {alpha})' },
  functions: 'Functions',
  position: 'Input x',
  alpha: 'Leaky ReLU α',
  depth: 'Layers n',
  chartLabel: 'Activation functions and their derivatives from −6 to 6; the vertical line marks the chosen x.',
  xAxis: 'x',
  yAxis: 'f(x), f′(x)',
  valueLegend: 'solid: the function f(x)',
  derivativeLegend: 'dashed: its derivative f′(x)',
  depthChartLabel: 'Best-case product of derivatives (max f′)ⁿ against the number of layers n (log scale)',
  depthXAxis: 'layers n',
  depthYAxis: '(max f′)ⁿ',
  pointerHint: 'Click or drag on the chart to move x; the sliders also follow the arrow keys.',
  readoutRow: '{name}: f({x}) = {f}, f′({x}) = {d}',
  depthReadout: 'Best case through {n} layers:',
  depthRow: '{name} {value}',
  noneShown: 'Pick at least one function above.',
  tableSummary: 'Show as a table',
  tableCaption: 'Activation functions and their derivatives at a few inputs, and the best-case product of derivatives against depth',
  tableFunction: 'Function',
  tableDepth: '(max f′)ⁿ',
};
