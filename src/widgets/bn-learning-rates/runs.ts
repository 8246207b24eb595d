/**
 * The sweep's grid and result type, apart from the engine so the island's first download stays small
 * (the training code loads with a dynamic import).
 */
export const LEARNING_RATES = [0.05, 0.2, 0.5, 2, 5, 20] as const;
export const STEP_CHOICES = [300, 1000, 3000] as const;

export interface RunResult {
  lr: number;
  bn: boolean;
  status: 'ok' | 'diverged';
  /** Whole-data-set accuracy and mean bce in inference mode after the last step (NaN when diverged). */
  accuracy: number;
  loss: number;
  /** Mean over the hidden layers of ‖W_l‖ at the end over ‖W_l‖ at the start (Frobenius). */
  weightGrowth: number;
}

/** The runs in the order the sweep does them: each learning rate, plain then with batch norm. */
export const RUNS: { lr: number; bn: boolean }[] = LEARNING_RATES.flatMap((lr) => [{ lr, bn: false }, { lr, bn: true }]);
