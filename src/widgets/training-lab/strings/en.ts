import type { TrainingLabStrings } from '~/widgets/training-lab/TrainingLab';
import { widgetTools } from '~/widgets/kit/strings/en';

export const trainingLab: TrainingLabStrings = {
  tools: widgetTools,
  settings: {
    dataset: 'Data set', noise: 'Noise', points: 'Points', depth: 'Hidden layers', width: 'Units per layer',
    act: 'Activation', alpha: 'Leaky slope α', init: 'Initialization', lr: 'Learning rate', batch: 'Batch size',
    opt: 'Optimizer', seed: 'Seed', bn: 'Batch normalization', res: 'Skip connections', clip: 'Clip gradient norm at',
  },
  options: {
    dataset: { moons: 'two moons', circle: 'circle', spiral: 'spiral', xor: 'XOR', gaussians: 'two blobs' },
    act: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'Leaky ReLU' },
    init: { xavier: 'Xavier (Glorot)', he: 'He', lecun: 'LeCun (Var 1/n)', normal: 'N(0, 1)', tiny: 'N(0, 0.01²)' },
    opt: { sgd: 'SGD', momentum: 'momentum', adam: 'Adam' },
  },
  clipOff: '0 = off',
  play: 'Train', pause: 'Pause', step: 'One step', reset: 'Reset', speed: 'Steps per frame',
  rebuildNote: 'Changing a setting builds a new network and starts again from step 0.',
  views: {
    gradients: 'Gradient size per layer ‖∂L/∂W‖ (log scale)',
    gradientsOverTime: 'Gradient size per layer during training',
    loss: 'Loss and accuracy',
    boundary: 'Decision boundary',
    dead: 'Dead units per layer',
  },
  chartLabels: {
    gradients: 'Bar chart: the weight-gradient norm of each layer on a log scale, input side on the left, output layer last',
    gradientsOverTime: 'Line chart: weight-gradient norm of every layer against training step, log scale',
    loss: 'Line chart: loss and accuracy on the whole data set against training step',
    boundary: 'The network’s prediction over the plane, tinted by class, with the data points',
    dead: 'Line chart: fraction of dead units in each hidden layer against training step',
  },
  layerBar: 'layer {l}: ‖∂L/∂W‖ = {v}', outputBar: 'output layer: ‖∂L/∂W‖ = {v}',
  chartLabel: 'Weight-gradient norm per layer, log scale, input side on the left',
  inputSide: 'input side', outputSide: 'output side',
  stepLabel: 'Step', lossLabel: 'Loss', accuracyLabel: 'Accuracy', ratioLabel: 'First/last hidden layer gradient ratio',
  deadLabel: 'Dead units', deadValue: '{n} of {total}', percent: '{v}%', none: '—',
  diverged: 'Training diverged at step {step}: the loss or a gradient became infinite or not a number. Lower the learning rate or turn on clipping, then reset.',
  statusPaused: 'Paused.', statusRunning: 'Training.',
  axisStep: 'step', axisGradNorm: '‖∂L/∂W‖', axisLoss: 'loss', axisAccuracy: 'accuracy', axisDead: 'dead units',
  outputLayer: 'output layer', class0: 'class 0', class1: 'class 1',
  tableSummary: 'Show the numbers as a table',
  tableCaption: 'Weight-gradient norm ‖∂L/∂W‖ per layer on the whole data set, at initialization and after {steps} training steps with these settings. Accuracy {accInit} → {accEnd}, loss {lossInit} → {lossEnd}.',
  colLayer: 'Layer', colInit: 'At initialization', colEnd: 'After {steps} steps', colDead: 'Dead after {steps} steps',
  layerName: 'layer {l}', tableDiverged: 'Training diverged at step {step}.',
};
