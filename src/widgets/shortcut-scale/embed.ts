/** Its embed entry: <base>/<lang>/embed/shortcut-scale/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'shortcut-scale', lesson: 'resnet', anchor: 'shortcut-scale', id: 'scale', height: 760,
  name: { ko: '지름길에 λ를 곱하면: λⁿ이 되살리는 소실과 폭주', en: 'Scale the shortcut by λ: λⁿ brings the problem back' },
};
