/**
 * English word forms back to a dictionary form: plurals, -s, -ing, -ed and the irregular
 * verbs and nouns of everyday speech. Returns candidates, most likely first; the caller
 * keeps the first one its lexicon knows.
 */

/** A Map, not an object: user words such as "constructor" must not find Object.prototype. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  went: 'go', gone: 'go', goes: 'go', was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', am: 'be',
  had: 'have', has: 'have', did: 'do', does: 'do', done: 'do', said: 'say', says: 'say', made: 'make',
  came: 'come', saw: 'see', seen: 'see', took: 'take', taken: 'take', gave: 'give', given: 'give',
  got: 'get', gotten: 'get', told: 'tell', thought: 'think', felt: 'feel', left: 'leave', kept: 'keep',
  met: 'meet', ran: 'run', sat: 'sit', stood: 'stand', wrote: 'write', written: 'write', drove: 'drive',
  driven: 'drive', rode: 'ride', spoke: 'speak', spoken: 'speak', broke: 'break', broken: 'break',
  knew: 'know', known: 'know', brought: 'bring', bought: 'buy', slept: 'sleep', ate: 'eat', eaten: 'eat',
  drank: 'drink', drunk: 'drink', found: 'find', lost: 'lose', heard: 'hear', paid: 'pay', sent: 'send',
  spent: 'spend', understood: 'understand', woke: 'wake', woken: 'wake', wore: 'wear', worn: 'wear',
  hit: 'hit', hurt: 'hurt', put: 'put', let: 'let', shut: 'shut', began: 'begin', begun: 'begin',
  chose: 'choose', chosen: 'choose', forgot: 'forget', forgotten: 'forget', fell: 'fall', fallen: 'fall',
  caught: 'catch', taught: 'teach', fought: 'fight', sold: 'sell', stole: 'steal', stolen: 'steal',
  children: 'child', men: 'man', women: 'woman', people: 'person', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', wives: 'wife', knives: 'knife', 'i\'m': 'i', 'i\'ll': 'i', 'i\'ve': 'i',
  'you\'re': 'you', 'you\'ll': 'you', 'we\'re': 'we', 'they\'re': 'they', 'it\'s': 'it', 'won\'t': 'won\'t',
  'can\'t': 'can\'t', 'don\'t': 'don\'t', 'doesn\'t': 'don\'t', 'didn\'t': 'don\'t', 'isn\'t': 'not',
  'aren\'t': 'not', 'wasn\'t': 'not', 'mustn\'t': 'mustn\'t', 'shouldn\'t': 'not', 'couldn\'t': 'can\'t',
  better: 'better', worse: 'worse', best: 'good', worst: 'bad',
}));

const VOWEL = /[aeiou]/;

/** Candidate dictionary forms of a lower-case word, most likely first (the word itself included). */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const irr = IRREGULAR.get(w);
  if (irr) out.unshift(irr);
  const add = (s: string) => s.length > 1 && !out.includes(s) && out.push(s);
  if (w.endsWith("'s")) add(w.slice(0, -2));
  if (w.endsWith('ies') && w.length > 4) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ves') && w.length > 4) add(w.slice(0, -3) + 'f');
  if (/(s|x|z|ch|sh)es$/.test(w)) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) add(w.slice(0, -1));
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    add(stem);
    add(stem + 'e');
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1)); // running → run
    if (stem.endsWith('y')) add(stem.slice(0, -1) + 'ie'); // lying → lie
  }
  if (w.endsWith('ed') && w.length > 4) {
    const stem = w.slice(0, -2);
    add(stem);
    add(stem + 'e');
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1)); // stopped → stop
    if (stem.endsWith('i')) add(stem.slice(0, -1) + 'y'); // worried → worry
  }
  if (w.endsWith('er') && w.length > 4 && VOWEL.test(w.slice(0, -2))) add(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 4) add(w.slice(0, -2));
  return out;
}
