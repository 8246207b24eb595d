/**
 * Accuracy of outputs `o` against targets `y` (both n × U). One unit: the threshold sits halfway
 * between the smallest and largest target (0.5 for 0/1 labels, 0 for ±1). Several units: argmax.
 */
export function accuracyOf(o: Float64Array, y: Float64Array, n: number, U: number): number {
  let correct = 0;
  if (U === 1) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      if (y[i] < lo) lo = y[i];
      if (y[i] > hi) hi = y[i];
    }
    const threshold = lo === hi ? 0.5 : (lo + hi) / 2;
    for (let i = 0; i < n; i++) if (o[i] > threshold === y[i] > threshold) correct++;
    return correct / n;
  }
  for (let i = 0; i < n; i++) {
    let best = 0;
    let target = 0;
    for (let k = 1; k < U; k++) {
      if (o[i * U + k] > o[i * U + best]) best = k;
      if (y[i * U + k] > y[i * U + target]) target = k;
    }
    if (best === target) correct++;
  }
  return correct / n;
}

/** Fills x (res² × 2) with grid points, row r at y = ymin + r·Δy, column c at x = xmin + c·Δx. */
export function gridInputs(x: Float64Array, xmin: number, xmax: number, ymin: number, ymax: number, res: number): void {
  const dx = res > 1 ? (xmax - xmin) / (res - 1) : 0;
  const dy = res > 1 ? (ymax - ymin) / (res - 1) : 0;
  for (let r = 0; r < res; r++) {
    for (let c = 0; c < res; c++) {
      const i = r * res + c;
      x[2 * i] = xmin + c * dx;
      x[2 * i + 1] = ymin + r * dy;
    }
  }
}
