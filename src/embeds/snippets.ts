/**
 * The code a blogger pastes: an <iframe> (for platforms that allow it) or an image-plus-link
 * (for platforms that strip iframes). Attribute values are escaped; URLs come from our own build.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const mdText = (s: string) => s.replace(/([\\[\]()*_`])/g, '\\$1');

/** @example iframeSnippet('https://x/ko/embed/depth-product/', '제목', 620) */
export function iframeSnippet(url: string, title: string, height: number): string {
  return `<iframe src="${esc(url)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** Markdown: the widget's card image, linking to the live widget. */
export function markdownSnippet(url: string, title: string, image: string): string {
  return `[![${mdText(title)}](${image})](${url})`;
}

/** Plain HTML: the same image-plus-link, for editors that take HTML but not iframes. */
export function imageLinkSnippet(url: string, title: string, image: string): string {
  return `<a href="${esc(url)}"><img src="${esc(image)}" alt="${esc(title)}" width="600" height="315"></a>`;
}

/** The widget URL with the settings of a query string (only this widget's `<id>-…` keys and v). */
export function withSettings(url: string, id: string, search: string): string {
  const from = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const [k, v] of from) if (k.startsWith(`${id}-`) && k.length < 40 && v.length < 64) keep.set(k, v);
  if ([...keep.keys()].length > 0) keep.set('v', '1');
  const q = keep.toString();
  return q ? `${url}?${q}` : url;
}
