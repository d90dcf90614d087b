import { MevzuatError } from '../errors.js';

// Making untrusted text safe to print on a terminal: what a user typed is escaped and capped
// before it is echoed (escapeInput); whole outputs get a last pass that escapes any control
// character that slipped through (terminalSafe); JSON gets the same characters as \u escapes
// (jsonSafe), which changes nothing for a JSON parser.

/** How much of a user's input is ever echoed back (characters, before escaping). */
export const ECHO_LIMIT = 120;

// C0 and C1 controls, DEL, the bidi embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), the invisible bidi marks that can reorder what a terminal shows (U+200E,
// U+200F, U+061C), the line and paragraph separators, and lone surrogates (no character at all).
const UNSAFE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029\\ud800-\\udfff';
const unsafe = /* @__PURE__ */ new RegExp(`[${UNSAFE_CLASS}]`, 'gu');

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e', '\b': '\\b', '\u0007': '\\a' };

/** The visible form of one unsafe character: `\e`, `\n`, `\u{202E}`. */
const visible = (c: string) => (Object.hasOwn(named, c) ? named[c]! : `\\u{${c.codePointAt(0)!.toString(16).toLocaleUpperCase('tr-TR')}}`);

/**
 * Makes untrusted text safe to print on a terminal or put into a message: control characters,
 * escape sequences, bidi controls and lone surrogates become visible escapes (`\e`, `\r`,
 * `\u{202E}`), and text longer than `limit` characters is cut with `…` and the count of what was
 * left out. Turkish letters and every other printable character are kept as they are. Only the
 * first `limit` characters of the input are ever read, so a huge input costs nothing.
 *
 * @param text - What the user typed.
 * @param limit - Characters kept before escaping; 120 by default.
 * @returns Printable, bounded text: at most `limit` characters, each escape at most 8 long, then the count.
 * @throws {MevzuatError} `INVALID_ARGUMENT` when `text` is not a string or `limit` not a number ≥ 0.
 * @example
 * escapeInput('\u001b]0;pwned\u0007')  //=> '\\e]0;pwned\\a'
 * escapeInput('a'.repeat(200), 10)      //=> 'aaaaaaaaaa… (190 karakter daha)'
 */
export function escapeInput(text: string, limit = ECHO_LIMIT): string {
  if (typeof text !== 'string') {
    const what = text === null ? 'null' : typeof text;
    throw new MevzuatError('INVALID_ARGUMENT', { en: `escapeInput needs a string, got ${what}`, tr: `escapeInput bir metin bekler, verilen: ${what}` }, { input: what, parameter: 'text' });
  }
  if (typeof limit !== 'number' || Number.isNaN(limit) || limit < 0) {
    const what = typeof limit === 'number' ? String(limit) : typeof limit;
    throw new MevzuatError('INVALID_ARGUMENT', { en: `escapeInput's limit must be a number of characters (0 or more), got ${what}`, tr: `escapeInput'un sınırı bir karakter sayısı (0 ya da daha çok) olmalı, verilen: ${what}` }, { input: what, suggestions: [String(ECHO_LIMIT)], parameter: 'limit' });
  }
  const max = Math.min(Math.floor(limit), Number.MAX_SAFE_INTEGER);
  // never walk more of a huge input than is shown; a surrogate pair cut in half is dropped
  const head = [...text.slice(0, max + 1)].slice(0, max).join('');
  const escaped = head.replace(unsafe, visible);
  const rest = text.length - head.length;
  return rest > 0 ? `${escaped}… (${rest} karakter daha)` : escaped;
}

// An SGR sequence (colour, bold): the only escape sequence the CLI itself writes.
const sgrOrUnsafe = /* @__PURE__ */ new RegExp(`\\u001b\\[[0-9;]*m|[${UNSAFE_CLASS}]`, 'gu');

/**
 * The last pass over text about to reach a terminal: every unsafe character except the newline
 * becomes its visible escape, as in {@link escapeInput}, but nothing is cut. With `sgr`, colour
 * sequences (`ESC [ … m`, which the CLI writes itself when colour is on) are kept; every other
 * escape sequence is defused. Text without unsafe characters comes back unchanged.
 *
 * @param text - Output: answers, messages.
 * @param options - `sgr`: keep colour sequences.
 * @example
 * terminalSafe('a\u001b[2Jb\n')                      //=> 'a\\e[2Jb\n'
 * terminalSafe('\u001b[1mMüdür\u001b[22m', { sgr: true })  //=> unchanged
 */
export function terminalSafe(text: string, options: { sgr?: boolean } = {}): string {
  return text.replace(sgrOrUnsafe, (m) => (m === '\n' || (m.length > 1 && options.sgr) ? m : m.length > 1 ? `\\e${m.slice(1)}` : visible(m)));
}

// What JSON.stringify leaves raw but a terminal acts on: DEL and C1, bidi controls, separators.
const jsonUnsafe = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * `JSON.stringify(value, null, indent)` with every character a terminal would act on written as
 * a `\uXXXX` escape (JSON.stringify escapes only U+0000–U+001F and lone surrogates). The JSON
 * means exactly the same: `JSON.parse(jsonSafe(v))` equals `JSON.parse(JSON.stringify(v))`.
 *
 * @example
 * jsonSafe({ input: '\u202Eabc' })  //=> '{"input":"\\u202eabc"}'
 */
export function jsonSafe(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent) ?? 'null';
  return text.replace(jsonUnsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
