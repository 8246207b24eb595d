/**
 * Dense layer kernels, batched over n examples. Shapes: x n×I, W O×I (row-major [out, in]),
 * b O, u n×O. Every inner loop walks contiguous rows (an example's inputs, a weight row).
 * The kernels work on 2 examples × 2 units at a time (register blocking: each load feeds
 * two multiply-adds), which roughly halves the time of the naive triple loop in V8.
 * Each forward sum is still b[j] + Σ_k in k order, so an example's output does not depend on
 * which other rows share its batch.
 */

/** u = x·Wᵀ + b, i.e. u[i,j] = b[j] + Σ_k W[j,k]·x[i,k]. */
export function denseForward(
  W: Float64Array, b: Float64Array, x: Float64Array, u: Float64Array, n: number, I: number, O: number,
): void {
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const xa = i * I;
    const xb = xa + I;
    const ua = i * O;
    const ub = ua + O;
    let j = 0;
    for (; j + 1 < O; j += 2) {
      const w0 = j * I;
      const w1 = w0 + I;
      let a0 = b[j];
      let a1 = b[j + 1];
      let b0 = a0;
      let b1 = a1;
      for (let k = 0; k < I; k++) {
        const p = x[xa + k];
        const q = x[xb + k];
        const r = W[w0 + k];
        const s = W[w1 + k];
        a0 += r * p;
        a1 += s * p;
        b0 += r * q;
        b1 += s * q;
      }
      u[ua + j] = a0;
      u[ua + j + 1] = a1;
      u[ub + j] = b0;
      u[ub + j + 1] = b1;
    }
    if (j < O) {
      const wo = j * I;
      let a0 = b[j];
      let b0 = a0;
      for (let k = 0; k < I; k++) {
        a0 += W[wo + k] * x[xa + k];
        b0 += W[wo + k] * x[xb + k];
      }
      u[ua + j] = a0;
      u[ub + j] = b0;
    }
  }
  if (i < n) {
    const xo = i * I;
    const uo = i * O;
    for (let j = 0; j < O; j++) {
      const wo = j * I;
      let s = b[j];
      for (let k = 0; k < I; k++) s += W[wo + k] * x[xo + k];
      u[uo + j] = s;
    }
  }
}

/**
 * Backward of u = x·Wᵀ + b: dW = duᵀ·x, db = Σ_i du[i,·], dx = du·W. Overwrites all three
 * (pass a scratch dx for the first layer, whose input gradient nobody reads).
 */
export function denseBackward(
  W: Float64Array, x: Float64Array, du: Float64Array, dW: Float64Array, db: Float64Array,
  dx: Float64Array, n: number, I: number, O: number,
): void {
  dW.fill(0);
  db.fill(0);
  dx.fill(0, 0, n * I);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const xa = i * I;
    const xb = xa + I;
    const ga = i * O;
    const gb = ga + O;
    let j = 0;
    for (; j + 1 < O; j += 2) {
      const w0 = j * I;
      const w1 = w0 + I;
      const a0 = du[ga + j];
      const a1 = du[ga + j + 1];
      const b0 = du[gb + j];
      const b1 = du[gb + j + 1];
      db[j] += a0 + b0;
      db[j + 1] += a1 + b1;
      for (let k = 0; k < I; k++) {
        const p = x[xa + k];
        const q = x[xb + k];
        const r = W[w0 + k];
        const s = W[w1 + k];
        dW[w0 + k] += a0 * p + b0 * q;
        dW[w1 + k] += a1 * p + b1 * q;
        dx[xa + k] += a0 * r + a1 * s;
        dx[xb + k] += b0 * r + b1 * s;
      }
    }
    if (j < O) {
      const wo = j * I;
      const a0 = du[ga + j];
      const b0 = du[gb + j];
      db[j] += a0 + b0;
      for (let k = 0; k < I; k++) {
        const r = W[wo + k];
        dW[wo + k] += a0 * x[xa + k] + b0 * x[xb + k];
        dx[xa + k] += a0 * r;
        dx[xb + k] += b0 * r;
      }
    }
  }
  if (i < n) {
    const xo = i * I;
    const go = i * O;
    for (let j = 0; j < O; j++) {
      const g = du[go + j];
      const wo = j * I;
      db[j] += g;
      for (let k = 0; k < I; k++) {
        dW[wo + k] += g * x[xo + k];
        dx[xo + k] += g * W[wo + k];
      }
    }
  }
}
