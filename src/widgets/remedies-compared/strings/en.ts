import type { RemediesComparedStrings } from '~/widgets/remedies-compared/RemediesCompared';
import { widgetTools } from '~/widgets/kit/strings/en';
import type { RemediesTableStrings } from '~/widgets/remedies-compared/remedies';

export const remediesCompared: RemediesComparedStrings = {
  tools: widgetTools,
  remedies: {
    sigmoid: 'sigmoid (plain)', relu: 'ReLU + He', leaky: 'Leaky ReLU + He',
    bn: 'sigmoid + BN', res: 'sigmoid + shortcuts', reluBnRes: 'ReLU + BN + shortcuts',
  },
  depth: 'Hidden layers', seed: 'Seed', play: 'Train all six', pause: 'Pause', reset: 'Reset',
  rebuildNote: 'Changing the depth or the seed builds six new networks and starts again from step 0.',
  stepLabel: 'Step', statusPaused: 'Paused.', statusRunning: 'Training all six networks.',
  divergedNote: '{name} diverged at step {step}.',
  lossTitle: 'Loss on the whole data set (log scale)', accuracyTitle: 'Accuracy on the whole data set',
  profilesTitle: 'Gradient size per layer ‖∂L/∂W‖, one log scale for all six',
  profilesNote: 'Bars: now. Short lines: at initialization. Input side on the left.',
  lossChartLabel: 'Line chart: loss of each of the six networks against training step, log scale',
  accuracyChartLabel: 'Line chart: accuracy of each of the six networks against training step',
  axisStep: 'step', axisLoss: 'loss', axisAccuracy: 'accuracy',
  profileLabel: '{name}: weight-gradient norm of each hidden layer, log scale, input side on the left',
  layerBar: 'layer {l}: now {v}, at initialization {v0}', inputSide: 'input', outputSide: 'output',
  liveCaption: 'The six networks at step {step}: loss and accuracy on the whole data set; gradient ratio = ‖∂L/∂W‖ of the first hidden layer ÷ the last; first step (checked every 50) with accuracy ≥ 90 %.',
  colRemedy: 'Remedy', colLr: 'Learning rate', colLoss: 'Loss', colAccuracy: 'Accuracy',
  colRatioInit: 'Gradient ratio, step 0', colRatioNow: 'Gradient ratio, now', colReached: '90 % at step',
  notReached: 'not yet', divergedCell: 'diverged at step {step}', percent: '{v}%', none: '—',
  tableSummary: 'Show the numbers as a table',
  curvesCaption: 'Loss and accuracy on the whole data set during training (depth {depth}, seed {seed}, computed when this page was built).',
  gradsCaption: 'Weight-gradient norm ‖∂L/∂W‖ of each hidden layer: at initialization → after {steps} steps (depth {depth}, seed {seed}).',
  colStep: 'Step', colLayer: 'Layer', layerName: 'layer {l}', cellLossAcc: '{loss} · {acc}', cellGrad: '{v0} → {v}',
};

export const remediesTable: RemediesTableStrings = {
  remedies: remediesCompared.remedies,
  caption: 'The six networks after {steps} steps (depth {depth}, width 16, two moons with 400 points, batch 32, seed {seed}). Computed by the engine when this page was built.',
  colRemedy: 'Remedy', colLr: 'Learning rate', colAccuracy: 'Accuracy at step {steps}', colLoss: 'Loss at step {steps}',
  colRatioInit: 'Gradient ratio, step 0', colRatioEnd: 'Gradient ratio, step {steps}', colReached: '90 % at step',
  notReached: 'never', diverged: 'diverged at step {step}', percent: '{v}%', none: '—',
};
