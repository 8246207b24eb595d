/** Its embed entry: <base>/<lang>/embed/training-lab/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'training-lab', lesson: 'playground', anchor: 'lab', id: 'lab', height: 1500,
  name: { ko: '신경망 학습 실험실(모든 설정)', en: 'The training lab, every knob' },
};
