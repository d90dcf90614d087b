// The Turkish stemmer's class as Node loads it from the built package (the package's `#stemmer`
// import, condition `node`): the bundled stemmer (dist/stemmer-inline.cjs, built from
// stemmer-class.ts) is required on the first word stemmed, not imported with the package, so a
// question that stems no word never reads or parses it. This module imports nothing else of the
// package: the search, which imports it, is never part of a cycle.
import { createRequire } from 'node:module';
import type { Stemmer } from './stemmer-class.js';

let loaded: (new () => Stemmer) | undefined;

/** The stemmer's class, required on the first call. */
export function stemmerClass(): new () => Stemmer {
  // relative to the file this is built into (dist/stemmer-node.{js,cjs}; the build gives CommonJS
  // an import.meta.url too), by a variable so that no bundler follows it
  const file = './stemmer-inline.cjs';
  return (loaded ??= (createRequire(import.meta.url)(file) as { stemmerClass: () => new () => Stemmer }).stemmerClass());
}
