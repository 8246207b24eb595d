import type { ForwardPassStrings } from '~/widgets/forward-pass/ForwardPass';
import { widgetTools } from '~/widgets/kit/strings/en';

export const forwardPass: ForwardPassStrings = {
  tools: widgetTools,
  input: 'Input {x}',
  parameter: 'Parameter to edit',
  value: 'Value',
  presetXor: 'Load XOR weights',
  presetZero: 'Set all to 0',
  weightOf: 'weight {from} → {to}',
  biasOf: 'bias of {to}',
  readout: 'For the input ({x1}, {x2}) the hidden units output h₁ = {h1} and h₂ = {h2}, and the network outputs ŷ = {y}.',
  graphLabel: 'A network with 2 inputs, 2 hidden units and 1 output; each node shows its z and a, each connection its weight.',
  hint: 'Click a connection or a node to select its weight or bias. Solid blue is positive, dashed red negative; thicker means larger.',
  tableCaption: 'The forward pass for all four inputs, computed live from the current weights',
  colClass: 'ŷ > 0.5',
};
