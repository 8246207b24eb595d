/** Messages between the explorer's page side and its engine; `gen` tags a request so stale answers are dropped. */
import type { InitResult, InitSettings } from './settings';

export interface MeasureRequest { gen: number; settings: InitSettings }
export interface MeasureReply { gen: number; settings: InitSettings; result: InitResult }
