// The Turkish stemmer's class, loaded on the first word stemmed (see stem.ts). This module is
// what the sources and a bundler use: the stemmer bundled, evaluated on the first call. The
// package's build points stem.ts's import of it at `#stemmer` instead, whose Node variant
// (stemmer-node.ts) requires this module's built CommonJS file on the first call, so that
// importing the package in Node does not even parse the stemmer.

/** The part of the stemmer the package uses. */
export type Stemmer = { stemWord: (word: string) => string; cache: Record<string, string> };

/**
 * The stemmer's class, loaded on the first word stemmed: importing the package (a CLI question,
 * a page) does not pay for it (@nlpjs/core is some twenty modules). Only the stemmer module file is
 * loaded; the package's index would pull in its tokenizer, sentiment and stop words too.
 *
 * A `require` inside a function is what bundlers make lazy: the package's build (which bundles
 * the stemmer) and a browser bundle of it evaluate the module on this call. Unbundled ESM (tests,
 * scripts) has no `require` and gets one from Node.
 */
export function stemmerClass(): new () => Stemmer {
  const id = '@nlpjs/lang-tr/src/stemmer-tr.js';
  if (typeof require === 'function') return require('@nlpjs/lang-tr/src/stemmer-tr.js') as new () => Stemmer;
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  if (!node) throw new Error('internal: the Turkish stemmer cannot be loaded here (no require, no Node)');
  return node.createRequire(import.meta.url)(id) as new () => Stemmer;
}
