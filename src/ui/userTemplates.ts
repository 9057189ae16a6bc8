/** The user's own templates, kept on the device with the documents. */
import { parseDocument } from '../model/validate';
import type { SignpostDocument } from '../model/schema';
import type { LocalStore } from '../storage/db';

const KEY = 'templates';

/** Saved templates; a damaged one is skipped, not fatal. */
export async function loadUserTemplates(store: LocalStore): Promise<SignpostDocument[]> {
  const list = await store.getSetting<unknown[]>(KEY);
  const out: SignpostDocument[] = [];
  for (const raw of Array.isArray(list) ? list : []) {
    try {
      out.push(parseDocument(raw));
    } catch {
      // skip it
    }
  }
  return out;
}

export const saveUserTemplates = (store: LocalStore, docs: SignpostDocument[]): Promise<void> => store.setSetting(KEY, docs);

/** Adds a template, replacing one with the same id; returns the new list. */
export async function addUserTemplate(store: LocalStore, doc: SignpostDocument): Promise<SignpostDocument[]> {
  const next = [...(await loadUserTemplates(store)).filter((d) => d.id !== doc.id), doc];
  await saveUserTemplates(store, next);
  return next;
}
