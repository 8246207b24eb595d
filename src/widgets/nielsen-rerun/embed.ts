/** Its embed entry: <base>/<lang>/embed/nielsen-rerun/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'nielsen-rerun', lesson: 'vanishing-gradients', anchor: 'nielsen-rerun', id: 'nielsen', height: 1300,
  name: { ko: 'Nielsen의 MNIST 측정을 브라우저에서 다시 하기', en: 'Nielsen’s MNIST measurement, rerun in your browser' },
};
