import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import { loadEnglishTagger } from '../../src/symbols/tagger';
import type { Symboliser } from '../../src/symbols/symbolise';
import { stalePictures, suggestPicture } from '../../src/editor/pictures';
import { isStale, keepPicture, setCardPicture, setItemPicture } from '../../src/model/pictures';
import { createDocument, createSymbolCard } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import { newItem } from '../../src/model/containers';
import type { Container } from '../../src/model/schema';

let s: Symboliser;
beforeAll(async () => {
  s = await new SymbolLibrary(nodeJsonLoader).symboliser('en');
  s.useTagger(await loadEnglishTagger());
});

const TOOTHBRUSH = { set: 'openmoji', id: '1FAA5' };

describe('pictures for a card’s or step’s words (issue 18 item 7)', () => {
  it('finds the picture a caption means: the forbidden thing crossed out, never a crossed-out hand', () => {
    expect(suggestPicture(s, 'Brush teeth', 'en-GB')).toEqual({ set: 'openmoji', ids: ['1FAA5'] });
    const dont = suggestPicture(s, 'Do not contact the witnesses.', 'en-GB')!;
    expect(dont.modifier).toBe('not');
    expect(dont.ids).not.toContain('270B');
    expect(suggestPicture(s, '   ', 'en-GB')).toBeNull();
  });

  it('calls a picture stale only when it was chosen automatically for other words, and the new words picture something else', () => {
    const item = { symbol: TOOTHBRUSH, also: [], modifier: null, caption: 'Toilet and wash hands', pictureFor: 'Brush teeth' };
    const forNew = suggestPicture(s, item.caption, 'en-GB');
    expect(isStale(item, forNew)).toBe(true);
    expect(isStale({ ...item, caption: 'brush teeth.' }, forNew)).toBe(false); // the same words
    expect(isStale({ ...item, pictureFor: undefined }, forNew)).toBe(false); // a person chose it
    expect(isStale({ ...item, caption: 'Brush your teeth' }, suggestPicture(s, 'Brush your teeth', 'en-GB'))).toBe(false); // the same picture fits
  });

  it('lists stale pictures in a document, and taking or keeping a picture ends it', () => {
    let doc = createDocument('Day');
    const pid = doc.pages[0].id;
    const steps: Container = { id: 'c', type: 'container', kind: 'sequence', x: 12, y: 30, width: 186, height: 60, rotation: 0, direction: 'horizontal', columns: 3, numbered: true, arrows: false, ticks: false, marker: null, markerLabel: '', items: [{ ...newItem(TOOTHBRUSH, 'Toilet'), id: 'i1', pictureFor: 'Brush teeth' }] };
    const card = { ...createSymbolCard(TOOTHBRUSH, 'Breakfast', 10, 100), id: 'k', pictureFor: 'Brush teeth' };
    doc = addElements(doc, pid, [steps, card]);
    const suggest = (w: string) => suggestPicture(s, w, 'en-GB');
    expect(stalePictures(doc, suggest)).toEqual([{ pageIndex: 0, elementId: 'c', itemId: 'i1' }, { pageIndex: 0, elementId: 'k' }]);

    const taken = setItemPicture(doc, pid, 'c', 'i1', suggest('Toilet'), 'Toilet');
    const kept = keepPicture(taken, pid, 'k');
    expect(stalePictures(kept, suggest)).toEqual([]);
    const item = (kept.pages[0].elements[0] as Container).items[0];
    expect(item).toMatchObject({ symbol: { id: '1F6BD' }, pictureFor: 'Toilet' });
    expect(kept.pages[0].elements[1]).not.toHaveProperty('pictureFor');
    // a picture a person picks is theirs: no pictureFor, so new words never question it
    const picked = setCardPicture(doc, pid, 'k', { set: 'openmoji', ids: ['1F963'] });
    expect(picked.pages[0].elements[1]).toMatchObject({ symbol: { id: '1F963' }, also: [], modifier: null });
    expect(picked.pages[0].elements[1]).not.toHaveProperty('pictureFor');
  });
});
