/** Its embed entry: <base>/<lang>/embed/forward-pass/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'forward-pass', lesson: 'feedforward-networks', anchor: 'hidden-features', id: 'fp', height: 820,
  name: { ko: '순방향 계산 따라가기', en: 'A forward pass, unit by unit' },
};
