import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { DefinitionAnswer } from '../schema/answers.js';
import { citation, memo, reviewOf } from '../internal/registry.js';
import { foldArg } from '../internal/lookup.js';

/**
 * What a term means in the regulation, from its Tanımlar article, verbatim.
 *
 * @param regulation - Id or municipality name.
 * @param term - The term, folded (`'ust yonetim'` finds "Üst Yönetim").
 * @returns The definition, or `undefined` when the Tanımlar do not define the term.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `INVALID_ARGUMENT` for a non-string or empty term.
 * @example
 * define('konak', 'Şef')
 * //=> { term: 'Şef', meaning: 'Özel Kalem Müdürlüğünde kadrolu şefi', citation: { label: 'm.4/g', … } }
 */
export function define(regulation: RegulationRef, term: string): DeepReadonly<DefinitionAnswer | undefined> {
  return defineIn(builtins(), regulation, term);
}

/** {@link define} over a given corpus (what `createMevzuat` binds). @internal */
export function defineIn(corpus: Corpus, regulation: RegulationRef, term: string): DefinitionAnswer | undefined {
  const idx = corpus.index(regulation);
  const d = idx.definitions.get(foldArg(term, 'term'));
  return d && memo(idx, `define:${d.id}`, () => ({ term: d.term, meaning: d.meaning, citation: citation(idx, d.cites[0]!), ...reviewOf(idx, [d], [d.actor]) }));
}
