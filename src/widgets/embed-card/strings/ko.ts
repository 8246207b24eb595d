import type { EmbedCardStrings } from '~/widgets/embed-card/EmbedCard';

export const embedCard: EmbedCardStrings = {
  preview: '미리 보기',
  showPreview: '여기서 직접 움직여 보기',
  iframe: 'iframe(대부분의 블로그)',
  markdown: 'Markdown 이미지 링크(iframe을 지우는 플랫폼)',
  html: 'HTML 이미지 링크',
  copy: '복사',
  copied: '복사했습니다.',
  copyFailed: '클립보드를 쓸 수 없습니다. 칸을 눌러 직접 복사하세요.',
};
