/** Messages between the widget and its worker; `gen` tags a request so stale answers are dropped. */
import type { Measurement } from './settings';
import type { TrainPoint, TrainSettings } from './settings';

export type Request =
  | { type: 'data'; bytes: ArrayBuffer }
  | { type: 'measure'; gen: number; layers: number; seed: number }
  | { type: 'train'; gen: number; settings: TrainSettings }
  | { type: 'stop'; gen: number };

export type Reply =
  | { type: 'measured'; gen: number; ok: true; result: Measurement }
  | { type: 'point'; gen: number; point: TrainPoint }
  | { type: 'done'; gen: number; diverged: boolean }
  | { type: 'failed'; gen: number; message: string };
