/**
 * The histogram widget's fixed settings, apart from the engine so the island's first download stays
 * small (the engine and the model load with a dynamic import once the widget is on screen).
 */
export const DEPTH = 10;
export const WIDTH = 16;
export const POINTS = 400;
export const LEARNING_RATE = 0.5;
export const BATCH = 32;
/** Histogram window for z and its bins (0.25 wide); values outside land in the edge bins. */
export const Z_RANGE = 4;
export const BINS = 32;

export type Mode = 'train' | 'infer';
