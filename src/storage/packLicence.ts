/**
 * Reading a symbol pack's licence file as it is written: any line ends (CRLF, CR), Markdown
 * or Setext headings, a copyright line, a licence named in words or by its address. What
 * is found is offered in the pack preview, where the user confirms or corrects it.
 */
import { creditOf, plainLine, type PackLicence } from '../model/pack';

/** Plain text with `\n` line ends and no other control characters. */
export function plainText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[ \u00a0]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

const RULE = /^\s*[=\-_*#~]{3,}\s*$/;
const URL_RE = /https?:\/\/[^\s<>()"'\]]+[^\s<>()"'\].,;:!?]/gi;
const COPYRIGHT = /(copyright|\(c\)|©)/i;

/** Creative Commons licence elements, in the order the short name gives them. */
const CC_PARTS: [RegExp, string][] = [
  [/non-?\s?commercial/i, 'NC'],
  [/share-?\s?alike/i, 'SA'],
  [/no-?\s?deriv/i, 'ND'],
];

/** The short name of a Creative Commons licence from its address (`…/licenses/by-sa/2.0/uk/` → CC BY-SA 2.0 UK). */
function ccFromUrl(url: string): string {
  const m = /creativecommons\.org\/licenses\/([a-z-]+)\/(\d(?:\.\d)?)(?:\/([a-z]{2}))?/i.exec(url);
  if (m) return `CC ${m[1].toUpperCase()} ${m[2]}${m[3] ? ` ${m[3].toUpperCase()}` : ''}`;
  const z = /creativecommons\.org\/publicdomain\/zero\/(\d\.\d)/i.exec(url);
  return z ? `CC0 ${z[1]}` : '';
}

/** A licence named in the text: CC BY-SA 4.0, Creative Commons Attribution-ShareAlike 4.0, MIT, Apache, public domain… */
function licenceFromText(text: string): string {
  const short = /\bCC[ -]?(BY(?:-NC)?(?:-SA|-ND)?)(?:[ -](\d\.\d))?(?:\s+(UK|[A-Z]{2})\b)?/.exec(text);
  if (short) return `CC ${short[1].toUpperCase()}${short[2] ? ` ${short[2]}` : ''}${short[3] ? ` ${short[3]}` : ''}`;
  if (/\bCC0\b|creative commons zero/i.test(text)) return 'CC0 1.0';
  const cc = /creative\s+commons\s+attribution((?:[^.\n]|\.(?=\d)){0,80})/i.exec(text);
  if (cc) {
    const rest = cc[1];
    const version = /(\d\.\d)/.exec(rest)?.[1];
    const parts = CC_PARTS.filter(([re]) => re.test(rest)).map(([, p]) => p);
    return `CC BY${parts.map((p) => `-${p}`).join('')}${version ? ` ${version}` : ''}`;
  }
  const known: [RegExp, string][] = [
    [/\bMIT licen[cs]e\b|^\s*MIT\s*$/im, 'MIT'],
    [/apache licen[cs]e,?\s*version\s*(\d\.\d)/i, 'Apache-$1'],
    [/\bSIL open font licen[cs]e\b/i, 'SIL OFL'],
    [/GNU (?:general public licen[cs]e|GPL)\s*(?:v(?:ersion)?\s*)?(\d)?/i, 'GPL-$1'],
    [/\bpublic domain\b/i, 'Public domain'],
  ];
  for (const [re, name] of known) {
    const m = re.exec(text);
    if (m) return name.replace('$1', m[1] ?? '').replace(/-$/, '');
  }
  return '';
}

/** The author named in a copyright line: "Copyright 2018-2026 Steve Lee" → "Steve Lee". */
function authorFrom(line: string): string {
  return plainLine(
    line
      .replace(/all rights reserved\.?/i, '')
      .replace(/copyright|\(c\)|©/gi, ' ')
      .replace(/\b(19|20)\d\d\s*(?:[-–—]\s*(?:(19|20)\d\d|present))?\b,?/gi, ' ')
      .replace(/^[\s,.:;-]+|[\s,.:;-]+$/g, ''),
  );
}

/** A licence file's lines without Setext rules and Markdown marks. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !RULE.test(l))
    .map((l) => plainLine(l.replace(/^\s*#{1,6}\s+/, '').replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, '$1')));
}

/** What a licence file says: the work, the copyright notice and author, the licence and its address. */
export function parseLicence(raw: string): PackLicence {
  const text = plainText(raw);
  const ls = lines(text).filter(Boolean);
  const urls = [...text.matchAll(URL_RE)].map((m) => m[0]);
  const ccUrl = urls.find((u) => /creativecommons\.org\/(licenses|publicdomain)/i.test(u));
  const licenceUrl = ccUrl ?? urls.find((u) => /licen[cs]e|opensource\.org|gnu\.org|apache\.org/i.test(u)) ?? '';
  const licence = (ccUrl && ccFromUrl(ccUrl)) || licenceFromText(text);
  const copyright = ls.find((l) => COPYRIGHT.test(l) && /\p{L}/u.test(l.replace(COPYRIGHT, ''))) ?? '';
  const byLine = ls.map((l) => /^(?:author|authors|created by|made by|drawn by|designed by|by)\s*:?\s+(.+)$/i.exec(l)?.[1] ?? '').find(Boolean) ?? '';
  const author = (copyright && authorFrom(copyright)) || plainLine(byLine);
  // the first line that is neither the notice nor the licence names the work, if it is short
  const first = ls[0] ?? '';
  const title = first && first.length <= 100 && first !== copyright && !/licen[cs]ed|permission is hereby|this work/i.test(first) && !/https?:\/\//i.test(first) ? first : '';
  return { text, title, licence, url: licenceUrl, author: author.slice(0, 200), copyright: copyright.slice(0, 300) };
}

/** The credit for a licence file: see creditOf. */
export const creditFromLicence = (raw: string): string => creditOf(parseLicence(raw));

/**
 * The part of a README about its licence, when a pack has no licence file: from the first
 * line naming a licence, copyright or attribution, up to 30 lines. Empty when it names none.
 */
export function licenceSection(readme: string): string {
  const ls = plainText(readme).split('\n');
  const at = ls.findIndex((l) => /licen[cs]|copyright|©|attribution|creative commons/i.test(l));
  return at < 0 ? '' : ls.slice(at, at + 30).join('\n').trim();
}
