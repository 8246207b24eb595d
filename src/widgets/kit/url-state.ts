/**
 * Widget settings in the query string: `?<id>-<key>=<value>&v=1`, so a copied link reproduces what
 * its author saw. Every value is checked against its field's rule; anything else falls back to the
 * default, silently and without throwing (hostile or stale links must never break a page).
 */
export type Field =
  | { kind: 'int'; min: number; max: number; default: number }
  | { kind: 'number'; min: number; max: number; default: number }
  | { kind: 'choice'; options: readonly string[]; default: string }
  | { kind: 'bool'; default: boolean };

export type Schema = Record<string, Field>;
export type Values<S extends Schema> = { [K in keyof S]: S[K] extends { kind: 'choice' } ? string : S[K] extends { kind: 'bool' } ? boolean : number };

/** The defaults of a schema. */
export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(schema)) out[k] = f.default;
  return out as Values<S>;
}

/** Parses one raw value against its field; null when it is missing or invalid. */
export function parseField(field: Field, raw: string | null): string | number | boolean | null {
  if (raw === null || raw.length > 64) return null;
  switch (field.kind) {
    case 'int': {
      if (!/^-?\d+$/.test(raw)) return null;
      const v = Number(raw);
      return v >= field.min && v <= field.max ? v : null;
    }
    case 'number': {
      if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(raw)) return null;
      const v = Number(raw);
      return Number.isFinite(v) && v >= field.min && v <= field.max ? v : null;
    }
    case 'choice':
      return field.options.includes(raw) ? raw : null;
    case 'bool':
      return raw === '1' ? true : raw === '0' ? false : null;
  }
}

/** Reads a widget's settings from a query string, field by field, falling back to defaults. */
export function readState<S extends Schema>(id: string, schema: S, search: string): Values<S> {
  const params = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(schema)) out[k] = parseField(f, params.get(`${id}-${k}`)) ?? f.default;
  return out as Values<S>;
}

/** Writes a widget's settings into a query string, keeping other widgets' keys; returns the new search. */
export function writeState<S extends Schema>(id: string, schema: S, values: Values<S>, search: string): string {
  const params = new URLSearchParams(search);
  for (const k of Object.keys(schema)) {
    const v = values[k];
    params.set(`${id}-${k}`, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  params.set('v', '1');
  return `?${params.toString()}`;
}

/** Browser glue: the current state on load, and a writer that replaces the URL without a reload. */
export function bindToLocation<S extends Schema>(id: string, schema: S) {
  const hasWindow = typeof window !== 'undefined';
  return {
    initial: (): Values<S> => (hasWindow ? readState(id, schema, window.location.search) : defaults(schema)),
    save(values: Values<S>): void {
      if (!hasWindow) return;
      try {
        const search = writeState(id, schema, values, window.location.search);
        history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
      } catch {
        /* sandboxed frames may forbid history; the widget still works */
      }
    },
  };
}
