/**
 * One benchmark measurement in a fresh process: `node child.mjs <contender> <net>` prints one
 * JSON line { contender, net, steps, seconds, stepsPerSecond, loss }. Contenders: engine,
 * baseline, tfjs; nets: small (2-8-8-1 tanh/tanh), deep (2-(8×10)-1 sigmoid/tanh); plus the
 * extra probes 'budget' (20×16 sigmoid, steps per 8 ms and a 100×100 grid forward).
 */
import { Sgd, createMlp, Trainer, dataset2d, signedLabels } from '../../src/engine/index.ts';
import { BaselineMlp } from './baseline.mjs';
import { registerHooks } from 'node:module';

const [contender, netName] = process.argv.slice(2);
const NETS = {
  small: { hidden: [8, 8], activation: 'tanh' },
  deep: { hidden: Array(10).fill(8), activation: 'sigmoid' },
};
const LR = 0.03;
const BATCH = 10;
const data = signedLabels(dataset2d('circle', { n: 500, noise: 0.05, seed: 1 }));
const stepsPerEpoch = Math.floor(data.n / BATCH);
const now = () => performance.now();

function report(steps, ms, loss) {
  console.log(JSON.stringify({ contender, net: netName, steps, seconds: ms / 1000, stepsPerSecond: steps / (ms / 1000), loss }));
}

function engine(net, epochs, warm) {
  const t = new Trainer({
    spec: { inputs: 2, hidden: net.hidden, activation: net.activation, output: { units: 1, activation: 'tanh' }, loss: 'mse', init: 'xavier', seed: 1 },
    data, batchSize: BATCH, optimizer: new Sgd({ learningRate: LR }), statsEvery: 0, seed: 1,
  });
  t.run(warm * stepsPerEpoch);
  const t0 = now();
  t.run(epochs * stepsPerEpoch);
  report(epochs * stepsPerEpoch, now() - t0, t.history.loss.at(-1));
}

function baseline(net, epochs, warm) {
  const mlp = new BaselineMlp([2, ...net.hidden, 1], net.activation, 1);
  const order = Uint32Array.from({ length: data.n }, (_, i) => i);
  for (let e = 0; e < warm; e++) mlp.epoch(data.x, data.y, data.n, order, BATCH, LR);
  const t0 = now();
  let steps = 0;
  for (let e = 0; e < epochs; e++) steps += mlp.epoch(data.x, data.y, data.n, order, BATCH, LR);
  report(steps, now() - t0, mlp.lastLoss);
}

async function tfjs(net, epochs, warm) {
  const tf = await import('@tensorflow/tfjs-core');
  // tfjs-core's Node bundle leaves gradients unregistered (the @tensorflow/tfjs union package
  // imports this file). Its ESM files use extensionless imports, so resolve them with '.js';
  // the gradient registry lives on globalThis and is shared with the bundle.
  registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (error) {
        if (specifier.startsWith('.') && !specifier.endsWith('.js')) return next(`${specifier}.js`, context);
        throw error;
      }
    },
  });
  await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  await import('@tensorflow/tfjs-backend-cpu');
  await tf.setBackend('cpu');
  const sizes = [2, ...net.hidden, 1];
  const vars = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const std = Math.sqrt(2 / (sizes[l] + sizes[l + 1]));
    vars.push(tf.variable(tf.randomNormal([sizes[l], sizes[l + 1]], 0, std, 'float32', l + 1)), tf.variable(tf.zeros([sizes[l + 1]])));
  }
  const xs = tf.tensor2d(Float32Array.from(data.x), [data.n, 2], 'float32');
  const ys = tf.tensor2d(Float32Array.from(data.y), [data.n, 1], 'float32');
  const optimizer = tf.train.sgd(LR);
  const order = Array.from({ length: data.n }, (_, i) => i);
  let loss = NaN;
  const epoch = () => {
    tf.util.shuffle(order);
    for (let s = 0; s < stepsPerEpoch; s++) {
      tf.tidy(() => {
        const idx = tf.tensor1d(order.slice(s * BATCH, (s + 1) * BATCH), 'int32');
        const xb = tf.gather(xs, idx);
        const yb = tf.gather(ys, idx);
        const cost = optimizer.minimize(() => {
          let h = xb;
          for (let l = 0; l < vars.length; l += 2) {
            const z = tf.add(tf.matMul(h, vars[l]), vars[l + 1]);
            const last = l === vars.length - 2;
            h = last || net.activation === 'tanh' ? tf.tanh(z) : tf.sigmoid(z);
          }
          return tf.div(tf.sum(tf.mul(0.5, tf.square(tf.sub(h, yb)))), BATCH);
        }, s === stepsPerEpoch - 1);
        if (cost) loss = cost.dataSync()[0];
      });
    }
  };
  for (let e = 0; e < warm; e++) epoch();
  const t0 = now();
  for (let e = 0; e < epochs; e++) epoch();
  report(epochs * stepsPerEpoch, now() - t0, loss);
}

/** 20 × 16 sigmoid on two moons: steps per 8 ms (batch 10 and 32) and a 100×100 grid forward. */
function budget() {
  const moons = dataset2d('twoMoons', { n: 400, noise: 0.1, seed: 1 });
  const spec = { inputs: 2, hidden: Array(20).fill(16), activation: 'sigmoid', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', seed: 1 };
  const result = { contender: 'budget' };
  for (const batchSize of [10, 32]) {
    const t = new Trainer({ spec, data: moons, batchSize, optimizer: new Sgd({ learningRate: 0.1 }), statsEvery: 0 });
    t.run(500);
    const t0 = now();
    t.run(3000);
    result[`stepsPer8msBatch${batchSize}`] = (8 * 3000) / (now() - t0);
  }
  const t = new Trainer({ spec, data: moons, batchSize: 32, optimizer: new Sgd({ learningRate: 0.1 }) });
  for (let i = 0; i < 5; i++) t.predictGrid(-2, 2, -2, 2, 100);
  const times = [];
  for (let i = 0; i < 15; i++) {
    const t0 = now();
    t.predictGrid(-2, 2, -2, 2, 100);
    times.push(now() - t0);
  }
  times.sort((a, b) => a - b);
  result.gridForwardMs = times[times.length >> 1];
  console.log(JSON.stringify(result));
}

const EPOCHS = { engine: [400, 100], baseline: [400, 100], tfjs: [6, 2] };
const net = NETS[netName];
if (contender === 'engine') engine(net, ...EPOCHS.engine);
else if (contender === 'baseline') baseline(net, ...EPOCHS.baseline);
else if (contender === 'tfjs') await tfjs(net, ...EPOCHS.tfjs);
else if (contender === 'budget') budget();
else throw new Error(`unknown contender ${contender}`);
void createMlp;
