// Small pieces of Turkish grammar for the sentences the library writes: the genitive of a title
// ("Belediye Başkanının", "Müdürün") and lists ("A ve B", "A, B ve C").

const VOWELS = 'aıoueiöüâîû';
/** The vowel the genitive suffix takes after a word whose last vowel is this one. */
const HARMONY: Record<string, string> = { a: 'ı', ı: 'ı', â: 'ı', o: 'u', u: 'u', û: 'u', e: 'i', i: 'i', î: 'i', ö: 'ü', ü: 'ü' };

/**
 * The genitive of a title or name as Turkish legal texts write it, without an apostrophe:
 * `Belediye Başkanı` → `Belediye Başkanının`, `Müdür` → `Müdürün`, `Şef` → `Şefin`. The suffix
 * follows the last vowel of the last word (two-way harmony for ı/i, four-way for the rest); after
 * a vowel it takes the buffer `n`.
 */
export function genitive(name: string): string {
  const word = name.trimEnd();
  const lower = word.toLocaleLowerCase('tr-TR');
  const last = [...lower].reverse().find((c) => VOWELS.includes(c));
  if (!last) return word;
  const v = HARMONY[last]!;
  const endsInVowel = VOWELS.includes(lower.at(-1)!);
  return `${word}${endsInVowel ? 'n' : ''}${v}n`;
}

/** A list as Turkish writes it: `A`, `A ve B`, `A, B ve C` (or `veya` for alternatives). */
export function listTr(items: readonly string[], conjunction: 've' | 'veya' = 've'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The sentence with its first letter upper-cased the Turkish way (`i` → `İ`). */
export const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('tr-TR') + text.slice(1);
