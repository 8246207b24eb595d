import type { DescentCurveStrings } from '~/widgets/descent-curve/DescentCurve';
import { widgetTools } from '~/widgets/kit/strings/en';

export const descentCurve: DescentCurveStrings = {
  tools: widgetTools,
  curve: 'Loss',
  quadratic: 'quadratic ½(θ − 1)²',
  doubleWell: 'double well (θ² − 1)²/4 + 0.3θ',
  start: 'Start θ₀',
  learningRate: 'Learning rate η',
  step: 'Step',
  run: 'Run',
  pause: 'Pause',
  reset: 'Reset',
  dragHint: 'Click or drag on the plot to move the start.',
  chartLabel: 'The loss curve L(θ) with the path of gradient-descent iterates drawn on it',
  axisTheta: 'θ',
  axisLoss: 'L(θ)',
  position: 'After {k} steps: θ = {theta}, L(θ) = {loss}',
  iterates: 'Latest iterates:',
  behaviour: {
    ready: 'Press Step or Run to take gradient steps from θ₀.',
    converged: 'Converged: the gradient is zero to nine decimal places, so θ no longer moves.',
    converging: 'Converging: each step is {r} times the previous one and points the same way.',
    slow: 'Converging slowly: each step is {r} times the previous one, so progress crawls. Try a larger η.',
    oscillating: 'Oscillating but converging: θ jumps across the minimum, and each step is {r} times the previous one.',
    bouncing: 'Bouncing for ever: θ jumps between two points and never settles (step ratio {r}).',
    diverging: 'Diverging: each step is {r} times the previous one, so θ runs away.',
    diverged: 'Diverged: |θ| passed {bound} after {k} steps, so the run stopped. Lower η and press Reset.',
  },
  tableSummary: 'Show the iterates as a table',
  pathCaption: 'θ after k steps of gradient descent on ½(θ − 1)² from θ₀ = −2, for six learning rates (the widget starts at η = 0.3)',
  colStep: 'step',
};
