/** Its embed entry: <base>/<lang>/embed/depth-product/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'depth-product', lesson: 'home', anchor: 'depth-product', id: 'depth', height: 620,
  name: { ko: '층이 깊어질수록 줄어드는 도함수의 곱', en: 'How the product of derivatives shrinks with depth' },
};
