// Lint keeps the layer direction of shared/STYLE.md: a wrong import fails CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Folder → folders under src/ it may import (itself always allowed). */
const LAYERS = {
  i18n: [],
  model: [],
  symbols: ['model'],
  profile: ['model', 'symbols'],
  layout: ['model', 'symbols', 'profile'],
  editor: ['model', 'layout', 'symbols', 'profile'],
  canvas: ['layout', 'editor'],
  pdf: ['layout'],
  phone: ['layout'],
  storage: ['model'],
};
const ALL = Object.keys(LAYERS).concat('ui', 'cli');

const zones = Object.entries(LAYERS).flatMap(([layer, allowed]) =>
  ALL.filter((other) => other !== layer && !allowed.includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message: `src/${layer} may not import src/${other} (see shared/STYLE.md).`,
  })),
);

export default tseslint.config(
  { ignores: ['dist/', 'public/generated/', 'node_modules/', 'dev-dist/', 'tests/tmp/', 'tests/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      // no-cycle reads the imported files: it needs to know they are TypeScript
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      // no import circle between files (type-only imports included)
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Words, labels and ids typed by users are keys: "constructor" in {} is true and {}["constructor"]
    // is a function. Look such keys up in a Map, or with Object.hasOwn / model/own.ts.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // a function longer than a screen holds two ideas: split it into named parts (shared/STYLE.md)
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message: 'A variable key with `in` finds Object.prototype ("constructor" in {}): use a Map or Object.hasOwn.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Renderers draw text runs where layout placed them (TextPrim.runs): re-running bidi or
    // measuring here is how screen and print came to disagree on where a run starts.
    files: ['src/canvas/**/*.{ts,tsx}', 'src/pdf/**/*.{ts,tsx}', 'src/phone/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'bidi-js', message: 'Renderers do not run bidi: draw TextPrim.runs, which layout placed (src/layout/runs.ts).' }],
          patterns: [
            {
              group: ['**/layout/bidi', '**/layout/bidi.ts'],
              importNames: ['visualRuns'],
              message: 'Renderers do not split lines into runs: draw TextPrim.runs, placed once by layout (src/layout/runs.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Storage is the only place that touches browser storage.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'Use src/storage.' }, { name: 'indexedDB', message: 'Use src/storage.' }],
    },
  },
);
