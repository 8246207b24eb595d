/**
 * The six runs of lesson 12 ("Remedies side by side"): one network and one data set, each remedy
 * with the learning rate that suits it. Pure data (no engine code), so the island's first download
 * stays small; the engine arrives with the worker.
 *
 * Learning rates, measured with this engine at depth 10 (two moons, 400 points, width 16, batch 32):
 * plain sigmoid stays at 50 % whatever the rate (2 is the lab's preset); ReLU / Leaky ReLU with He
 * reach 100 % within a few hundred steps at 0.05 and diverge or stall at 2; sigmoid + batch norm and
 * sigmoid + identity shortcuts use 0.5 like lessons 8–9 (shortcuts at 0.05 stall near 87 %);
 * ReLU + BN + shortcuts learns at anything from 0.01 to 0.5 and keeps ReLU's 0.05.
 */
import type { LabSettings } from '~/widgets/kit/lab/settings';
import type { Schema } from '~/widgets/kit/url-state';

export const REMEDY_IDS = ['sigmoid', 'relu', 'leaky', 'bn', 'res', 'reluBnRes'] as const;
export type RemedyId = (typeof REMEDY_IDS)[number];

export interface Remedy {
  id: RemedyId;
  /** What differs from the plain sigmoid network (Xavier init, no BN, no shortcuts). */
  over: Partial<LabSettings>;
  lr: number;
  /** Line colour (a CSS variable) and dash pattern, so six lines stay apart in both schemes. */
  color: string;
  dash?: number[];
}

export const REMEDIES: readonly Remedy[] = [
  { id: 'sigmoid', over: {}, lr: 2, color: '--muted', dash: [2, 3] },
  { id: 'relu', over: { act: 'relu', init: 'he' }, lr: 0.05, color: '--chart-1' },
  { id: 'leaky', over: { act: 'leakyRelu', init: 'he' }, lr: 0.05, color: '--chart-3', dash: [7, 3] },
  { id: 'bn', over: { bn: true }, lr: 0.5, color: '--chart-2' },
  { id: 'res', over: { res: true }, lr: 0.5, color: '--chart-4' },
  { id: 'reluBnRes', over: { act: 'relu', init: 'he', bn: true, res: true }, lr: 0.05, color: '--fg', dash: [10, 4, 2, 4] },
];

/** The shared network and data: two moons (400 points, noise 0.1), width 16, SGD at batch 32. */
export const BASE: LabSettings = {
  dataset: 'moons', noise: 0.1, points: 400, depth: 10, width: 16, act: 'sigmoid', alpha: 0.01,
  init: 'xavier', lr: 0.5, batch: 32, opt: 'sgd', seed: 1, bn: false, res: false, clip: 0,
};

/** Depth range the reader may pick (deeper networks would make one round of six steps too slow for a frame). */
export const DEPTH = { min: 2, max: 20 };

/** The widget's URL settings: `?<id>-depth=10&<id>-seed=1&v=1`. */
export const SCHEMA = {
  depth: { kind: 'int', min: DEPTH.min, max: DEPTH.max, default: 10 },
  seed: { kind: 'int', min: 1, max: 9999, default: 1 },
} satisfies Schema;

/** Loss and accuracy on the whole data set are recorded every EVAL_EVERY steps, for every remedy. */
export const EVAL_EVERY = 50;
/** "Reached" means whole-data-set accuracy of at least this, at one of those evaluation steps. */
export const THRESHOLD = 0.9;

/** The settings of one remedy's run at a given depth and seed (data and network share the seed). */
export function settingsFor(remedy: Remedy, depth: number, seed: number): LabSettings {
  return { ...BASE, ...remedy.over, lr: remedy.lr, depth, seed };
}

/** Strings of the lesson's build-time summary table (src/components/RemediesTable.astro). */
export interface RemediesTableStrings {
  remedies: Record<RemedyId, string>;
  caption: string; colRemedy: string; colLr: string; colAccuracy: string; colLoss: string;
  colRatioInit: string; colRatioEnd: string; colReached: string;
  notReached: string; diverged: string; percent: string; none: string;
}
