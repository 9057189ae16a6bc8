/** Loads generated files from disk, for the command line, tests and benchmarks in Node. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonLoader } from './library';

export const GENERATED_DIR = join(import.meta.dirname, '..', '..', 'public', 'generated');

/** A path under `generated/` made only of plain names: never `..`, absolute, or anything a file could smuggle in. */
const SAFE_PATH = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.[a-z]{2,4}$/;

/** The file for a path under `generated/`, or throws for a path outside it. */
export function generatedFile(path: string): string {
  if (!SAFE_PATH.test(path)) throw new Error(`not a generated file: ${JSON.stringify(path).slice(0, 80)}`);
  return join(GENERATED_DIR, path);
}

export const nodeJsonLoader: JsonLoader = async <T>(path: string) => JSON.parse(await readFile(generatedFile(path), 'utf8')) as T;

export const readGenerated = (path: string): Promise<Uint8Array> => readFile(generatedFile(path));
