/**
 * Repairs a validated document whose ids clash. Pages, elements and container items are
 * found by id, so two with one id are deleted, moved or edited together; the second and
 * later holders of an id get a fresh one. Returns the same object when nothing clashed.
 */
import { newId } from './ids';
import type { Container, Element, Page, SignpostDocument } from './schema';

/** Gives `id` back if unseen, else a fresh id with the prefix; remembers what it returns. */
function unique(seen: Set<string>, id: string, prefix: string): string {
  let out = id;
  while (seen.has(out)) out = newId(prefix);
  seen.add(out);
  return out;
}

function repairItems(c: Container): Container {
  const seen = new Set<string>();
  let changed = false;
  const items = c.items.map((it) => {
    const id = unique(seen, it.id, 'i');
    if (id === it.id) return it;
    changed = true;
    return { ...it, id };
  });
  return changed ? { ...c, items } : c;
}

function repairElement(e: Element, seen: Set<string>): Element {
  const id = unique(seen, e.id, 'e');
  const fixed = e.type === 'container' ? repairItems(e) : e;
  return id === e.id ? fixed : { ...fixed, id };
}

/** Fresh ids for duplicate pages, elements (across the document) and items (within a container). */
export function repairIds(doc: SignpostDocument): SignpostDocument {
  const pageIds = new Set<string>();
  const elementIds = new Set<string>();
  let changed = false;
  const pages = doc.pages.map((p): Page => {
    const id = unique(pageIds, p.id, 'p');
    const elements = p.elements.map((e) => repairElement(e, elementIds));
    const same = id === p.id && elements.every((e, i) => e === p.elements[i]);
    if (same) return p;
    changed = true;
    return { ...p, id, elements };
  });
  return changed ? { ...doc, pages } : doc;
}
