/** Where the digits live: `<base>/data/mnist-1000.bin`, built from the site's base at click time. */
export function assetUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}data/mnist-1000.bin`;
}
