/**
 * npm run templates: writes the template gallery's documents to `public/templates/`, in
 * English and (from `templateText/<lang>.json`) in Welsh and Urdu under `templates/<lang>/`.
 * Templates are ordinary documents (validated like any file); this script only saves
 * typing symbol ids by hand. Run it after changing a template, and commit the output.
 * A string without a translation fails the run, so no template is half translated.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRtlLanguage } from '../layout/bidi';
import { createDocument, createSymbolText, createTextBox } from '../model/factory';
import { TITLE_BAND_MM } from '../model/title';
import { DocumentSchema, type Container, type ContainerItem, type Element, type SignpostDocument } from '../model/schema';
import { SymbolLibrary } from '../symbols/library';
import { GENERATED_DIR, nodeJsonLoader } from '../symbols/nodeLoader';

const OUT = join(GENERATED_DIR, '..', 'templates');
const lib = new SymbolLibrary(nodeJsonLoader);
const byLabel = new Map((await lib.searcher()).entries.map((e) => [e.label.toLowerCase(), e.id]));

let n = 0;
const id = (p: string) => `${p}${(n++).toString(36)}`;

/** The language being written, and its strings (English → translation). */
let language = 'en-GB';
let strings: Record<string, string> | null = null;
const missing = new Set<string>();
const tr = (english: string): string => {
  if (!strings) return english;
  const t = strings[english];
  if (!t) missing.add(english);
  return t ?? english;
};
const align = () => (isRtlLanguage(language) ? ('right' as const) : ('left' as const));

/** A picture by OpenMoji label; "a + b" composes; "!not" etc. add a modifier. */
function pic(spec: string): Pick<ContainerItem, 'symbol' | 'also' | 'modifier'> {
  const [names, mod] = spec.split('!').map((s) => s.trim());
  const ids = names.split(' + ').map((name) => {
    const found = byLabel.get(name.toLowerCase().replace(/’/g, "'"));
    if (!found) throw new Error(`No symbol labelled "${name}"`);
    return found;
  });
  return { symbol: { set: 'openmoji', id: ids[0] }, also: ids.slice(1).map((i) => ({ set: 'openmoji', id: i })), modifier: (mod as ContainerItem['modifier']) ?? null };
}

/** A step or cell; its picture was chosen for its words, so changing them offers another. */
const item = (spec: string | null, caption: string, color: string | null = null): ContainerItem => ({
  id: id('i'),
  ...(spec ? pic(spec) : { symbol: null, also: [], modifier: null }),
  caption: tr(caption),
  color,
  ...(spec ? { pictureFor: tr(caption) } : {}),
});

function container(kind: Container['kind'], x: number, y: number, width: number, height: number, items: ContainerItem[], opts: Partial<Container> = {}): Container {
  return { id: id('c'), type: 'container', kind, x, y, width, height, rotation: 0, direction: 'horizontal', columns: 3, numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '', items, ...opts, ...(opts.markerLabel ? { markerLabel: tr(opts.markerLabel) } : {}) };
}

const heading = (text: string, y = 12, size = 26): Element => ({ ...createTextBox(tr(text), 12, y), id: id('h'), fontSize: size, bold: true, width: 186, height: size * 0.55, align: align() });
const para = (text: string, y: number, height = 14, size = 16): Element => ({ ...createTextBox(tr(text), 12, y), id: id('t'), fontSize: size, width: 186, height, align: align() });
const symbolText = (text: string, y: number, height = 40) => ({ ...createSymbolText(tr(text), 12, y, 'easy-read'), id: id('s'), width: 186, height, fontSize: 22 });
/** Top of the first element of a document that prints its title as a heading: below the heading's band. */
const BELOW_TITLE = 12 + TITLE_BAND_MM;

/** A template; `note` is for the professional: shown on screen, never printed. */
function doc(title: string, pages: Element[][], note?: string): SignpostDocument {
  const d = createDocument(tr(title), new Date('2026-01-01T00:00:00Z'));
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
  return { ...d, id: language === 'en-GB' ? `template-${slug}` : `template-${language}-${slug}`, language, pages: pages.map((elements, i) => ({ id: `p${i + 1}`, elements })), ...(note ? { note: tr(note) } : {}) };
}

/** Templates for the youth justice system: orders, bail, the police station, what comes next. */
const justiceTemplates = (): Record<string, SignpostDocument> => ({
  'court-order': doc('My court order', [
    [
      heading('My court order'),
      para('The court decided:', 30, 10, 18),
      container('grid', 12, 40, 186, 48, [item('classical building + scroll', 'I have a referral order.'), item('spiral calendar', 'It lasts 6 months.')], { columns: 2 }),
      para('What I must do:', 94, 10, 18),
      container('sequence', 12, 104, 186, 52, [item('person walking + spiral calendar', 'Go to every meeting.'), item('speaking head', 'Talk to my worker.'), item('house + crescent moon', 'Be home by 8 pm.')], { ticks: true }),
      para('What I must not do:', 162, 10, 18),
      container('grid', 12, 172, 186, 52, [item('telephone receiver !not', 'Do not contact him.'), item('national park !not', 'Do not go to the park.'), item('kitchen knife !not', 'Do not carry a knife.')], { columns: 3 }),
    ],
    [
      heading('Who helps me'),
      container('grid', 12, 30, 186, 78, [item('woman office worker + classical building', 'My youth justice worker'), item('woman + house', 'My carer'), item('man in tuxedo + briefcase', 'My solicitor')], { columns: 3 }),
      heading('What happens if I do not do it', 116, 22),
      container('sequence', 12, 134, 186, 78, [item('warning', 'I get a warning.'), item('classical building', 'I may go back to court.'), item('judge', 'The judge decides what happens.')], { arrows: true }),
    ],
  ]),
  'bail-card': doc('My bail conditions', [
    [
      heading('My bail conditions'),
      para('These are the rules until I go back to court.', 28, 10),
      container('grid', 12, 42, 186, 150, [
        item('house + seven o’clock + crescent moon', 'Be at home from 7 pm to 7 am.'),
        item('police officer + office building', 'Sign in at the police station on Monday.'),
        item('telephone receiver !not', 'Do not contact the witnesses.'),
        item('cityscape !not', 'Do not go to the town centre.'),
        item('watch + police officer', 'Wear my tag.'),
        item('classical building + spiral calendar', 'Go to court on the date on my letter.'),
      ], { columns: 2 }),
      para('If I break these rules, the police can arrest me.', 200, 10),
    ],
  ], 'Print it as wallet cards for them to carry: Export PDF, then “Wallet cards”.'),
  'police-station': doc('What happens at the police station', [
    [
      heading('At the police station'),
      container('sequence', 12, 30, 186, 150, [
        item('police car', 'I arrive at the police station.'),
        item('police officer + clipboard', 'The custody officer tells me my rights.'),
        item('man in tuxedo + briefcase', 'I talk to my solicitor.'),
        item('interview', 'I have an interview.'),
        item('hourglass not done', 'I wait.'),
        item('police officer + memo', 'The police decide what happens next.'),
      ], { numbered: true, arrows: true, columns: 3 }),
    ],
    [
      heading('My rights'),
      container('grid', 12, 30, 186, 150, [
        item('man in tuxedo + briefcase', 'I can have a free solicitor.'),
        item('people holding hands', 'An appropriate adult stays with me.'),
        item('hot beverage', 'I can have a break when I need one.'),
        item('female doctor', 'I can see a doctor.'),
      ], { columns: 2 }),
    ],
  ]),
  'what-happens-next': doc('What happens next', [
    [
      heading('What happens next'),
      container('timeline', 12, 36, 186, 90, [item('police officer + locked', 'Arrest'), item('interview', 'Interview'), item('police officer + memo', 'Charge'), item('classical building', 'Court'), item('scroll', 'Order')], { marker: 1, markerLabel: 'I am here' }),
      para('My worker will tell me when each step happens.', 140, 12),
    ],
  ]),
});

/** Templates for the day: a timetable, now and next, a choice board. */
const dayTemplates = (): Record<string, SignpostDocument> => ({
  'my-day': doc('My day', [
    [
      heading('My day'),
      container('sequence', 12, 30, 186, 240, [
        item('seven o’clock + alarm clock', 'Wake up at 7'),
        item('toothbrush', 'Brush teeth'),
        item('eight o’clock + bowl with spoon', 'Breakfast at 8'),
        item('school', 'School'),
        item('twelve o’clock + sandwich', 'Lunch at 12'),
        item('four o’clock + memo', 'Homework at 4'),
        item('six o’clock + pot of food', 'Dinner at 6'),
        item('nine o’clock + bed', 'Bed at 9'),
      ], { numbered: true, ticks: true, columns: 4 }),
    ],
  ]),
  'now-next': doc('Now and next', [
    [heading('Now and next'), container('sequence', 12, 30, 186, 120, [item('memo', 'Now: homework'), item('television', 'Next: TV')], { arrows: true })],
    [heading('First and then'), container('sequence', 12, 30, 186, 120, [item('toothbrush', 'First: brush teeth'), item('bed', 'Then: bed')], { arrows: true })],
  ]),
  'choice-board': doc('Choice board', [
    [
      heading('What would you like?'),
      container('grid', 12, 30, 186, 180, [item('soccer ball', 'Football'), item('video game', 'Games'), item('musical notes', 'Music'), item('person walking', 'A walk')], { columns: 2 }),
    ],
  ], 'Add or remove choices: 2, 4 or 6 work well.'),
});

/** Templates for care: a review meeting, feelings, a social story, a passport, moving home. */
const careTemplates = (): Record<string, SignpostDocument> => ({
  'review-meeting': doc('My review meeting', [
    [
      heading('My review meeting'),
      para('Who will be there:', 28, 10, 18),
      container('grid', 12, 38, 186, 50, [item('woman office worker + house', 'My social worker'), item('woman + house with garden', 'My carer'), item('man office worker + clipboard', 'The reviewing officer'), item('speaking head + people holding hands', 'My advocate')], { columns: 4 }),
      para('What we will talk about:', 94, 10, 18),
      container('sequence', 12, 104, 186, 50, [item('house', 'Where I live'), item('school', 'School'), item('red heart', 'How I feel')], { numbered: true }),
      para('How I can have my say:', 160, 10, 18),
      container('grid', 12, 170, 186, 50, [item('speaking head', 'Tell them'), item('writing hand', 'Write it down'), item('people holding hands', 'Ask my advocate')], { columns: 3 }),
    ],
  ]),
  'feelings-scale': doc('My feelings scale', [
    [
      heading('How do I feel?'),
      container('scale', 12, 30, 186, 60, [
        item('grinning face with smiling eyes', 'Great', '#c8e6c9'),
        item('slightly smiling face', 'OK', '#e6f4c8'),
        item('neutral face', 'Not sure', '#fff6c2'),
        item('worried face', 'Worried', '#ffe0b2'),
        item('enraged face', 'Very upset', '#ffcdd2'),
      ]),
      heading('What helps me calm down', 110, 22),
      container('grid', 12, 128, 186, 90, [item('musical notes', 'Music'), item('wind face', 'Deep breaths'), item('person walking', 'A walk'), item('speaking head', 'Talk to someone')], { columns: 4 }),
    ],
  ]),
  'social-story': doc('My social story', [
    [heading('Going to a new school'), symbolText('I am going to a new school.', 40)],
    [heading('Going to a new school'), symbolText('A teacher will meet me at the door.', 40)],
    [heading('Going to a new school'), symbolText('I can ask for help.', 40)],
    [heading('Going to a new school'), symbolText('I will go home at 3 o’clock.', 40)],
  ]),
  passport: doc('Communication passport', [
    [
      heading('My name is {name}'),
      para('I like: {likes}', 34, 24, 18),
      para('Help me by: {helpMe}', 62, 24, 18),
      para('Please don’t: {dont}', 90, 24, 18),
      container('grid', 12, 120, 186, 60, [item('speaking head', 'Speak slowly.'), item('framed picture', 'Show me pictures.'), item('hourglass not done', 'Give me time.')], { columns: 3 }),
    ],
  ]),
  'moving-home': doc('Moving to a new home', [
    [
      heading('Moving to a new home'),
      container('grid', 12, 30, 186, 60, [item('woman + house with garden', 'Who: Sam and Jo'), item('house with garden', 'Where: 12 Park Road'), item('spiral calendar', 'When: Friday')], { columns: 3 }),
      container('timeline', 12, 100, 186, 90, [item('people dialogue', 'Visit'), item('backpack', 'Pack'), item('taxi', 'Move'), item('bed', 'First night')], { marker: 0, markerLabel: 'Now' }),
    ],
  ]),
});

/** Made in this order, so that each template keeps its ids. */
const others = (): Record<string, SignpostDocument> => ({ ...justiceTemplates(), ...dayTemplates(), ...careTemplates() });

/**
 * The templates in the gallery's order. Easy Read comes first (the layout most people reach
 * for first) but is made last, so the other templates keep their ids.
 */
const build = (): Record<string, SignpostDocument> => {
  const rest = others();
  // Easy Read: the title prints as the heading, and the rows start below its band
  const easyRead: SignpostDocument = {
    ...doc(
      'My rules',
      [[symbolText('You must go to school on weekdays. You must be home by 9 o’clock at night. You must not go to the park after dark. You can talk to your worker if you are worried.', BELOW_TITLE, 285 - BELOW_TITLE - 8)]],
      'Paste your own words into the box: each sentence gets a row with its picture. The title prints as a heading on page 1: rename the document to change it.',
    ),
    titleHeading: true,
  };
  return { 'easy-read': easyRead, ...rest };
};

/** The languages templates are written in besides English, each with its strings. */
const TRANSLATIONS = ['cy', 'ur'];
const here = dirname(fileURLToPath(import.meta.url));

function write(dir: string, templates: Record<string, SignpostDocument>, extra: object = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const index = Object.entries(templates).map(([slug, d]) => {
    DocumentSchema.parse(d);
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify(d, null, 1) + '\n');
    return slug;
  });
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ version: 1, templates: index, ...extra }, null, 1) + '\n');
  return index;
}

const english = build();
for (const lang of TRANSLATIONS) {
  language = lang;
  strings = (JSON.parse(readFileSync(join(here, 'templateText', `${lang}.json`), 'utf8')) as { strings: Record<string, string> }).strings;
  n = 0;
  write(join(OUT, lang), build());
  if (missing.size) throw new Error(`templateText/${lang}.json has no translation for:\n${[...missing].join('\n')}`);
}
const index = write(OUT, english, { languages: ['en-GB', ...TRANSLATIONS] });
console.log(`templates: ${index.length} written to public/templates/, and in ${TRANSLATIONS.join(', ')}`);
