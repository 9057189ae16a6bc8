/**
 * English part of speech and dictionary forms from wink-nlp (MIT) and its lite web model,
 * loaded only when English symbol text is first used: "hearing" in court stays a noun
 * (not "hear"), "early" stays "early" (not "ear"), and "break" is told apart as a verb
 * (break a rule) or a noun (have a break).
 *
 * Chosen over compromise on our own set of 40 words of this field (see README, "Meaning
 * engine"): compromise tagged 37 and lemmatised 38 correctly but took ~160 ms per 1,000
 * words; wink tagged 33 and lemmatised 40 in ~15 ms, within the 20 ms budget. Its one
 * weakness here, imperatives read as nouns ("Brush your teeth"), is corrected below.
 */

/** Coarse parts of speech the senses use. */
export type Pos = 'noun' | 'verb' | 'adj' | 'adv' | 'other';

export interface TaggedWord {
  /** Offset of the word in the text. */
  start: number;
  pos: Pos;
  /** Dictionary form, lower case. */
  lemma: string;
  /** The part of speech is certain from the words around it ("the fine on time"), not a guess. */
  sure?: boolean;
}

export interface Tagger {
  tag(text: string): TaggedWord[];
}

const COARSE: Record<string, Pos> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', AUX: 'verb', ADJ: 'adj', ADV: 'adv' };
/** Words after which a sentence-initial "noun" is really a command: "Brush your teeth". */
const OBJECT_START = new Set(['your', 'the', 'a', 'an', 'my', 'his', 'her', 'their', 'our', 'this', 'that', 'it', 'them', 'me', 'us', 'him', 'off', 'up', 'in', 'out', 'on', 'to']);

interface WinkToken {
  text: string;
  pos: string;
  lemma: string | undefined;
}

/** Offsets of tokens in the text, found in order (the tagger gives text, not offsets). */
function place(text: string, tokens: WinkToken[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  let at = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const k = lower.indexOf(t.text.toLowerCase(), at);
    if (k < 0) continue;
    at = k + t.text.length;
    let pos = COARSE[t.pos] ?? 'other';
    // a command opens the sentence: a "noun" followed by its object is a verb
    const first = i === 0 || /[.!?]/.test(tokens[i - 1].text);
    if (first && pos === 'noun' && OBJECT_START.has(tokens[i + 1]?.text.toLowerCase() ?? '')) pos = 'verb';
    // (wink-nlp gives no lemma for a few spellings, such as "cant," written without its apostrophe)
    out.push({ start: k, pos, lemma: (t.lemma ?? t.text).toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

let loading: Promise<Tagger> | null = null;

/** Loads wink-nlp and its English model once (about 0.8 MB compressed, in its own chunk). */
export function loadEnglishTagger(): Promise<Tagger> {
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(([wink, model]) => {
    const nlp = wink.default(model.default, ['sbd', 'pos']);
    const its = nlp.its;
    return {
      tag(text: string): TaggedWord[] {
        const tokens: WinkToken[] = [];
        nlp
          .readDoc(text)
          .tokens()
          .each((t: { out: (f?: unknown) => string }) => tokens.push({ text: t.out(), pos: t.out(its.pos), lemma: t.out(its.lemma) }));
        return place(text, tokens);
      },
    };
  });
  return loading;
}
