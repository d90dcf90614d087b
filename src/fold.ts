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
  const lower = text.normalize('NFC').toLocaleLowerCase('tr-TR');
  return lower
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // ı has no decomposition, so map it after NFKD
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

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
