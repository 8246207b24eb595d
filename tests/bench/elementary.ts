/**
 * Cost of each own elementary function against the platform's Math.* in the same process, same
 * inputs, interleaved (median of 7 rounds of 10^6 calls). Printed by `npm run bench`.
 */
import * as E from '../../src/engine/elementary/index.ts';

const N = 1_000_000;
const pairs: [string, (x: number) => number, (x: number) => number, number, number][] = [
  ['exp', E.exp, Math.exp, -20, 20], ['expm1', E.expm1, Math.expm1, -1, 1], ['log', E.log, Math.log, 1e-3, 1e3],
  ['log1p', E.log1p, Math.log1p, -0.5, 2], ['sin', E.sin, Math.sin, -10, 10], ['cos', E.cos, Math.cos, -10, 10],
  ['tanh', E.tanh, Math.tanh, -5, 5], ['sigmoid', E.sigmoid, (x) => 1 / (1 + Math.exp(-x)), -10, 10],
];
const xs = new Float64Array(N);
let sink = 0;
const time = (f: (x: number) => number): number => {
  const t = performance.now();
  let s = 0;
  for (let i = 0; i < N; i++) s += f(xs[i]);
  sink += s;
  return performance.now() - t;
};
console.log('\nown elementary functions vs Math.* (ns per call, median of 7 rounds of 10^6 calls):');
for (const [name, own, platform, a, b] of pairs) {
  for (let i = 0; i < N; i++) xs[i] = a + ((b - a) * ((i * 7919) % N)) / N;
  const o: number[] = [], m: number[] = [];
  for (let r = 0; r < 7; r++) { o.push(time(own)); m.push(time(platform)); }
  o.sort((p, q) => p - q); m.sort((p, q) => p - q);
  const no = (o[3] * 1e6) / N, nm = (m[3] * 1e6) / N;
  console.log(`  ${name.padEnd(8)} own ${no.toFixed(1).padStart(5)}  Math ${nm.toFixed(1).padStart(5)}  ratio ${(no / nm).toFixed(2)}×`);
}
if (sink === 42) console.log('');
