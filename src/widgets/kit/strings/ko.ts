import type { WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export const widgetTools: WidgetToolsStrings = {
  copyLink: '링크 복사',
  copied: '지금 설정 그대로 여는 링크를 복사했습니다.',
  copyFailed: '이 창에서는 클립보드를 쓸 수 없습니다. 아래 링크를 직접 복사하세요.',
  linkLabel: '지금 설정을 담은 링크',
  downloadCsv: '데이터 내려받기(CSV)',
};
