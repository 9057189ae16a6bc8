/**
 * Figures and furniture the Signpost symbols share: OpenMoji's people with our props (a
 * worker's lanyard, a barrister's wig), badges in a corner, benches, tables, phones. Each
 * takes the same placement as a part, so a figure and its props move together.
 */
import type { Colour, Drawing, Place, Shape } from './draw';

/** OpenMoji people used as figures. */
export const PEOPLE = {
  person: '1F9D1',
  man: '1F468',
  woman: '1F469',
  child: '1F9D2',
  boy: '1F466',
  girl: '1F467',
  police: '1F46E',
  judge: '1F9D1-200D-2696-FE0F',
  health: '1F9D1-200D-2695-FE0F',
  teacher: '1F9D1-200D-1F3EB',
  office: '1F9D1-200D-1F4BC',
} as const;
export type Who = keyof typeof PEOPLE;

/** The smile of OpenMoji's plain people (person, man, woman, child, boy, girl), to draw another mouth. */
const SMILE = /^M3[23](\.\d+)?,3[89](\.\d+)?\s*c/;

export type Mouth = 'smile' | 'sad' | 'worried' | 'flat';

/** A person of OpenMoji, in the drawing's skin tone; `mouth` redraws the face of a plain person. */
export function figure(d: Drawing, who: Who, place: Place = {}, mouth: Mouth = 'smile'): void {
  d.part(PEOPLE[who], place, { toned: true, ...(mouth !== 'smile' ? { drop: SMILE } : {}) });
  if (mouth === 'smile') return;
  // the mouth sits a little lower on the children, whose heads are drawn lower
  const y = who === 'child' || who === 'boy' ? 40 : who === 'girl' ? 39 : 39;
  const shapes: Record<Exclude<Mouth, 'smile'>, Shape[]> = {
    sad: [{ d: `M32.5,${y + 1.2} c2,-1.6,5,-1.6,7,0` }],
    worried: [{ d: `M32,${y + 0.6} c1.2,-1.2,2.4,-1.2,3.4,0 c1,1.2,2.2,1.2,3.6,0` }],
    flat: [{ line: [33, y, 39, y] }],
  };
  const extra: Shape[] = mouth === 'worried' || mouth === 'sad' ? browsFor(who) : [];
  d.shapes([...shapes[mouth], ...extra], { ...place, over: false });
}

/** Raised inner eyebrows: worry. */
function browsFor(who: Who): Shape[] {
  const y = who === 'child' || who === 'boy' ? 28 : who === 'girl' ? 26 : 25;
  return [{ d: `M29.5,${y + 1} l4,-1.6` }, { d: `M42.5,${y + 1} l-4,-1.6` }];
}

/** A worker's lanyard and ID card on an OpenMoji person (in the person's own coordinates). */
export function lanyard(d: Drawing, place: Place = {}, stripe: Colour = 'blueShadow'): void {
  d.shapes(
    [
      { d: 'M29,49 L34.5,55', w: 1 },
      { d: 'M43,49 L37.5,55', w: 1 },
      { rect: [31.5, 54.5, 9, 7, 1], fill: 'white' },
      { rect: [31.5, 54.5, 9, 2.5], fill: stripe, w: 0 },
      { rect: [31.5, 54.5, 9, 7, 1] },
    ],
    place,
  );
}

/** A round badge (white disc, black ring) with something drawn inside it at scale `inner`. */
export function badge(d: Drawing, cx: number, cy: number, r: number, inside: (p: Place) => void, fill: Colour = 'white'): void {
  d.shapes([{ circle: [cx, cy, r], fill }], { over: true });
  // the inside is drawn on the 72 grid, centred on the badge
  const s = (r * 1.7) / 56;
  inside({ x: cx - 36 * s, y: cy - 36 * s, s });
  d.shapes([{ circle: [cx, cy, r] }]);
}

/**
 * An OpenMoji symbol in a badge. Shrunk that far, OpenMoji's own drawing runs together at
 * 72 px: the setting badges (scales, house, calendar) are drawn as glyphs made for the size,
 * and any other symbol keeps its parts with lines 1 unit wide, OpenMoji's fine-detail width.
 */
export function badgeOf(d: Drawing, id: string, cx: number, cy: number, r: number, fill: Colour = 'white'): void {
  const glyph = Object.hasOwn(GLYPHS, id) ? GLYPHS[id as keyof typeof GLYPHS] : undefined;
  if (glyph) {
    d.shapes([{ circle: [cx, cy, r], fill }], { over: true });
    d.uses.push(id);
    glyph(d, cx, cy, r / 11);
    d.shapes([{ circle: [cx, cy, r] }]);
    return;
  }
  badge(d, cx, cy, r, (p) => d.part(id, { ...p, thin: true }), fill);
}

/** The scales of justice (OpenMoji's balance scale). */
export const SCALES = '2696';
export const HOUSE = '1F3E0';
export const CALENDAR = '1F4C5';
/** OpenMoji's spiral calendar: a page of days with no date written on it (the calendar above shows a 12). */
export const SPIRAL_CALENDAR = '1F5D3';

/** Points of a glyph drawn about (cx, cy) at scale k (k = 1 in a badge of radius 11). */
const at = (cx: number, cy: number, k: number) => (x: number, y: number) => `${(cx + x * k).toFixed(2)},${(cy + y * k).toFixed(2)}`;

/** Badge glyphs: the symbols' own subjects, with few bold lines, for a disc of about 20 units. */
const GLYPHS = {
  /** The scales: a post on a foot, a beam, and a pan hanging from each end. */
  [SCALES]: (d: Drawing, cx: number, cy: number, k: number) => {
    const p = at(cx, cy, k);
    const pan = (x: number) => `M${p(x - 3.6, 1.5)} A${3.6 * k},${3 * k} 0 0 0 ${p(x + 3.6, 1.5)} Z`;
    d.shapes([
      { d: pan(-5.6), fill: 'yellow' },
      { d: pan(5.6), fill: 'yellow' },
      { d: `M${p(0, -7.5)} L${p(0, 7)}` },
      { d: `M${p(-4, 7.5)} L${p(4, 7.5)}` },
      { d: `M${p(-7, -4.5)} L${p(7, -4.5)}` },
      { d: `M${p(-9.2, 1.5)} L${p(-5.6, -4.5)} L${p(-2, 1.5)}`, w: 1 },
      { d: `M${p(2, 1.5)} L${p(5.6, -4.5)} L${p(9.2, 1.5)}`, w: 1 },
      { d: pan(-5.6) },
      { d: pan(5.6) },
    ]);
  },
  /** A house: a red roof over a white front with a door. */
  [HOUSE]: (d: Drawing, cx: number, cy: number, k: number) => {
    const p = at(cx, cy, k);
    const front = `M${p(-6, -1)} L${p(-6, 7.5)} L${p(6, 7.5)} L${p(6, -1)}`;
    const roof = `M${p(-8.5, 0)} L${p(0, -8)} L${p(8.5, 0)} Z`;
    const door = `M${p(-1.8, 7.5)} L${p(-1.8, 2.5)} L${p(1.8, 2.5)} L${p(1.8, 7.5)}`;
    d.shapes([
      { d: `${front} Z`, fill: 'white' },
      { d: roof, fill: 'red' },
      { d: `${door} Z`, fill: 'brown' },
      { d: front },
      { d: roof },
      { d: door, w: 1 },
    ]);
  },
  /** A calendar page: a red band with two rings over rows of days. */
  [CALENDAR]: (d: Drawing, cx: number, cy: number, k: number) => {
    const p = at(cx, cy, k);
    const page = `M${p(-7.5, -6)} L${p(7.5, -6)} L${p(7.5, 7.5)} L${p(-7.5, 7.5)} Z`;
    const band = `M${p(-7.5, -6)} L${p(7.5, -6)} L${p(7.5, -2)} L${p(-7.5, -2)} Z`;
    const days: Shape[] = [];
    for (const y of [1.5, 4.8]) for (const x of [-4, 0, 4]) days.push({ circle: [Number((cx + x * k).toFixed(2)), Number((cy + y * k).toFixed(2)), 1 * k], ink: true });
    d.shapes([
      { d: page, fill: 'white' },
      { d: band, fill: 'red' },
      { d: page },
      { d: `M${p(-7.5, -2)} L${p(7.5, -2)}` },
      { d: `M${p(-3.5, -8)} L${p(-3.5, -4.5)}` },
      { d: `M${p(3.5, -8)} L${p(3.5, -4.5)}` },
      ...days,
    ]);
  },
} as const;

/** A wooden bench or counter across the picture, from x0 to x1, top at y, h high. */
export function bench(d: Drawing, x0: number, x1: number, y: number, h: number, wood: Colour = 'brown', place: Place = {}): void {
  d.shapes(
    [
      { rect: [x0, y, x1 - x0, h], fill: wood },
      { rect: [x0, y, x1 - x0, 3], fill: 'brownShadow', w: 0 },
      { rect: [x0, y, x1 - x0, h] },
      { line: [x0, y + 3, x1, y + 3] },
    ],
    { ...place, over: true },
  );
}

/** A simple table seen from the front, top at y. */
export function table(d: Drawing, x0: number, x1: number, y: number, colour: Colour = 'lightGrey'): void {
  d.shapes(
    [
      { rect: [x0, y, x1 - x0, 4, 1], fill: colour },
      { line: [x0 + 3, y + 4, x0 + 3, 64] },
      { line: [x1 - 3, y + 4, x1 - 3, 64] },
    ],
    { over: true },
  );
}

/** A speech bubble with its tail at (tx, ty). */
export function speech(d: Drawing, x: number, y: number, w: number, h: number, tail: [number, number], fill: Colour = 'white', dots = true): void {
  const [tx, ty] = tail;
  const r = Math.min(h / 2, 5);
  const cx = x + w / 2;
  const body = `M${x + r},${y} H${x + w - r} Q${x + w},${y} ${x + w},${y + r} V${y + h - r} Q${x + w},${y + h} ${x + w - r},${y + h} H${cx + 3} L${tx},${ty} L${cx - 2},${y + h} H${x + r} Q${x},${y + h} ${x},${y + h - r} V${y + r} Q${x},${y} ${x + r},${y} Z`;
  const shapes: Shape[] = [{ d: body, fill }, { d: body }];
  if (dots) for (const k of [-1, 0, 1]) shapes.push({ circle: [cx + k * (w / 5), y + h / 2, 1.2], ink: true });
  d.shapes(shapes, { over: true });
}

/** A mobile phone standing upright; `screen` draws on its screen (x 23–49, y 12–56 at full size). */
export function phone(d: Drawing, place: Place = {}, screen?: () => void): void {
  d.shapes([{ rect: [20, 6, 32, 60, 4], fill: 'darkGrey' }, { rect: [23, 11, 26, 46, 1], fill: 'white' }], { ...place, over: true });
  screen?.();
  d.shapes([{ rect: [20, 6, 32, 60, 4] }, { rect: [23, 11, 26, 46, 1] }, { circle: [36, 61, 1.5], ink: true }], place);
}

/** A clock face showing an hour (12-hour), with its centre at (cx, cy) and radius r. */
export function clock(d: Drawing, cx: number, cy: number, r: number, hour: number, minute = 0): void {
  const a = ((hour % 12) + minute / 60) * 30 * (Math.PI / 180);
  const m = minute * 6 * (Math.PI / 180);
  const hx = cx + Math.sin(a) * r * 0.5;
  const hy = cy - Math.cos(a) * r * 0.5;
  const mx = cx + Math.sin(m) * r * 0.75;
  const my = cy - Math.cos(m) * r * 0.75;
  d.uses.push('clock');
  d.shapes(
    [
      { circle: [cx, cy, r], fill: 'white' },
      { circle: [cx, cy, r] },
      { d: `M${cx},${cy} L${hx.toFixed(2)},${hy.toFixed(2)}` },
      { d: `M${cx},${cy} L${mx.toFixed(2)},${my.toFixed(2)}` },
    ],
    { over: true },
  );
}

/** A page of paper with lines of writing. */
export function page(d: Drawing, x: number, y: number, w: number, h: number, fill: Colour = 'white', lines = 3): void {
  const shapes: Shape[] = [{ rect: [x, y, w, h, 1], fill }, { rect: [x, y, w, h, 1] }];
  for (let i = 0; i < lines; i++) {
    const ly = y + 5 + i * ((h - 8) / Math.max(1, lines));
    shapes.push({ line: [x + 3.5, ly, x + w - 3.5 - (i === lines - 1 ? w / 4 : 0), ly] });
  }
  d.shapes(shapes, { over: true });
}

/** A green tick in a circle, OpenMoji's way of saying yes or safe. */
export function tick(d: Drawing, cx: number, cy: number, r: number): void {
  d.shapes([{ circle: [cx, cy, r], fill: 'green' }, { circle: [cx, cy, r] }, { d: `M${cx - r * 0.5},${cy} L${cx - r * 0.1},${cy + r * 0.4} L${cx + r * 0.5},${cy - r * 0.4}` }], { over: true });
}

/** OpenMoji's red prohibition sign, centred at (cx, cy), outer radius about r. */
export function prohibited(d: Drawing, cx: number, cy: number, r: number): void {
  const s = r / 28;
  d.part('1F6AB', { x: cx - 36 * s, y: cy - 36 * s, s });
}
