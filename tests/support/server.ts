/**
 * A static server for dist/ that behaves like GitHub Pages: the site lives under a base path,
 * `dir/` serves `dir/index.html`, anything missing gets the single 404.html with status 404, text is
 * gzipped for clients that accept it, and every response allows any origin to read it (Pages sends
 * `access-control-allow-origin: *` too, which is what lets an embed's module scripts load inside a
 * sandboxed iframe, whose origin is opaque).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.ttf': 'font/ttf', '.xml': 'application/xml', '.csv': 'text/csv', '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.txt': 'text/plain',
};

/** One request the server answered. */
export interface Served { path: string; status: number }

export interface StaticSite { url: string; origin: string; close(): Promise<void> }

/**
 * Serves `dir` under `base` on 127.0.0.1 and `port` (a free one by default). `inject`, when given, is a
 * script put first in every HTML page's <head> (see probe.ts); `log` collects every request's path and the
 * status it got (for engines whose driver cannot see responses, like WebKitGTK over classic WebDriver).
 */
export async function serve(dir: string, base: string, port = 0, options: { inject?: string; log?: Served[] } = {}): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const answer = (status: number) => options.log?.push({ path, status });
    const send = async (file: string, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'content-type': type, 'access-control-allow-origin': '*' };
      let body = await readFile(file);
      if (options.inject && type.startsWith('text/html')) body = Buffer.from(String(body).replace('<head>', `<head><script>${options.inject}</script>`));
      // Text goes out gzipped when the client accepts it, as Pages does (measurements see real sizes).
      if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      answer(status);
      res.writeHead(status, headers);
      res.end(body);
    };
    try {
      if (!path.startsWith(base)) return await send(join(dir, '404.html'), 404);
      let file = normalize(join(dir, path.slice(base.length)));
      if (!file.startsWith(dir)) return await send(join(dir, '404.html'), 404);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) { answer(301); res.writeHead(301, { location: `${path}/` }); return res.end(); }
        file = join(file, 'index.html');
      }
      if (!(await stat(file).catch(() => null))?.isFile()) return await send(join(dir, '404.html'), 404);
      await send(file);
    } catch {
      answer(500); res.writeHead(500); res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}${base}`, origin, close: () => new Promise((r) => server.close(() => r())) };
}
