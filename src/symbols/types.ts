/** Types of the symbol index written by the top-level `symbols/` build. */

/** A library of symbols with its licence (OpenMoji, an imported pack, own photos). */
export interface SymbolSetInfo {
  /** Stable id used in documents, e.g. `openmoji`. */
  id: string;
  /** Display name, e.g. `OpenMoji`. */
  name: string;
  /** Short licence name, e.g. `CC BY-SA 4.0`. */
  licence: string;
  /** Attribution line printed on exports. */
  attribution: string;
  /** Drawing styles available, e.g. `color` and `black`. */
  styles: string[];
}

/** One searchable symbol. */
export interface SymbolEntry {
  /** Id unique within its set (OpenMoji: the hexcode). */
  id: string;
  /** English label. */
  label: string;
  /** Search keywords (lower case, de-duplicated), label words excluded. */
  keywords: string[];
  /** Browse category id. */
  category: string;
  /** Sub-category, for ordering within a category. */
  sub: string;
  /** Skin-tone variant ids, when the symbol has them. */
  tones?: string[];
  /** True for symbols kept out of default results (flags, brand logos). */
  hidden?: true;
  /** Vector shard number holding this symbol's drawing. */
  shard: number;
}

/** The index file of one set: `generated/symbols/<set>/index.json`. */
export interface SymbolIndexFile {
  /** Format version of this file. */
  version: 1;
  set: SymbolSetInfo;
  /** Categories in browse order, with their display keys. */
  categories: string[];
  symbols: SymbolEntry[];
  /** Variant id → shard, for skin-tone variants not listed as entries. */
  variantShards: Record<string, number>;
}
