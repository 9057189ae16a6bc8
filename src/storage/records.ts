/**
 * What may be written to and read from the device: every record is checked against the
 * same schema that reading enforces, so a write that could not be read back is refused.
 */
import { documentProblem } from '../model/validate';
import { parseProfile } from '../model/profile';
import { PackSchema } from '../model/pack';

export type RecordKind = 'document' | 'profile' | 'pack';

/**
 * Raised instead of writing a record the schema refuses. The work stays in memory; the UI
 * says the change cannot be saved and asks the user to undo it or save it as a file.
 */
export class RefusedWriteError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly detail: string,
  ) {
    super(`This ${kind} was not saved because it could not be opened again (${detail}). Undo the last change or make it shorter.`);
    this.name = 'RefusedWriteError';
  }
}

/** What the schema refuses in a record of this kind, or null when it may be written. */
export function recordProblem(kind: RecordKind, value: unknown): string | null {
  if (kind === 'document') return documentProblem(value);
  if (kind === 'pack') {
    const r = PackSchema.safeParse(value);
    return r.success ? null : `${r.error.issues[0].path.map(String).join('.')}: ${r.error.issues[0].message}`;
  }
  try {
    parseProfile(value);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Throws RefusedWriteError when the record may not be written. */
export function checkWrite(kind: RecordKind, value: unknown): void {
  const problem = recordProblem(kind, value);
  if (problem) throw new RefusedWriteError(kind, problem);
}

/**
 * A stored record that failed validation on load, kept aside instead of dropped so the
 * user can save it as a file (to repair or send for help) or delete it.
 */
export interface QuarantinedRecord {
  /** `kind:id`, unique in the quarantine. */
  key: string;
  kind: RecordKind;
  /** The record's own id. */
  id: string;
  /** Title or name, for the list; may be empty. */
  name: string;
  /** What failed, `path: message`. */
  reason: string;
  /** When it was set aside, ISO 8601. */
  at: string;
  /** The record as it was stored. */
  data: unknown;
}

const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : '');

/** A quarantine entry for a stored record; `data` is the raw record. */
export function quarantined(kind: RecordKind, id: string, data: unknown, reason: string): QuarantinedRecord {
  const r = (data ?? {}) as Record<string, unknown>;
  const inner = (kind === 'document' ? (r.doc ?? r) : r) as Record<string, unknown>;
  return { key: `${kind}:${id}`, kind, id, name: text(inner.title ?? inner.name), reason, at: new Date().toISOString(), data };
}
