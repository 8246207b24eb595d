import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../support/paths';
import { filesUnder, linksOf, pagesOf } from '../support/dist';

const SITE_ORIGIN = 'http://localhost:4321';

// A URL to another origin in a position that makes a browser fetch it: a call (fetch, import,
// importScripts, Worker, EventSource, WebSocket, sendBeacon, XMLHttpRequest.open), an assigned
// src/href/action, a CSS url() or @import. Credits and links in comments are not requests; the
// browser tests watch the real requests of every page.
const FETCHING = new RegExp(
  String.raw`(?:\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|open)\s*\(\s*(?:["'\x60]GET["'\x60]\s*,\s*)?|\b(?:src|href|action|srcset)\s*[=:]\s*|url\(\s*|@import\s+)["'\x60]?((?:https?:)?\/\/[^"'\x60)\s]+)`,
  'g',
);

describe('no request leaves the site', () => {
  const files = filesUnder(dist);

  it('no stylesheet, script, font or image in the HTML comes from another origin', () => {
    const offenders: string[] = [];
    for (const page of pagesOf(dist)) {
      for (const { tag, attr, value } of linksOf(page.doc)) {
        if (!/^(https?:)?\/\//.test(value)) continue;
        const origin = new URL(value, SITE_ORIGIN).origin;
        if (origin === SITE_ORIGIN) continue;
        // Readers may follow links to sources (<a href>); nothing else may point away.
        if (tag === 'a' && attr === 'href') continue;
        offenders.push(`${page.file}: <${tag} ${attr}="${value}">`);
      }
      for (const m of page.html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) offenders.push(`${page.file}: url(${m[1]})`);
    }
    expect(offenders).toEqual([]);
  });

  it('the request detector catches what it should, and only that', () => {
    const hits = (code: string) => [...code.matchAll(FETCHING)].map((m) => m[1]);
    expect(hits('fetch("https://evil.example/x")')).toEqual(['https://evil.example/x']);
    expect(hits("s.src='//cdn.example/a.js'")).toEqual(['//cdn.example/a.js']);
    expect(hits('@import url(https://fonts.example/css)')).toEqual(['https://fonts.example/css']);
    expect(hits('/* thanks https://github.com/someone */ var a = "see https://bugs.example/1";')).toEqual([]);
  });

  it.each(files.filter((f) => /\.(css|js|mjs)$/.test(f)))('%s fetches from no other origin', (file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    const bad = [...text.matchAll(FETCHING)].map((m) => m[1]).filter((u) => !u.startsWith(SITE_ORIGIN));
    expect(bad).toEqual([]);
  });
});
