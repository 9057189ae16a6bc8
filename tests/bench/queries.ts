/**
 * 1,000 realistic search queries: words from this field typed letter by letter (every
 * prefix from two letters), whole words, two-word phrases and common misspellings.
 */
const WORDS = [
  'police', 'court', 'judge', 'solicitor', 'lawyer', 'bail', 'curfew', 'home', 'house', 'school', 'teacher', 'doctor',
  'hospital', 'nurse', 'medicine', 'mother', 'father', 'family', 'brother', 'sister', 'baby', 'friend', 'phone', 'money',
  'bus', 'train', 'car', 'taxi', 'walk', 'bed', 'sleep', 'shower', 'bath', 'toothbrush', 'breakfast', 'lunch', 'dinner',
  'food', 'drink', 'water', 'happy', 'sad', 'angry', 'worried', 'scared', 'calm', 'tired', 'sick', 'pain', 'help', 'stop',
  'wait', 'clock', 'time', 'calendar', 'morning', 'night', 'sun', 'moon', 'rain', 'music', 'football', 'game', 'computer',
  'television', 'book', 'pen', 'paper', 'letter', 'envelope', 'key', 'door', 'lock', 'shop', 'office', 'meeting', 'talk',
  'listen', 'write', 'read', 'think', 'question', 'yes', 'no', 'warning', 'danger', 'prison', 'handcuffs', 'car', 'bicycle',
  'dog', 'cat', 'tree', 'park', 'church', 'mosque', 'bank', 'hand', 'eye', 'ear', 'heart', 'tooth', 'clothes', 'shirt',
];
const PHRASES = ['police officer', 'police car', 'alarm clock', 'mobile phone', 'fire engine', 'school bus', 'family time', 'brush teeth', 'red heart', 'crying face'];
const TYPOS = ['polise', 'hopsital', 'docter', 'skool', 'freind', 'familly', 'moter', 'computor', 'telefone', 'breakfest', 'angery', 'worryed', 'medecine', 'calender', 'teecher'];

export function realisticQueries(n = 1000): string[] {
  const out: string[] = [];
  for (const w of WORDS) for (let i = 2; i <= w.length; i++) out.push(w.slice(0, i));
  out.push(...PHRASES, ...TYPOS);
  const queries: string[] = [];
  for (let i = 0; queries.length < n; i++) queries.push(out[(i * 7919) % out.length]);
  return queries;
}

const POLISH = [
  'policja', 'policjant', 'sąd', 'sędzia', 'szkoła', 'nauczyciel', 'dom', 'autobus', 'pociąg', 'samochód', 'lekarz', 'szpital',
  'rodzina', 'matka', 'ojciec', 'brat', 'siostra', 'dziecko', 'przyjaciel', 'jedzenie', 'woda', 'herbata', 'śniadanie', 'obiad',
  'telefon', 'pieniądze', 'łóżko', 'spać', 'prysznic', 'szczoteczka', 'szczęśliwy', 'smutny', 'zły', 'zmartwiony', 'zmęczony',
  'zegar', 'kalendarz', 'noc', 'rano', 'słońce', 'muzyka', 'piłka', 'gra', 'książka', 'list', 'klucz', 'drzwi', 'sklep', 'praca',
  'pomoc', 'stop', 'czekać', 'mówić', 'słuchać', 'pisać', 'czytać', 'pies', 'kot', 'drzewo', 'park', 'serce', 'ręka', 'oko', 'ząb',
];

/** 1,000 Polish queries typed the same way (every prefix from two letters). */
export function realisticQueriesPolish(n = 1000): string[] {
  const out: string[] = [];
  for (const w of POLISH) for (let i = 2; i <= w.length; i++) out.push(w.slice(0, i));
  return Array.from({ length: n }, (_, i) => out[(i * 7919) % out.length]);
}
