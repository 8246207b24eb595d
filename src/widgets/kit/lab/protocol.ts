/**
 * Messages between the lab's page side and its engine host (a Worker, or the main-thread
 * fallback), plus small pure helpers the views share. Every payload is plain data or a typed
 * array, so postMessage copies it cheaply.
 */
import type { LabSettings } from './settings';
import type { Measurement } from './session';

export type ToHost =
  /** Build a new run; `gen` tags every reply so answers about an older configuration are ignored. */
  | { type: 'init'; gen: number; settings: LabSettings; gridRes: number }
  /** Train up to `steps` steps within `budgetMs`; `force` asks for a fresh measurement afterwards. */
  | { type: 'run'; gen: number; steps: number; budgetMs: number; force: boolean }
  | { type: 'reset'; gen: number };

export interface Snapshot {
  type: 'snap';
  gen: number;
  step: number;
  status: 'ready' | 'ok' | 'diverged';
  divergedAt: number | null;
  /** Present when measured in this reply (forced, or the measuring interval elapsed). */
  m?: Measurement;
  /** P(class 1) on the grid, row 0 at the bottom (present now and then). */
  grid?: Float32Array;
}
export interface DataMessage {
  type: 'data';
  gen: number;
  /** x, y interleaved (standardised), labels 0/1, and the half-width of the plotted square. */
  points: Float32Array;
  labels: Uint8Array;
  extent: number;
  gridRes: number;
}
export type FromHost = Snapshot | DataMessage | { type: 'fail'; gen: number; message: string };

/**
 * First hidden layer's ‖∂L/∂W‖ over the last hidden layer's; null with fewer than two layers or
 * when either value is not a finite positive number.
 * @example firstLastRatio([1e-6, 0.3, 0.5]) === 2e-6
 */
export function firstLastRatio(norms: readonly number[]): number | null {
  if (norms.length < 2) return null;
  const r = norms[0] / norms[norms.length - 1];
  return Number.isFinite(r) && r > 0 ? r : null;
}

/** A finite number, or null (charts get gaps, never NaN). Zero is a gap on log axes. */
export const finiteOrNull = (v: number, positive = false): number | null =>
  Number.isFinite(v) && (!positive || v > 0) ? v : null;

/**
 * Time series with a bounded length: once `max` points are held, every other one is dropped and
 * later points are kept only every `stride` pushes, so a long run costs the charts the same as a short one.
 * @example const s = new SeriesBuffer(4); for (let i = 0; i < 7; i++) s.push(i, [i]); s.x // [0, 2, 4, 6]
 */
export class SeriesBuffer {
  x: number[] = [];
  ys: (number | null)[][] = [];
  private stride = 1;
  private count = 0;
  readonly max: number;
  constructor(max = 160) { this.max = max; }
  clear(): void { this.x = []; this.ys = []; this.stride = 1; this.count = 0; }
  push(x: number, values: readonly (number | null)[]): void {
    if (this.count++ % this.stride !== 0) return;
    if (this.ys.length !== values.length) { this.ys = values.map(() => []); this.x = []; }
    this.x.push(x);
    values.forEach((v, i) => this.ys[i].push(v));
    if (this.x.length > this.max) {
      const keep = (_: unknown, i: number) => i % 2 === 0;
      this.x = this.x.filter(keep);
      this.ys = this.ys.map((y) => y.filter(keep));
      this.stride *= 2;
    }
  }
  /** Chart.js points {x, y} for series i. */
  points(i: number): { x: number; y: number | null }[] {
    const y = this.ys[i] ?? [];
    return this.x.map((x, k) => ({ x, y: y[k] }));
  }
}

/**
 * Linear mix of two #rrggbb colours, t ∈ [0, 1]; the ramp from input side to output side.
 * @example mixHex('#000000', '#ffffff', 0.5) === '#808080'
 */
export function mixHex(a: string, b: string, t: number): string {
  const p = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  if (!/^#[0-9a-f]{6}$/i.test(a) || !/^#[0-9a-f]{6}$/i.test(b)) return a;
  return '#' + [0, 1, 2].map((i) => Math.round(p(a, i) + (p(b, i) - p(a, i)) * t).toString(16).padStart(2, '0')).join('');
}

/** Ramp position of hidden layer l (0-based) of L: 0 at the input side, 1 at the output side. */
export const rampAt = (l: number, L: number): number => (L > 1 ? l / (L - 1) : 0);
