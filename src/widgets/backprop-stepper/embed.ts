/** Its embed entry: <base>/<lang>/embed/backprop-stepper/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'backprop-stepper', lesson: 'backpropagation', anchor: 'stepper', id: 'bp', height: 900,
  name: { ko: '역전파 한 단계씩 보기', en: 'Backpropagation, one local gradient at a time' },
};
