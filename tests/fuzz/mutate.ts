/**
 * Mutations of valid files, as a damaged disk, a careless script or a hostile sender would
 * make them: JSON fields deleted, given the wrong type, huge or NaN-like values, prototype
 * keys, duplicated entries, deep nesting, cut strings; and bytes flipped, cut or spliced.
 * Sizes stay bounded, so a reader that takes long is a finding, not the test's own cost.
 */
import fc from 'fast-check';
import { PROTOTYPE_WORDS } from './strings';

type Json = unknown;

/** Nesting deep enough to break a recursive reader, small enough to build quickly. */
const deep = (n: number): Json => {
  let v: Json = 1;
  for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
  return v;
};

/** Values a field should never hold. */
export const NASTY: readonly Json[] = [
  null, true, false, 0, -1, 0.5, -0.000001, 1e308, -1e308, 1e21, 2 ** 53 + 1, 4_294_967_296, 1e9, 1e20,
  'NaN', 'Infinity', '-Infinity', '1e999', '', ' ', '0', 'true', 'null', '#12345', '#zzzzzz',
  'x'.repeat(12_000), '\uD800', '../../../etc/passwd', 'C:\\\\x', ...PROTOTYPE_WORDS,
  [], [null], [1, 2, 3], {}, { '': 1 }, deep(1500), 'data:image/png;base64,AAAA', 'data:image/png,%ZZ',
];

const at = (v: Json, key: string): Json => (typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Record<string, Json>)[key] : undefined);

/** Every path into a JSON value (keys of objects, indexes of arrays as strings). */
function paths(v: Json, prefix: string[] = [], out: string[][] = [], limit = 4000): string[][] {
  if (out.length >= limit) return out;
  out.push(prefix);
  if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) paths((v as Record<string, Json>)[k], [...prefix, k], out, limit);
  return out;
}

/** Sets an own property, even `__proto__`, without touching a prototype. */
const put = (o: object, k: string, v: Json) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
/** A deep copy; an array hole or undefined becomes null, as JSON would write it. */
const copy = (v: Json): Json => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
/** A fresh copy of a nasty value, so later mutations never change the shared one. */
const nasty = (i: number): Json => copy(NASTY[i % NASTY.length]);

export type JsonMutation = { op: 'delete' | 'nasty' | 'protoKey' | 'duplicate' | 'wrap' | 'stringify' | 'cut' | 'copyFrom' | 'repeat'; path: number; pick: number; n: number };

export const jsonMutationArb: fc.Arbitrary<JsonMutation> = fc.record({
  op: fc.constantFrom('delete', 'nasty', 'nasty', 'nasty', 'protoKey', 'duplicate', 'wrap', 'stringify', 'cut', 'copyFrom', 'repeat'),
  path: fc.nat(),
  pick: fc.nat(),
  n: fc.integer({ min: 0, max: 700 }),
});

/** Applies mutations to a copy of `base`; the root itself can be replaced too. */
export function mutateJson(base: Json, mutations: readonly JsonMutation[]): Json {
  const box = { root: JSON.parse(JSON.stringify(base)) as Json };
  for (const m of mutations) {
    const all = paths(box.root, ['root']);
    const path = all[m.path % all.length];
    let parent: Json = box;
    for (const k of path.slice(0, -1)) parent = at(parent, k);
    const key = path[path.length - 1];
    if (typeof parent !== 'object' || parent === null) continue;
    const p = parent as Record<string, Json>;
    const value = p[key];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(p)) p.splice(Number(key), 1);
        else delete p[key];
        break;
      case 'nasty':
        put(p, key, nasty(m.pick));
        break;
      case 'protoKey':
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) put(value, PROTOTYPE_WORDS[m.pick % PROTOTYPE_WORDS.length], nasty(m.n));
        else put(p, key, { [PROTOTYPE_WORDS[m.pick % PROTOTYPE_WORDS.length]]: value });
        break;
      case 'duplicate':
        // the same entry twice: duplicate ids, duplicate pages
        if (Array.isArray(p)) p.splice(Number(key), 0, copy(value));
        else if (Array.isArray(value) && value.length) value.push(copy(value[m.pick % value.length]));
        break;
      case 'wrap':
        put(p, key, [value]);
        break;
      case 'stringify':
        put(p, key, typeof value === 'string' ? Number(value) : JSON.stringify(value) ?? 'undefined');
        break;
      case 'cut':
        if (typeof value === 'string') put(p, key, value.slice(0, m.n % (value.length + 1)));
        else if (Array.isArray(value)) value.length = Math.min(value.length, m.n % (value.length + 1));
        break;
      case 'copyFrom': {
        // another part of the same file in this place: right shape, wrong place
        const other = all[m.pick % all.length];
        let v: Json = box;
        for (const k of other) v = at(v, k);
        if (v !== undefined && !other.slice(0, path.length).every((k, i) => k === path[i])) put(p, key, copy(v));
        break;
      }
      case 'repeat':
        // many of one entry, past the limits (pages, items, tags)
        if (Array.isArray(value) && value.length) put(p, key, Array.from({ length: m.n }, (_, i) => copy(value[i % value.length])));
        break;
    }
  }
  return box.root;
}

/** JSON text of a mutated value: sometimes cut short, sometimes with a BOM or trailing junk. */
export const jsonTextArb = (base: () => Json) =>
  fc.record({ mutations: fc.array(jsonMutationArb, { minLength: 1, maxLength: 4 }), tail: fc.constantFrom('', '', '', 'cut', 'bom', 'junk') }).map(({ mutations, tail }) => {
    const text = JSON.stringify(mutateJson(base(), mutations)) ?? 'undefined';
    if (tail === 'cut') return text.slice(0, Math.floor(text.length / 2));
    if (tail === 'bom') return `\uFEFF${text}`;
    if (tail === 'junk') return `${text}\u0000garbage`;
    return text;
  });

export type ByteMutation = { op: 'flip' | 'set' | 'cut' | 'splice' | 'u32'; at: number; value: number; len: number };

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.record({
  op: fc.constantFrom('flip', 'set', 'cut', 'splice', 'u32'),
  at: fc.nat(),
  value: fc.nat(255),
  len: fc.integer({ min: 1, max: 64 }),
});

/** Applies byte mutations to a copy of `bytes`; positions wrap round the length. */
export function mutateBytes(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let b = bytes.slice();
  for (const m of mutations) {
    if (!b.length) break;
    const i = m.at % b.length;
    switch (m.op) {
      case 'flip':
        b[i] ^= 1 << (m.value % 8);
        break;
      case 'set':
        b.fill(m.value, i, i + m.len);
        break;
      case 'cut':
        b = b.slice(0, i);
        break;
      case 'splice': {
        const out = new Uint8Array(b.length + m.len);
        out.set(b.subarray(0, i));
        out.fill(m.value, i, i + m.len);
        out.set(b.subarray(i), i + m.len);
        b = out;
        break;
      }
      case 'u32':
        // a size, offset or count field set to an extreme
        for (let k = 0; k < 4 && i + k < b.length; k++) b[i + k] = m.value % 2 ? 0xff : 0;
        break;
    }
  }
  return b;
}

/** Mutations that tend to hit a zip's headers: near its end (the central directory) or its start. */
export const zipByteMutationsArb = (length: number) =>
  fc.array(
    fc.oneof(byteMutationArb, byteMutationArb.map((m) => ({ ...m, at: Math.max(0, length - 1 - (m.at % 200)) })), byteMutationArb.map((m) => ({ ...m, at: m.at % 64 }))),
    { minLength: 1, maxLength: 4 },
  );

/**
 * Runs a reader on hostile input: it either returns, or throws one of the named errors.
 * Anything else (a TypeError, a RangeError, a plain Error) fails the property with it.
 */
export async function openedOrNamed<T>(read: () => T | Promise<T>, named: readonly (new (...a: never[]) => Error)[]): Promise<{ value: T } | { error: Error }> {
  try {
    return { value: await read() };
  } catch (e) {
    if (named.some((N) => e instanceof N) && 'message' in (e as Error)) return { error: e as Error };
    throw new Error(`not a named error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
}

/** The same, for a reader that never awaits. */
export function openedOrNamedSync<T>(read: () => T, named: readonly (new (...a: never[]) => Error)[]): { value: T } | { error: Error } {
  try {
    return { value: read() };
  } catch (e) {
    if (named.some((N) => e instanceof N)) return { error: e as Error };
    throw new Error(`not a named error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
}
