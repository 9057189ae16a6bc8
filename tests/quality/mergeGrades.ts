/**
 * npx tsx tests/quality/mergeGrades.ts <graded ungraded.json> <ungraded-keys.json> [--dry-run]
 *
 * Adds a blind grader's grades (the `grade` of each numbered item of the file written by
 * `npm run quality -- --ungraded-sheets <dir>`) to `tests/fixtures/quality/grades.json`, under
 * the grade keys the keys file gives each number. Items left without a grade are skipped; a
 * grade that is not right, poor or misleading, an unknown number, or a key already graded
 * otherwise stops the merge with nothing written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { QUALITY_DIR } from './grade';

type Grade = 'right' | 'poor' | 'misleading';
const GRADES: readonly string[] = ['right', 'poor', 'misleading'];

export function mergeGrades(
  existing: readonly [string, Grade][],
  graded: { items: { n: number; grade?: string | null }[] },
  keys: Record<string, string[]>,
): { grades: [string, Grade][]; added: number; skipped: number; problems: string[] } {
  const have = new Map(existing);
  const out: [string, Grade][] = [...existing];
  const problems: string[] = [];
  let added = 0;
  let skipped = 0;
  for (const item of graded.items) {
    if (item.grade === null || item.grade === undefined || item.grade === '') {
      skipped++;
      continue;
    }
    if (!GRADES.includes(item.grade)) {
      problems.push(`${item.n}: "${item.grade}" is not right, poor or misleading`);
      continue;
    }
    const ks = Object.hasOwn(keys, String(item.n)) ? keys[String(item.n)] : undefined;
    if (!ks) {
      problems.push(`${item.n}: no such number in the keys file`);
      continue;
    }
    for (const k of ks) {
      const before = have.get(k);
      if (before === item.grade) continue;
      if (before) {
        problems.push(`${item.n}: "${k}" was graded ${before}, now ${item.grade}`);
        continue;
      }
      have.set(k, item.grade as Grade);
      out.push([k, item.grade as Grade]);
      added++;
    }
  }
  return { grades: out, added, skipped, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } });
  if (positionals.length !== 2) {
    console.error('Usage: npx tsx tests/quality/mergeGrades.ts <graded ungraded.json> <ungraded-keys.json> [--dry-run]');
    process.exit(2);
  }
  const file = join(QUALITY_DIR, 'grades.json');
  const current = JSON.parse(readFileSync(file, 'utf8')) as { about: string; grades: [string, Grade][] };
  const graded = JSON.parse(readFileSync(positionals[0], 'utf8')) as { items: { n: number; grade?: string | null }[] };
  const keys = (JSON.parse(readFileSync(positionals[1], 'utf8')) as { keys: Record<string, string[]> }).keys;
  const r = mergeGrades(current.grades, graded, keys);
  if (r.problems.length) {
    console.error(`Nothing merged:\n  ${r.problems.join('\n  ')}`);
    process.exit(1);
  }
  if (!values['dry-run']) writeFileSync(file, JSON.stringify({ ...current, grades: r.grades }, null, 1) + '\n');
  console.log(`${r.added} grade keys ${values['dry-run'] ? 'would be ' : ''}added to ${file}; ${r.skipped} items had no grade`);
}
