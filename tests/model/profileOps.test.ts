import { describe, expect, it } from 'vitest';
import { createProfile, LEVEL_DEFAULTS, ProfileSchema, type Photo, type Profile } from '../../src/model/profile';
import {
  addAvoidSymbol,
  addAvoidWord,
  addVocabulary,
  clearProfilePhoto,
  prunePhotos,
  removeAvoid,
  removeVocabulary,
  setFirstLanguage,
  setLineSpacing,
  setMaxItemsPerPage,
  setProfileField,
  setProfileName,
  setProfileNote,
  setProfilePhoto,
  setReadingLevel,
  setSecondLanguage,
  setSymbolScalePercent,
  setTextSize,
  withNewProfileId,
} from '../../src/model/profileOps';
import { TINY_PNG } from '../helpers/profiles';

const photo = (id: string): Photo => ({ id, mime: 'image/png', data: TINY_PNG, width: 1, height: 1 });
const base = (): Profile => createProfile('Ash', 'developing', new Date('2026-01-01T00:00:00Z'));
const police = { set: 'openmoji', id: '1F46E' };
const court = { set: 'openmoji', id: '1F3DB' };
/** Every result must still be a profile that can be saved and reopened. */
const valid = (p: Profile) => expect(ProfileSchema.safeParse(p).success, JSON.stringify(ProfileSchema.safeParse(p).error?.issues)).toBe(true);

describe('profile operations', () => {
  it('sets plain fields, and returns the same profile when nothing changes', () => {
    const p = base();
    const next = setProfileField(p, 'font', 'lexend');
    expect(next.font).toBe('lexend');
    expect(p.font).toBe('atkinson'); // the input is untouched
    expect(setProfileField(p, 'font', 'atkinson')).toBe(p);
    expect(setProfileField(p, 'highContrast', true).highContrast).toBe(true);
    expect(setProfileField(p, 'symbolSets', ['openmoji', 'pack-1']).symbolSets).toEqual(['openmoji', 'pack-1']);
  });

  it('renames, and an emptied name becomes "?"', () => {
    const p = base();
    expect(setProfileName(p, 'Bea').name).toBe('Bea');
    expect(setProfileName(p, '').name).toBe('?');
    expect(setProfileName(p, 'x'.repeat(80)).name).toHaveLength(60);
    expect(setProfileName(p, 'Ash')).toBe(p);
    valid(setProfileName(p, ''));
  });

  it('sets one note and keeps the others', () => {
    const p = { ...base(), notes: { likes: 'trains', helpMe: 'go slowly', dont: '' } };
    const next = setProfileNote(p, 'contact', 'Sam, 01234');
    expect(next.notes).toEqual({ likes: 'trains', helpMe: 'go slowly', dont: '', contact: 'Sam, 01234' });
    expect(setProfileNote(p, 'likes', 'buses').notes.likes).toBe('buses');
    expect(setProfileNote(p, 'likes', 'trains')).toBe(p);
  });

  it('sets a reading level with the defaults it brings, over what was set by hand', () => {
    const p = { ...base(), textSize: 40, maxItemsPerPage: 20, font: 'lexend' as const };
    const next = setReadingLevel(p, 'emerging');
    expect(next.readingLevel).toBe('emerging');
    expect(next).toMatchObject(LEVEL_DEFAULTS.emerging);
    expect(next.textSize).toBe(22);
    expect(next.font).toBe('lexend'); // not a level default
  });

  it('clamps numbers to what a profile accepts, with a default for an empty box', () => {
    const p = base();
    expect(setTextSize(p, 100).textSize).toBe(48);
    expect(setTextSize(p, 9).textSize).toBe(14);
    expect(setTextSize(p, 0).textSize).toBe(14);
    expect(setTextSize(p, Number.NaN).textSize).toBe(14);
    expect(setTextSize(p, 30).textSize).toBe(30);
    expect(setLineSpacing(p, 9).lineSpacing).toBe(2.5);
    expect(setLineSpacing(p, 0.5).lineSpacing).toBe(1);
    expect(setLineSpacing(p, 0).lineSpacing).toBe(1.2);
    expect(setLineSpacing(p, 1.75).lineSpacing).toBe(1.75);
    expect(setSymbolScalePercent(p, 70).symbolScale).toBeCloseTo(0.7);
    expect(setSymbolScalePercent(p, 20).symbolScale).toBe(0.5);
    expect(setSymbolScalePercent(p, 250).symbolScale).toBe(1);
    expect(setSymbolScalePercent(p, 0).symbolScale).toBe(1);
    expect(setMaxItemsPerPage(p, 7.6).maxItemsPerPage).toBe(8);
    expect(setMaxItemsPerPage(p, 99).maxItemsPerPage).toBe(50);
    expect(setMaxItemsPerPage(p, -3).maxItemsPerPage).toBe(1);
    expect(setMaxItemsPerPage(p, 0).maxItemsPerPage).toBe(1);
    expect(setTextSize(p, p.textSize)).toBe(p);
    for (const q of [setTextSize(p, 1e9), setLineSpacing(p, -1), setSymbolScalePercent(p, 1e9), setMaxItemsPerPage(p, 0.2)]) valid(q);
  });

  it('puts a language first, moving it up rather than repeating it', () => {
    const p = { ...base(), languages: ['en-GB', 'cy', 'ur'] };
    expect(setFirstLanguage(p, 'ur').languages).toEqual(['ur', 'cy']);
    expect(setFirstLanguage(p, 'pl').languages).toEqual(['pl', 'cy', 'ur']);
    expect(setFirstLanguage({ ...p, languages: [] }, 'cy').languages).toEqual(['cy']);
  });

  it('sets or clears the second language and keeps the first', () => {
    const p = { ...base(), languages: ['en-GB', 'cy', 'ur'] };
    expect(setSecondLanguage(p, 'ur').languages).toEqual(['en-GB', 'ur']);
    expect(setSecondLanguage(p, 'pl').languages).toEqual(['en-GB', 'pl', 'ur']);
    expect(setSecondLanguage(p, '').languages).toEqual(['en-GB', 'ur']);
    // a profile that names no language reads English first
    expect(setSecondLanguage({ ...p, languages: [] }, 'cy').languages).toEqual(['en-GB', 'cy']);
  });

  it('adds a phrase, trimmed, replacing its old picture', () => {
    const p = addVocabulary(base(), '  my mum ', { kind: 'symbol', symbol: police });
    expect(p.vocabulary).toEqual([{ phrase: 'my mum', picture: { kind: 'symbol', symbol: police } }]);
    const again = addVocabulary(p, 'my mum', { kind: 'symbol', symbol: court });
    expect(again.vocabulary).toEqual([{ phrase: 'my mum', picture: { kind: 'symbol', symbol: court } }]);
    expect(addVocabulary(p, '   ', { kind: 'symbol', symbol: court })).toBe(p);
    expect(addVocabulary(p, 'w'.repeat(150), { kind: 'symbol', symbol: court }).vocabulary[1].phrase).toHaveLength(100);
    valid(again);
  });

  it('keeps a photo while a picture uses it, and drops it when none does', () => {
    let p = addVocabulary(base(), 'home', { kind: 'photo', photoId: 'ph1' }, [photo('ph1')]);
    expect(p.photos.map((x) => x.id)).toEqual(['ph1']);
    valid(p);
    p = addVocabulary(p, 'home', { kind: 'symbol', symbol: police }); // the photo is replaced
    expect(p.photos).toEqual([]);
    p = addVocabulary(p, 'school', { kind: 'photo', photoId: 'ph2' }, [photo('ph2')]);
    p = removeVocabulary(p, 0);
    expect(p.vocabulary.map((v) => v.phrase)).toEqual(['school']);
    expect(p.photos.map((x) => x.id)).toEqual(['ph2']);
    p = removeVocabulary(p, 0);
    expect(p.vocabulary).toEqual([]);
    expect(p.photos).toEqual([]);
    expect(removeVocabulary(p, 3)).toBe(p);
    const three = ['a', 'b', 'c'].reduce((q, w) => addVocabulary(q, w, { kind: 'symbol', symbol: police }), base());
    expect(removeVocabulary(three, 1).vocabulary.map((v) => v.phrase)).toEqual(['a', 'c']);
  });

  it('adds words and symbols to avoid, and removes one by its place', () => {
    const p = base();
    const a = addAvoidWord(p, ' court ', ' the arrest ');
    expect(a.avoid).toEqual([{ word: 'court', reason: 'the arrest', symbol: null }]);
    expect(addAvoidWord(p, '  ', 'why')).toBe(p);
    const b = addAvoidSymbol(a, police, '', 'police officer');
    expect(b.avoid[1]).toEqual({ word: '', reason: 'police officer', symbol: police });
    expect(addAvoidSymbol(a, police, ' uniform ', 'police officer').avoid[1].reason).toBe('uniform');
    expect(addAvoidWord(p, 'w', 'r'.repeat(400)).avoid[0].reason).toHaveLength(300);
    valid(b);
    const c = removeAvoid(b, 0);
    expect(c.avoid).toEqual([b.avoid[1]]);
    expect(removeAvoid(b, 1).avoid).toEqual([a.avoid[0]]);
    expect(removeAvoid(b, 5)).toBe(b);
  });

  it('sets and clears the young person\'s photo, dropping the one it replaces', () => {
    const one = setProfilePhoto(base(), photo('me1'));
    expect(one.photoId).toBe('me1');
    expect(one.photos.map((x) => x.id)).toEqual(['me1']);
    const two = setProfilePhoto(one, photo('me2'));
    expect(two.photoId).toBe('me2');
    expect(two.photos.map((x) => x.id)).toEqual(['me2']);
    valid(two);
    const none = clearProfilePhoto(two);
    expect(none.photoId).toBeNull();
    expect(none.photos).toEqual([]);
    expect(clearProfilePhoto(none)).toBe(none);
    // a photo that a vocabulary entry also shows stays
    const shared = addVocabulary(setProfilePhoto(base(), photo('me1')), 'me', { kind: 'photo', photoId: 'me1' });
    expect(clearProfilePhoto(shared).photos.map((x) => x.id)).toEqual(['me1']);
  });

  it('prunes only unused photos and gives a new id on request', () => {
    const p = { ...base(), photos: [photo('a'), photo('b')], photoId: 'b' };
    expect(prunePhotos(p).photos.map((x) => x.id)).toEqual(['b']);
    const kept = { ...p, photos: [photo('b')] };
    expect(prunePhotos(kept)).toBe(kept);
    const copy = withNewProfileId(p, 'y-new');
    expect(copy.id).toBe('y-new');
    expect({ ...copy, id: p.id }).toEqual(p);
    expect(withNewProfileId(p).id).not.toBe(p.id);
  });
});
