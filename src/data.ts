import type { Corpus } from './corpus.js';
import { builtins } from './builtins.js';
import { regulationIds, type RegulationAlias, type RegulationId, type RegulationIdByAlias, type SubjectNames } from './generated/names.js';
import type { Regulation } from './types.js';

/**
 * What a `regulation` argument accepts: an id or a municipality name (`'Konak'`, `'KARŞIYAKA'`,
 * `'karsiyaka'`). Any string compiles, so input from users can be passed as is; the known ids and
 * names are still suggested by the editor. Case and Turkish letters are forgiven at run time.
 *
 * @example
 * whoSigns('konak-ozel-kalem', 'valilik')  // an id
 * whoSigns('Konak', 'valilik')             // a municipality name
 * whoSigns(req.query.reg, 'valilik')       // a string from a user
 */
export type RegulationRef = RegulationId | RegulationAlias | (string & {});

export type { Regulation, RegulationAlias, RegulationId, SubjectNames };

/**
 * What a `subject` argument accepts once the regulation is known: any string (an id, a name or an
 * alias, case and Turkish letters forgiven) or `{ id }`; for a built-in regulation named in code,
 * the editor offers its unit, post and office names as written.
 *
 * @example
 * reportsTo('konak-ozel-kalem', 'Müdür')  // 'Müdür', 'Şef', 'Web birimi'… are offered
 * reportsTo('Konak', 'Şef')               // by alias, too
 * reportsTo(req.query.reg, req.query.who) // any string
 */
export type SubjectOf<R> =
  | (R extends RegulationId ? SubjectNames[R] : R extends keyof RegulationIdByAlias ? SubjectNames[RegulationIdByAlias[R]] : never)
  | (string & {})
  | { readonly id: string };

/**
 * A frozen array of the corpus's regulations whose elements load on access: `list[2]` loads one
 * regulation, `list.length` and `list.map((r) => r.id)`-free uses load none.
 */
export function lazyList(ids: readonly string[], corpus: () => Corpus): readonly Regulation[] {
  const list: Regulation[] = [];
  ids.forEach((id, i) => Object.defineProperty(list, i, { get: () => corpus().regulation(id), enumerable: true }));
  return Object.freeze(list);
}

/**
 * Every built-in regulation, in id order: a frozen array whose elements are loaded on first access
 * (reading `regulations[3]` parses that one regulation only). Each regulation is deeply frozen.
 *
 * @example
 * regulations.map((r) => r.id)
 * //=> ['izmir-kentsel-adalet', 'karsiyaka-halkla-iliskiler', 'kocaeli-stk', 'konak-ozel-kalem']
 */
export const regulations: readonly Regulation[] = /* @__PURE__ */ lazyList(regulationIds, builtins);
