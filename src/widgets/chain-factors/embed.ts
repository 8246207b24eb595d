/** Its embed entry: <base>/<lang>/embed/chain-factors/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'chain-factors', lesson: 'exploding-gradients', anchor: 'unstable-gradients', id: 'chain', height: 640,
  name: { ko: '가중치 100의 사슬: 곱해지는 인수 w·σ′(z)', en: 'Nielsen’s chain: the factor w·σ′(z), layer after layer' },
};
