/**
 * Reading a tagged PDF back with qpdf (an independent reader): its catalog, its structure
 * tree, and what each page's content draws inside which marked content.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
interface QpdfObject {
  value?: Json;
  stream?: { dict: Record<string, Json>; data?: string };
}

/** Every object of the PDF, streams decoded, by reference ("7 0 R"), and the trailer. */
export function qpdfObjects(pdf: Uint8Array): { objects: Map<string, QpdfObject>; trailer: Record<string, Json> } {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-tags-'));
  const path = join(dir, 'doc.pdf');
  writeFileSync(path, pdf);
  const out = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const all = (JSON.parse(out) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf[1];
  const objects = new Map<string, QpdfObject>();
  for (const [k, v] of Object.entries(all)) if (k.startsWith('obj:')) objects.set(k.slice(4), v);
  return { objects, trailer: (all.trailer.value ?? all.trailer.stream!.dict) as Record<string, Json> };
}

/** qpdf writes text strings as `u:…`. */
const text = (v: Json | undefined): string | undefined => (typeof v === 'string' && v.startsWith('u:') ? v.slice(2) : undefined);

export interface TagNode {
  role: string;
  alt?: string;
  lang?: string;
  actualText?: string;
  /** Marked-content ids it owns, with its page's index. */
  mcids: { page: number; mcid: number }[];
  /** Annotations it stands for (object references), by reference. */
  annots: string[];
  kids: TagNode[];
}

export interface Tagged {
  catalog: Record<string, Json>;
  /** The Document element, with everything under it. */
  root: TagNode;
  /** Page i's ParentTree entry: MCID → the element it names. */
  parents: TagNode[][];
  /** Each annotation's StructParent entry: annotation reference → the element it names, with the annotation's dictionary. */
  annotParents: Map<string, { owner: TagNode; annot: Record<string, Json> }>;
  /** Decoded content of each page. */
  contents: string[];
  /** The XMP metadata packet, as text. */
  xmp: string;
}

const dict = (o: QpdfObject | undefined): Record<string, Json> => (o?.value ?? o?.stream?.dict ?? {}) as Record<string, Json>;

/** The structure tree and page contents of a tagged PDF. */
export function readTagged(pdf: Uint8Array): Tagged {
  const { objects, trailer } = qpdfObjects(pdf);
  const get = (ref: Json) => dict(objects.get(ref as string));
  const catalog = get(trailer['/Root']);
  const pageRefs: string[] = [];
  const walkPages = (ref: Json) => {
    const d = get(ref);
    if (d['/Type'] === '/Pages') (d['/Kids'] as Json[]).forEach(walkPages);
    else pageRefs.push(ref as string);
  };
  walkPages(catalog['/Pages']);
  const byRef = new Map<string, TagNode>();
  const node = (ref: string): TagNode => {
    const d = get(ref);
    const kids = Array.isArray(d['/K']) ? d['/K'] : d['/K'] === undefined ? [] : [d['/K']];
    const page = pageRefs.indexOf(d['/Pg'] as string);
    const n: TagNode = { role: String(d['/S']).slice(1), mcids: [], annots: [], kids: [] };
    if (text(d['/Alt']) !== undefined) n.alt = text(d['/Alt']);
    if (text(d['/Lang']) !== undefined) n.lang = text(d['/Lang']);
    if (text(d['/ActualText']) !== undefined) n.actualText = text(d['/ActualText']);
    byRef.set(ref, n);
    for (const k of kids) {
      if (typeof k === 'number') n.mcids.push({ page, mcid: k });
      else if (typeof k === 'object' && k && !Array.isArray(k) && k['/Type'] === '/OBJR') n.annots.push(k['/Obj'] as string);
      else n.kids.push(node(k as string));
    }
    return n;
  };
  const treeRoot = get(catalog['/StructTreeRoot']);
  const root = node(treeRoot['/K'] as string);
  const nums = get(treeRoot['/ParentTree'])['/Nums'] as Json[];
  const parents: TagNode[][] = pageRefs.map(() => []);
  const annotParents = new Map<string, { owner: TagNode; annot: Record<string, Json> }>();
  const annotRefs = pageRefs.flatMap((ref) => (get(ref)['/Annots'] as string[] | undefined) ?? []);
  for (let i = 0; i < nums.length; i += 2) {
    const key = nums[i] as number;
    if (key < pageRefs.length) parents[key] = (nums[i + 1] as Json[]).map((r) => byRef.get(r as string)!);
    else {
      const annot = annotRefs.find((r) => get(r)['/StructParent'] === key);
      if (annot) annotParents.set(annot, { owner: byRef.get(nums[i + 1] as string)!, annot: get(annot) });
    }
  }
  const contents = pageRefs.map((ref) => {
    const c = get(ref)['/Contents'];
    return (Array.isArray(c) ? c : [c]).map((r) => Buffer.from(objects.get(r as string)!.stream!.data!, 'base64').toString('latin1')).join('\n');
  });
  const meta = objects.get(catalog['/Metadata'] as string);
  const xmp = meta?.stream?.data ? Buffer.from(meta.stream.data, 'base64').toString('utf8') : '';
  return { catalog, root, parents, annotParents, contents, xmp };
}

/** The nodes of a tree in reading order (depth first). */
export function walk(n: TagNode): TagNode[] {
  return [n, ...n.kids.flatMap(walk)];
}

const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'Tj', 'TJ', "'", '"', 'sh']);

/** One painting operator and the marked-content tags open around it (outermost first). */
export interface Painted {
  op: string;
  /** e.g. `Artifact`, `P`; with the MCID or artifact type when there is one. */
  marks: { tag: string; mcid?: number; type?: string }[];
  /** The operands just before it (a dash array is set earlier; see `dashed`). */
  dashed: boolean;
}

/**
 * Every painting operator of a content stream with the marked content around it. Enough of
 * a tokenizer for what Signpost writes (names, numbers, strings, hex strings, arrays, dicts).
 */
export function paintedOps(content: string): Painted[] {
  const tokens = content.match(/\/[^\s/<>[\]()]+|<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[^\s/<>[\]()]+/g) ?? [];
  const stack: Painted['marks'] = [];
  const saved: boolean[] = [];
  let dashed = false;
  const out: Painted[] = [];
  let operands: string[] = [];
  for (const t of tokens) {
    if (/^[A-Za-z'"*]+$/.test(t) && !t.startsWith('/')) {
      if (t === 'BDC' || t === 'BMC') {
        const tag = operands.find((o) => o.startsWith('/'))!.slice(1);
        const mcid = operands.indexOf('/MCID');
        const type = operands.indexOf('/Type');
        stack.push({ tag, ...(mcid >= 0 ? { mcid: Number(operands[mcid + 1]) } : {}), ...(type >= 0 ? { type: operands[type + 1].slice(1) } : {}) });
      } else if (t === 'EMC') stack.pop();
      else if (t === 'q') saved.push(dashed);
      else if (t === 'Q') dashed = saved.pop() ?? false;
      else if (t === 'd') dashed = operands.length > 3 && operands[1] !== ']';
      else if (PAINT.has(t)) out.push({ op: t, marks: [...stack], dashed });
      operands = [];
    } else operands.push(t);
  }
  return out;
}
