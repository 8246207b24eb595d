/** Its embed entry: <base>/<lang>/embed/init-explorer/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'init-explorer', lesson: 'weight-initialization', anchor: 'explore-tanh', id: 'tanh', height: 980,
  name: { ko: '초기화에 따른 층별 신호와 기울기', en: 'Signal and gradient per layer at initialization' },
};
