/**
 * Training-lab settings: the presets the lessons rely on, the URL schema built from a preset
 * (only the settings the reader may change are read from and written to the URL), and the
 * translation of settings into an engine spec. Pure data: no engine code, so the island's
 * first download stays small (the engine loads with the worker).
 */
import type { MlpSpec } from '~/engine';
import { readState, type Field, type Schema } from '../url-state';

export const DATASETS = ['moons', 'circle', 'spiral', 'xor', 'gaussians'] as const;
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const;
export const INITS = ['xavier', 'he', 'lecun', 'normal', 'tiny'] as const;
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export const VIEWS = ['gradients', 'gradientsOverTime', 'loss', 'boundary', 'dead'] as const;

export type DatasetName = (typeof DATASETS)[number];
export type ViewName = (typeof VIEWS)[number];

export interface LabSettings {
  dataset: DatasetName; noise: number; points: number;
  depth: number; width: number; act: (typeof ACTIVATIONS)[number]; alpha: number;
  init: (typeof INITS)[number]; lr: number; batch: number; opt: (typeof OPTIMIZERS)[number];
  seed: number; bn: boolean; res: boolean;
  /** Global-norm clipping threshold; 0 = off. */
  clip: number;
}
export type SettingName = keyof LabSettings;

/** Every setting with its URL rule; a preset supplies the defaults. */
const FIELDS: Record<SettingName, Field> = {
  dataset: { kind: 'choice', options: DATASETS, default: 'moons' },
  noise: { kind: 'number', min: 0, max: 0.5, default: 0.1 },
  points: { kind: 'int', min: 100, max: 1000, default: 400 },
  depth: { kind: 'int', min: 1, max: 30, default: 10 },
  width: { kind: 'int', min: 2, max: 64, default: 16 },
  act: { kind: 'choice', options: ACTIVATIONS, default: 'sigmoid' },
  alpha: { kind: 'number', min: 0.001, max: 0.5, default: 0.01 },
  init: { kind: 'choice', options: INITS, default: 'xavier' },
  lr: { kind: 'number', min: 0.0001, max: 10, default: 0.5 },
  batch: { kind: 'int', min: 1, max: 256, default: 32 },
  opt: { kind: 'choice', options: OPTIMIZERS, default: 'sgd' },
  seed: { kind: 'int', min: 1, max: 9999, default: 1 },
  bn: { kind: 'bool', default: false },
  res: { kind: 'bool', default: false },
  clip: { kind: 'number', min: 0, max: 100, default: 0 },
};
export const SETTINGS = Object.keys(FIELDS) as SettingName[];
/** Smallest clipping threshold; values between 0 (off) and this fall back to the default. */
export const CLIP_MIN = 0.1;

const SIGMOID_DEEP: LabSettings = {
  dataset: 'moons', noise: 0.1, points: 400, depth: 10, width: 16, act: 'sigmoid', alpha: 0.01,
  init: 'xavier', lr: 0.5, batch: 32, opt: 'sgd', seed: 1, bn: false, res: false, clip: 0,
};

export interface Preset { settings: LabSettings; views: ViewName[]; controls: SettingName[] }

/** The presets. Lessons 5–9 and 13 depend on these exact values (checked in tests/unit/training-lab.test.ts). */
export const PRESETS = {
  // Deep vs shallow share lr 2: depth 10 stays at 50 % for seeds 1–5 while depth 2 reaches 100 % for
  // all of them (at lr 0.5 three of five shallow seeds stall near 88 %, which would blur the lesson).
  'sigmoid-deep': { settings: { ...SIGMOID_DEEP, lr: 2 }, views: ['gradients', 'gradientsOverTime', 'loss'], controls: ['depth', 'lr', 'seed'] },
  'sigmoid-shallow': { settings: { ...SIGMOID_DEEP, lr: 2, depth: 2 }, views: ['gradients', 'loss'], controls: ['depth', 'lr', 'seed'] },
  // lr 0.05: every seed 1–5 reaches 100 % by step 1000 (0.02 needs longer; 0.1 works too).
  'relu-deep': { settings: { ...SIGMOID_DEEP, act: 'relu', init: 'he', lr: 0.05 }, views: ['gradients', 'loss', 'boundary'], controls: ['act', 'init', 'depth', 'lr', 'seed'] },
  'relu-lecun-deep': { settings: { ...SIGMOID_DEEP, depth: 20, act: 'relu', init: 'lecun', lr: 0.05 }, views: ['gradients', 'loss', 'boundary'], controls: ['act', 'init', 'depth', 'lr', 'seed'] },
  'leaky-deep': { settings: { ...SIGMOID_DEEP, act: 'leakyRelu', init: 'he', lr: 0.05 }, views: ['gradients', 'dead', 'loss'], controls: ['act', 'alpha', 'lr', 'seed'] },
  // lr 1.0 with seed 1: dead units 18 % at init → 65 % by step 300, one whole layer dead, accuracy 50 %.
  'dying-relu': { settings: { ...SIGMOID_DEEP, depth: 6, act: 'relu', init: 'he', lr: 1 }, views: ['dead', 'loss', 'boundary'], controls: ['act', 'alpha', 'lr', 'seed'] },
  // The same settings with Leaky ReLU (α = 0.01): the pair in lesson 7 differs only in the activation.
  'dying-leaky': { settings: { ...SIGMOID_DEEP, depth: 6, act: 'leakyRelu', alpha: 0.01, init: 'he', lr: 1 }, views: ['dead', 'loss', 'boundary'], controls: ['act', 'alpha', 'lr', 'seed'] },
  // Lessons 8–9 compare at one learning rate, 0.5: plain depth 10 stays at 50 %; with batch norm seeds 1–3 reach
  // 99–100 % by step 1000, with identity shortcuts 99–100 % by step 3000 (≈ 87 % until ≈ step 1000).
  'sigmoid-plain': { settings: SIGMOID_DEEP, views: ['gradients', 'loss'], controls: ['depth', 'lr', 'seed'] },
  'sigmoid-bn': { settings: { ...SIGMOID_DEEP, bn: true }, views: ['gradients', 'loss'], controls: ['bn', 'depth', 'lr', 'seed'] },
  'sigmoid-residual': { settings: { ...SIGMOID_DEEP, res: true }, views: ['gradients', 'gradientsOverTime', 'loss'], controls: ['res', 'depth', 'lr', 'seed'] },
  playground: { settings: SIGMOID_DEEP, views: [...VIEWS], controls: SETTINGS },
} satisfies Record<string, Preset>;
export type PresetName = keyof typeof PRESETS;

/** The URL schema of a lab: the allowed settings, with the preset's values as defaults. */
export function schemaFor(preset: LabSettings, controls: readonly SettingName[]): Schema {
  const out: Schema = {};
  for (const key of controls) out[key] = { ...FIELDS[key], default: preset[key] } as Field;
  return out;
}

/** Settings from a query string: allowed keys from the URL (bad values → preset), the rest from the preset. */
export function readSettings(id: string, preset: LabSettings, controls: readonly SettingName[], search: string): LabSettings {
  return withPreset(preset, readState(id, schemaFor(preset, controls), search) as Partial<LabSettings>);
}

/** The preset with the settings a link or the reader chose (a clipping threshold below CLIP_MIN → the preset's). */
export function withPreset(preset: LabSettings, chosen: Partial<LabSettings>): LabSettings {
  const out = { ...preset, ...chosen };
  if (out.clip > 0 && out.clip < CLIP_MIN) out.clip = preset.clip;
  return out;
}

/** The engine's name for a data set, and its initialisation scheme. */
export const engineDataset = (d: DatasetName) => (d === 'moons' ? 'twoMoons' : d);
export function engineInit(init: LabSettings['init']): MlpSpec['init'] {
  return init === 'normal' ? { std: 1 } : init === 'tiny' ? { std: 0.01 } : init;
}

/** The network the settings describe: 2 inputs, depth × width hidden units, sigmoid output with bce. */
export function specOf(s: LabSettings): MlpSpec {
  return {
    inputs: 2, hidden: Array.from({ length: s.depth }, () => s.width), activation: s.act, leakySlope: s.alpha,
    output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: engineInit(s.init),
    batchNorm: s.bn, residual: s.res, seed: s.seed,
  };
}

/** Learning-rate slider: positions are log10(lr) in steps of 0.05; the value keeps two significant digits. */
export const LR_LOG = { min: -4, max: 1, step: 0.05 };
export const lrFromLog = (p: number): number => Number((10 ** p).toPrecision(2));
