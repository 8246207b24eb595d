import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { dist } from '../support/paths';
import { pagesOf } from '../support/dist';

// html-validate's recommended rules, minus the ones that judge style rather than validity and that
// generated markup (KaTeX's MathML, Astro's islands) legitimately trips.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',         // KaTeX positions glyphs with inline styles
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'no-raw-characters': 'off',      // minified inline scripts and MathML operators
    'attribute-empty-style': 'off',
    'unrecognized-char-ref': 'off',
    'element-permitted-content': 'error',
    'no-unknown-elements': 'off',    // <astro-island>, KaTeX's MathML elements
    'prefer-native-element': 'off',
    'valid-id': ['error', { relaxed: true }],
    'no-redundant-role': 'off',
    'long-title': 'off',
    'prefer-tbody': 'off',
    'text-content': 'off',           // KaTeX's aria-hidden spans
  },
  elements: ['html5', { 'astro-island': { flow: true, phrasing: true, transparent: true }, 'astro-slot': { flow: true, phrasing: true, transparent: true } }],
});

describe('the built HTML validates', () => {
  it.each(pagesOf(dist).map((p) => [p.file, p.html] as const))('%s', async (file, html) => {
    const report = await validator.validateString(html, file);
    const messages = report.results
      .flatMap((r) => r.messages)
      // Astro inserts its islands' one-line <style> where the first island renders; browsers accept it.
      .filter((m) => !(m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element')))
      .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    expect(messages).toEqual([]);
  });
});
