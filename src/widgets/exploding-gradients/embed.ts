/** Its embed entry: <base>/<lang>/embed/exploding-gradients/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'exploding-gradients', lesson: 'exploding-gradients', anchor: 'blow-up', id: 'blowup', height: 1150,
  name: { ko: '폭주하는 기울기와 클리핑', en: 'A gradient that blows up, and clipping that tames it' },
};
