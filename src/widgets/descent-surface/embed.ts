/** Its embed entry: <base>/<lang>/embed/descent-surface/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'descent-surface', lesson: 'gradient-descent', anchor: 'two-parameters', id: 'surface', height: 820,
  name: { ko: '두 매개변수의 경사 하강법과 모멘텀', en: 'Descent on a surface, with and without momentum' },
};
