/**
 * Social card images (1200 × 630 PNG), drawn at build time: satori lays out a plain element tree
 * with Pretendard (SIL OFL, from the `pretendard` package, so Hangul renders), resvg rasterises the
 * SVG. No external service; nothing here runs in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  lang: 'ko' | 'en';
  /** Small line above the title, e.g. "5강" or "Lesson 5". */
  kicker: string;
  title: string;
  description: string;
  siteName: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

// Per-layer gradient bars shrinking toward the input: the course's motif, drawn from σ′ ≤ 1/4.
const BARS = Array.from({ length: 10 }, (_, i) => Math.max(6, Math.round(220 * 0.62 ** (9 - i))));

/** The element tree of one card (exported for tests: text appears exactly once). */
export function cardTree(t: CardText): Node {
  const bars = el('div', { display: 'flex', alignItems: 'flex-end', gap: 14, height: 230 },
    BARS.map((h, i) => el('div', { width: 26, height: h, borderRadius: 4, background: i < 5 ? '#a9bcec' : '#2a55c9' })));
  return el('div', {
    width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
    padding: '64px 72px', boxSizing: 'border-box', background: '#fcfbf8', color: '#1c1c21', fontFamily: 'Pretendard',
    borderTop: '14px solid #2a55c9',
  }, [
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }, [
      el('div', { display: 'flex', flexDirection: 'column', maxWidth: 760 }, [
        el('div', { fontSize: 34, fontWeight: 700, color: '#2a55c9' }, t.kicker),
        el('div', { fontSize: t.title.length > 24 ? 62 : 76, fontWeight: 700, lineHeight: 1.15, marginTop: 18, wordBreak: 'keep-all' }, t.title),
      ]),
      bars,
    ]),
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: 30, lineHeight: 1.4, color: '#585864', maxWidth: 1040, wordBreak: 'keep-all' }, t.description),
      el('div', { fontSize: 28, fontWeight: 700, marginTop: 30, color: '#1c1c21' }, t.siteName),
    ]),
  ]);
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;
function loadFonts() {
  if (!fonts) {
    const dir = join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'web', 'static', 'woff');
    fonts = [
      { name: 'Pretendard', data: readFileSync(join(dir, 'Pretendard-Regular.woff')), weight: 400, style: 'normal' },
      { name: 'Pretendard', data: readFileSync(join(dir, 'Pretendard-Bold.woff')), weight: 700, style: 'normal' },
    ];
  }
  return fonts;
}

/** The PNG bytes of one card. */
export async function renderCard(t: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardTree(t) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng());
}
