/** Its embed entry: <base>/<lang>/embed/remedies-compared/; see src/embeds/registry.ts. */
import type { EmbedEntry } from '~/embeds/registry';

export const embed: EmbedEntry = {
  widget: 'remedies-compared', lesson: 'remedies-compared', anchor: 'widget', id: 'cmp', height: 1450,
  name: { ko: '여섯 가지 해결책을 한 번에 학습하기', en: 'Six remedies trained side by side' },
};
