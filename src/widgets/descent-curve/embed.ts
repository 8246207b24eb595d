/** Its embed entry: <base>/<lang>/embed/descent-curve/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'descent-curve', lesson: 'gradient-descent', anchor: 'update-rule', id: 'curve', height: 720,
  name: { ko: '학습률과 경사 하강법', en: 'Gradient descent and the step size' },
};
