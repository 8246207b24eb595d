/**
 * The fair baseline of DESIGN.md "Budgets": a plain hand-written per-example MLP on flat
 * Float64Arrays. No allocation or closures in the loop, activation derivatives from the stored
 * outputs, gradients accumulated over the batch and applied once per batch, Fisher–Yates
 * reshuffle each epoch, mean loss computed like the engine's mse (½Σ(o−t)² averaged over the batch).
 */
export class BaselineMlp {
  /** sizes e.g. [2, 8, 8, 1]; hidden 'tanh' | 'sigmoid'; the output is tanh. */
  constructor(sizes, hidden, seed) {
    this.sizes = sizes;
    this.sigmoidHidden = hidden === 'sigmoid';
    this.L = sizes.length - 1;
    let s = seed >>> 0;
    const uniform = () => {
      s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return (s >>> 8) / 16777216;
    };
    this.uniform = uniform;
    const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    this.W = []; this.b = []; this.gW = []; this.gb = []; this.a = []; this.d = [];
    this.a.push(new Float64Array(sizes[0]));
    for (let l = 0; l < this.L; l++) {
      const I = sizes[l], O = sizes[l + 1];
      const std = Math.sqrt(2 / (I + O));
      this.W.push(Float64Array.from({ length: I * O }, () => std * normal()));
      this.b.push(new Float64Array(O));
      this.gW.push(new Float64Array(I * O));
      this.gb.push(new Float64Array(O));
      this.a.push(new Float64Array(O));
      this.d.push(new Float64Array(O));
    }
  }

  /** One epoch of mini-batch SGD over n examples; returns the number of steps taken. */
  epoch(x, y, n, order, batch, lr) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.uniform() * (i + 1));
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
    const steps = Math.floor(n / batch);
    let loss = 0;
    for (let s = 0; s < steps; s++) {
      for (let e = 0; e < batch; e++) loss += this.example(x, y, order[s * batch + e], batch);
      this.update(lr);
    }
    this.lastLoss = loss / (steps * batch);
    return steps;
  }

  example(x, y, idx, batch) {
    const { L, sizes, W, b, a, d, gW, gb } = this;
    const in0 = a[0];
    for (let k = 0; k < sizes[0]; k++) in0[k] = x[idx * sizes[0] + k];
    for (let l = 0; l < L; l++) {
      const I = sizes[l], O = sizes[l + 1], w = W[l], bl = b[l], prev = a[l], cur = a[l + 1];
      const last = l === L - 1;
      for (let j = 0; j < O; j++) {
        let s = bl[j];
        const wo = j * I;
        for (let k = 0; k < I; k++) s += w[wo + k] * prev[k];
        cur[j] = last || !this.sigmoidHidden ? Math.tanh(s) : 1 / (1 + Math.exp(-s));
      }
    }
    const out = a[L], dl = d[L - 1];
    let loss = 0;
    for (let j = 0; j < sizes[L]; j++) {
      const diff = out[j] - y[idx * sizes[L] + j];
      loss += 0.5 * diff * diff;
      dl[j] = (diff * (1 - out[j] * out[j])) / batch;
    }
    for (let l = L - 1; l >= 0; l--) {
      const I = sizes[l], O = sizes[l + 1], w = W[l], prev = a[l], dd = d[l], gw = gW[l], g = gb[l];
      for (let j = 0; j < O; j++) {
        const dj = dd[j];
        g[j] += dj;
        const wo = j * I;
        for (let k = 0; k < I; k++) gw[wo + k] += dj * prev[k];
      }
      if (l === 0) break;
      const dp = d[l - 1];
      for (let k = 0; k < I; k++) {
        let s = 0;
        for (let j = 0; j < O; j++) s += w[j * I + k] * dd[j];
        const v = prev[k];
        dp[k] = s * (this.sigmoidHidden ? v * (1 - v) : 1 - v * v);
      }
    }
    return loss;
  }

  update(lr) {
    for (let l = 0; l < this.L; l++) {
      const w = this.W[l], gw = this.gW[l], bl = this.b[l], g = this.gb[l];
      for (let i = 0; i < w.length; i++) { w[i] -= lr * gw[i]; gw[i] = 0; }
      for (let i = 0; i < bl.length; i++) { bl[i] -= lr * g[i]; g[i] = 0; }
    }
  }
}
