import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationId } from '../data.js';
import { fail, show } from '../internal/lookup.js';

/**
 * Runs one question over every built-in regulation, for side-by-side tables. A `MevzuatError`
 * thrown for one regulation (its text has no "Müdür", say) propagates; catch it inside `fn` to
 * keep going.
 *
 * @param fn - The question, given each regulation id.
 * @returns The answers keyed by regulation id; a frozen object.
 * @throws {MevzuatError} `INVALID_ARGUMENT` when `fn` is not a function; whatever `fn` throws.
 * @example
 * compare((id) => whoSigns(id, 'public-institution').status)
 * //=> { 'izmir-kentsel-adalet': 'responsible-only', 'karsiyaka-halkla-iliskiler': 'explicit',
 * //     'kocaeli-stk': 'responsible-only', 'konak-ozel-kalem': 'explicit' }
 */
export function compare<T>(fn: (regulation: RegulationId) => T): Readonly<Record<RegulationId, T>> {
  return compareIn(builtins(), fn as (regulation: string) => T) as Readonly<Record<RegulationId, T>>;
}

/** {@link compare} over a given corpus (what `createMevzuat` binds). @internal */
export function compareIn<T>(corpus: Corpus, fn: (regulation: string) => T): Readonly<Record<string, T>> {
  if (typeof fn !== 'function') fail('INVALID_ARGUMENT', { en: `compare needs a function, got ${show(fn)}`, tr: `compare bir işlev bekler, verilen: ${show(fn)}` }, fn, [], 'fn');
  const out: Record<string, T> = {};
  for (const id of corpus.ids) out[id] = fn(id);
  return Object.freeze(out);
}
