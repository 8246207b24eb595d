/**
 * Pure logic of the forward-pass explorer: a 2-2-1 sigmoid network built by the engine, its nine
 * parameters read from settings and written into `params()[i].value`, and the engine's own
 * forward pass (via `trace`, which returns every z and a) for one input or all four corners.
 */
import { createMlp, type MlpNetwork } from '~/engine';
import type { Schema, Values } from '~/widgets/kit/url-state';

/** The nine parameters in the engine's order: hidden1.weight [2×2] row-major, hidden1.bias, output.weight, output.bias. */
export const PARAM_KEYS = ['h1w1', 'h1w2', 'h2w1', 'h2w2', 'h1b', 'h2b', 'ow1', 'ow2', 'ob'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];
export const WEIGHT_RANGE = 20;

/** Hidden unit 1 ≈ OR, hidden unit 2 ≈ NAND, output ≈ AND of the two: together XOR. */
export const XOR_PRESET: Record<ParamKey, number> = { h1w1: 10, h1w2: 10, h1b: -5, h2w1: -10, h2w2: -10, h2b: 15, ow1: 10, ow2: 10, ob: -15 };
export const ZERO_PRESET: Record<ParamKey, number> = { h1w1: 0, h1w2: 0, h1b: 0, h2w1: 0, h2w2: 0, h2b: 0, ow1: 0, ow2: 0, ob: 0 };

const weight = (d: number) => ({ kind: 'number' as const, min: -WEIGHT_RANGE, max: WEIGHT_RANGE, default: d });
export const schema = {
  x1: { kind: 'number', min: 0, max: 1, default: 1 },
  x2: { kind: 'number', min: 0, max: 1, default: 0 },
  h1w1: weight(XOR_PRESET.h1w1), h1w2: weight(XOR_PRESET.h1w2), h2w1: weight(XOR_PRESET.h2w1), h2w2: weight(XOR_PRESET.h2w2),
  h1b: weight(XOR_PRESET.h1b), h2b: weight(XOR_PRESET.h2b), ow1: weight(XOR_PRESET.ow1), ow2: weight(XOR_PRESET.ow2), ob: weight(XOR_PRESET.ob),
  sel: { kind: 'choice', options: PARAM_KEYS, default: 'h1w1' },
} satisfies Schema;
export type Settings = Values<typeof schema>;

/** A 2 → 2 (sigmoid) → 1 (sigmoid) network from the engine; its initial weights are overwritten at once. */
export function createNet(): MlpNetwork {
  return createMlp({ inputs: 2, hidden: [2], activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', seed: 1 });
}

/** Writes the nine settings into the network's live parameter arrays. */
export function writeParams(net: MlpNetwork, v: Record<ParamKey, number>): void {
  const [W1, b1, W2, b2] = net.params();
  W1.value.set([v.h1w1, v.h1w2, v.h2w1, v.h2w2]);
  b1.value.set([v.h1b, v.h2b]);
  W2.value.set([v.ow1, v.ow2]);
  b2.value.set([v.ob]);
}

export interface Pass { x: [number, number]; z1: [number, number]; a1: [number, number]; z2: number; out: number }

/**
 * The forward pass for one input, from the engine: z = W x + b, a = σ(z), layer by layer.
 * @example forwardPass(net, 1, 0).out // ≈ 0.9924 with XOR_PRESET
 */
export function forwardPass(net: MlpNetwork, x1: number, x2: number): Pass {
  const t = net.trace(Float64Array.of(x1, x2), Float64Array.of(0));
  const [h, o] = t.layers;
  return { x: [x1, x2], z1: [h.z[0], h.z[1]], a1: [h.a[0], h.a[1]], z2: o.z[0], out: o.a[0] };
}

export const CORNERS: [number, number][] = [[0, 0], [0, 1], [1, 0], [1, 1]];

/** The forward pass at the four corners of the unit square (the truth table). */
export function truthTable(net: MlpNetwork): Pass[] {
  return CORNERS.map(([a, b]) => forwardPass(net, a, b));
}
