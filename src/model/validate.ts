/** Turning untrusted JSON into a typed document: migrate, then validate. */
import { migrate, NewerVersionError } from './migrations';
import { DocumentSchema, type SignpostDocument } from './schema';

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

/** Parses a document from unknown JSON data, or throws a DocumentError. */
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
  if (!result.success) {
    const first = result.error.issues[0];
    throw new DocumentError('damaged', `${first.path.join('.')}: ${first.message}`);
  }
  return result.data;
}
