import type { RegulationRef } from '../data.js';
import type { DefinitionAnswer } from '../schema/answers.js';
import { citation, indexOf } from '../internal/registry.js';
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
export function define(regulation: RegulationRef, term: string): DefinitionAnswer | undefined {
  const idx = indexOf(regulation);
  const d = idx.definitions.get(foldArg(term, 'term'));
  return d && { term: d.term, meaning: d.meaning, citation: citation(idx, d.cites[0]!) };
}
