/** Care: the people and meetings of a young person's care, and where they live. */
import type { Concept } from '../concept';
import type { Drawing, Shape } from '../draw';
import { badge, badgeOf, figure, HOUSE, lanyard, speech, table, type Who } from '../kit';

/** A worker with a lanyard on the left and a young person in front on the right. */
function workerWithYoungPerson(d: Drawing, who: Who = 'woman'): void {
  const p = { x: -8, y: 2, s: 0.85 };
  figure(d, who, p);
  lanyard(d, p);
  figure(d, 'child', { x: 29, y: 20, s: 0.65, over: true });
}

/** A head in profile, facing right, with a heart inside: mental health. */
export function mindHeart(d: Drawing, place = {}): void {
  const head = 'M24,62 L24,52 C15,47 12,38 14,29 C16,17 26,10 37,10 C49,10 58,18 58,30 C58,34 59,37 62,41 C63,43 62,44 59,45 L59,50 C59,53 57,54 54,54 L49,54 L49,62';
  const heart = 'M35,44 C28,38 24,34 25.5,28.5 C27,23.5 33,23.5 35,28 C37,23.5 43,23.5 44.5,28.5 C46,34 42,38 35,44 Z';
  d.shapes([{ d: `${head} Z`, fill: 'blue', w: 0 }, { d: head }, { d: heart, fill: 'redShadow' }, { d: heart }], place);
}

export const care: Concept[] = [
  {
    id: 'social-worker',
    label: 'social worker',
    keywords: ['social care', 'childrens services', 'my worker', 'sw'],
    category: 'care',
    draw(d) {
      workerWithYoungPerson(d, 'woman');
      d.part('1F4C1', { x: -2, y: 38, s: 0.36, over: true });
      badgeOf(d, HOUSE, 55, 16, 13);
    },
  },
  {
    id: 'foster-carer',
    label: 'foster carer',
    keywords: ['foster carers', 'foster parent', 'foster mum', 'foster dad', 'foster family', 'foster home', 'fostering'],
    category: 'care',
    draw(d) {
      d.part(HOUSE, { x: 26, y: -6, s: 0.6 });
      figure(d, 'man', { x: -10, y: 6, s: 0.82, over: true });
      figure(d, 'child', { x: 28, y: 22, s: 0.62, over: true });
      d.part('2764', { x: 4, y: 0, s: 0.3 });
    },
  },
  {
    id: 'childrens-home',
    label: "children's home",
    keywords: ['residential home', 'residential care', 'care home for children', 'group home', 'unit'],
    category: 'care',
    draw(d) {
      // a big house, two rows of windows under a low roof, and three children in front of it
      // (a tall roof over one strip of windows, with the children's heads across the rest, read
      // as a roof on its own at 72 px)
      const shapes: Shape[] = [
        { rect: [9, 18, 54, 28], fill: 'white' },
        { d: 'M5,19 L36,5 L67,19 Z', fill: 'red' },
        { rect: [9, 18, 54, 28] },
        { d: 'M5,19 L36,5 L67,19 Z' },
        { rect: [31.5, 31, 9, 15], fill: 'brown' },
        { rect: [31.5, 31, 9, 15] },
      ];
      for (const [wx, wy] of [[14, 22], [31.5, 22], [49, 22], [14, 33], [49, 33]]) shapes.push({ rect: [wx, wy, 9, 6.5], fill: 'blue' }, { rect: [wx, wy, 9, 6.5] });
      d.shapes(shapes, { over: true });
      const people: Who[] = ['boy', 'child', 'girl'];
      const s = 0.4;
      [17, 36, 55].forEach((cx, i) => figure(d, people[i], { x: cx - 36 * s, y: 66 - 62 * s, s, over: true }));
    },
  },
  {
    id: 'key-worker',
    label: 'key worker',
    keywords: ['keyworker', 'my key worker', 'named worker', 'support worker'],
    category: 'care',
    draw(d) {
      workerWithYoungPerson(d, 'man');
      // a clipboard, not a key: a key badge read as a door key, or as locking someone in
      badgeOf(d, '1F4CB', 55, 16, 13);
    },
  },
  {
    id: 'advocate',
    label: 'advocate',
    keywords: ['advocacy', 'independent advocate', 'speaks up for me', 'my voice', 'have my say'],
    category: 'care',
    draw(d) {
      figure(d, 'woman', { x: -10, y: 8, s: 0.8 });
      speech(d, 34, 4, 32, 24, [36, 32], 'white', false);
      figure(d, 'child', { x: 38, y: 0, s: 0.36 });
      figure(d, 'child', { x: 30, y: 26, s: 0.58, over: true });
    },
  },
  {
    id: 'review-meeting',
    label: 'review meeting',
    keywords: ['looked after review', 'lac review', 'cla review', 'review', 'care review', 'planning meeting', 'meeting'],
    category: 'care',
    draw(d) {
      const s = 0.42;
      const people: Who[] = ['woman', 'man', 'person'];
      [20, 36, 52].forEach((cx, i) => figure(d, people[i], { x: cx - 36 * s, y: 4 - 12 * s + 1, s }));
      table(d, 7, 65, 26, 'lightGrey');
      figure(d, 'child', { x: 36 - 36 * 0.5, y: 36 - 12 * 0.5, s: 0.5, over: true });
      d.part('1F4CB', { x: 36, y: 30, s: 0.4, over: true });
      badgeOf(d, HOUSE, 15, 50, 11);
    },
  },
  {
    id: 'care-plan',
    label: 'care plan',
    keywords: ['my plan', 'plan', 'pathway plan', 'placement plan', 'care and support plan'],
    category: 'care',
    draw(d) {
      d.part('1F4CB', { x: -6, y: 6, s: 0.9 });
      const ticks: Shape[] = [];
      for (const y of [26, 38, 50]) ticks.push({ d: `M17,${y} l2.5,2.5 l4.5,-5`, stroke: 'greenShadow', w: 0 });
      d.shapes(ticks);
      badgeOf(d, HOUSE, 55, 16, 13);
    },
  },
  {
    id: 'family-time',
    label: 'family time',
    keywords: ['contact', 'family contact', 'contact time', 'seeing my family', 'visit my mum', 'supervised contact'],
    category: 'care',
    draw(d) {
      figure(d, 'woman', { x: -10, y: 8, s: 0.8 });
      figure(d, 'child', { x: 26, y: 22, s: 0.62, over: true });
      d.part('2764', { x: 22, y: 0, s: 0.34 });
      badgeOf(d, '1F552', 55, 16, 13);
    },
  },
  {
    id: 'moving-placement',
    label: 'moving placement',
    keywords: ['move', 'moving', 'new placement', 'placement move', 'moving home', 'placement change'],
    category: 'care',
    draw(d) {
      d.part(HOUSE, { x: -12, y: -8, s: 0.62 });
      d.part(HOUSE, { x: 26, y: 22, s: 0.62 });
      d.shapes([{ d: 'M30,14 C44,12 52,18 54,28' }, { d: 'M49,25 L54,30 L58,24' }]);
      d.part('1F4E6', { x: 0, y: 34, s: 0.4, over: true });
    },
  },
  {
    id: 'independent-reviewing-officer',
    label: 'independent reviewing officer',
    keywords: ['iro', 'reviewing officer', 'chair of my review'],
    category: 'care',
    draw(d) {
      const p = { x: -8, y: 2, s: 0.9 };
      figure(d, 'person', p);
      lanyard(d, p);
      d.part('1F4CB', { x: 30, y: 26, s: 0.5, over: true });
      d.part('1F50D', { x: 32, y: -4, s: 0.5, over: true });
    },
  },
  {
    id: 'mental-health-worker',
    label: 'mental health worker',
    keywords: ['camhs', 'camhs worker', 'mental health nurse', 'psychologist', 'wellbeing worker', 'therapist'],
    category: 'care',
    draw(d) {
      workerWithYoungPerson(d, 'woman');
      badge(d, 55, 16, 13, (p) => mindHeart(d, p));
    },
  },
  {
    id: 'counsellor',
    label: 'counsellor',
    keywords: ['counselling', 'talking therapy', 'therapy', 'someone to talk to', 'talk about feelings'],
    category: 'care',
    draw(d) {
      // two armchairs, an adult and a young person sitting in them, talking about feelings
      // (chairs drawn as plain blocks in front of the bodies read as boxes): each chair has a
      // back showing round the shoulders, arms either side and short legs
      const back = (cx: number): Shape[] => [
        { rect: [cx - 13, 26, 26, 32, 6], fill: 'purple' },
        { rect: [cx - 13, 26, 26, 32, 6] },
      ];
      const front = (cx: number): Shape[] => [
        { line: [cx - 12, 62, cx - 12, 66] },
        { line: [cx + 12, 62, cx + 12, 66] },
        { rect: [cx - 14, 55, 28, 7, 2], fill: 'purpleShadow' },
        { rect: [cx - 14, 55, 28, 7, 2] },
        { rect: [cx - 16, 43, 5.5, 19, 2.75], fill: 'purple' },
        { rect: [cx - 16, 43, 5.5, 19, 2.75] },
        { rect: [cx + 10.5, 43, 5.5, 19, 2.75], fill: 'purple' },
        { rect: [cx + 10.5, 43, 5.5, 19, 2.75] },
      ];
      d.shapes([...back(18), ...back(54)], { over: true });
      const s = 0.62;
      figure(d, 'person', { x: 18 - 36 * s, y: 58 - 60 * s, s, over: true });
      figure(d, 'child', { x: 54 - 36 * s, y: 59 - 62 * s, s, over: true });
      d.shapes([...front(18), ...front(54)], { over: true });
      speech(d, 25, 3, 22, 15, [40, 22], 'white', false);
      d.part('2764', { x: 25, y: -3, s: 0.3 });
    },
  },
  {
    id: 'supported-accommodation',
    label: 'supported accommodation',
    keywords: ['supported lodgings', 'semi independent', 'hostel', 'flat', 'supported housing', 'my own flat'],
    category: 'care',
    draw(d) {
      const shapes: Shape[] = [{ rect: [10, 8, 34, 56], fill: 'brown' }, { rect: [10, 8, 34, 56] }];
      for (const wy of [14, 26, 38]) for (const wx of [15, 31]) shapes.push({ rect: [wx, wy, 8, 7], fill: 'blue' }, { rect: [wx, wy, 8, 7] });
      shapes.push({ rect: [22, 50, 10, 14], fill: 'brownShadow' }, { rect: [22, 50, 10, 14] });
      d.shapes(shapes);
      figure(d, 'child', { x: 26, y: 22, s: 0.62, over: true });
      badgeOf(d, '1F511', 55, 16, 13);
    },
  },
  {
    id: 'missing-from-home',
    label: 'missing from home',
    keywords: ['missing', 'missing from care', 'run away', 'ran away', 'missing episode', 'not come home'],
    category: 'care',
    draw(d) {
      d.part(HOUSE, { x: -10, y: 10, s: 0.7 });
      d.part('1F6B6', { x: 22, y: 8, s: 0.8, flip: true }, { toned: true });
      d.part('2753', { x: 44, y: -2, s: 0.4 });
    },
  },
];
