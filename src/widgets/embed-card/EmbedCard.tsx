/**
 * One entry of the embed index: the widget's card, a live preview of the embed in an iframe on request
 * (fifteen running widgets at once would make the index heavy on a phone), and the snippets to paste
 * — an <iframe>, a Markdown image-plus-link and an HTML image-plus-link — that follow the preview's
 * current settings (the embed page posts its query string to the parent whenever a setting changes).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { iframeSnippet, imageLinkSnippet, markdownSnippet, withSettings } from '~/embeds/snippets';

export interface EmbedCardStrings {
  preview: string; showPreview: string; iframe: string; markdown: string; html: string; copy: string; copied: string; copyFailed: string;
}
interface Props {
  widget: string; id: string; title: string;
  /** The embed's path on this site (the preview) and its public address (the snippets). */
  src: string; url: string;
  /** The card image's public address (snippets) and its path on this site (shown here). */
  image: string; imageSrc: string; height: number; strings: EmbedCardStrings;
}

export default function EmbedCard({ widget, id, title, src, url, image, imageSrc, height, strings: s }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [search, setSearch] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.current?.contentWindow) return;
      const d = e.data as { gl?: string; widget?: string; search?: string } | null;
      if (d && d.gl === 'embed-url' && d.widget === widget && typeof d.search === 'string' && d.search.length < 2000) setSearch(d.search);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const live = withSettings(url, id, search);
  const snippets = [
    { key: 'iframe', label: s.iframe, text: iframeSnippet(live, title, height) },
    { key: 'markdown', label: s.markdown, text: markdownSnippet(live, title, image) },
    { key: 'html', label: s.html, text: imageLinkSnippet(live, title, image) },
  ];
  async function copy(key: string, text: string) {
    try { await navigator.clipboard.writeText(text); setCopied(key); } catch { setCopied(`!${key}`); }
  }

  return (
    <div class="embed-card" data-embed={widget}>
      {preview
        ? <iframe ref={frame} class="embed-preview" src={src} title={`${s.preview}: ${title}`} height={height} />
        : (
          <div class="embed-poster">
            <img src={imageSrc} alt="" width={600} height={315} loading="lazy" />
            <button type="button" class="tool-button embed-show" onClick={() => setPreview(true)}>{s.showPreview}</button>
          </div>
        )}
      {snippets.map((sn) => (
        <div class="embed-snippet" data-snippet={sn.key}>
          <label for={`${widget}-${sn.key}`}>{sn.label}</label>
          <textarea id={`${widget}-${sn.key}`} readOnly rows={sn.key === 'iframe' ? 3 : 2} value={sn.text}
            onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="tool-button" onClick={() => copy(sn.key, sn.text)}>{s.copy}</button>
          <span class="tool-status" role="status">{copied === sn.key ? s.copied : copied === `!${sn.key}` ? s.copyFailed : ''}</span>
        </div>
      ))}
    </div>
  );
}
