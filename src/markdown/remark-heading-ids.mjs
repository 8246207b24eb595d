/**
 * Explicit, language-independent heading ids for MDX.
 *
 * MDX reads `{#id}` as a JavaScript expression, so a lesson writes the id escaped at the end of
 * the heading: `## 왜 시그모이드인가 \{#why-sigmoid}`. This plugin strips the marker and sets the
 * heading's id, so `#why-sigmoid` works on the Korean and the English page alike. Astro keeps a
 * preset id and reports it in `render(entry).headings`, so the table of contents agrees.
 *
 * @example
 *   ## Why sigmoid? \{#why-sigmoid}   →   <h2 id="why-sigmoid">Why sigmoid?</h2>
 */
const MARKER = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

export default function remarkHeadingIds() {
  return (tree, file) => {
    const seen = new Set();
    visitHeadings(tree, (heading) => {
      const last = heading.children[heading.children.length - 1];
      if (!last || last.type !== 'text') return;
      const match = MARKER.exec(last.value);
      if (!match) return;
      const id = match[1];
      if (seen.has(id)) file.fail(`Duplicate heading id #${id}`, heading);
      seen.add(id);
      last.value = last.value.slice(0, match.index);
      if (last.value === '') heading.children.pop();
      heading.data ??= {};
      heading.data.hProperties = { ...(heading.data.hProperties ?? {}), id };
    });
  };
}

function visitHeadings(node, fn) {
  if (node.type === 'heading') fn(node);
  if (Array.isArray(node.children)) for (const child of node.children) visitHeadings(child, fn);
}
