/** Turning untrusted JSON into a typed document: migrate, then validate. */
import { migrate, NewerVersionError } from './migrations';
import { z } from 'zod';
import { DocumentSchema, LIMITS, PageSchema, type SignpostDocument } from './schema';
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

/** The document without its pages' insides, which `documentProblem` checks one page at a time. */
const DocumentShellSchema = DocumentSchema.extend({ pages: z.array(z.unknown()).min(1).max(LIMITS.pages) });

/**
 * Pages already found valid. The editor never changes a page in place (a change makes a new
 * page object), so a page seen before is the same page: autosave of a 100-page document after
 * a change on one page checks that page, not 30,000 elements on every keystroke's save.
 */
const validPages = new WeakSet<object>();

/**
 * What the schema refuses in a document, as `path: message`, or null when it is valid.
 * Writers call this before writing, so nothing is saved that could not be opened again.
 */
export function documentProblem(doc: unknown): string | null {
  const shell = DocumentShellSchema.safeParse(doc);
  if (!shell.success) return issueText(shell.error.issues);
  const pages = (doc as { pages: unknown[] }).pages;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    if (typeof page === 'object' && page !== null && validPages.has(page)) continue;
    const result = PageSchema.safeParse(page);
    if (!result.success) return issueText(result.error.issues.map((is) => ({ ...is, path: ['pages', i, ...is.path] })));
    validPages.add(page as object);
  }
  return null;
}
