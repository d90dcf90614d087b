/**
 * Turkish stemming, one function for every place that matches words by their root: the duty
 * search (`findDuties`), its prebuilt index, and the topic words of the fact drafting.
 *
 * The stemmer is Snowball's Turkish algorithm as packaged by `@nlpjs/lang-tr` (maintained, MIT); only
 * its stemmer module is imported (about 12 KB gzipped in a browser bundle, against 36 KB for the
 * whole `snowball-stemmers` package, which carries every language).
 *
 * Snowball removes inflectional suffixes (`yazışmaları` → `yazışma`, `valiliğe` → `valilik`), not
 * derivational ones: `alım`, `alma` and `alınmas` stay apart, so callers that need "satın alma" to
 * find "satın alınması" compare stems by a common prefix as well.
 */
import { stemmerClass, type Stemmer } from './stemmer-class.js';

let stemmer: Stemmer | undefined;

let cached = 0;
/** The package's stemmer remembers every word it saw; bounded here, so no caller can grow it without end. */
const CACHE_WORDS = 4096;

/**
 * The Snowball stem of one Turkish word, in Turkish lower case with its letters kept (fold it for
 * a lookup key). Words shorter than three letters or longer than 64 come back lower-cased, unstemmed.
 *
 * @param word - One word, in any case.
 * @returns Its stem.
 * @example
 * stemWord('Yazışmaları')  //=> 'yazışma'
 * stemWord('valiliğe')     //=> 'valilik'
 */
export function stemWord(word: string): string {
  const lower = word.normalize('NFC').toLocaleLowerCase('tr-TR');
  if (lower.length < 3) return lower;
  if (lower.length > 64) return lower;
  stemmer ??= new (stemmerClass())();
  if (++cached > CACHE_WORDS) { stemmer.cache = {}; cached = 1; }
  return stemmer.stemWord(lower);
}
