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
  return samePictureWords(e, withTexts(e, (slot) => fill(slot.text, profile)));
}

/** A picture chosen for a template's words stays chosen for them once the placeholders are filled. */
function samePictureWords(before: Element, after: Element): Element {
  if (before.type === 'symbol' && after.type === 'symbol' && before.pictureFor === before.caption && before.caption !== after.caption) return { ...after, pictureFor: after.caption };
  if (before.type === 'container' && after.type === 'container') {
    const items = after.items.map((it, i) => (before.items[i]?.pictureFor === before.items[i]?.caption && before.items[i].caption !== it.caption ? { ...it, pictureFor: it.caption } : it));
    return items.some((it, i) => it !== after.items[i]) ? { ...after, items } : after;
  }
  return after;
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
