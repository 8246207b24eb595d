import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Math.* functions whose results ECMAScript pins down exactly (correctly rounded or exact), plus constants.
const ALLOWED = new Set(['sqrt', 'abs', 'floor', 'trunc', 'ceil', 'round', 'min', 'max', 'sign', 'imul', 'PI']);
const ROOT = join(import.meta.dirname, '../../src/engine');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Source without comments and string literals, so prose like "Math.pow" in a comment is not flagged. */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");
}

export function violations(src: string): string[] {
  const c = code(src);
  const bad = [...c.matchAll(/\bMath\.([A-Za-z0-9_]+)/g)].map((m) => m[1]).filter((n) => !ALLOWED.has(n)).map((n) => `Math.${n}`);
  if (/\*\*/.test(c)) bad.push('**');
  return bad;
}

describe('the engine uses only its own elementary functions', () => {
  it('finds the banned forms it is meant to find', () => {
    expect(violations('const a = Math.exp(x) + y ** 2;')).toEqual(['Math.exp', '**']);
    expect(violations('// Math.log in a comment\nconst a = Math.sqrt(x);')).toEqual([]);
  });
  it('has no Math.<fn> outside the allow-list and no ** in src/engine', () => {
    const all = files(ROOT);
    expect(all.length).toBeGreaterThan(20);
    const found = all.flatMap((f) => violations(readFileSync(f, 'utf8')).map((v) => `${f}: ${v}`));
    expect(found).toEqual([]);
  });
});
