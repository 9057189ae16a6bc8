/** Health, school and work, money, being online and being safe. */
import type { Concept } from '../concept';
import type { Drawing, Place, Shape } from '../draw';
import { badge, badgeOf, CALENDAR, figure, HOUSE, page, phone, prohibited, speech, table, tick } from '../kit';
import { mindHeart } from './care';
import { suit } from './justice';

/** A plain building of our own: walls, a row or two of windows and a door. */
function building(d: Drawing, x0: number, x1: number, top: number, bottom: number, wall: 'lightGrey' | 'brown' | 'white' | 'blue' = 'lightGrey', place: Place = {}): void {
  const shapes: Shape[] = [{ rect: [x0, top, x1 - x0, bottom - top], fill: wall }, { rect: [x0, top, x1 - x0, bottom - top] }];
  const mid = (x0 + x1) / 2;
  for (let wx = x0 + 4; wx + 8 <= x1 - 3; wx += 12) {
    if (Math.abs(wx + 4 - mid) < 6) continue;
    shapes.push({ rect: [wx, top + 6, 8, 7], fill: 'blue' }, { rect: [wx, top + 6, 8, 7] });
  }
  shapes.push({ rect: [mid - 5, bottom - 14, 10, 14], fill: 'blueShadow' }, { rect: [mid - 5, bottom - 14, 10, 14] });
  d.shapes(shapes, place);
}

/** A nine drawn as a line: a loop and a stem (for 999; no font is needed). */
const nine = (x: number, y: number, h: number): Shape[] => [
  { ellipse: [x + h * 0.22, y + h * 0.27, h * 0.22, h * 0.25] },
  { d: `M${x + h * 0.44},${y + h * 0.27} C${x + h * 0.44},${y + h * 0.7} ${x + h * 0.3},${y + h} ${x + h * 0.02},${y + h}` },
];

/** A laptop of our own, with a screen to draw on (x 16–56, y 16–44). */
function laptop(d: Drawing, screen?: () => void): void {
  d.shapes([{ rect: [14, 14, 44, 32, 2], fill: 'darkGrey' }, { rect: [17, 17, 38, 26], fill: 'white' }], { over: true });
  screen?.();
  d.shapes([
    { rect: [14, 14, 44, 32, 2] },
    { rect: [17, 17, 38, 26] },
    { d: 'M14,46 L8,56 L64,56 L58,46 Z', fill: 'grey' },
    { d: 'M14,46 L8,56 L64,56 L58,46 Z' },
  ]);
}

export const life: Concept[] = [
  // health
  {
    id: 'doctors-appointment',
    label: "doctor's appointment",
    keywords: ['doctor', 'gp appointment', 'see the doctor', 'medical appointment', 'health check'],
    category: 'health',
    draw(d) {
      d.part('1F9D1-200D-2695-FE0F', { x: -8, y: 4, s: 0.9 }, { toned: true });
      badgeOf(d, CALENDAR, 55, 16, 13);
    },
  },
  {
    id: 'prescription',
    label: 'prescription',
    keywords: ['script', 'repeat prescription', 'prescribed', 'medicine from the doctor'],
    category: 'health',
    draw(d) {
      d.shapes([{ rect: [12, 8, 36, 52, 1], fill: 'white' }, { rect: [12, 8, 36, 10], fill: 'green' }, { rect: [12, 8, 36, 52, 1] }, { line: [12, 18, 48, 18] }]);
      d.shapes([{ line: [17, 25, 42, 25] }, { line: [17, 32, 38, 32] }, { d: 'M17,50 c3,-6 5,4 8,-2 c2,-4 4,3 7,0' }]);
      d.part('1F48A', { x: 28, y: 24, s: 0.5, over: true });
    },
  },
  {
    id: 'taking-medication',
    label: 'taking medication',
    keywords: ['medication', 'medicine', 'take my tablets', 'tablets', 'meds'],
    category: 'health',
    draw(d) {
      figure(d, 'child', { x: -10, y: 4, s: 0.9 });
      d.part('1F48A', { x: 24, y: 8, s: 0.4, over: true });
      d.shapes([{ d: 'M48,34 L66,34 L64,64 L50,64 Z', fill: 'white' }, { d: 'M48.8,44 L65.3,44 L64,64 L50,64 Z', fill: 'blue', w: 0 }, { d: 'M48,34 L66,34 L64,64 L50,64 Z' }, { line: [48.8, 44, 65.3, 44], w: 1 }], { over: true });
    },
  },
  {
    id: 'dentist',
    label: 'dentist',
    keywords: ['dental', 'dentist appointment', 'teeth check', 'check up'],
    category: 'health',
    draw(d) {
      d.part('1F9D1-200D-2695-FE0F', { x: -8, y: 4, s: 0.9 }, { toned: true });
      badgeOf(d, '1F9B7', 56, 16, 13);
    },
  },
  {
    id: 'mental-health',
    label: 'mental health',
    keywords: ['wellbeing', 'emotional health', 'feelings', 'mind', 'emotional wellbeing'],
    category: 'health',
    draw(d) {
      mindHeart(d, { x: 0, y: 0 });
    },
  },
  {
    id: 'gp-surgery',
    label: 'gp surgery',
    keywords: ['doctors surgery', 'health centre', 'medical centre', 'gp', 'the doctors'],
    category: 'health',
    draw(d) {
      building(d, 6, 54, 24, 64, 'white');
      d.shapes([{ d: 'M26,10 h8 v6 h6 v8 h-6 v6 h-8 v-6 h-6 v-8 h6 z', fill: 'redShadow' }, { d: 'M26,10 h8 v6 h6 v8 h-6 v6 h-8 v-6 h-6 v-8 h6 z' }], { over: true });
      badgeOf(d, '1FA7A', 55, 17, 13);
    },
  },
  // school and work
  {
    id: 'school-exclusion',
    label: 'school exclusion',
    keywords: ['excluded', 'exclusion', 'suspended', 'suspension', 'sent home from school', 'kicked out of school', 'permanent exclusion'],
    category: 'education-work',
    draw(d) {
      d.part('1F3EB', { x: -10, y: 4, s: 0.7 });
      d.part('1F6B6', { x: 26, y: 10, s: 0.78 }, { toned: true });
      prohibited(d, 14, 18, 11);
    },
  },
  {
    id: 'pupil-referral-unit',
    label: 'pupil referral unit',
    keywords: ['pru', 'alternative provision', 'ap', 'learning centre', 'small school'],
    category: 'education-work',
    draw(d) {
      building(d, 6, 46, 12, 44, 'white');
      d.shapes([{ d: 'M4,12 L26,4 L48,12 Z', fill: 'red' }, { d: 'M4,12 L26,4 L48,12 Z' }], { over: true });
      figure(d, 'woman', { x: 22, y: 24, s: 0.6, over: true });
      figure(d, 'child', { x: -8, y: 30, s: 0.55, over: true });
    },
  },
  {
    id: 'head-teacher',
    label: 'head teacher',
    keywords: ['headteacher', 'head', 'principal', 'head of year', 'deputy head'],
    category: 'education-work',
    draw(d) {
      figure(d, 'teacher', { x: -6, y: 4, s: 0.88 });
      badgeOf(d, '2B50', 55, 16, 13);
    },
  },
  {
    id: 'college',
    label: 'college',
    keywords: ['further education', 'sixth form', 'sixth form college', 'course', 'fe college'],
    category: 'education-work',
    draw(d) {
      building(d, 4, 64, 10, 44, 'blue');
      d.shapes([{ rect: [4, 10, 60, 5], fill: 'navy' }, { rect: [4, 10, 60, 5] }], { over: true });
      figure(d, 'person', { x: -4, y: 30, s: 0.5, over: true });
      figure(d, 'child', { x: 28, y: 30, s: 0.5, over: true });
      d.part('1F4DA', { x: 42, y: 36, s: 0.36, over: true });
    },
  },
  {
    id: 'job-centre',
    label: 'job centre',
    keywords: ['jobcentre', 'jobcentre plus', 'job search', 'looking for work', 'work coach', 'universal credit'],
    category: 'education-work',
    draw(d) {
      building(d, 6, 50, 18, 64, 'lightGrey');
      badgeOf(d, '1F4BC', 54, 18, 13);
      d.part('1F50D', { x: 34, y: 30, s: 0.45, over: true });
    },
  },
  {
    id: 'job-interview',
    label: 'job interview',
    keywords: ['interview for a job', 'apply for a job', 'work interview'],
    category: 'education-work',
    draw(d) {
      const p = { x: -12, y: 4, s: 0.64 };
      figure(d, 'man', p);
      suit(d, p, 'darkGrey');
      figure(d, 'child', { x: 32, y: 8, s: 0.62, flip: true });
      table(d, 6, 66, 48, 'brown');
      d.part('1F4BC', { x: 22, y: 22, s: 0.36, over: true });
    },
  },
  {
    id: 'cv',
    label: 'cv',
    keywords: ['curriculum vitae', 'resume', 'application form', 'job application'],
    category: 'education-work',
    draw(d) {
      page(d, 12, 6, 42, 58, 'white', 0);
      d.shapes([{ rect: [17, 11, 14, 16, 1], fill: 'blue' }, { rect: [17, 11, 14, 16, 1] }]);
      figure(d, 'person', { x: 14, y: 8, s: 0.3 });
      d.shapes([{ line: [35, 15, 48, 15] }, { line: [35, 22, 44, 22] }, { line: [18, 34, 48, 34] }, { line: [18, 41, 48, 41] }, { line: [18, 48, 48, 48] }, { line: [18, 55, 38, 55] }]);
    },
  },
  // money
  {
    id: 'piggy-bank',
    label: 'piggy bank',
    keywords: ['money box', 'save money', 'saving'],
    category: 'money',
    draw(d) {
      d.part('1F416', { x: 0, y: 8 });
      d.shapes([{ line: [30, 27, 40, 27] }]);
      d.part('1FA99', { x: 22, y: 0, s: 0.32 });
    },
  },
  {
    id: 'savings',
    label: 'savings',
    keywords: ['save', 'saving up', 'savings account', 'money saved', 'jar of money'],
    category: 'money',
    draw(d) {
      d.shapes([{ rect: [14, 12, 44, 6, 2], fill: 'grey' }, { rect: [14, 12, 44, 6, 2] }, { rect: [12, 18, 48, 46, 8], fill: 'white' }, { rect: [12, 18, 48, 46, 8] }]);
      const coins: Shape[] = [];
      for (const [cx, cy] of [[22, 56], [36, 56], [50, 56], [29, 48], [43, 48], [36, 40]]) coins.push({ ellipse: [cx, cy, 7, 4], fill: 'yellow' }, { ellipse: [cx, cy, 7, 4] });
      d.shapes(coins);
      d.shapes([{ d: 'M36,34 L36,24 M31,29 L36,24 L41,29', stroke: 'greenShadow', w: 0 }, { d: 'M36,34 L36,24 M31,29 L36,24 L41,29', w: 1 }]);
    },
  },
  {
    id: 'paying-by-card',
    label: 'paying by card',
    keywords: ['bank card', 'debit card', 'card payment', 'contactless', 'pay by card', 'spending'],
    category: 'money',
    draw(d) {
      d.shapes([{ rect: [34, 20, 26, 42, 3], fill: 'darkGrey' }, { rect: [38, 25, 18, 10], fill: 'green' }, { rect: [34, 20, 26, 42, 3] }, { rect: [38, 25, 18, 10] }]);
      const keys: Shape[] = [];
      for (const ky of [40, 47, 54]) for (const kx of [40, 47, 54]) keys.push({ circle: [kx, ky, 1.6], fill: 'lightGrey', w: 0 });
      d.shapes(keys);
      d.part('1F4B3', { x: -6, y: -2, s: 0.6, rotate: -20, over: true });
      d.shapes([{ d: 'M30,10 c3,2 3,6 0,8' }, { d: 'M34,7 c5,4 5,10 0,14' }]);
    },
  },
  {
    id: 'bills',
    label: 'bills',
    keywords: ['bill', 'pay the bills', 'gas bill', 'electric bill', 'rent', 'council tax', 'paying bills'],
    category: 'money',
    draw(d) {
      page(d, 10, 8, 38, 54, 'white', 5);
      d.part('1F4B7', { x: 16, y: 24, s: 0.6, over: true });
      badgeOf(d, HOUSE, 55, 16, 13);
    },
  },
  // online
  {
    id: 'online',
    label: 'online',
    keywords: ['internet', 'on the internet', 'going online', 'web', 'website', 'wifi'],
    category: 'online',
    draw(d) {
      laptop(d, () => d.part('1F310', { x: 18, y: 12, s: 0.5 }));
    },
  },
  {
    id: 'social-media',
    label: 'social media',
    keywords: ['snapchat', 'instagram', 'tiktok', 'posts', 'likes', 'followers', 'apps'],
    category: 'online',
    draw(d) {
      phone(d, { x: -10, y: 0 });
      badgeOf(d, '2764', 52, 18, 11);
      badgeOf(d, '1F44D', 54, 46, 11);
      d.shapes([{ rect: [17, 18, 18, 12, 1], fill: 'blue' }, { rect: [17, 18, 18, 12, 1] }, { line: [17, 36, 35, 36] }, { line: [17, 42, 30, 42] }]);
    },
  },
  {
    id: 'group-chat',
    label: 'group chat',
    keywords: ['group', 'whatsapp group', 'chat', 'messages', 'messaging', 'group message'],
    category: 'online',
    draw(d) {
      phone(d, { x: 4, y: 0 }, () => {
        speech(d, 28, 15, 18, 9, [30, 26], 'blue', false);
        speech(d, 32, 29, 18, 9, [48, 40], 'green', false);
        speech(d, 28, 43, 18, 9, [30, 54], 'yellow', false);
      });
      badgeOf(d, '1F465', 14, 18, 11);
    },
  },
  {
    id: 'sending-photos',
    label: 'sending photos',
    keywords: ['send a photo', 'sharing pictures', 'send pictures', 'nudes', 'sexting', 'share images', 'selfie'],
    category: 'online',
    draw(d) {
      phone(d, { x: -8, y: 0 }, () => d.part('1F5BC', { x: 8, y: 14, s: 0.5 }));
      d.shapes([{ d: 'M46,36 L62,36 M56,30 L62,36 L56,42', stroke: 'greenShadow', w: 0 }, { d: 'M46,36 L62,36 M56,30 L62,36 L56,42' }]);
    },
  },
  {
    id: 'blocking-someone',
    label: 'blocking someone',
    keywords: ['block', 'blocked', 'block them', 'block and report', 'unfriend'],
    category: 'online',
    draw(d) {
      phone(d, { x: -8, y: 0 }, () => d.part('1F464', { x: 10, y: 14, s: 0.5 }));
      badge(d, 54, 48, 12, (p) => prohibited(d, p.x! + 36 * p.s!, p.y! + 36 * p.s!, 28 * p.s!));
    },
  },
  {
    id: 'cyberbullying',
    label: 'cyberbullying',
    keywords: ['bullying online', 'nasty messages', 'trolling', 'online bullying', 'abuse online'],
    category: 'online',
    draw(d) {
      phone(d, { x: -8, y: 0 }, () => speech(d, 16, 16, 24, 14, [20, 34], 'red', false));
      badgeOf(d, '1F620', 54, 18, 13);
      d.shapes([{ d: 'M20,40 l4,-4 l4,4 l4,-4 l4,4', w: 1 }]);
    },
  },
  {
    id: 'video-call',
    label: 'video call',
    keywords: ['facetime', 'video chat', 'zoom', 'teams call', 'online meeting', 'call on video'],
    category: 'online',
    draw(d) {
      laptop(d, () => figure(d, 'woman', { x: 18.5, y: 12, s: 0.44 }));
      d.shapes([{ circle: [36, 15.5, 0.8], ink: true }]);
    },
  },
  // safety
  {
    id: 'being-safe',
    label: 'being safe',
    keywords: ['safe', 'feel safe', 'keeping safe', 'stay safe', 'safety', 'protected'],
    category: 'safety',
    draw(d) {
      const shield = 'M36,6 C44,10 52,12 60,12 C60,38 52,54 36,64 C20,54 12,38 12,12 C20,12 28,10 36,6 Z';
      d.shapes([{ d: shield, fill: 'green' }, { d: shield }]);
      figure(d, 'child', { x: 36 - 36 * 0.72, y: 16 - 12 * 0.72, s: 0.72, over: true });
    },
  },
  {
    id: 'safe-adult',
    label: 'safe adult',
    keywords: ['trusted adult', 'someone i trust', 'grown up i trust', 'safe person'],
    category: 'safety',
    draw(d) {
      figure(d, 'woman', { x: -8, y: 4, s: 0.85 });
      figure(d, 'child', { x: 29, y: 20, s: 0.65, over: true });
      tick(d, 57, 14, 10);
    },
  },
  {
    id: 'worried',
    label: 'worried young person',
    keywords: ['worried', 'worry', 'worries', 'anxious', 'nervous', 'stressed'],
    category: 'safety',
    draw(d) {
      figure(d, 'child', { x: 0, y: 6, s: 0.95 }, 'worried');
      d.part('2753', { x: 38, y: -6, s: 0.4 });
      d.shapes([{ d: 'M18,16 c-4,0 -6,3 -5,6 M14,10 c-5,1 -7,5 -6,9', w: 1 }]);
    },
  },
  {
    id: 'childline-call',
    label: 'calling childline',
    keywords: ['childline', 'helpline', 'phone a helpline', 'call for help', 'talk to someone', '0800 1111'],
    category: 'safety',
    draw(d) {
      figure(d, 'child', { x: -8, y: 6, s: 0.9 });
      d.shapes([{ rect: [44, 20, 8, 18, 2], fill: 'darkGrey' }, { rect: [44, 20, 8, 18, 2] }], { over: true });
      speech(d, 44, 2, 22, 16, [48, 22], 'white', false);
      d.part('2764', { x: 46.5, y: -3, s: 0.24 });
    },
  },
  {
    id: 'emergency-999',
    label: 'emergency call 999',
    keywords: ['999', 'emergency', 'call 999', 'call the police', 'ambulance', 'fire brigade', 'emergency services'],
    category: 'safety',
    draw(d) {
      phone(d, { x: -10, y: 0 }, () => d.shapes([...nine(15, 24, 14), ...nine(23.5, 24, 14), ...nine(32, 24, 14)]));
      d.part('1F6A8', { x: 30, y: 18, s: 0.5, over: true });
    },
  },
];
