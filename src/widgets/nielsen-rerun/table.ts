/**
 * Build time only (imported behind import.meta.env.SSR): the no-JS table, measured on the same
 * 1,000 digits the page serves, read from the `mnist` package. Memoised per module, so the Korean
 * and English pages share one computation (three full-batch gradients, well under a second).
 */
import { mnistTensors, unpackMnist } from '~/data/mnist-pack';
import { buildMnistAsset } from '~/data/mnist-source';
import { tableFor, type LayerChoice } from './measure';

let memo: Record<LayerChoice, number[]> | null = null;

export function buildTimeTable(): Record<LayerChoice, number[]> {
  memo ??= tableFor(mnistTensors(unpackMnist(buildMnistAsset())), 1);
  return memo;
}
