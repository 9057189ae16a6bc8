/** Turning untrusted JSON into a typed document: migrate, then validate. */
import { migrate, NewerVersionError } from './migrations';
import { DocumentSchema, type SignpostDocument } from './schema';
import { repairIds } from './repair';

/** Why a document was refused; `code` picks the message shown to the user. */
export class DocumentError extends Error {
  constructor(
    readonly code: 'not-signpost' | 'newer-version' | 'damaged',
    detail: string,
  ) {
    super(detail);
    this.name = 'DocumentError';
  }
}

/** Parses a document from unknown JSON data (migrate, validate, repair ids), or throws a DocumentError. */
export function parseDocument(data: unknown): SignpostDocument {
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data) || !('pages' in data)) {
    throw new DocumentError('not-signpost', 'No schemaVersion or pages');
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(data as Record<string, unknown>);
  } catch (e) {
    if (e instanceof NewerVersionError) throw new DocumentError('newer-version', e.message);
    throw new DocumentError('damaged', String(e));
  }
  const result = DocumentSchema.safeParse(migrated);
  if (!result.success) throw new DocumentError('damaged', issueText(result.error.issues));
  return repairIds(result.data);
}

const issueText = (issues: readonly { path: PropertyKey[]; message: string }[]) => `${issues[0].path.map(String).join('.')}: ${issues[0].message}`;

/**
 * What the schema refuses in a document, as `path: message`, or null when it is valid.
 * Writers call this before writing, so nothing is saved that could not be opened again.
 */
export function documentProblem(doc: unknown): string | null {
  const result = DocumentSchema.safeParse(doc);
  return result.success ? null : issueText(result.error.issues);
}
