import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { DefinitionAnswer } from '../schema/answers.js';
import { citation, memo, reviewOf, type Index } from '../internal/registry.js';

/** "kadronun", "birimin", "makamın": what kind of actor the term denotes, in the genitive. */
const actorNoun = (idx: Index, id: string) => (idx.reg.posts.some((p) => p.id === id) ? 'kadronun' : idx.reg.units.some((u) => u.id === id) ? 'birimin' : 'makamın');
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
  const key = foldArg(term, 'term');
  const d = idx.definitions.get(key);
  if (d) return memo(idx, `define:${d.id}`, () => ({ term: d.term, meaning: d.meaning, citation: citation(idx, d.cites[0]!), ...reviewOf(idx, [d], [d.actor]) }));
  // another name of an actor a term denotes ("Müdür" for the defined "Mali Hizmetler Müdürü")
  const actors = idx.actorsByName.get(key);
  if (actors?.length !== 1) return undefined;
  const byActor = idx.reg.definitions.filter((x) => x.actor === actors[0]);
  if (byActor.length !== 1) return undefined;
  const a = byActor[0]!;
  return memo(idx, `define:${a.id}:as:${key}`, () => ({
    term: a.term, meaning: a.meaning,
    note: `"${term.trim()}", metinde "${a.term}" diye tanımlanan ${actorNoun(idx, actors[0]!)} adıdır.`,
    citation: citation(idx, a.cites[0]!), ...reviewOf(idx, [a], [a.actor]),
  }));
}
