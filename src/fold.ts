import { MevzuatError } from './errors.js';

/**
 * Folds Turkish text for matching: NFC, Turkish-locale lower case, diacritics stripped, `ı`→`i`,
 * every run of non-letters and non-digits to one space, trimmed. Display text is never folded;
 * only lookup keys are.
 *
 * @param text - Any string.
 * @returns The folded key.
 * @throws {MevzuatError} `INVALID_ARGUMENT` when `text` is not a string (`fold(null)`, `fold(42)`).
 * @example
 * fold('ŞUBE MÜDÜRÜ')  //=> 'sube muduru'
 * fold('İzmir')        //=> 'izmir'
 * fold('IZMIR')        //=> 'izmir'   (so capitals typed without Turkish letters still match)
 */
export function fold(text: string): string {
  if (typeof text !== 'string') throw new MevzuatError('INVALID_ARGUMENT', { en: `fold needs a string, got ${describe(text)}`, tr: `fold bir metin bekler, verilen: ${describe(text)}` }, { input: describe(text), parameter: 'text' });
  if (text.length > CACHE_ENTRY_MAX) return compute(text);
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const key = compute(text);
  if (cache.size >= CACHE_ENTRIES) cache.clear();
  cache.set(text, key);
  return key;
}

/** A value's type, for the error of a non-string (never its own toString). */
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

// Lookups fold the same few hundred names again and again; a small cache saves the Unicode work.
// Bounded both ways: only short strings are kept, and at most CACHE_ENTRIES of them, so the cache
// holds at most about 2048 × 300 characters whatever a caller folds.
const CACHE_ENTRY_MAX = 300;
const CACHE_ENTRIES = 2048;
const cache = new Map<string, string>();

/** The cache's size and its longest key, for the tests that prove it bounded. @internal */
export const foldCacheStats = () => ({ entries: cache.size, longest: Math.max(0, ...[...cache.keys()].map((k) => k.length)) });

function compute(text: string): string {
  // ASCII has nothing to compose or strip: Turkish lower case (I → ı → i) and the separators suffice
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLocaleLowerCase('tr-TR').replace(/ı/g, 'i').replace(/[^a-z0-9]+/g, ' ').trim();
  const decomposed = text.normalize('NFC').toLocaleLowerCase('tr-TR').normalize('NFKD');
  // Below U+0370 (Latin, with Turkish letters decomposed) the Unicode classes are the explicit
  // ranges of BELOW_0370: the same result, without the millisecond a process pays to build
  // \p{…} on first use (every first query folds a name). test/fold.test.ts proves them equal.
  if (BELOW_0370.test(decomposed)) {
    return decomposed.replace(MARKS_0370, '').replace(/ı/g, 'i').replace(NOT_LETTER_OR_DIGIT_0370, ' ').trim();
  }
  return decomposed
    .replace(/\p{M}+/gu, '')
    // ı has no decomposition, so map it after NFKD
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text whose every code unit is below U+0370: the fast path of {@link compute}. */
const BELOW_0370 = /^[\x00-\u036f]*$/;
/** `\p{M}` below U+0370: the combining diacritical marks. */
const MARKS_0370 = /[\u0300-\u036f]+/g;
/**
 * Runs of what is neither `\p{L}` nor `\p{N}`, for text below U+0370 (the ranges are Unicode's
 * letters and digits there). @internal
 */
export const NOT_LETTER_OR_DIGIT_0370 = /[^0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee]+/g;
/**
 * What {@link words} splits text below U+0370 on: neither `\p{L}`, `\p{N}` nor `\p{M}`. @internal
 */
export const NOT_WORD_0370 = /[^0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0300-\u036f]+/;
/** True when every code unit of `text` is below U+0370 (so the explicit ranges above apply). @internal */
export const below0370 = (text: string): boolean => BELOW_0370.test(text);

/**
 * Turkish collation for sorting display text (`ç` after `c`, `ı` before `i`, `ş` after `s`).
 *
 * @example
 * ['şef', 'sivil', 'çağrı', 'cimer'].sort(collator.compare)
 * //=> ['cimer', 'çağrı', 'sivil', 'şef']
 */
export const collator: { readonly compare: (a: string, b: string) => number } = /* @__PURE__ */ Object.freeze({
  // created on first use: an Intl.Collator costs a fresh process 10–16 ms
  compare: (a: string, b: string) => (turkish ??= new Intl.Collator('tr')).compare(a, b),
});
let turkish: Intl.Collator | undefined;

/**
 * Maps a Turkish bent letter to the ASCII used in provision ids: Turkish letters are doubled
 * (`ç`→`cc`) so they never collide with their plain neighbours (`c`).
 */
export function letterToAscii(letter: string): string {
  const map: Record<string, string> = { ç: 'cc', ğ: 'gg', ı: 'ii', ö: 'oo', ş: 'ss', ü: 'uu' };
  return [...letter.toLocaleLowerCase('tr-TR')].map((c) => map[c] ?? c).join('');
}

/** An ASCII kebab-case slug of a Turkish name: `Çağrı Merkezi` → `cagri-merkezi`. */
export function slugify(text: string): string {
  return fold(text).replace(/ /g, '-');
}
