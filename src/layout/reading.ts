/**
 * Reading a Scene as a reader meets it: pictures named in words, and each item's parts
 * gathered into the ideas they belong to. The tagged PDF and the phone page are made from
 * this, so both say the same thing in the same order.
 */
import type { Scene, SceneItem, ScenePage, ScenePart } from './scene';

/** Modifier marks a picture can carry. */
export type PictureModifier = NonNullable<ScenePart['modifier']>;

/**
 * Words the outputs need to name pictures, in the document's language (layout has none of
 * its own: the caller takes them from i18n). Templates hold `{{name}}`.
 */
export interface PictureWords {
  /** The name of a photo nobody has described. */
  photo: string;
  /** A picture with each mark: `not` must say that what is pictured is forbidden. */
  modifiers: Record<PictureModifier, string>;
  /** A link to another page, with `{{page}}` for its number: "Go to page {{page}}". */
  link: string;
}

/** English, for callers without i18n (tests, benchmarks). */
export const ENGLISH_PICTURE_WORDS: PictureWords = {
  photo: 'A photo',
  modifiers: { not: '{{name}}: not allowed', question: '{{name}}: a question', plus: 'more {{name}}', past: '{{name}}: before now', future: '{{name}}: later' },
  link: 'Go to page {{page}}',
};

/** A picture's name as a reader hears it, its mark included. */
export function figureName(part: ScenePart, words: PictureWords): string {
  const name = part.name?.trim() || words.photo;
  return part.modifier ? words.modifiers[part.modifier].replace('{{name}}', name) : name;
}

/** One idea of an item: a step, a cell, an event, an Easy Read row, or the item itself. */
export interface ReadingGroup {
  /** Indexes into the item's `parts`, in reading order. */
  parts: number[];
}

/**
 * How an item reads: `list` (a sequence, grid, timeline or Easy Read: each group one idea),
 * `words` (running text with a picture above each word), or `plain` (each part in turn).
 */
export interface ReadingItem {
  item: SceneItem;
  /** Its index in the page's items (drawing order). */
  index: number;
  shape: 'list' | 'words' | 'plain';
  groups: ReadingGroup[];
}

/**
 * The items of a page that a reader meets (decoration left out), in reading order, each
 * with its parts gathered into groups: by `group` number for lists and words, one group
 * per part otherwise.
 */
export function readingItems(page: ScenePage): ReadingItem[] {
  return page.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.parts.length > 0)
    .sort((a, b) => a.item.order - b.item.order || a.index - b.index)
    .map(({ item, index }) => {
      const grouped = item.parts.some((p) => p.group !== undefined);
      if (!grouped) return { item, index, shape: 'plain', groups: item.parts.map((_, i) => ({ parts: [i] })) };
      const byGroup = new Map<number, number[]>();
      const loose: number[] = [];
      item.parts.forEach((p, i) => {
        if (p.group === undefined) loose.push(i);
        else byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), i]);
      });
      const groups = [...byGroup.entries()].sort((a, b) => a[0] - b[0]).map(([, parts]) => ({ parts }));
      // parts outside every group (none today) are read after the groups
      return { item, index, shape: item.words ? 'words' : 'list', groups: [...groups, ...loose.map((i) => ({ parts: [i] }))] };
    });
}

/** The language of a part: the second language for a translated line, else the document's. */
export function partLanguage(part: ScenePart, scene: Pick<Scene, 'language' | 'secondLanguage'>): string {
  return part.second && scene.secondLanguage ? scene.secondLanguage : scene.language;
}
