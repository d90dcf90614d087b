// The built-in corpus: the regulations compiled into this package. Creating it costs nothing; each
// regulation is parsed on its first query.
import { Corpus, type LazyRegulation } from './corpus.js';
import { catalog } from './generated/regulations.js';

/**
 * The built-in regulations as lazy sources, to pass to `createMevzuat` alongside your own.
 *
 * @example
 * const m = createMevzuat({ regulations: [...builtinRegulations, loadRegulationDir('./ornekkoy')] });
 * m.regulationIds  //=> ['izmir-kentsel-adalet', …, 'ornekkoy-yazi-isleri']
 */
export const builtinRegulations: readonly LazyRegulation[] = /* @__PURE__ */ Object.freeze(catalog);

let corpus: Corpus | undefined;

/** The corpus the package's own exports answer from, created on first use. */
export const builtins = (): Corpus => (corpus ??= new Corpus(builtinRegulations));
