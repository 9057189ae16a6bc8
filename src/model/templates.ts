/** Starting a document from a template: a fresh copy, filled in from a profile where it asks. */
import { newId } from './ids';
import type { Profile } from './profile';
import type { Element, SignpostDocument } from './schema';
import { withTexts } from './elements';

/** Placeholders a template may use, filled from the profile it is made for. */
export const PLACEHOLDERS = ['name', 'likes', 'helpMe', 'dont'] as const;

function fill(text: string, profile: Profile | null): string {
  return text.replace(/\{(name|likes|helpMe|dont)\}/g, (_, k: (typeof PLACEHOLDERS)[number]) => {
    if (!profile) return '…';
    return k === 'name' ? profile.name : profile.notes[k] || '…';
  });
}

function fillElement(e: Element, profile: Profile | null): Element {
  return withTexts(e, (slot) => fill(slot.text, profile));
}

/** A new document from a template, made for `profile` (or for no one). */
export function fromTemplate(template: SignpostDocument, profile: Profile | null, now = new Date()): SignpostDocument {
  const t = now.toISOString();
  return {
    ...template,
    id: newId('d'),
    profileId: profile?.id ?? null,
    createdAt: t,
    updatedAt: t,
    pages: template.pages.map((p) => ({ ...p, id: newId('p'), elements: p.elements.map((e) => fillElement(e, profile)) })),
  };
}
