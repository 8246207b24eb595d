import { Sgd, createMlp, createRng, Trainer, dataset2d } from '../../src/engine/index.ts';
import type { MlpNetwork, MlpSpec } from '../../src/engine/index.ts';

/** Random inputs N(0,1) and targets suited to the loss (soft 0–1 targets for bce, N(0,1) for mse). */
export function randomBatch(spec: MlpSpec, n: number, seed: number): { x: Float64Array; y: Float64Array } {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: n * spec.inputs }, () => rng.normal());
  const y = Float64Array.from({ length: n * spec.output.units }, () => (spec.loss === 'bce' ? rng.next() : rng.normal()));
  return { x, y };
}

/** Sign pattern of every activation input (z) of a training-mode forward: changes mean a kink was crossed. */
function kinkSignature(net: MlpNetwork, x: Float64Array, n: number): string {
  const training = net.spec.batchNorm === true;
  return net.layerSamples(x, n, { training }).map((s) => Array.from(s.z, (v) => (v > 0 ? '1' : '0')).join('')).join('|');
}

export interface GradCheckResult {
  worst: number;
  worstName: string;
  checked: number;
  skipped: number;
}

/**
 * Central differences (step h) of the training-mode loss against lossAndGrad for every
 * coordinate of every param. Relative error |a − b| / max(|a|, |b|, 1e-3·max|grad|, 1e-10): the
 * floor ties "small" to the network's own gradient scale, so exact zeros (the bias before BN)
 * and gradients 1e-6 below the largest (deep sigmoid) are judged on an absolute scale.
 * For relu/leakyRelu, coordinates whose ±h perturbation flips the sign of any activation input
 * (a kink between the two evaluations) are skipped and counted.
 */
export function gradCheck(spec: MlpSpec, n: number, seed: number, h = 1e-5): GradCheckResult {
  const net = createMlp(spec);
  const { x, y } = randomBatch(spec, n, seed);
  net.lossAndGrad(x, y, n);
  const params = net.params();
  const analytic = params.map((p) => p.grad.slice());
  let maxGrad = 0;
  for (const g of analytic) for (const v of g) maxGrad = Math.max(maxGrad, Math.abs(v));
  const floor = Math.max(1e-3 * maxGrad, 1e-10);
  const piecewise = spec.activation === 'relu' || spec.activation === 'leakyRelu';
  const base = piecewise ? kinkSignature(net, x, n) : '';
  const result: GradCheckResult = { worst: 0, worstName: '', checked: 0, skipped: 0 };
  params.forEach((p, pi) => {
    for (let i = 0; i < p.value.length; i++) {
      const v = p.value[i];
      p.value[i] = v + h;
      const up = net.lossAndGrad(x, y, n);
      const sigUp = piecewise ? kinkSignature(net, x, n) : '';
      p.value[i] = v - h;
      const down = net.lossAndGrad(x, y, n);
      const sigDown = piecewise ? kinkSignature(net, x, n) : '';
      p.value[i] = v;
      if (piecewise && (sigUp !== base || sigDown !== base)) {
        result.skipped++;
        continue;
      }
      const fd = (up - down) / (2 * h);
      const a = analytic[pi][i];
      const rel = Math.abs(fd - a) / Math.max(Math.abs(fd), Math.abs(a), floor);
      result.checked++;
      if (rel > result.worst) {
        result.worst = rel;
        result.worstName = `${p.name}[${i}] analytic ${a} fd ${fd}`;
      }
    }
  });
  return result;
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * REFERENCE.md training outcomes: two moons (400 points, noise 0.1, standardised), width 16,
 * sigmoid output + bce, SGD batch 32, 3000 steps; accuracy on all 400 points afterwards.
 * Three seeds each (data seed = network seed = shuffle seed), judged by the median.
 */
export function trainedAccuracies(over: Partial<MlpSpec>, depth: number, learningRate: number, seeds = [1, 2, 3]): number[] {
  return seeds.map((seed) => {
    const trainer = new Trainer({
      spec: {
        inputs: 2, hidden: Array(depth).fill(16), activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' },
        loss: 'bce', init: 'xavier', seed, ...over,
      },
      data: dataset2d('twoMoons', { n: 400, noise: 0.1, seed }),
      batchSize: 32, optimizer: new Sgd({ learningRate }), statsEvery: 0, seed,
    });
    trainer.run(3000);
    return trainer.evaluate().accuracy;
  });
}

