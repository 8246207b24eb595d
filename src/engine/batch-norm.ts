/**
 * Batch normalisation over the batch axis, per unit (torch.nn.BatchNorm1d defaults):
 * ε = 1e-5, biased batch variance in training, running statistics updated with momentum 0.1
 * from the *unbiased* batch variance, running statistics used in inference.
 * Ioffe & Szegedy 2015, Algorithm 1 and §3. Buffers are n×O row-major; per-unit vectors are O.
 */
export const BN_EPS = 1e-5;
export const BN_MOMENTUM = 0.1;

/** Training forward: μ, σ² (biased) per unit; x̂ = (u − μ)/√(σ² + ε); z = γx̂ + β. */
export function batchNormTrainForward(
  u: Float64Array, z: Float64Array, xhat: Float64Array, mean: Float64Array, variance: Float64Array,
  invStd: Float64Array, gamma: Float64Array, beta: Float64Array, n: number, O: number,
): void {
  mean.fill(0);
  variance.fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < O; j++) mean[j] += u[i * O + j];
  for (let j = 0; j < O; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < O; j++) {
      const d = u[i * O + j] - mean[j];
      variance[j] += d * d;
    }
  }
  for (let j = 0; j < O; j++) {
    variance[j] /= n;
    invStd[j] = 1 / Math.sqrt(variance[j] + BN_EPS);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < O; j++) {
      const k = i * O + j;
      const xh = (u[k] - mean[j]) * invStd[j];
      xhat[k] = xh;
      z[k] = gamma[j] * xh + beta[j];
    }
  }
}

/**
 * Training backward: dγ = Σ_i dz·x̂, dβ = Σ_i dz,
 * du = γ·invStd/n · (n·dz − dβ − x̂·dγ)  (the gradient through μ and σ² of the batch).
 */
export function batchNormBackward(
  dz: Float64Array, xhat: Float64Array, invStd: Float64Array, gamma: Float64Array,
  du: Float64Array, dgamma: Float64Array, dbeta: Float64Array, n: number, O: number,
): void {
  dgamma.fill(0);
  dbeta.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < O; j++) {
      const k = i * O + j;
      dgamma[j] += dz[k] * xhat[k];
      dbeta[j] += dz[k];
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < O; j++) {
      const k = i * O + j;
      du[k] = (gamma[j] * invStd[j] / n) * (n * dz[k] - dbeta[j] - xhat[k] * dgamma[j]);
    }
  }
}

/** Inference: z = γ(u − running mean)/√(running var + ε) + β. */
export function batchNormInferForward(
  u: Float64Array, z: Float64Array, runMean: Float64Array, runVar: Float64Array,
  gamma: Float64Array, beta: Float64Array, n: number, O: number,
): void {
  for (let j = 0; j < O; j++) {
    const scale = gamma[j] / Math.sqrt(runVar[j] + BN_EPS);
    const shift = beta[j] - runMean[j] * scale;
    for (let i = 0; i < n; i++) z[i * O + j] = u[i * O + j] * scale + shift;
  }
}

/** r ← (1 − m)·r + m·batch, with the unbiased variance σ²·n/(n − 1) as torch does. */
export function batchNormUpdateRunning(
  runMean: Float64Array, runVar: Float64Array, mean: Float64Array, variance: Float64Array, n: number,
): void {
  const unbias = n / (n - 1);
  for (let j = 0; j < runMean.length; j++) {
    runMean[j] = (1 - BN_MOMENTUM) * runMean[j] + BN_MOMENTUM * mean[j];
    runVar[j] = (1 - BN_MOMENTUM) * runVar[j] + BN_MOMENTUM * variance[j] * unbias;
  }
}
