/**
 * `npm run bench`: engine vs a hand-written Float64Array MLP vs tfjs-core (cpu backend) on the
 * same work (DESIGN.md "Budgets"): 500 circle points with ±1 labels, tanh output + mse,
 * SGD lr 0.03, batch 10, nets 2-8-8-1 (tanh) and 2-(8×10)-1 (sigmoid hidden). Every
 * measurement runs in a fresh child process; contenders are interleaved over ROUNDS rounds and
 * the median steps/s is reported. Then the elementary functions against Math.* (elementary.ts) and the
 * training lab's steps/s in Chromium (lab-speed.ts; needs a built site). Not part of `npm test` (timing never is).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = 5;
const CONTENDERS = ['engine', 'baseline', 'tfjs'];
const NETS = { small: '2-8-8-1 tanh', deep: '2-(8×10)-1 sigmoid' };
const child = fileURLToPath(new URL('./child.mjs', import.meta.url));

function measure(...args) {
  const out = execFileSync(process.execPath, [child, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`no result from ${args.join(' ')}`);
  return JSON.parse(line);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (v) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });

const rates = {};
for (let round = 1; round <= ROUNDS; round++) {
  process.stdout.write(`round ${round}/${ROUNDS} `);
  for (const net of Object.keys(NETS)) {
    for (const contender of CONTENDERS) {
      const r = measure(contender, net);
      (rates[`${contender}/${net}`] ??= []).push(r.stepsPerSecond);
      process.stdout.write('.');
    }
  }
  process.stdout.write('\n');
}

console.log(`\nsteps/s, median of ${ROUNDS} fresh processes (batch 10):`);
for (const [net, label] of Object.entries(NETS)) {
  const m = Object.fromEntries(CONTENDERS.map((c) => [c, median(rates[`${c}/${net}`])]));
  console.log(`  ${label.padEnd(22)} engine ${fmt(m.engine).padStart(8)}  baseline ${fmt(m.baseline).padStart(8)}  tfjs ${fmt(m.tfjs).padStart(6)}`);
  console.log(`  ${''.padEnd(22)} engine/baseline ${(m.engine / m.baseline).toFixed(2)}×   engine/tfjs ${(m.engine / m.tfjs).toFixed(1)}×`);
}

const budgets = Array.from({ length: 3 }, () => measure('budget'));
console.log('\n20 × 16 sigmoid net on two moons (median of 3 processes):');
console.log(`  training steps per 8 ms: batch 10 → ${median(budgets.map((b) => b.stepsPer8msBatch10)).toFixed(1)}, batch 32 → ${median(budgets.map((b) => b.stepsPer8msBatch32)).toFixed(1)}`);
console.log(`  100×100 decision-boundary forward (10,000 points): ${median(budgets.map((b) => b.gridForwardMs)).toFixed(1)} ms`);

execFileSync(process.execPath, [fileURLToPath(new URL('./elementary.ts', import.meta.url))], { stdio: 'inherit' });
// The lab in a browser (it was a timed e2e test once; timing is never part of `npm test`). A fresh
// checkout has no dist/, so build it first (the default base is the one the tests use).
const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.log('\nno dist/: building the site first (npm run build)');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
execFileSync(process.execPath, [fileURLToPath(new URL('./lab-speed.ts', import.meta.url))], { stdio: 'inherit' });
