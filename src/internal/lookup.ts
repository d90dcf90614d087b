import { fold } from '../fold.js';
import { MevzuatError, parameterNamesTr, type LocalizedText, type MevzuatErrorCode } from '../errors.js';
import { distance } from './distance.js';
import { escapeInput } from './escape.js';

/** Longest input we look up; beyond this nothing can match and suggestions would cost time. */
export const MAX_INPUT = 300;

/**
 * Describes an arbitrary value briefly and safely, for error messages: a string escaped (control
 * characters, bidi controls) and cut at 80 characters; anything else by its type only — never by
 * calling its own `toString`, so a function's source or a hostile object never reaches a message.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return escapeInput(value, 80);
  if (value === null) return 'null';
  if (typeof value === 'object') {
    try { return Array.isArray(value) ? 'array' : 'object'; } catch { return 'object'; } // a revoked proxy throws
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value);
  if (typeof value === 'bigint') return 'bigint';
  return typeof value;
}

/** The Turkish name of a parameter, for messages. */
export const trName = (what: string): string => parameterNamesTr[what] ?? what;

/**
 * Returns the folded form of a string argument, or throws INVALID_ARGUMENT naming the parameter
 * (`what`: `'recipient'`, `'subject'`…).
 */
export function foldArg(value: unknown, what: string): string {
  if (typeof value !== 'string') {
    fail('INVALID_ARGUMENT', { en: `${what} must be a string, got ${show(value)}`, tr: `${trName(what)} bir metin olmalı, verilen: ${show(value)}` }, value, [], what);
  }
  if (value.length > MAX_INPUT) {
    fail('INVALID_ARGUMENT', { en: `${what} is longer than ${MAX_INPUT} characters`, tr: `${trName(what)} ${MAX_INPUT} karakterden uzun` }, value, [], what);
  }
  const key = fold(value);
  if (!key) fail('INVALID_ARGUMENT', { en: `${what} is empty`, tr: `${trName(what)} boş` }, value, [], what);
  return key;
}

/**
 * The nearest display names to a folded key: by edit distance (up to a third of the length),
 * then by shared prefix or containment. At most `limit`, best first.
 */
export function nearest(key: string, candidates: Iterable<[folded: string, display: string]>, limit = 5): string[] {
  const cap = Math.max(2, Math.floor(key.length / 3));
  const scored: [number, string][] = [];
  for (const [folded, display] of candidates) {
    let score = distance(key, folded, cap);
    if (score > cap) {
      if (folded.startsWith(key) || key.startsWith(folded) || folded.includes(key)) score = cap + 0.5;
      else continue;
    }
    scored.push([score, display]);
  }
  scored.sort((x, y) => x[0] - y[0]);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [, d] of scored) {
    const k = fold(d).replace(/ /g, '-');
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out.slice(0, limit);
}

/**
 * Throws a {@link MevzuatError}: its message in English and Turkish, what was given (shown
 * safely), the suggestions, and for INVALID_ARGUMENT the parameter at fault.
 */
export function fail(code: MevzuatErrorCode, message: LocalizedText, input: unknown, suggestions: readonly string[] = [], parameter?: string): never {
  throw new MevzuatError(code, message, { input: show(input), suggestions, ...(parameter !== undefined && { parameter }) });
}

/**
 * Reads `value[key]` from an argument that may be hostile (a revoked proxy, a throwing getter):
 * any exception becomes INVALID_ARGUMENT naming `what`.
 */
export function readProperty(value: unknown, key: string, what: string): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return fail('INVALID_ARGUMENT', { en: `${what} could not be read`, tr: `${trName(what)} okunamadı` }, value, [], parameterOf(what));
  }
}

/** The parameter a `what` of {@link readProperty} names (`'a regulation entry'` → `regulations`). */
function parameterOf(what: string): string {
  return /^[a-z]+$/i.test(what) ? what : 'regulations';
}
