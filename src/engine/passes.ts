import type { HiddenActivation, OutputActivation } from './types.ts';
import type { Layer } from './layers.ts';
import type { Workspace } from './workspace.ts';
import { denseBackward, denseForward } from './dense.ts';
import { ACTIVATION_DEFS } from './activation-kernels.ts';
import { outputActivate } from './loss.ts';
import { batchNormBackward, batchNormInferForward, batchNormTrainForward } from './batch-norm.ts';

/** The fixed parts of a network the passes need. */
export interface Net {
  hidden: Layer[];
  output: Layer;
  activation: HiddenActivation;
  leakySlope: number;
  outputActivation: OutputActivation;
  /** λ of h = λ·h_prev + a on shortcut layers (1 = identity shortcut). */
  shortcutScale: number;
}

/**
 * Forward over n rows of x: per hidden layer u = W·h_prev + b → (BN) → z → a = act(z) →
 * h = a (+ λ·h_prev on shortcut layers); then logits zo and outputs o. Training mode uses
 * batch statistics and does NOT touch the running statistics (the caller updates them).
 */
export function forwardPass(net: Net, ws: Workspace, x: Float64Array, n: number, training: boolean): void {
  let input = x;
  for (let l = 0; l < net.hidden.length; l++) {
    const layer = net.hidden[l];
    const O = layer.outSize;
    const len = n * O;
    denseForward(layer.W, layer.b, input, ws.u[l], n, layer.inSize, O);
    const bn = layer.bn;
    if (bn !== null) {
      if (training) {
        batchNormTrainForward(ws.u[l], ws.z[l], ws.xhat[l], ws.mean[l], ws.variance[l], ws.invStd[l], bn.gamma, bn.beta, n, O);
      } else {
        batchNormInferForward(ws.u[l], ws.z[l], bn.runMean, bn.runVar, bn.gamma, bn.beta, n, O);
      }
    }
    ACTIVATION_DEFS[net.activation].forward(ws.z[l], ws.a[l], len, net.leakySlope);
    if (layer.residual) {
      const h = ws.h[l];
      const a = ws.a[l];
      const lambda = net.shortcutScale;
      for (let i = 0; i < len; i++) h[i] = lambda * input[i] + a[i];
    }
    input = ws.h[l];
  }
  const out = net.output;
  denseForward(out.W, out.b, input, ws.zo, n, out.inSize, out.outSize);
  outputActivate(net.outputActivation, ws.zo, ws.o, n * out.outSize);
}

/**
 * Backward from ws.dzo (∂L/∂logits, already written by the loss) down to the first hidden
 * layer, after a training-mode forwardPass on the same workspace. Overwrites every gradient.
 * Per hidden layer: dz = dh ⊙ act′; (BN) du from dz through the batch statistics, db := 0;
 * dW = duᵀ·h_prev; dh_prev = du·W (+ λ·dh on shortcut layers: ∂(λh_prev + F)/∂h_prev = λI + ∂F).
 */
export function backwardPass(net: Net, ws: Workspace, x: Float64Array, n: number): void {
  const L = net.hidden.length;
  const out = net.output;
  const topInput = L > 0 ? ws.h[L - 1] : x;
  denseBackward(out.W, topInput, ws.dzo, out.dW, out.db, L > 0 ? ws.dh[L - 1] : ws.dInput, n, out.inSize, out.outSize);
  for (let l = L - 1; l >= 0; l--) {
    const layer = net.hidden[l];
    const O = layer.outSize;
    const len = n * O;
    ACTIVATION_DEFS[net.activation].backward(ws.z[l], ws.a[l], ws.dh[l], ws.dz[l], len, net.leakySlope);
    const bn = layer.bn;
    if (bn !== null) {
      batchNormBackward(ws.dz[l], ws.xhat[l], ws.invStd[l], bn.gamma, ws.du[l], bn.dgamma, bn.dbeta, n, O);
    }
    const input = l > 0 ? ws.h[l - 1] : x;
    const dInput = l > 0 ? ws.dh[l - 1] : ws.dInput;
    denseBackward(layer.W, input, ws.du[l], layer.dW, layer.db, dInput, n, layer.inSize, O);
    // Σ_i du[i,j] = 0 analytically under BN (the mean subtraction cancels any shift of u);
    // computed, it would be rounding noise around 1e-17, so state the exact value.
    if (bn !== null) layer.db.fill(0);
    if (layer.residual) {
      const dh = ws.dh[l];
      const lambda = net.shortcutScale;
      for (let i = 0; i < len; i++) dInput[i] += lambda * dh[i];
    }
  }
}
