/** Its embed entry: <base>/<lang>/embed/bn-histograms/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'bn-histograms', lesson: 'batch-normalization', anchor: 'histograms', id: 'hist', height: 1250,
  name: { ko: '배치 정규화 전후의 층별 분포', en: 'Per-layer distributions with and without batch norm' },
};
