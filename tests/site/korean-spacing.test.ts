/**
 * Spacing artefacts in the built pages. The Korean ones come from CommonMark: `**용어(English)** 이고`
 * only closes the bold with a space before the particle, and the space shows on the page. The course's
 * style sheet writes `**용어**(English)이고` instead. The other checks catch typing slips in any language:
 * "50 %" in Korean prose (the Korean style is 50%; the English lessons write 50 %), a space before a closing
 * parenthesis, and two spaces inside a line of text. Widget output (inside <astro-island>) is left out of the %
 * rule only: its number formatters are shared by both languages and still write "50 %" — a known follow-up.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { dist } from '../support/paths';
import { pagesOf } from '../support/dist';

const pages = pagesOf(dist);
const korean = pages.filter((p) => p.file.startsWith('ko/'));

/**
 * Particles and endings that attach to the word before them, so never follow a space after inline markup
 * that closes on a word (a bold "**1.** 이 문제" closes on punctuation, and 이 there is a determiner).
 */
const PARTICLES = ['은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '와', '과', '로', '으로', '도', '만', '보다', '처럼', '까지', '부터', '라고', '이라고', '입니다', '이고', '이며', '이라', '이란', '일', '인'];
const AFTER_MARKUP = new RegExp(`(?<=[\\p{L}\\p{N})])</(strong|em|code|b|i)>[ \\u00a0]+(${PARTICLES.join('|')})(?=[\\s.,)!?:;<]|$)`, 'gu');

/** Text a reader sees, element by element, leaving out code, formulas, scripts and graphics. */
const SKIP = new Set(['script', 'style', 'pre', 'code', 'svg', 'math', 'template', 'noscript', 'textarea']);
function textNodes(root: HTMLElement, skipIslands = false): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) { out.push(n.rawText); return; }
    if (n.nodeType !== 1) return;
    const el = n as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || el.classList?.contains('katex') || (skipIslands && tag === 'astro-island')) return;
    for (const c of el.childNodes) walk(c);
  };
  walk(root);
  return out;
}

function offences(texts: string[], percent = true) {
  const found: string[] = [];
  for (const t of texts) {
    const clean = t.replace(/&nbsp;|&#160;/g, '\u00a0');
    for (const line of clean.split('\n')) {
      const body = line.trim();
      if (percent && /\d[ \u00a0]+%/.test(body)) found.push(`space before %: “${body.slice(0, 80)}”`);
      if (/\S[ \u00a0]+\)/.test(body)) found.push(`space before ): “${body.slice(0, 80)}”`);
      if (/\S {2,}\S/.test(body)) found.push(`double space: “${body.slice(0, 80)}”`);
    }
  }
  return found;
}

describe('spacing in the built pages', () => {
  it('finds the built Korean and English pages', () => {
    expect(korean.length).toBeGreaterThan(10);
    expect(pages.length).toBeGreaterThan(korean.length);
  });

  it('the checks catch what they should, and pass clean text', () => {
    const bad = '<p><strong>경사 하강법(gradient descent)</strong> 이고 <em>포화</em> 가 <code>x</code> 의</p>';
    expect([...bad.matchAll(AFTER_MARKUP)].map((m) => m[2])).toEqual(['이고', '가', '의']);
    expect([...'<p><strong>경사 하강법</strong>(gradient descent)이고, <strong>1.</strong> 이 문제</p>'.matchAll(AFTER_MARKUP)]).toEqual([]);
    expect(offences(['정확도는 50 %입니다', '(a, b )', 'two  spaces'])).toHaveLength(3);
    expect(offences(['정확도는 50%입니다 (a, b)', '  indented line\n  next line  '])).toEqual([]);
  });

  it('no Korean page has a space between closing inline markup and a particle', () => {
    const found = korean.flatMap(({ file, html }) => [...html.matchAll(AFTER_MARKUP)].map((m) => `${file}: …${html.slice(Math.max(0, m.index! - 60), m.index! + m[0].length)}`));
    expect(found).toEqual([]);
  });

  it('no page has a space before ) or two spaces inside a line', () => {
    const found = pages.flatMap(({ file, doc }) => offences(textNodes(doc), false).map((o) => `${file}: ${o}`));
    expect(found).toEqual([]);
  });

  it('no Korean prose has a space before % after a digit', () => {
    const found = korean.flatMap(({ file, doc }) => offences(textNodes(doc, true)).filter((o) => o.startsWith('space before %')).map((o) => `${file}: ${o}`));
    expect(found).toEqual([]);
  });
});
