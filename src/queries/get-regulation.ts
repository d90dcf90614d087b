import type { Regulation, RegulationRef } from '../data.js';
import { resolveRegulation } from '../internal/registry.js';

/**
 * One encoded regulation, by id or municipality name (case and Turkish letters forgiven).
 *
 * @param regulation - `'konak-ozel-kalem'`, `'Konak'`, `'KARŞIYAKA'`, `'karsiyaka'`…
 * @returns The compiled, deeply frozen regulation.
 * @throws {MevzuatError} `UNKNOWN_REGULATION` with the nearest ids; `INVALID_ARGUMENT` for a non-string.
 * @example
 * getRegulation('Konak').title
 * //=> 'Konak Belediye Başkanlığı Özel Kalem Müdürlüğü Görev, Yetki ve Çalışma Yönetmeliği'
 */
export function getRegulation(regulation: RegulationRef): Regulation {
  return resolveRegulation(regulation);
}
