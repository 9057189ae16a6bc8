// `npm run fuzz`: the property-based suite with a random seed (printed first, so a failure
// can be replayed with FUZZ_SEED=<seed> npm run fuzz) and ten times the runs of `npm test`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';

/** vitest's own command line, run with this node: no PATH or shell needed. */
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '10';
console.log(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', 'tests/fuzz', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
console.log(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} ${result.status === 0 ? 'passed' : 'FAILED'}`);
process.exit(result.status ?? 1);
