/**
 * The MNIST subset as one small binary file: a 16-byte header, the labels, then the pixels.
 *   bytes 0–3   'GLMN'          magic
 *   byte  4     1               format version
 *   byte  5–6   28, 28          rows, columns
 *   byte  7     0               reserved
 *   bytes 8–11  n (uint32, LE)  number of digits
 *   bytes 12–15 0               reserved
 *   then n label bytes (0–9), then n × 784 pixel bytes (0–255, row-major)
 * Pure: used at build time (packing) and in the browser and tests (unpacking).
 */
export const MNIST_SIDE = 28;
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
const HEADER = 16;

export interface MnistSet {
  n: number;
  labels: Uint8Array;
  /** n × 784 bytes, 0 = background, 255 = full ink. */
  pixels: Uint8Array;
}

/** Packs digits whose pixels are intensities in [0, 1] (the `mnist` package's form). */
export function packMnist(digits: readonly { label: number; pixels: ArrayLike<number> }[]): Uint8Array {
  const n = digits.length;
  const out = new Uint8Array(HEADER + n + n * MNIST_PIXELS);
  out.set([71, 76, 77, 78, 1, MNIST_SIDE, MNIST_SIDE, 0]);
  new DataView(out.buffer).setUint32(8, n, true);
  digits.forEach((d, i) => {
    if (!Number.isInteger(d.label) || d.label < 0 || d.label > 9) throw new Error(`packMnist: bad label ${d.label} at ${i}`);
    if (d.pixels.length !== MNIST_PIXELS) throw new Error(`packMnist: digit ${i} has ${d.pixels.length} pixels`);
    out[HEADER + i] = d.label;
    const base = HEADER + n + i * MNIST_PIXELS;
    for (let p = 0; p < MNIST_PIXELS; p++) out[base + p] = Math.round(Math.min(1, Math.max(0, d.pixels[p])) * 255);
  });
  return out;
}

/** Reads a packed file; throws on anything that is not one. */
export function unpackMnist(bytes: Uint8Array): MnistSet {
  if (bytes.length < HEADER || bytes[0] !== 71 || bytes[1] !== 76 || bytes[2] !== 77 || bytes[3] !== 78) throw new Error('unpackMnist: not a GLMN file');
  if (bytes[4] !== 1 || bytes[5] !== MNIST_SIDE || bytes[6] !== MNIST_SIDE) throw new Error('unpackMnist: unknown version or size');
  const n = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (bytes.length !== HEADER + n + n * MNIST_PIXELS) throw new Error(`unpackMnist: expected ${HEADER + n + n * MNIST_PIXELS} bytes, got ${bytes.length}`);
  return { n, labels: bytes.subarray(HEADER, HEADER + n), pixels: bytes.subarray(HEADER + n) };
}

/** Network inputs (pixel / 255) and one-hot targets for digits [start, end). */
export function mnistTensors(set: MnistSet, start = 0, end = set.n): { x: Float64Array; y: Float64Array; n: number } {
  const n = end - start;
  const x = new Float64Array(n * MNIST_PIXELS);
  const y = new Float64Array(n * 10);
  for (let i = 0; i < n; i++) {
    const src = (start + i) * MNIST_PIXELS;
    for (let p = 0; p < MNIST_PIXELS; p++) x[i * MNIST_PIXELS + p] = set.pixels[src + p] / 255;
    y[i * 10 + set.labels[start + i]] = 1;
  }
  return { x, y, n };
}
