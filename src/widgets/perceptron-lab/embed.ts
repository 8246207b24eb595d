/** Its embed entry: <base>/<lang>/embed/perceptron-lab/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'perceptron-lab', lesson: 'perceptron', anchor: 'try-it', id: 'pl', height: 760,
  name: { ko: '퍼셉트론 학습 규칙 실험', en: 'The perceptron learning rule, step by step' },
};
