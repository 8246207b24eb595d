import type { Param, Trace, TraceLayer } from './types.ts';
import type { Net } from './passes.ts';
import type { Workspace } from './workspace.ts';
import { backwardPass, forwardPass } from './passes.ts';
import { lossAndLogitGrad } from './loss.ts';

/**
 * Forward and backward for ONE example on a private workspace (n = 1), returned as plain
 * copies per layer. The params' grads are saved and restored, so a trace changes no state
 * the rest of the engine reads (grads, layer statistics, running statistics).
 */
export function traceExample(
  net: Net, ws: Workspace, params: Param[], loss: 'bce' | 'mse', x: Float64Array, y: Float64Array,
): Trace {
  if (net.hidden.some((layer) => layer.bn !== null)) {
    throw new Error('trace: batch norm has no batch statistics for a single example; trace a network without batchNorm');
  }
  const units = net.output.outSize;
  const inputs = net.hidden.length > 0 ? net.hidden[0].inSize : net.output.inSize;
  if (x.length < inputs || y.length < units) {
    throw new Error('trace: x or y is shorter than one example');
  }
  const saved = params.map((p) => p.grad.slice());
  forwardPass(net, ws, x, 1, true);
  const value = lossAndLogitGrad(loss, net.outputActivation, ws.zo, ws.o, y, ws.dzo, 1, units);
  backwardPass(net, ws, x, 1);
  const layers: TraceLayer[] = net.hidden.map((layer, l) => ({
    name: layer.name,
    input: (l > 0 ? ws.h[l - 1] : x).slice(0, layer.inSize),
    z: ws.z[l].slice(),
    a: ws.a[l].slice(),
    h: ws.h[l].slice(),
    delta: ws.dz[l].slice(),
    dW: layer.dW.slice(),
    db: layer.db.slice(),
  }));
  const out = net.output;
  const L = net.hidden.length;
  layers.push({
    name: out.name,
    input: (L > 0 ? ws.h[L - 1] : x).slice(0, out.inSize),
    z: ws.zo.slice(),
    a: ws.o.slice(),
    h: ws.o.slice(),
    delta: ws.dzo.slice(),
    dW: out.dW.slice(),
    db: out.db.slice(),
  });
  params.forEach((p, i) => p.grad.set(saved[i]));
  return { x: x.slice(0, inputs), y: y.slice(0, units), output: ws.o.slice(), loss: value, layers };
}
