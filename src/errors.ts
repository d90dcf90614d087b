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
  | 'INVALID_ARGUMENT';

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
  readonly suggestions: string[];
  /** What was given, as given (stringified). */
  readonly input: string;

  constructor(code: MevzuatErrorCode, message: string, options: { input: string; suggestions?: string[] }) {
    super(message);
    this.code = code;
    this.input = options.input;
    this.suggestions = options.suggestions ?? [];
  }
}

/**
 * True when `value` is a {@link MevzuatError} (also across bundle copies, by name and code).
 *
 * @example
 * isMevzuatError(new MevzuatError('AMBIGUOUS', 'x', { input: 'x' }))  //=> true
 */
export function isMevzuatError(value: unknown): value is MevzuatError {
  return value instanceof MevzuatError || (value instanceof Error && value.name === 'MevzuatError' && typeof (value as MevzuatError).code === 'string');
}

const trTitles: Record<MevzuatErrorCode, string> = {
  UNKNOWN_REGULATION: 'Bilinmeyen mevzuat',
  UNKNOWN_ENTITY: 'Bilinmeyen birim, kadro ya da makam',
  AMBIGUOUS: 'Birden çok karşılığı olan ad',
  UNKNOWN_CITATION: 'Bilinmeyen madde göndermesi',
  INVALID_ARGUMENT: 'Geçersiz girdi',
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
  if (error.suggestions.length === 0) return head;
  const lead = error.code === 'AMBIGUOUS' ? 'Adaylar' : 'Şunu mu demek istediniz';
  return `${head}\n  ${lead}: ${error.suggestions.join(', ')}`;
}
