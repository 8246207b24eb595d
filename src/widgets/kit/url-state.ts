/**
 * Widget settings in the query string: `?<id>-<key>=<value>&v=1`, so a copied link reproduces what
 * its author saw. Every value is checked against its field's rule; anything else falls back to the
 * default, silently and without throwing (hostile or stale links must never break a page).
 * The address bar changes only when the reader changes a setting (`useUrlState`), never on load.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

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

/** Names that shipped in links before the widgets shared one vocabulary, and what they mean now. */
export const ALIASES: Readonly<Record<string, string>> = { normal1: 'normal', small: 'tiny' };

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
    case 'choice': {
      const v = field.options.includes(raw) ? raw : ALIASES[raw];
      return v !== undefined && field.options.includes(v) ? v : null;
    }
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

function save<S extends Schema>(id: string, schema: S, values: Values<S>): void {
  try {
    const search = writeState(id, schema, values, window.location.search);
    history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  } catch {
    /* sandboxed frames may forbid history; the widget still works */
  }
}

export type SetValues<V> = (change: Partial<V> | ((current: V) => Partial<V>)) => void;

/**
 * A widget's settings, read from the address bar and written back only when the reader changes one
 * (opening a page leaves the URL as it was). The setter merges a patch, like `setState({...s, ...patch})`.
 * `afterMount`: render the defaults first and read the link after mount, so hydration matches the
 * build-time HTML exactly (widgets whose markup depends on every setting).
 */
export function useUrlState<S extends Schema>(id: string, schema: S, options: { afterMount?: boolean } = {}): [Values<S>, SetValues<Values<S>>] {
  const read = () => (typeof window === 'undefined' ? defaults(schema) : readState(id, schema, window.location.search));
  const [values, setValues] = useState<Values<S>>(() => (options.afterMount ? defaults(schema) : read()));
  const latest = useRef(values);
  const set = useRef<SetValues<Values<S>>>((change) => {
    const next = { ...latest.current, ...(typeof change === 'function' ? change(latest.current) : change) };
    latest.current = next;
    setValues(next);
    save(id, schema, next);
  }).current;
  useEffect(() => {
    if (!options.afterMount) return;
    latest.current = read();
    setValues(latest.current);
  }, []);
  return [values, set];
}
