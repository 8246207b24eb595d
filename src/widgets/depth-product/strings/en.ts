import type { DepthProductStrings } from '~/widgets/depth-product/DepthProduct';
import { widgetTools } from '~/widgets/kit/strings/en';

export const depthProduct: DepthProductStrings = {
  tools: widgetTools,
  layers: 'Layers',
  preActivation: 'Pre-activation |z|',
  chartLabel: 'Product of activation derivatives against depth (log scale)',
  xAxis: 'layers n',
  yAxis: "f′(z)ⁿ",
  readout: 'Through {n} sigmoid layers, the derivatives multiplied into the gradient come to at most {value}.',
  readoutSaturated: 'At |z| = {z} the sigmoid\'s derivative is {d}; through {n} layers that becomes {value}.',
  tableCaption: 'Product of derivatives against depth n',
  tableSummary: 'Show as a table',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU (z > 0)',
};
