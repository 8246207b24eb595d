/** Its embed entry: <base>/<lang>/embed/activation-explorer/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'activation-explorer', lesson: 'vanishing-gradients', anchor: 'sigmoid-derivative', id: 'act', height: 860,
  name: { ko: '활성화 함수와 도함수 탐색기', en: 'Activation functions and their derivatives' },
};
