/**
 * The exploding-gradients widget's engine side: one seeded deep ReLU net with large initial
 * weights, trained one SGD step at a time by the engine's Trainer and measured after EVERY step
 * (the shared lab measures every ~100 ms, far too coarse for a run that blows up within three
 * steps). The Trainer reports the global norm before clipping and whether it clipped; the
 * per-layer norms are read from the network right after that step's backward pass.
 */
import { Sgd, Trainer, dataset2d, type Dataset, type MlpNetwork, type MlpSpec } from '~/engine';
import type { Schema, Values } from '~/widgets/kit/url-state';

/** Clipping thresholds the slider steps through, 'off' first (a log scale from 0.1 to 100). */
export const CLIP_OPTIONS = ['off', '0.1', '0.2', '0.5', '1', '2', '5', '10', '20', '50', '100'] as const;
export const LR_OPTIONS = ['0.001', '0.003', '0.01', '0.03', '0.1'] as const;
export const INIT_OPTIONS = ['normal', 'he'] as const;
export const MAX_SEED = 999;
/** Steps a run may take: about 33 epochs of 12 batches. */
export const MAX_STEPS = 400;

export const schema = {
  clip: { kind: 'choice', options: CLIP_OPTIONS, default: 'off' },
  lr: { kind: 'choice', options: LR_OPTIONS, default: '0.01' },
  init: { kind: 'choice', options: INIT_OPTIONS, default: 'normal' },
  seed: { kind: 'int', min: 1, max: MAX_SEED, default: 1 },
} satisfies Schema;
export type Settings = Values<typeof schema>;
export const DEFAULTS: Settings = { clip: 'off', lr: '0.01', init: 'normal', seed: 1 };

/** The fixed part of the experiment: two moons (400 points, noise 0.1), 10 × 16 ReLU, SGD, batch 32. */
export const SETUP = { points: 400, noise: 0.1, depth: 10, width: 16, batch: 32 } as const;

/** The engine spec for a setting: N(0, 1) weights ('normal') or He's N(0, 2/fan_in). */
export function specOf(s: Settings): MlpSpec {
  return {
    inputs: 2, hidden: Array(SETUP.depth).fill(SETUP.width), activation: 'relu',
    output: { units: 1, activation: 'sigmoid' }, loss: 'bce',
    init: s.init === 'he' ? 'he' : { std: 1 }, seed: s.seed,
  };
}
/** The clipping threshold, or null when off. */
export const clipOf = (s: Settings): number | null => (s.clip === 'off' ? null : Number(s.clip));

export interface StepRecord {
  /** 0-based: step k uses the weights after k updates (step 0 = the initialisation). */
  step: number;
  /** Mini-batch loss before this step's update. */
  loss: number;
  /** Global ‖g‖ over every parameter, before clipping. */
  norm: number;
  /** Whether clipping scaled this step's gradient down. */
  clipped: boolean;
  /** ‖g‖ actually used for the update: min(‖g‖, c); the SGD step's length is lr times this. */
  used: number;
  /** ‖∂L/∂W_l‖ per hidden layer (input side first), then the output layer's. */
  layers: number[];
}

export type RunStatus = 'ready' | 'ok' | 'diverged' | 'done';

/** One run: `step()` trains and measures one step; `records` keeps every measurement. */
export class ExplodingRun {
  readonly settings: Settings;
  readonly data: Dataset;
  readonly network: MlpNetwork;
  readonly clip: number | null;
  readonly records: StepRecord[] = [];
  status: RunStatus = 'ready';
  /** The step whose loss or gradient was NaN/±∞ (no update was made for it). */
  divergedAt: number | null = null;
  private readonly trainer: Trainer;

  constructor(settings: Settings) {
    this.settings = settings;
    this.data = dataset2d('twoMoons', { n: SETUP.points, noise: SETUP.noise, seed: settings.seed });
    this.clip = clipOf(settings);
    this.trainer = new Trainer({
      spec: specOf(settings), data: this.data, batchSize: SETUP.batch, optimizer: new Sgd({ learningRate: Number(settings.lr) }),
      clipNorm: this.clip ?? undefined, statsEvery: 0, seed: settings.seed,
    });
    this.network = this.trainer.network;
  }

  get stopped(): boolean { return this.status === 'diverged' || this.status === 'done'; }
  get step(): number { return this.records.length; }

  /** Trains one step and returns its record; null once stopped. */
  next(): StepRecord | null {
    if (this.stopped) return null;
    const t = this.trainer;
    const ok = t.run(1) === 1;
    const net = this.network;
    const layers = [...net.layerStats().map((l) => l.weightGradNorm), net.outputStats().weightGradNorm];
    const norm = t.lastGradientNorm;
    const clipped = t.lastClipped;
    const record: StepRecord = { step: this.records.length, loss: t.lastLoss, norm, clipped, used: clipped ? this.clip! : norm, layers };
    this.records.push(record);
    if (!ok) {
      this.status = 'diverged';
      this.divergedAt = record.step;
    } else {
      this.status = this.records.length >= MAX_STEPS ? 'done' : 'ok';
    }
    return record;
  }

  /** Up to k steps; returns how many were taken. */
  run(k: number): number {
    let done = 0;
    while (done < k && this.next()) done++;
    return done;
  }

  /** Steps whose gradient was clipped. */
  clippedCount(): number { return this.records.reduce((a, r) => a + (r.clipped ? 1 : 0), 0); }

  /** Accuracy on the whole data set with the current weights (NaN outputs count as wrong). */
  accuracy(): number {
    const out = this.network.forward(this.data.x, this.data.n);
    let right = 0;
    for (let i = 0; i < this.data.n; i++) if ((out[i] > 0.5 ? 1 : 0) === this.data.y[i] && Number.isFinite(out[i])) right++;
    return right / this.data.n;
  }

  /** True when the last measured step gave every hidden layer a gradient of exactly 0 (dead ReLUs). */
  hiddenSilent(): boolean {
    const last = this.records[this.records.length - 1];
    return last !== undefined && last.layers.slice(0, -1).every((v) => v === 0);
  }
}

export type TableCell = Pick<StepRecord, 'norm' | 'loss'>;
export interface TableRow { step: number; plain: TableCell | null; clipped: TableCell | null }

/** Threshold used by the no-JS table's "with clipping" column. */
export const TABLE_CLIP = '1';
export const TABLE_STEPS = 10;

let memo: { key: string; rows: TableRow[] } | null = null;
/**
 * The first TABLE_STEPS steps of a setting without clipping and with c = 1 (rows after a
 * divergence have plain = null). Memoised so the ko and en pages share one computation.
 */
export function tableRows(s: Settings = DEFAULTS): TableRow[] {
  const key = `${s.lr}|${s.init}|${s.seed}`;
  if (memo?.key === key) return memo.rows;
  const plain = new ExplodingRun({ ...s, clip: 'off' });
  const clipped = new ExplodingRun({ ...s, clip: TABLE_CLIP });
  plain.run(TABLE_STEPS);
  clipped.run(TABLE_STEPS);
  const rows = Array.from({ length: TABLE_STEPS }, (_, k) => ({ step: k, plain: plain.records[k] ?? null, clipped: clipped.records[k] ?? null }));
  memo = { key, rows };
  return rows;
}
