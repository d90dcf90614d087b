import { regulations, type RegulationId } from '../data.js';
import { fail, show } from '../internal/lookup.js';

/**
 * Runs one question over every encoded regulation, for side-by-side tables. A `MevzuatError`
 * thrown for one regulation (its text has no "Müdür", say) propagates; catch it inside `fn` to
 * keep going.
 *
 * @param fn - The question, given each regulation id.
 * @returns The answers keyed by regulation id.
 * @throws {MevzuatError} `INVALID_ARGUMENT` when `fn` is not a function; whatever `fn` throws.
 * @example
 * compare((id) => whoSigns(id, 'public-institution').status)
 * //=> { 'izmir-kentsel-adalet': 'responsible-only', 'karsiyaka-halkla-iliskiler': 'explicit',
 * //     'kocaeli-stk': 'responsible-only', 'konak-ozel-kalem': 'explicit' }
 */
export function compare<T>(fn: (regulation: RegulationId) => T): Record<RegulationId, T> {
  if (typeof fn !== 'function') fail('INVALID_ARGUMENT', `compare needs a function, got ${show(fn)}`, fn);
  const out = {} as Record<RegulationId, T>;
  for (const r of regulations) out[r.id] = fn(r.id);
  return out;
}
