/**
 * The row under a widget: "copy link" (the page URL with every widget's settings and the anchor of
 * the section the widget sits in) and, for widgets with charts, "download data (CSV)" — the data
 * the charts show right now, from the `data` getter the widget passes in (see widget-tools/csv.ts).
 */
import { useRef, useState } from 'preact/hooks';
import { csvFileName, toCsv, type ChartData } from '../csv';

export interface WidgetToolsStrings {
  copyLink: string; copied: string; copyFailed: string; linkLabel: string; downloadCsv: string;
}
interface Props { id: string; strings: WidgetToolsStrings; data?: () => ChartData[] }

/** The id of the last h2/h3 before `el` in document order, or '' when there is none. */
export function headingBefore(el: Element): string {
  let id = '';
  for (const h of document.querySelectorAll('h2[id], h3[id]')) {
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) id = h.id;
    else break;
  }
  return id;
}

export default function WidgetTools({ id, strings: s, data }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [link, setLink] = useState('');

  async function copy() {
    const anchor = root.current ? headingBefore(root.current) : '';
    const { origin, pathname, search } = window.location;
    const url = `${origin}${pathname}${search}${anchor ? `#${anchor}` : ''}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed'); // storage/clipboard denied (e.g. a sandboxed frame): show the link to copy by hand
    }
  }

  function download() {
    if (!data) return;
    const blob = new Blob(['\ufeff' + toCsv(data())], { type: 'text/csv;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    const lang = document.documentElement.lang;
    const last = window.location.pathname.split('/').filter(Boolean).slice(-1)[0] ?? '';
    const page = last === lang ? 'home' : last;
    a.href = href;
    a.download = csvFileName(lang, page, id);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }

  return (
    <div class="widget-tools" ref={root}>
      <button type="button" class="tool-button" data-tool="copy-link" onClick={copy}>{s.copyLink}</button>
      {data && <button type="button" class="tool-button" data-tool="csv" onClick={download}>{s.downloadCsv}</button>}
      <span class="tool-status" role="status">
        {status === 'copied' ? s.copied : status === 'failed' ? s.copyFailed : ''}
      </span>
      {status === 'failed' && (
        <input class="tool-link" type="text" readOnly value={link} aria-label={s.linkLabel}
          onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
