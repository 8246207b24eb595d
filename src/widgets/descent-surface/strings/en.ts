import type { DescentSurfaceStrings } from '~/widgets/descent-surface/DescentSurface';
import { widgetTools } from '~/widgets/kit/strings/en';

export const descentSurface: DescentSurfaceStrings = {
  tools: widgetTools,
  surface: 'Loss surface',
  valley: 'narrow valley ½(θ₁² + 10θ₂²)',
  rotated: 'the same valley, turned 30°',
  banana: 'banana (1 − θ₁)² + 10(θ₂ − θ₁²)²',
  twoMinima: 'two minima',
  startA: 'Start θ₁',
  startB: 'Start θ₂',
  learningRate: 'Learning rate η',
  steps: 'Steps',
  momentum: 'Momentum (β = {beta})',
  chartLabel: 'Contour lines of a two-parameter loss with the gradient-descent path drawn from the start point',
  clickHint: 'Click the plot to move the start.',
  position: 'After {k} steps: θ = ({a}, {b}), L = {loss}',
  diverged: 'Diverged: θ ran off past 1000 after {k} steps. Lower η.',
  compare: 'Loss after {k} steps: plain gradient descent {plain}, with momentum {momentum}.',
  tableSummary: 'Show the path as a table',
  tableCaption: 'The turned valley from θ = (−2.5, −1) with η = 0.18: plain gradient descent and momentum (β = 0.5)',
  colStep: 'step',
  colPlain: 'L',
  colMomentum: 'momentum',
};
