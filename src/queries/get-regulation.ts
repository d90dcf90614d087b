import type { Regulation, RegulationRef } from '../data.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';

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
  return builtins().regulation(regulation);
}

/** {@link getRegulation} over a given corpus (what `createMevzuat` binds). @internal */
export function getRegulationIn(corpus: Corpus, regulation: RegulationRef): Regulation {
  return corpus.regulation(regulation);
}
