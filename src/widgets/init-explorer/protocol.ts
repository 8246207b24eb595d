/** Messages between the explorer's page side and its worker; `gen` tags a request so stale answers are dropped. */
import type { InitResult, InitSettings } from './settings';

export interface MeasureRequest { gen: number; settings: InitSettings; batch: number }
export type MeasureReply =
  | { gen: number; ok: true; result: InitResult }
  | { gen: number; ok: false; message: string };
