/**
 * Reading records whose keys come from users (words, labels, ids). `rec[key]` on a plain
 * object finds `Object.prototype.constructor` for the word "constructor"; these never do.
 */

/** The value stored under `key` itself, never one inherited from `Object.prototype`. */
export function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}
