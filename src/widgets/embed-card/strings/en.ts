import type { EmbedCardStrings } from '~/widgets/embed-card/EmbedCard';

export const embedCard: EmbedCardStrings = {
  preview: 'Preview',
  showPreview: 'Try it live here',
  iframe: 'iframe (most blogs)',
  markdown: 'Markdown image link (for platforms that strip iframes)',
  html: 'HTML image link',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'The clipboard is not available; select the box and copy by hand.',
};
