/**
 * Documents made only through the editor's own commands and gestures: random sequences of
 * adding (symbols, text, symbol text, shapes, arrows, photos), selecting, moving, resizing,
 * typing, choosing pictures for words, pages (add, duplicate, delete, move), undo and redo.
 * Values the panels hold within the schema's limits are held here the same way (text cut at
 * its maxLength, numbers outside a NumberField's range never reach the document).
 */
import fc from 'fast-check';
import { Editor } from '../../src/editor/editor';
import * as C from '../../src/editor/commands';
import { runCommand } from '../../src/editor/commands';
import { commitDrag, commitTransform } from '../../src/editor/drag';
import { editText, growToFit } from '../../src/editor/text';
import { setTokenChoice } from '../../src/editor/symbolText';
import { createDocument } from '../../src/model/factory';
import { documentFromBoardGrid } from '../../src/model/boardDocument';
import { newItem } from '../../src/model/containers';
import { setLanguage, setPageSetup, setSecondLanguage, setTitle, updateElements, type ElementPatch } from '../../src/model/operations';
import { LIMITS, MODIFIER_VALUES, type Asset, type SignpostDocument, type SymbolRef } from '../../src/model/schema';
import { TINY_PNG } from '../helpers/profiles';
import { TINY_JPEG } from '../helpers/pictures';
import { anyText, PROTOTYPE_WORDS } from './strings';

/** Languages a document can be in (ui/languages.ts), and one the schema allows but no menu offers. */
const LANGUAGES = ['en-GB', 'cy', 'pl', 'ro', 'ur', 'pa', 'ar', 'bn', 'so', 'pt'];

const symbolRef: fc.Arbitrary<SymbolRef> = fc.record({
  set: fc.constantFrom('openmoji', 'pack-mine-1', 'constructor'),
  id: fc.constantFrom('1F46E', '1F3E0', '1F68C', '2764', 'x-unknown', ...PROTOTYPE_WORDS),
});

/** Photos as "Add your own photo" stores them: downscaled, metadata-free, with a fresh id. */
const asset: fc.Arbitrary<Asset> = fc.record({
  id: fc.oneof(fc.constantFrom('ph1', 'ph2'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 12 }).map((s) => `ph${s}`)),
  kind: fc.constantFrom('png', 'jpeg'),
  width: fc.integer({ min: 1, max: 4000 }),
  height: fc.integer({ min: 1, max: 4000 }),
}).map(({ id, kind, width, height }) => ({ id, mime: kind === 'png' ? 'image/png' : 'image/jpeg', data: kind === 'png' ? TINY_PNG : TINY_JPEG, width, height }));

const picture = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record({ set: fc.constant('openmoji'), ids: fc.array(fc.constantFrom('1F46E', '1F3E0', '2764'), { minLength: 1, maxLength: 3 }), modifier: fc.option(fc.constantFrom(...MODIFIER_VALUES), { nil: undefined }) }, { requiredKeys: ['set', 'ids'] }),
);

/** A drag or line end: any distance, the model holds positions within the schema's bounds. */
const coord = fc.double({ min: -2 * LIMITS.coordinate, max: 2 * LIMITS.coordinate, noNaN: true });
/** A drop point on the canvas: the stage is the page and what is around it on screen. */
const dropPoint = fc.tuple(fc.double({ min: -500, max: 2500, noNaN: true }), fc.double({ min: -500, max: 2500, noNaN: true }));
const pick = fc.nat(1000);

/** One thing a user does. */
export const commandArb = fc.oneof(
  { depthSize: 'small' },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('addSymbol' as const), at: fc.option(dropPoint, { nil: undefined }), ref: symbolRef, caption: anyText(LIMITS.caption), also: fc.array(symbolRef, { maxLength: 3 }), modifier: fc.option(fc.constantFrom(...MODIFIER_VALUES), { nil: undefined }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('addText' as const), text: anyText(LIMITS.text) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('addSymbolText' as const), text: anyText(LIMITS.symbolText), layout: fc.constantFrom('above' as const, 'easy-read' as const) }) },
  fc.record({ k: fc.constant('addShape' as const), shape: fc.constantFrom('rect' as const, 'ellipse' as const) }),
  fc.record({ k: fc.constant('addArrow' as const) }),
  fc.record({ k: fc.constant('addImage' as const), asset, at: fc.option(dropPoint, { nil: undefined }) }),
  fc.record({ k: fc.constant('addItem' as const), el: pick, symbol: fc.option(symbolRef, { nil: null }), caption: anyText(LIMITS.caption), index: fc.option(fc.nat(120), { nil: undefined }) }),
  fc.record({ k: fc.constant('select' as const), picks: fc.array(pick, { maxLength: 4 }) }),
  fc.record({ k: fc.constantFrom('selectAll' as const, 'selectNone' as const, 'copy' as const, 'cut' as const, 'paste' as const, 'duplicateSelection' as const, 'deleteSelection' as const) }),
  fc.record({ k: fc.constantFrom('bringForward' as const, 'sendBackward' as const, 'bringToFront' as const, 'sendToBack' as const) }),
  fc.record({ k: fc.constant('nudge' as const), dx: fc.constantFrom(-10, -1, 0, 1, 10), dy: fc.constantFrom(-10, -1, 0, 1, 10) }),
  fc.record({ k: fc.constant('drag' as const), dx: coord, dy: coord }),
  fc.record({ k: fc.constant('transform' as const), width: fc.double({ min: -50, max: 3000, noNaN: true }), height: fc.double({ min: -50, max: 3000, noNaN: true }), rotation: fc.double({ min: -360, max: 360, noNaN: true }) }),
  fc.record({ k: fc.constant('lineEnd' as const), dx: coord, dy: coord }),
  fc.record({ k: fc.constant('grow' as const), el: pick, need: fc.double({ min: 0, max: 5000, noNaN: true }) }),
  { weight: 3, arbitrary: fc.record({ k: fc.constant('type' as const), el: pick, text: anyText(LIMITS.caption, LIMITS.symbolText, LIMITS.text) }) },
  fc.record({ k: fc.constant('second' as const), el: pick, text: anyText(LIMITS.caption, LIMITS.text) }),
  fc.record({ k: fc.constant('fontSize' as const), el: pick, size: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 400, noNaN: true })) }),
  fc.record({ k: fc.constant('style' as const), el: pick, patch: fc.constantFrom<ElementPatch>({ bold: true }, { align: 'right' }, { border: true }, { captionPosition: 'none' }, { fill: '#fff4c2' }, { fill: null }, { layout: 'easy-read' }, { arrow: 'both' }, { crop: 'circle' }) }),
  fc.record({ k: fc.constant('marker' as const), el: pick, text: anyText(LIMITS.markerLabel) }),
  { weight: 3, arbitrary: fc.record({ k: fc.constant('choice' as const), el: pick, key: fc.oneof(fc.constantFrom(...PROTOTYPE_WORDS), anyText()), picture }) },
  fc.record({ k: fc.constant('title' as const), text: anyText(LIMITS.title) }),
  fc.record({ k: fc.constant('language' as const), lang: fc.constantFrom(...LANGUAGES), second: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }) }),
  fc.record({ k: fc.constant('pageSetup' as const), size: fc.constantFrom('A4' as const, 'A5' as const, 'Letter' as const), orientation: fc.constantFrom('portrait' as const, 'landscape' as const) }),
  fc.record({ k: fc.constantFrom('addPage' as const, 'duplicatePage' as const, 'deletePage' as const) }),
  fc.record({ k: fc.constant('movePage' as const), by: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ k: fc.constant('setPage' as const), page: pick }),
  fc.record({ k: fc.constantFrom('undo' as const, 'redo' as const) }),
);

export type UserCommand = typeof commandArb extends fc.Arbitrary<infer T> ? T : never;

/** Where a session starts: a new document, or a board opened as one (a grid to add steps to). */
export const startArb = fc.oneof(
  fc.record({ k: fc.constant('new' as const), title: anyText(LIMITS.title) }),
  fc.record({ k: fc.constant('board' as const), name: anyText(LIMITS.title), locale: fc.constantFrom('en', 'ar', 'cy', 'x', ''), columns: fc.integer({ min: -2, max: 14 }), captions: fc.array(anyText(LIMITS.caption), { maxLength: 130 }) }),
);

export type Start = typeof startArb extends fc.Arbitrary<infer T> ? T : never;

const NOW = new Date('2026-03-01T09:00:00Z');

function startDocument(s: Start): SignpostDocument {
  if (s.k === 'new') return setTitle(createDocument('', NOW), s.title);
  return documentFromBoardGrid({ name: s.name, locale: s.locale, columns: s.columns, items: s.captions.map((c) => newItem(null, c)) }, NOW);
}

const nth = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

/** Runs one user action against the editor, through the same functions the UI calls. */
export function apply(ed: Editor, c: UserCommand): void {
  const els = ed.page.elements;
  // an action on an element picks among those it applies to, as a user would
  const kinds: Partial<Record<UserCommand['k'], string[]>> = { choice: ['symtext'], second: ['symbol', 'text'], fontSize: ['text', 'symtext'], marker: ['container'], grow: ['text'] };
  const fits = kinds[c.k];
  const el = 'el' in c ? nth(fits ? els.filter((e) => fits.includes(e.type)) : els, c.el) : undefined;
  const patchOne = (p: ElementPatch, mergeKey?: string) => el && ed.change((d) => updateElements(d, ed.page.id, { [el.id]: p }), { mergeKey });
  switch (c.k) {
    case 'addSymbol': return void runCommand(ed, C.addSymbol, { ref: c.ref, caption: c.caption.slice(0, LIMITS.caption), x: c.at?.[0], y: c.at?.[1], also: c.also, modifier: c.modifier });
    case 'addText': return void runCommand(ed, C.addText, { text: c.text.slice(0, LIMITS.text) });
    case 'addSymbolText': return void runCommand(ed, C.addSymbolText, { text: c.text.slice(0, LIMITS.symbolText), layout: c.layout });
    case 'addShape': return void runCommand(ed, C.addShape, { shape: c.shape });
    case 'addArrow': return void runCommand(ed, C.addArrow, undefined);
    case 'addImage': return void runCommand(ed, C.addImage, { asset: c.asset, x: c.at?.[0], y: c.at?.[1] });
    case 'addItem': {
      const containers = els.filter((e) => e.type === 'container');
      const target = nth(containers, c.el);
      if (target) runCommand(ed, C.addContainerItem, { id: target.id, symbol: c.symbol, caption: c.caption, index: c.index });
      return;
    }
    case 'select': return ed.select([...new Set(c.picks.map((i) => nth(els, i)?.id).filter((id): id is string => !!id))]);
    case 'selectAll': case 'selectNone': case 'copy': case 'cut': case 'paste': case 'duplicateSelection': case 'deleteSelection':
    case 'bringForward': case 'sendBackward': case 'bringToFront': case 'sendToBack': case 'addPage': case 'duplicatePage': case 'deletePage':
    case 'undo': case 'redo':
      return void runCommand(ed, C[c.k] as C.Command<void>, undefined);
    case 'nudge': return void runCommand(ed, C.nudge, { dx: c.dx, dy: c.dy });
    case 'drag': return commitDrag(ed, ed.getState().selection, c.dx, c.dy);
    case 'transform': return commitTransform(ed, Object.fromEntries(ed.getState().selection.map((id) => [id, { width: c.width, height: c.height, rotation: c.rotation }])));
    case 'lineEnd': {
      const line = els.find((e) => e.type === 'line' && ed.getState().selection.includes(e.id));
      if (line) commitTransform(ed, { [line.id]: { dx: c.dx, dy: c.dy } });
      return;
    }
    case 'grow': return el && growToFit(ed, el.id, c.need);
    case 'type': return el && editText(ed, el.id, c.text);
    case 'second':
      if (el?.type === 'symbol') patchOne({ caption2: c.text.slice(0, LIMITS.caption) }, `text2:${el.id}`);
      if (el?.type === 'text') patchOne({ text2: c.text.slice(0, LIMITS.text) }, `text2:${el.id}`);
      return;
    case 'fontSize': {
      // NumberField passes on only values within its range
      const range = el?.type === 'text' ? LIMITS.textFontSize : el?.type === 'symtext' ? LIMITS.symbolFontSize : null;
      if (range && c.size >= range.min && c.size <= range.max) patchOne({ fontSize: c.size });
      return;
    }
    case 'style': return void patchOne(c.patch);
    case 'marker': return void (el?.type === 'container' && patchOne({ markerLabel: c.text.slice(0, LIMITS.markerLabel) }, `marker:${el.id}`));
    case 'choice': return el && setTokenChoice(ed, el.id, c.key, c.picture);
    case 'title': return void ed.change((d) => setTitle(d, c.text), { mergeKey: 'title' });
    case 'language':
      ed.change((d) => setLanguage(d, c.lang));
      if (c.second !== c.lang) ed.change((d) => setSecondLanguage(d, c.second));
      return;
    case 'pageSetup': return void ed.change((d) => setPageSetup(d, { size: c.size, orientation: c.orientation }));
    case 'movePage': return void runCommand(ed, C.movePage, { pageId: ed.page.id, by: c.by });
    case 'setPage': return ed.setPage(nth(ed.doc.pages, c.page)!.id);
  }
}

/** A session: where it starts and what the user does. */
export const sessionArb = fc.record({ start: startArb, commands: fc.array(commandArb, { maxLength: 40, size: '+1' }) });

/** The document a session ends with. */
export function runSession(s: { start: Start; commands: UserCommand[] }): SignpostDocument {
  const ed = new Editor(startDocument(s.start));
  for (const c of s.commands) apply(ed, c);
  return ed.doc;
}
