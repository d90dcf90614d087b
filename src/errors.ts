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
 * The languages the library's messages are written in: Turkish (`tr`, the default for people:
 * the CLI, the REPL, {@link formatMevzuatError}) and English (`en`, the default of
 * `MevzuatError#message` for developers).
 *
 * @example
 * const m = createMevzuat({ regulations: builtinRegulations, locale: 'tr' });
 */
export type Locale = 'tr' | 'en';

/**
 * One message in both languages.
 *
 * @example
 * const m: LocalizedText = { tr: 'terim boş', en: 'term is empty' };
 */
export type LocalizedText = { readonly tr: string; readonly en: string };

/**
 * A {@link MevzuatError} as JSON: what `JSON.stringify(error)` writes and what `mevzuat serve`
 * answers with (inside `{ "error": … }`). Its JSON Schema is shipped as
 * `belediye-mevzuat/schemas/json/error.json`.
 *
 * @example
 * JSON.stringify(err)  //=> '{"code":"UNKNOWN_REGULATION","message":"no encoded regulation is called \"konya\"",…}'
 */
export type MevzuatErrorJson = {
  readonly code: MevzuatErrorCode;
  readonly message: string;
  readonly suggestions: readonly string[];
  readonly input: string;
  readonly problems: readonly RegulationProblem[];
  /** For `INVALID_ARGUMENT`: the parameter at fault (`recipient`, `date`); otherwise null. */
  readonly parameter: string | null;
};

/**
 * The one error the library throws, for bad input only. A question the regulation is silent on
 * is an answer (`not-regulated`), never an error. Its message exists in Turkish and English
 * (`messages`); `message` is in the error's `locale` (English unless `createMevzuat` was given
 * `locale: 'tr'`). `JSON.stringify` writes every field, the message included.
 *
 * @example
 * try { whoSigns('konya', 'valilik') } catch (e) {
 *   if (e instanceof MevzuatError) e.code         //=> 'UNKNOWN_REGULATION'
 *   if (e instanceof MevzuatError) e.suggestions  //=> ['konak-ozel-kalem', …]
 *   if (e instanceof MevzuatError) e.messages.tr  //=> '"konya" adında kodlanmış bir mevzuat yok'
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
  /** For `INVALID_ARGUMENT`: which parameter was wrong (`'recipient'`, `'subject'`, `'date'`). */
  readonly parameter: string | undefined;
  /** The message in both languages; `message` is `messages[locale]`. */
  readonly messages: LocalizedText;
  /** The language of `message`. */
  readonly locale: Locale;

  constructor(code: MevzuatErrorCode, message: string | LocalizedText, options: {
    input: string; suggestions?: readonly string[]; problems?: readonly RegulationProblem[]; parameter?: string; locale?: Locale;
  }) {
    const messages: LocalizedText = Object.freeze(typeof message === 'string' ? { tr: message, en: message } : { tr: message.tr, en: message.en });
    const locale: Locale = options.locale === 'tr' ? 'tr' : 'en';
    super(messages[locale]);
    this.code = code;
    this.input = options.input;
    this.suggestions = Object.freeze([...(options.suggestions ?? [])]);
    this.problems = Object.freeze((options.problems ?? []).map((p) => Object.freeze({ ...p })));
    this.parameter = options.parameter;
    this.messages = messages;
    this.locale = locale;
  }

  /**
   * The same error with its message in another language (the stack is kept).
   *
   * @example
   * err.inLocale('tr').message  //=> '"konya" adında kodlanmış bir mevzuat yok'
   */
  inLocale(locale: Locale): MevzuatError {
    if (locale === this.locale) return this;
    const copy = relocalized(this, locale);
    if (this.stack) copy.stack = this.stack.replace(this.message, copy.message);
    return copy;
  }

  /**
   * The error as plain data, for `JSON.stringify`, logs and HTTP: code, message (in `locale`,
   * the error's own by default), suggestions, input, problems and parameter. Never the stack.
   *
   * @example
   * err.toJSON()        //=> { code: 'INVALID_ARGUMENT', message: 'recipient is empty', …, parameter: 'recipient' }
   * err.toJSON('tr')    //=> { …, message: 'alıcı boş', … }
   */
  toJSON(locale: Locale = this.locale): MevzuatErrorJson {
    return {
      code: this.code,
      message: this.messages[locale === 'tr' ? 'tr' : 'en'],
      suggestions: [...this.suggestions],
      input: this.input,
      problems: this.problems.map((p) => ({ ...p })),
      parameter: this.parameter ?? null,
    };
  }
}

/** A copy of an error in another locale (outside the class: a class naming itself in its body loses its `name` to the bundler). */
function relocalized(e: MevzuatError, locale: Locale): MevzuatError {
  return new MevzuatError(e.code, e.messages, {
    input: e.input, suggestions: e.suggestions, problems: e.problems, locale,
    ...(e.parameter !== undefined && { parameter: e.parameter }),
  });
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

const titles: Record<Locale, Record<MevzuatErrorCode, string>> = {
  tr: {
    UNKNOWN_REGULATION: 'Bilinmeyen mevzuat',
    UNKNOWN_ENTITY: 'Bilinmeyen birim, kadro ya da makam',
    AMBIGUOUS: 'Birden çok karşılığı olan ad',
    UNKNOWN_CITATION: 'Bilinmeyen madde göndermesi',
    INVALID_ARGUMENT: 'Geçersiz girdi',
    INVALID_REGULATION: 'Geçersiz mevzuat verisi',
  },
  en: {
    UNKNOWN_REGULATION: 'Unknown regulation',
    UNKNOWN_ENTITY: 'Unknown unit, post or office',
    AMBIGUOUS: 'Ambiguous name',
    UNKNOWN_CITATION: 'Unknown provision',
    INVALID_ARGUMENT: 'Invalid argument',
    INVALID_REGULATION: 'Invalid regulation data',
  },
};

/** The parameters' names as people read them, in Turkish (internal: the messages use it). */
export const parameterNamesTr: Readonly<Record<string, string>> = {
  regulation: 'mevzuat', regulations: 'mevzuat listesi', subject: 'birim, kadro ya da makam', recipient: 'alıcı',
  query: 'arama metni', ref: 'madde göndermesi', topic: 'konu', term: 'terim', date: 'tarih', options: 'seçenekler',
  fn: 'işlev', dir: 'klasör', root: 'klasör', text: 'metin', limit: 'sınır', locale: 'dil', 'a regulation entry': 'bir mevzuat girdisi',
};

const leads: Record<Locale, { candidates: string; didYouMean: string }> = {
  tr: { candidates: 'Adaylar', didYouMean: 'Şunu mu demek istediniz' },
  en: { candidates: 'Candidates', didYouMean: 'Did you mean' },
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
/**
 * Formats an error for people: one line (its kind, the parameter at fault for `INVALID_ARGUMENT`,
 * and what was given), the problems, then the suggestions. Turkish unless `locale: 'en'`. The
 * CLI and the REPL share it. Whatever the error carries is escaped and capped again here, so an
 * error made by hand cannot drive a terminal either.
 *
 * Anything that is not a MevzuatError (or an object shaped like one, with a known `code`) is
 * not a bug of the caller's input but still gets a line, never a TypeError:
 * `Beklenmeyen hata (belediye-mevzuat hatası değil): <its message, escaped>` for an `Error`,
 * `… : <its type>` for anything else.
 *
 * @param error - A {@link MevzuatError}; any other value is described as above.
 * @param options - `locale`: `'tr'` (the default) or `'en'`.
 * @returns The text to print.
 * @example
 * formatMevzuatError(err)
 * //=> 'Bilinmeyen mevzuat: "konya"\n  Şunu mu demek istediniz: konak-ozel-kalem'
 * formatMevzuatError(err, { locale: 'en' })
 * //=> 'Unknown regulation: "konya"\n  Did you mean: konak-ozel-kalem'
 * formatMevzuatError(new Error('x'))  //=> 'Beklenmeyen hata (belediye-mevzuat hatası değil): x'
 * formatMevzuatError(null)            //=> 'Beklenmeyen hata (belediye-mevzuat hatası değil): null'
 */
export function formatMevzuatError(error: MevzuatError, options: { readonly locale?: Locale } = {}): string {
  const locale: Locale = field(options, 'locale') === 'en' ? 'en' : 'tr';
  const code = field(error, 'code');
  if (typeof code !== 'string' || !Object.hasOwn(titles.tr, code)) {
    let message: unknown;
    try { message = error instanceof Error ? field(error, 'message') : undefined; } catch { message = undefined; }
    let kind: string = typeof error;
    try { kind = error === null ? 'null' : Array.isArray(error) ? 'array' : typeof error; } catch { /* a revoked proxy */ }
    const what = typeof message === 'string' && message ? escapeInput(message, 300) : kind;
    return `${locale === 'tr' ? 'Beklenmeyen hata (belediye-mevzuat hatası değil)' : 'Unexpected error (not a belediye-mevzuat error)'}: ${what}`;
  }
  const input = field(error, 'input');
  const parameter = code === 'INVALID_ARGUMENT' ? field(error, 'parameter') : undefined;
  const named = typeof parameter === 'string'
    ? ` (${escapeInput(locale === 'tr' ? (Object.hasOwn(parameterNamesTr, parameter) ? parameterNamesTr[parameter]! : parameter) : parameter, 80)})` : '';
  const head = `${titles[locale][code as MevzuatErrorCode]}${named}: "${typeof input === 'string' ? escapeInput(input) : ''}"`;
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
  const lead = code === 'AMBIGUOUS' ? leads[locale].candidates : leads[locale].didYouMean;
  return [head, ...problems, `  ${lead}: ${suggestions.join(', ')}`].join('\n');
}
