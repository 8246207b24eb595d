/**
 * The widget's constants and small pure helpers, free of the engine, so the island's own chunk
 * stays small (the engine arrives with the worker, or with the main-thread fallback).
 */
export const LAYER_CHOICES = ['2', '3', '4'] as const;
export type LayerChoice = (typeof LAYER_CHOICES)[number];
/** Output units: Nielsen's cost sums over them, the engine's bce averages, hence the factor. */
export const SCALE = 10;
/** The figures printed in Nielsen's chapter 5, per hidden layer, input side first. */
export const NIELSEN: Record<LayerChoice, readonly number[]> = {
  2: [0.07, 0.31],
  3: [0.012, 0.06, 0.283],
  4: [0.003, 0.017, 0.07, 0.285],
};
export const SEED_MIN = 1;
export const SEED_MAX = 9999;

export interface Tensors { x: Float64Array; y: Float64Array; n: number }
export interface Measurement {
  layers: number;
  seed: number;
  /** ‖∂C/∂b_l‖ per hidden layer with the engine's bce (mean over outputs). */
  raw: number[];
  /** The same on Nielsen's scale (× SCALE). */
  scaled: number[];
  /** Wall-clock time of the one full-batch lossAndGrad, in ms. */
  ms: number;
}

export const toNielsenScale = (raw: readonly number[]): number[] => raw.map((v) => v * SCALE);

/** values[l] / values[l + 1] (how much slower layer l learns than the next); null for the last layer. */
export function ratiosToNext(values: readonly number[]): (number | null)[] {
  return values.map((v, l) => (l + 1 < values.length && values[l + 1] > 0 ? v / values[l + 1] : null));
}

export const VARIANTS = ['sigmoid', 'relu', 'bn', 'residual'] as const;
export type Variant = (typeof VARIANTS)[number];
export const TRAIN_N = 800;
export const BATCH = 10;
export const EPOCHS = 5;
export const POINTS_PER_EPOCH = 4;
/** Learning rate on the engine's bce (mean over the 10 outputs): Nielsen's η = 0.1 on his summed cost is η = 1 here. */
export const LEARNING_RATE = 1;

export interface TrainSettings { variant: Variant; layers: number; seed: number; lr?: number }
export interface TrainPoint {
  /** Epochs done (0, 0.25, …). */
  epoch: number;
  /** ×10 gradient norm per hidden layer (bias, or BN shift). */
  speeds: number[];
  /** Fraction of the 200 held-out digits classified right. */
  testAccuracy: number;
  /** Mean bce over the training digits at this point. */
  loss: number;
  /** Compute time since the previous point, ms (training steps plus this measurement). */
  ms: number;
}

