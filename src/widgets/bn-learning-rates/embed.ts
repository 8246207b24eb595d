/** Its embed entry: <base>/<lang>/embed/bn-learning-rates/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'bn-learning-rates', lesson: 'batch-normalization', anchor: 'learning-rate', id: 'lr', height: 900,
  name: { ko: '학습률을 바꿔 가며 본 배치 정규화', en: 'Batch norm across learning rates' },
};
