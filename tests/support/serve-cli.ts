/**
 * Serve a built site folder under the base path, as GitHub Pages would, for screenshots:
 *   node tests/support/serve-cli.ts [dir=dist] [port=4321]
 */
import { serve } from './server.ts';
import { base, dist } from './paths.ts';

const dir = process.argv[2] ?? dist;
const site = await serve(dir.endsWith('/') ? dir.slice(0, -1) : dir, base, Number(process.argv[3] ?? 4321));
console.log(`serving ${dir} at ${site.url}`);
