/** The deep sigmoid net and data both batch-norm widgets train (histograms; learning-rate sweep). */
import { dataset2d, type Dataset, type MlpSpec } from '~/engine';
import { DEPTH, POINTS, WIDTH } from './bn-net';

/** The lesson's deep sigmoid net: 2 → 10 × 16 sigmoid (Xavier) → 1 sigmoid, bce. */
export function specOf(batchNorm: boolean, seed: number): MlpSpec {
  return {
    inputs: 2, hidden: Array.from({ length: DEPTH }, () => WIDTH), activation: 'sigmoid',
    output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', batchNorm, seed,
  };
}

/** Two moons, 400 points, noise 0.1, standardised, seeded like the net. */
export const dataOf = (seed: number): Dataset => dataset2d('twoMoons', { n: POINTS, noise: 0.1, seed });
