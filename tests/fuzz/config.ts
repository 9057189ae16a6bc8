/**
 * Seeds and run counts of the property-based suite. `npm test` runs it with a fixed seed and
 * the base counts; `npm run fuzz` sets FUZZ_SEED (random, printed) and FUZZ_RUNS (a multiplier,
 * 10 by default there), so a failure found there replays with the same two variables.
 */
import type { Parameters } from 'fast-check';

/** The seed in CI: fixed, so a red run is the same red run on every machine. */
const CI_SEED = 190_019;

const seedText = process.env.FUZZ_SEED;
/** Seed of every property in this run. */
export const FUZZ_SEED = seedText && Number.isFinite(Number(seedText)) ? Number(seedText) | 0 : CI_SEED;
/** Multiplier of every property's run count. */
export const FUZZ_SCALE = Math.max(1, Number(process.env.FUZZ_RUNS) || 1);

/** fast-check parameters: this run's seed and `numRuns` times the scale. */
export function runs<T>(numRuns: number): Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: Math.round(numRuns * FUZZ_SCALE) };
}

/** A vitest timeout that grows with the run count. */
export const timeout = (ms: number): number => ms * FUZZ_SCALE;
