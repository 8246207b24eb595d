/** Its embed entry: <base>/<lang>/embed/xor-network/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'xor-network', lesson: 'feedforward-networks', anchor: 'learning-xor', id: 'xor', height: 820,
  name: { ko: 'XOR을 푸는 작은 신경망', en: 'A small network that learns XOR' },
};
