/** The Nielsen rerun's live figures as the engine computes them in Node, for its browser tests in every engine. */
import { mnistTensors, unpackMnist } from '../../src/data/mnist-pack';
import { buildMnistAsset } from '../../src/data/mnist-source';
import { formatNumber } from '../../src/widgets/kit/format';
import { measureGradients } from '../../src/widgets/nielsen-rerun/measure';

/** The 1,000 digits the page loads, built here from the same source. */
export const data = mnistTensors(unpackMnist(buildMnistAsset()));
/** The live table's cells ([raw, ×10] per hidden layer) for `layers` hidden layers and `seed`. */
export const expectedCells = (layers: number, seed: number) => {
  const m = measureGradients(data, layers, seed);
  return m.raw.map((r, l) => [formatNumber(r), formatNumber(m.scaled[l])]);
};
