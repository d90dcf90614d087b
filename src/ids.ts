import { regulationIds, type RegulationId } from './generated/regulations.js';

export { regulationIds };

/**
 * Whether a string is the id of a built-in regulation (exactly; use `getRegulation` to resolve
 * names). Narrows the type.
 *
 * @example
 * const input: string = 'konak-ozel-kalem';
 * if (isRegulationId(input)) whoSigns(input, 'valilik');  // input: RegulationId here
 */
export function isRegulationId(value: unknown): value is RegulationId {
  return typeof value === 'string' && (regulationIds as readonly string[]).includes(value);
}
