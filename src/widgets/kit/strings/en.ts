import type { WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';

export const widgetTools: WidgetToolsStrings = {
  copyLink: 'Copy link',
  copied: 'Copied a link that opens this widget with these settings.',
  copyFailed: 'The clipboard is not available here; copy the link below by hand.',
  linkLabel: 'Link with the current settings',
  downloadCsv: 'Download data (CSV)',
};
