/**
 * Migrations bring an older document forward one version at a time. Each is a small,
 * named, pure step with its own test. Version 1 is the first format, so the list is empty;
 * the next format change adds `v1ToV2.ts` here.
 */
import { SCHEMA_VERSION } from '../schema';

export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` turns a version-n document into version n + 1. */
export const MIGRATIONS: Record<number, Migration> = {};

export class NewerVersionError extends Error {
  constructor(readonly version: number) {
    super(`Document schema version ${version} is newer than this app (${SCHEMA_VERSION}).`);
  }
}

/** Applies migrations until the document is at the current version. */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let doc = raw;
  let v = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
  if (v > SCHEMA_VERSION) throw new NewerVersionError(v);
  while (v < SCHEMA_VERSION) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from version ${v}`);
    doc = step(doc);
    v = doc.schemaVersion as number;
  }
  return doc;
}
