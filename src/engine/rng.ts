import { cos, log, sin } from './elementary/index.ts';
/**
 * Seeded randomness: sfc32 (Chris Doty-Humphrey's Small Fast Counter, PractRand-clean) seeded
 * through splitmix32, plus Box–Muller normals with a cached spare (the engine's own log/sin/cos, so
 * the normals are bit-identical everywhere too). Pure integer arithmetic for the uniforms, so
 * the same seed yields the same stream in Node, a page and a Worker (never the unseeded platform generator).
 */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/**
 * @example const rng = createRng(1); rng.normal();
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`createRng: seed must be a finite number, got ${seed}`);
  // splitmix32 spreads one 32-bit seed over the four state words.
  let s = Math.floor(seed) >>> 0;
  const mix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix(), b = mix(), c = mix(), d = mix();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  let spare = 0;
  let hasSpare = false;
  const next = (): number => u32() / 4294967296;
  return {
    next,
    normal(): number {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      const u1 = 1 - next(); // (0, 1]: log stays finite
      const u2 = next();
      const r = Math.sqrt(-2 * log(u1));
      spare = r * sin(2 * Math.PI * u2);
      hasSpare = true;
      return r * cos(2 * Math.PI * u2);
    },
    int(n: number): number {
      return Math.floor(next() * n);
    },
  };
}

/** In-place Fisher–Yates shuffle of `order` driven by `rng`. */
export function shuffleInPlace(order: Uint32Array | number[], rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}
