/** Loads generated files from disk, for the command line, tests and benchmarks in Node. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonLoader } from './library';

export const GENERATED_DIR = join(import.meta.dirname, '..', '..', 'public', 'generated');

export const nodeJsonLoader: JsonLoader = async <T>(path: string) =>
  JSON.parse(await readFile(join(GENERATED_DIR, path), 'utf8')) as T;

export const readGenerated = (path: string): Promise<Uint8Array> => readFile(join(GENERATED_DIR, path));
