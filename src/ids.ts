import { regulationIds, type RegulationId } from './generated/names.js';
import { builtins } from './builtins.js';
import { isMevzuatError } from './errors.js';

export { regulationIds };

/**
 * Whether a string is exactly the id of a built-in regulation (`'konak-ozel-kalem'`, not
 * `'Konak'`): what the type `RegulationId` holds, so it narrows. To accept what the queries
 * accept (names, any case), use {@link regulationIdOf}.
 *
 * @example
 * const input: string = 'konak-ozel-kalem';
 * if (isBuiltinRegulationId(input)) whoSigns(input, 'valilik');  // input: RegulationId here
 * isBuiltinRegulationId('konak')  //=> false: a name, not an id
 */
export function isBuiltinRegulationId(value: unknown): value is RegulationId {
  return typeof value === 'string' && (regulationIds as readonly string[]).includes(value);
}

/**
 * The old name of {@link isBuiltinRegulationId}, which it is: true for an exact id only, so
 * `isRegulationId('konak')` is false although every query accepts `'konak'`.
 *
 * @deprecated Use `isBuiltinRegulationId` (the same check, named for what it checks) or
 * `regulationIdOf` (what the queries accept).
 * @example
 * isRegulationId('konak-ozel-kalem')  //=> true
 */
export const isRegulationId: (value: unknown) => value is RegulationId = isBuiltinRegulationId;

/**
 * The id of the built-in regulation a value names, as the queries read it (an id or a
 * municipality name, case and Turkish letters forgiven), or `undefined` when it names none or
 * several. Never throws.
 *
 * @example
 * regulationIdOf('KONAK')     //=> 'konak-ozel-kalem'
 * regulationIdOf('karsiyaka') //=> 'karsiyaka-halkla-iliskiler'
 * regulationIdOf('konya')     //=> undefined
 */
export function regulationIdOf(value: unknown): RegulationId | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return builtins().resolve(value) as RegulationId;
  } catch (e) {
    if (isMevzuatError(e)) return undefined;
    throw e;
  }
}
