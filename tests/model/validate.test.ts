import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument } from '../../src/model/validate';
import { migrate, MIGRATIONS } from '../../src/model/migrations';
import { docWithCards } from '../helpers/docs';

describe('parseDocument', () => {
  it('accepts a valid document and fills defaults', () => {
    const doc = docWithCards(1);
    const raw = JSON.parse(JSON.stringify(doc));
    delete raw.pages[0].elements[0].rotation;
    const parsed = parseDocument(raw);
    expect(parsed.pages[0].elements[0]).toMatchObject({ rotation: 0 });
  });

  it.each([
    ['not an object', 'hello', 'not-signpost'],
    ['no pages', { schemaVersion: 1 }, 'not-signpost'],
    ['newer version', { ...docWithCards(0), schemaVersion: 99 }, 'newer-version'],
    ['bad colour', (() => { const d = JSON.parse(JSON.stringify(docWithCards(1))); d.pages[0].elements[0].background = 'red'; return d; })(), 'damaged'],
    ['no pages at all', { ...docWithCards(0), pages: [] }, 'damaged'],
  ])('refuses %s', (_name, data, code) => {
    expect(() => parseDocument(data)).toThrow(DocumentError);
    try {
      parseDocument(data);
    } catch (e) {
      expect((e as DocumentError).code).toBe(code);
    }
  });

  it('applies migrations in order', () => {
    MIGRATIONS[0] = (raw) => ({ ...raw, schemaVersion: 1, migrated: true });
    try {
      expect(migrate({ schemaVersion: 0 })).toEqual({ schemaVersion: 1, migrated: true });
    } finally {
      delete MIGRATIONS[0];
    }
  });
});
