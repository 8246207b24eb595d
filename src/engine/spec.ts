import type { MlpSpec } from './types.ts';

const HIDDEN = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'];
const OUTPUT = ['sigmoid', 'tanh', 'linear'];

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v > 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Throws an Error naming the first invalid field of `spec`; returns normally otherwise. */
export function validateSpec(spec: MlpSpec): void {
  const fail = (msg: string): never => {
    throw new Error(`createMlp: ${msg}`);
  };
  if (!isObject(spec)) fail('spec must be an object');
  if (!isCount(spec.inputs)) fail(`inputs must be a positive integer, got ${String(spec.inputs)}`);
  if (!Array.isArray(spec.hidden)) fail('hidden must be an array of layer widths');
  spec.hidden.forEach((w, i) => {
    if (!isCount(w)) fail(`hidden[${i}] must be a positive integer, got ${String(w)}`);
  });
  if (!HIDDEN.includes(spec.activation)) fail(`unknown activation '${String(spec.activation)}' (${HIDDEN.join(', ')})`);
  if (spec.leakySlope !== undefined && !Number.isFinite(spec.leakySlope)) fail('leakySlope must be a finite number');
  if (!isObject(spec.output)) fail('output must be { units, activation }');
  if (!isCount(spec.output.units)) fail(`output.units must be a positive integer, got ${String(spec.output.units)}`);
  if (!OUTPUT.includes(spec.output.activation)) {
    fail(`unknown output activation '${String(spec.output.activation)}' (${OUTPUT.join(', ')})`);
  }
  if (spec.loss !== 'bce' && spec.loss !== 'mse') fail(`unknown loss '${String(spec.loss)}' (bce, mse)`);
  if (spec.loss === 'bce' && spec.output.activation !== 'sigmoid') {
    fail(`loss 'bce' needs a sigmoid output, got '${spec.output.activation}'`);
  }
  validateInit(spec.init, fail);
  const bias = spec.biasInit;
  if (bias !== undefined && bias !== 'zero') {
    if (!isObject(bias) || typeof bias.std !== 'number' || !(bias.std >= 0) || !Number.isFinite(bias.std)) {
      fail("biasInit must be 'zero' or { std } with a finite std ≥ 0");
    }
  }
  if (spec.batchNorm !== undefined && typeof spec.batchNorm !== 'boolean') fail('batchNorm must be a boolean');
  if (spec.residual !== undefined && typeof spec.residual !== 'boolean') fail('residual must be a boolean');
  if (spec.shortcutScale !== undefined && !(Number.isFinite(spec.shortcutScale) && spec.shortcutScale >= 0)) {
    fail('shortcutScale must be a finite number ≥ 0');
  }
  if (typeof spec.seed !== 'number' || !Number.isInteger(spec.seed)) fail(`seed must be an integer, got ${String(spec.seed)}`);
}

function validateInit(init: unknown, fail: (msg: string) => never): void {
  if (init === 'xavier' || init === 'he' || init === 'lecun') return;
  if (isObject(init)) {
    const keys = Object.keys(init);
    const v = keys.length === 1 ? init[keys[0]] : undefined;
    if ((keys[0] === 'std' || keys[0] === 'uniform') && typeof v === 'number' && Number.isFinite(v) && v >= 0) return;
  }
  fail(`unknown init ${JSON.stringify(init)} ('xavier', 'he', 'lecun', { std }, { uniform })`);
}
