/** How much of a user's input is ever echoed back (characters, before escaping). */
export const ECHO_LIMIT = 120;

// C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
// plus the invisible bidi marks (U+200E, U+200F, U+061C) that can reorder what a terminal shows.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e', '\b': '\\b', '\u0007': '\\a' };

/**
 * Makes untrusted text safe to print on a terminal or put into a message: control characters,
 * escape sequences and bidi controls become visible escapes (`\e`, `\r`, `\u{202E}`), and text
 * longer than `limit` characters is cut with `…` and the count of what was left out. Turkish
 * letters and every other printable character are kept as they are.
 *
 * @param text - What the user typed.
 * @param limit - Characters kept before escaping; {@link ECHO_LIMIT} by default.
 * @returns Printable, bounded text.
 * @example
 * escapeInput('\u001b]0;pwned\u0007')  //=> '\\e]0;pwned\\a'
 * escapeInput('a'.repeat(200), 10)      //=> 'aaaaaaaaaa… (190 karakter daha)'
 */
export function escapeInput(text: string, limit = ECHO_LIMIT): string {
  // never walk more of a huge input than is shown; a surrogate pair cut in half is dropped
  const head = [...text.slice(0, limit + 1)].slice(0, limit).join('');
  const escaped = head.replace(unsafe, (c) => named[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
  const rest = text.length - head.length;
  return rest > 0 ? `${escaped}… (${rest} karakter daha)` : escaped;
}
