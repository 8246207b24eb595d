/**
 * The sweep's results for the default settings (seed 1, 1000 steps), which the page shows before a
 * reader runs it and which readers without JavaScript see. Training 12 runs of 1000 steps takes
 * seconds, too long for every build, so the numbers are stored here and tests/unit/bn-learning-rates.test.ts
 * recomputes them with the engine and fails when they drift.
 */
import type { RunResult } from './runs';

export const REFERENCE_SEED = 1;
export const REFERENCE_STEPS = 1000;

const row = (lr: number, bn: boolean, accuracy: number, loss: number, weightGrowth: number): RunResult =>
  ({ lr, bn, status: 'ok', accuracy, loss, weightGrowth });

export const REFERENCE_RESULTS: RunResult[] = [
  row(0.05, false, 0.5, 0.6934, 1), row(0.05, true, 0.9925, 0.0308, 1.015),
  row(0.2, false, 0.5, 0.6937, 1), row(0.2, true, 0.9925, 0.0283, 1.086),
  row(0.5, false, 0.5, 0.6935, 1.003), row(0.5, true, 0.9975, 0.0206, 1.297),
  row(2, false, 0.5, 0.6932, 1.038), row(2, true, 1, 0.0188, 1.971),
  row(5, false, 0.5, 0.6963, 1.07), row(5, true, 0.8775, 0.2727, 3.612),
  row(20, false, 0.5, 2.0677, 1.814), row(20, true, 0.8125, 0.4857, 46.882),
];
