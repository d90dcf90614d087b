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

/**
 * Formats an error for people, in Turkish: one line, then the suggestions. The CLI and the REPL
 * share it.
 *
 * @param error - A {@link MevzuatError}.
 * @returns The text to print.
 * @example
 * formatMevzuatError(err)
 * //=> 'Bilinmeyen mevzuat: "konya"\n  Şunu mu demek istediniz: konak-ozel-kalem'
 */
export function formatMevzuatError(error: MevzuatError): string {
  const head = `${trTitles[error.code]}: "${error.input}"`;
  const problems = error.problems.map((p) => `  ${[p.file, p.line, p.column].filter((x) => x !== undefined).join(':')}: ${p.message}${p.value !== undefined ? ` (${p.value})` : ''}${p.suggestion ? ` → ${p.suggestion}` : ''}`);
  if (error.suggestions.length === 0) return [head, ...problems].join('\n');
  const lead = error.code === 'AMBIGUOUS' ? 'Adaylar' : 'Şunu mu demek istediniz';
  return [head, ...problems, `  ${lead}: ${error.suggestions.join(', ')}`].join('\n');
}
