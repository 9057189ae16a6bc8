/**
 * i18next set-up. Every user-facing string is a key in `locales/<lang>.json`.
 *
 * English (UK) is bundled; the other interface languages load when chosen, so they cost
 * nothing for people who do not use them. Choosing a language also sets `lang` and `dir`
 * on the page, and the stylesheet uses logical properties, so a right-to-left language
 * mirrors the whole layout. The page canvas is not mirrored: a document's own direction
 * comes from its language, not from the interface's.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import content from './content.json';

export interface UiLanguage {
  code: string;
  /** The language's name in itself, so anyone can find their own. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const UI_LANGUAGES: readonly UiLanguage[] = [
  { code: 'en', name: 'English (UK)', dir: 'ltr' },
  { code: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
];

const loaders: Record<string, () => Promise<{ default: Record<string, unknown> }>> = {
  cy: () => import('./locales/cy.json'),
  ur: () => import('./locales/ur.json'),
};

export const i18n = i18next.createInstance();

/** Placeholder content (new text boxes) in every document language, whatever the interface's. */
const CONTENT_LANGUAGES = Object.keys(content).filter((k) => !k.startsWith('_')) as (keyof typeof content & string)[];
const contentResources = Object.fromEntries(CONTENT_LANGUAGES.filter((l) => l !== 'en').map((l) => [l, { content: content[l] }]));

void i18n.use(initReactI18next).init({
  resources: { ...contentResources, en: { translation: en, content: content.en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

const uiLanguage = (code: string): UiLanguage => UI_LANGUAGES.find((l) => l.code === code) ?? UI_LANGUAGES[0];

/** Loads a language's strings if needed, switches to it, and sets the page's `lang` and `dir`. */
export async function setUiLanguage(code: string): Promise<void> {
  const lang = uiLanguage(code);
  if (!i18n.hasResourceBundle(lang.code, 'translation')) {
    const load = loaders[lang.code];
    if (load) i18n.addResourceBundle(lang.code, 'translation', (await load()).default);
  }
  await i18n.changeLanguage(lang.code);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang.code === 'en' ? 'en-GB' : lang.code;
    document.documentElement.dir = lang.dir;
  }
}

/**
 * The language to start in: the one chosen before on this device, else the browser's if
 * Signpost has it, else English.
 */
export function startLanguage(saved: string | null, browser: readonly string[]): string {
  if (saved && UI_LANGUAGES.some((l) => l.code === saved)) return saved;
  for (const b of browser) {
    const base = b.toLowerCase().split('-')[0];
    if (UI_LANGUAGES.some((l) => l.code === base)) return base;
  }
  return 'en';
}

/**
 * The locale dates are written in: the interface's language, never the browser's. The
 * interface's English is British English ("1 Dec 2026", not "Dec 1, 2026").
 */
export function dateLocale(code: string = i18n.language): string {
  return code === 'en' ? 'en-GB' : code;
}

/** A placeholder for new content ("Type here") in the document's language, else English. */
export function contentText(key: 'newText' | 'newSymbolText', documentLanguage: string): string {
  return i18n.t(key, { ns: 'content', lng: documentLanguage.toLowerCase().split('-')[0] });
}

type ReaderStrings = { phone: Record<'readAll' | 'stop' | 'read' | 'noSpeech' | 'noVoice' | 'goTo', string>; alt: Record<'photo' | 'not' | 'question' | 'plus' | 'past' | 'future' | 'link', string> };

/**
 * What an exported document says to its reader, in the document's language (else English):
 * the phone page's buttons and messages, and the words that name pictures (alternate text),
 * as templates holding `{{language}}` and `{{name}}` for the outputs to fill in. The strings
 * load with the first export, so the app's first screen does not carry them.
 */
export async function readerWords(documentLanguage: string) {
  const all = (await import('./reader.json')).default as unknown as Record<string, ReaderStrings | string>;
  const lng = documentLanguage.toLowerCase().split('-')[0];
  const own = Object.hasOwn(all, lng) && typeof all[lng] === 'object' ? (all[lng] as ReaderStrings) : (all.en as ReaderStrings);
  const en = all.en as ReaderStrings;
  const t = <G extends keyof ReaderStrings>(group: G, key: keyof ReaderStrings[G]) => (own[group][key] as string | undefined) || (en[group][key] as string);
  return {
    phone: { readAll: t('phone', 'readAll'), stop: t('phone', 'stop'), read: t('phone', 'read'), noSpeech: t('phone', 'noSpeech'), noVoice: t('phone', 'noVoice'), goTo: t('phone', 'goTo') },
    pictures: {
      photo: t('alt', 'photo'),
      modifiers: { not: t('alt', 'not'), question: t('alt', 'question'), plus: t('alt', 'plus'), past: t('alt', 'past'), future: t('alt', 'future') },
      link: t('alt', 'link'),
    },
  };
}
