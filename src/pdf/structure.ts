/**
 * The logical structure of a tagged PDF, built from the Scene's parts alone: headings,
 * paragraphs, lists for sequences, grids, timelines and Easy Read rows, and figures named in
 * words. Each leaf collects the marked-content ids of what is drawn for it.
 */
import type { PDFRef } from '@cantoo/pdf-lib';
import type { Prim, Scene, ScenePage, ScenePart } from '../layout/scene';
import { figureName, partLanguage, readingItems, type PictureWords } from '../layout/reading';

export type StructRole = 'Document' | 'H1' | 'H2' | 'P' | 'Span' | 'Figure' | 'L' | 'LI' | 'LBody' | 'Link';

export interface StructNode {
  role: StructRole;
  kids: StructNode[];
  /** A figure's alternate text. */
  alt?: string;
  /** Language, where it differs from the document's. */
  lang?: string;
  /** The words of a paragraph set on several lines, so that readers join the lines with spaces. */
  actualText?: string;
  /** Marked-content ids of its own content, on page `page`. */
  mcids: number[];
  page: number;
  /** A link annotation it stands for (a `Link`), on page `page`. */
  annot?: PDFRef;
}

export interface PageStructure {
  /** The page's top-level nodes, in reading order. */
  nodes: StructNode[];
  /** The leaf that owns part `part` of item `item` (indexes into the page's items and the item's parts). */
  leaves: Map<string, StructNode>;
  /** Where more of an item belongs (a link): the body of its group `item/group`, else the item's last node, by `item`. */
  bodies: Map<string, StructNode>;
  ends: Map<number, StructNode>;
}

/** Headings met so far in the document: the first is H1, the rest H2. */
export interface HeadingCount {
  seen: number;
}

export const leafKey = (item: number, part: number): string => `${item}/${part}`;

const node = (role: StructRole, page: number, kids: StructNode[] = []): StructNode => ({ role, kids, mcids: [], page });

/** How many pieces of text a part is drawn in: a line each, or each run that draws letters of a line placed run by run. */
function pieces(prims: readonly Prim[], part: number): number {
  let n = 0;
  for (const p of prims) if (p.t === 'text' && p.part === part) n += p.runs ? p.runs.filter((r) => r.text.trim()).length : 1;
  return n;
}

/** The structure of one page of a scene. */
export function pageStructure(page: ScenePage, pageIndex: number, scene: Pick<Scene, 'language' | 'secondLanguage'>, words: PictureWords, headings: HeadingCount): PageStructure {
  const leaves = new Map<string, StructNode>();
  const leaf = (item: number, part: ScenePart, i: number, inline: boolean): StructNode => {
    const role: StructRole = part.role === 'figure' ? 'Figure' : part.role === 'heading' ? (headings.seen++ === 0 ? 'H1' : 'H2') : inline ? 'Span' : 'P';
    const n = node(role, pageIndex);
    if (part.role === 'figure') n.alt = figureName(part, words);
    const lang = partLanguage(part, scene);
    if (lang !== scene.language) n.lang = lang;
    // words drawn in more than one piece (lines, or the runs of a mixed line) read as one text
    if (part.text && pieces(page.items[item].prims, i) > 1) n.actualText = part.text.replace(/\s+/g, ' ');
    leaves.set(leafKey(item, i), n);
    return n;
  };
  const nodes: StructNode[] = [];
  const bodies = new Map<string, StructNode>();
  const ends = new Map<number, StructNode>();
  for (const r of readingItems(page)) {
    const parts = r.item.parts;
    if (r.shape === 'plain') {
      for (const g of r.groups) for (const i of g.parts) nodes.push(leaf(r.index, parts[i], i, false));
    } else if (r.shape === 'words') {
      // running text: one paragraph, each word's picture inside it before the word
      nodes.push(node('P', pageIndex, r.groups.flatMap((g) => g.parts.map((i) => leaf(r.index, parts[i], i, true)))));
    } else {
      const items = r.groups.map((g) => {
        const body = node('LBody', pageIndex, g.parts.map((i) => leaf(r.index, parts[i], i, false)));
        const group = parts[g.parts[0]].group;
        if (group !== undefined) bodies.set(`${r.index}/${group}`, body);
        return node('LI', pageIndex, [body]);
      });
      nodes.push(node('L', pageIndex, items));
    }
    ends.set(r.index, nodes[nodes.length - 1]);
  }
  return { nodes, leaves, bodies, ends };
}

/** The nodes without the leaves that got no content and the containers left empty (in place: leaves keep their identity). */
export function prune(nodes: StructNode[]): StructNode[] {
  return nodes.filter((n) => {
    n.kids = prune(n.kids);
    return n.kids.length > 0 || n.mcids.length > 0 || n.annot !== undefined;
  });
}
