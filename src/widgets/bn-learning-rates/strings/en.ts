import type { BnLearningRatesStrings } from '~/widgets/bn-learning-rates/BnLearningRates';
import { widgetTools } from '~/widgets/kit/strings/en';

export const bnLearningRates: BnLearningRatesStrings = {
  tools: widgetTools,
  percent: '{v} %',
  seed: 'Seed',
  steps: 'Steps per run',
  run: 'Run all 12',
  stop: 'Stop',
  plain: 'plain sigmoid',
  bn: 'with batch norm',
  chartLabel: 'Line chart: accuracy after training against learning rate on a log axis, for the plain depth-10 sigmoid net and the same net with batch norm',
  xAxis: 'learning rate (log scale)',
  yAxis: 'accuracy',
  stored: 'Stored results for seed {seed}, {steps} steps each. Press “Run all 12” to train them again in your browser.',
  running: 'Training… {pct} % done (now: learning rate {lr}, {net}).',
  done: 'Trained in your browser: seed {seed}, {steps} steps each.',
  idle: 'Seed {seed}, {steps} steps each: press “Run all 12” to train.',
  diverged: 'A run marked “diverged” produced NaN or infinity and was stopped there; the other runs are unaffected.',
  tableCaption: 'Accuracy and loss on all 400 points after training (seed {seed}, {steps} steps, batch 32), and the growth of the batch-norm net’s weight norms ‖W‖ (end over start, mean over the 10 layers)',
  colLr: 'learning rate',
  colAcc: 'accuracy',
  colLoss: 'loss',
  colGrowth: '‖W‖ growth',
  divergedCell: 'diverged',
  pending: '…',
};
