/**
 * npm run --silent symbols -- search "<query>" [--lang pl]
 * npm run --silent symbols -- symbolise "<text>" [--mode every-word|key-words] [--lang cy]
 *
 * The same search and symbolise modules the app uses, printing JSON.
 */
import { parseArgs } from 'node:util';
import { SymbolLibrary } from '../symbols/library';
import { nodeJsonLoader } from '../symbols/nodeLoader';
import { loadEnglishTagger } from '../symbols/tagger';
import { isGeneratedId, parseGeneratedId } from '../symbols/values';

/** A readable name for a generated clock or calendar: "20:30 clock", "Tuesday", "3 June". */
function generatedLabel(id: string): string {
  const v = parseGeneratedId(id);
  if (!v) return id;
  if (v.kind === 'clock') return `${String(v.hour).padStart(2, '0')}:${String(v.minute).padStart(2, '0')} clock`;
  // 1 January 2024 was a Monday
  if (v.kind === 'weekday') return new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + v.index)));
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, v.month - 1, v.day)));
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { mode: { type: 'string' }, limit: { type: 'string' }, lang: { type: 'string' } } });
  const [command, ...rest] = positionals;
  const input = rest.join(' ');
  const library = new SymbolLibrary(nodeJsonLoader);
  const info = await library.info();
  if (command === 'search' && input) {
    // the library panel's search: curated pictures (composed ones with \`also\` and \`modifier\`) and symbol names
    const results = await library.searchAll(input, undefined, Number(values.limit) || 20, values.lang ?? 'en');
    const json = results.map((r) => ({ id: r.entry.id, label: r.entry.label, set: r.set, ...(r.also?.length ? { also: r.also.map((a) => a.id) } : {}), ...(r.modifier ? { modifier: r.modifier } : {}) }));
    console.log(JSON.stringify({ query: input, results: json }));
    return 0;
  }
  if (command === 'symbolise' && input) {
    const s = await library.symboliser(values.lang ?? 'en');
    if ((values.lang ?? 'en').startsWith('en')) s.useTagger(await loadEnglishTagger());
    const mode = values.mode === 'key-words' ? 'key-words' : 'every-word';
    const label = async (set: string, id: string) => (isGeneratedId(id) ? generatedLabel(id) : ((await library.entry({ set, id }))?.label ?? id));
    const tokens = [];
    for (const t of s.symbolise(input, { mode })) {
      const ids = t.picture && 'ids' in t.picture ? t.picture.ids : [];
      const set = t.picture && 'set' in t.picture ? t.picture.set : info.id;
      const symbols = await Promise.all(ids.map(async (id) => ({ id, label: await label(set, id), ...(set !== info.id && !isGeneratedId(id) ? { set } : {}) })));
      tokens.push({ text: t.text, symbols, ...(t.picture && 'modifier' in t.picture && t.picture.modifier ? { modifier: t.picture.modifier } : {}) });
    }
    console.log(JSON.stringify({ tokens }));
    return 0;
  }
  console.error('Usage:\n  npm run --silent symbols -- search "<query>"\n  npm run --silent symbols -- symbolise "<text>" [--mode key-words] [--lang cy]');
  return 2;
}

// a failure is one plain line on stderr and a non-zero exit, never a stack trace
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`symbols: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.split('\n')[0]);
    process.exit(1);
  },
);
