import type { InitScheme } from './types.ts';
import type { Rng } from './rng.ts';

/** Standard deviation of a named scheme (Glorot & Bengio 2010; He et al. 2015; LeCun 1998). */
function schemeStd(scheme: 'xavier' | 'he' | 'lecun', fanIn: number, fanOut: number): number {
  if (scheme === 'xavier') return Math.sqrt(2 / (fanIn + fanOut));
  if (scheme === 'he') return Math.sqrt(2 / fanIn);
  return Math.sqrt(1 / fanIn);
}

/** Fills W ([fanOut, fanIn] row-major) in index order from `rng`. */
export function initWeights(W: Float64Array, fanIn: number, fanOut: number, scheme: InitScheme, rng: Rng): void {
  if (typeof scheme === 'object' && 'uniform' in scheme) {
    const a = scheme.uniform;
    for (let i = 0; i < W.length; i++) W[i] = (2 * rng.next() - 1) * a;
    return;
  }
  const std = typeof scheme === 'object' ? scheme.std : schemeStd(scheme, fanIn, fanOut);
  for (let i = 0; i < W.length; i++) W[i] = std * rng.normal();
}

/** Fills b with zeros or N(0, std²). */
export function initBias(b: Float64Array, biasInit: 'zero' | { std: number } | undefined, rng: Rng): void {
  if (biasInit === undefined || biasInit === 'zero') {
    b.fill(0);
    return;
  }
  for (let i = 0; i < b.length; i++) b[i] = biasInit.std * rng.normal();
}
