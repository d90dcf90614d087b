import { escapeInput } from './internal/escape.js';

/**
 * The closed list of error codes a query can throw.
 *
 * @example
 * try { reportsTo('konak', 'Mudr') } catch (e) {
 *   if (isMevzuatError(e) && e.code === 'UNKNOWN_ENTITY') e.suggestions  //=> ['Müdür', …]
 * }
 */
export type MevzuatErrorCode =
  | 'UNKNOWN_REGULATION'
  | 'UNKNOWN_ENTITY'
  | 'AMBIGUOUS'
  | 'UNKNOWN_CITATION'
  | 'INVALID_ARGUMENT'
  | 'INVALID_REGULATION';

/**
 * The one error the library throws, for bad input only. A question the regulation is silent on
 * is an answer (`not-regulated`), never an error.
 *
 * @example
 * try { whoSigns('konya', 'valilik') } catch (e) {
 *   if (e instanceof MevzuatError) e.code         //=> 'UNKNOWN_REGULATION'
 *   if (e instanceof MevzuatError) e.suggestions  //=> ['konak-ozel-kalem', …]
 * }
 */
export class MevzuatError extends Error {
  override readonly name = 'MevzuatError';
  readonly code: MevzuatErrorCode;
  /** Nearest valid names or ids, best first; for `AMBIGUOUS`, every candidate. */
  readonly suggestions: readonly string[];
  /**
   * What was given, safe to print: a string with control characters and bidi controls escaped and
   * cut at 80 characters; any other value described by its type only (`function`, `object`).
   */
  readonly input: string;
  /** For `INVALID_REGULATION`: every problem found, each with its file, place and value. */
  readonly problems: readonly RegulationProblem[];

  constructor(code: MevzuatErrorCode, message: string, options: { input: string; suggestions?: readonly string[]; problems?: readonly RegulationProblem[] }) {
    super(message);
    this.code = code;
    this.input = options.input;
    this.suggestions = Object.freeze([...(options.suggestions ?? [])]);
    this.problems = Object.freeze((options.problems ?? []).map((p) => Object.freeze({ ...p })));
  }
}

/**
 * One problem in a regulation's data, as `mevzuat check` and `loadRegulationDir` report it.
 *
 * @example
 * const p: RegulationProblem = { file: 'rules.yaml', line: 12, column: 7, path: 'reporting[3].to',
 *   message: 'bilinmeyen birim, kadro ya da makam', value: 'mudr', suggestion: 'mudur' };
 */
export type RegulationProblem = {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Where in the file's data (`reporting[3].to`). */
  readonly path?: string;
  /** What is wrong, in Turkish. */
  readonly message: string;
  /** The offending value, as found. */
  readonly value?: string;
  readonly suggestion?: string;
  /** `todo` for what a draft may still lack (an uncovered provision); `error` otherwise. */
  readonly severity?: 'error' | 'todo';
};

/**
 * True when `value` is a {@link MevzuatError} (also across bundle copies, by name and code).
 *
 * @example
 * isMevzuatError(new MevzuatError('AMBIGUOUS', 'x', { input: 'x' }))  //=> true
 */
export function isMevzuatError(value: unknown): value is MevzuatError {
  try {
    return value instanceof MevzuatError || (value instanceof Error && value.name === 'MevzuatError' && typeof (value as MevzuatError).code === 'string');
  } catch {
    return false; // a revoked proxy or a hostile prototype chain is not an error of ours
  }
}

const trTitles: Record<MevzuatErrorCode, string> = {
  UNKNOWN_REGULATION: 'Bilinmeyen mevzuat',
  UNKNOWN_ENTITY: 'Bilinmeyen birim, kadro ya da makam',
  AMBIGUOUS: 'Birden çok karşılığı olan ad',
  UNKNOWN_CITATION: 'Bilinmeyen madde göndermesi',
  INVALID_ARGUMENT: 'Geçersiz girdi',
  INVALID_REGULATION: 'Geçersiz mevzuat verisi',
};

/** `o[k]`, or undefined when reading it throws (a revoked proxy, a throwing getter). */
function field(o: unknown, k: string): unknown {
  if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return undefined;
  try { return (o as Record<string, unknown>)[k]; } catch { return undefined; }
}

/** The strings of a list that may be anything, escaped and capped; at most `max` of them. */
function strings(v: unknown, max: number): string[] {
  let list: unknown[] = [];
  try { if (Array.isArray(v)) list = v.slice(0, max); } catch { /* a revoked proxy */ }
  return list.filter((x): x is string => typeof x === 'string').map((x) => escapeInput(x, 200));
}

/**
 * Formats an error for people, in Turkish: one line, then the problems (for an invalid
 * regulation) and the suggestions. The CLI and the REPL share it. Whatever the error carries is
 * escaped and capped again here, so an error made by hand cannot drive a terminal either.
 *
 * Anything that is not a MevzuatError (or an object shaped like one, with a known `code`) is
 * not a bug of the caller's input but still gets a Turkish line, never a TypeError:
 * `Beklenmeyen hata (belediye-mevzuat hatası değil): <its message, escaped>` for an `Error`,
 * `… : <its type>` for anything else.
 *
 * @param error - A {@link MevzuatError}; any other value is described as above.
 * @returns The text to print.
 * @example
 * formatMevzuatError(err)
 * //=> 'Bilinmeyen mevzuat: "konya"\n  Şunu mu demek istediniz: konak-ozel-kalem'
 * formatMevzuatError(new Error('x'))  //=> 'Beklenmeyen hata (belediye-mevzuat hatası değil): x'
 * formatMevzuatError(null)            //=> 'Beklenmeyen hata (belediye-mevzuat hatası değil): null'
 */
export function formatMevzuatError(error: MevzuatError): string {
  const code = field(error, 'code');
  if (typeof code !== 'string' || !Object.hasOwn(trTitles, code)) {
    let message: unknown;
    try { message = error instanceof Error ? field(error, 'message') : undefined; } catch { message = undefined; }
    let kind: string = typeof error;
    try { kind = error === null ? 'null' : Array.isArray(error) ? 'array' : typeof error; } catch { /* a revoked proxy */ }
    const what = typeof message === 'string' && message ? escapeInput(message, 300) : kind;
    return `Beklenmeyen hata (belediye-mevzuat hatası değil): ${what}`;
  }
  const input = field(error, 'input');
  const head = `${trTitles[code as MevzuatErrorCode]}: "${typeof input === 'string' ? escapeInput(input) : ''}"`;
  let problemList: unknown[] = [];
  try { const ps = field(error, 'problems'); if (Array.isArray(ps)) problemList = ps.slice(0, 200); } catch { /* a revoked proxy */ }
  const text = (v: unknown, n = 600) => (typeof v === 'string' ? escapeInput(v, n) : undefined);
  const problems = problemList.map((p) => {
    const where = [text(field(p, 'file'), 200) ?? '?', field(p, 'line'), field(p, 'column')].filter((x) => typeof x === 'string' || typeof x === 'number').join(':');
    const value = text(field(p, 'value'), 200);
    const suggestion = text(field(p, 'suggestion'));
    return `  ${where}: ${text(field(p, 'message'), 1000) ?? ''}${value !== undefined ? ` (${value})` : ''}${suggestion ? ` → ${suggestion}` : ''}`;
  });
  const suggestions = strings(field(error, 'suggestions'), 20);
  if (suggestions.length === 0) return [head, ...problems].join('\n');
  const lead = code === 'AMBIGUOUS' ? 'Adaylar' : 'Şunu mu demek istediniz';
  return [head, ...problems, `  ${lead}: ${suggestions.join(', ')}`].join('\n');
}
