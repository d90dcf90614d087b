// Bad input as the CLI and the REPL report it: a Turkish text for people, or (with --json) one
// JSON object for scripts. Whatever the user typed is escaped and capped first (escapeInput):
// a MevzuatError's `input` is the raw argument, and a UsageError quotes it already escaped.
import { formatMevzuatError, isMevzuatError, type MevzuatError, type RegulationProblem } from '../index.js';
import { escapeInput, jsonSafe } from '../internal/escape.js';
import { UsageError, formatUsageError } from './args.js';
import { lib } from './library.js';
import { hanging, wrap } from './text.js';

/** The candidates of an AMBIGUOUS name as people read them (names), by error; the library's own suggestions are ids. */
const candidateNames = new WeakMap<object, string[]>();

/**
 * Where `e` is an AMBIGUOUS unit, post or office of regulation `ref`, remembers its candidates by
 * name for the human text (`--json` keeps the library's ids). A name two candidates share gets
 * the unit it stands under, and the identifier to type to ask for that one.
 */
export function nameCandidates(e: unknown, ref: unknown): void {
  if (!isMevzuatError(e) || e.code !== 'AMBIGUOUS' || typeof ref !== 'string') return;
  let reg;
  try { reg = lib.getRegulation(ref as never); } catch { return; }
  const actors = new Map<string, { name: string; under?: string }>();
  const unitName = (id: string | undefined) => (id ? reg.units.find((u) => u.id === id)?.name : undefined);
  for (const u of reg.units) actors.set(u.id, { name: u.name, ...(unitName(u.parent) && { under: unitName(u.parent)! }) });
  for (const p of reg.posts) actors.set(p.id, { name: p.name, ...(unitName(p.unit) && { under: unitName(p.unit)! }) });
  for (const o of reg.offices) actors.set(o.id, { name: o.name });
  const found = e.suggestions.map((id) => actors.get(id));
  if (!found.length || found.some((a) => !a)) return;
  const shared = (name: string) => found.filter((a) => lib.fold(a!.name) === lib.fold(name)).length > 1;
  candidateNames.set(e, found.map((a, i) => (shared(a!.name)
    ? `${a!.name} (${a!.under ? `${a!.under} altında; ` : ''}bunu sormak için: ${e.suggestions[i]})`
    : a!.name)));
}

/** The candidates of `e` as the human text lists them: by name where {@link nameCandidates} named them, else the library's suggestions. */
export const suggestionsShown = (e: MevzuatError): string[] => [...(candidateNames.get(e) ?? e.suggestions)];

/**
 * A report (a message, then indented lines such as "  Şunu mu demek istediniz: …") wrapped at
 * word boundaries to the terminal width: an indented "label: text" line hangs under its label.
 */
export function wrapReport(text: string): string {
  return text.split('\n').map((l) => {
    const m = /^( +[^:]{1,40}: )(.*)$/.exec(l);
    if (m) return hanging(m[1]!, m[2]!);
    const indent = l.length - l.trimStart().length;
    return wrap(l, indent);
  }).join('\n');
}

/** The code of a {@link UsageError} in `--json` output; a {@link MevzuatError} keeps its own. */
export const USAGE = 'USAGE';

/**
 * Bad input, ready to print. `message` is the first line people see; `input` what the user
 * typed, escaped and capped (null when the error is about something missing).
 */
export type Failure = { code: string; message: string; suggestions: string[]; input: string | null; text: string; problems?: readonly RegulationProblem[] };

/** A MevzuatError with its input escaped and capped, for the library's own Turkish formatter. */
export function safeMevzuatError(e: MevzuatError): MevzuatError {
  // suggestions are names from the data: trusted, printed as they are
  const view = { code: e.code, input: escapeInput(String(e.input)), suggestions: [...(candidateNames.get(e) ?? e.suggestions)], problems: e.problems, parameter: e.parameter };
  return view as unknown as MevzuatError;
}

/** `formatMevzuatError` with the user's input escaped and capped. */
export const formatSafeMevzuatError = (e: MevzuatError): string => {
  const text = formatMevzuatError(safeMevzuatError(e));
  // a folder's problems stay one a line (file:line:column first, as editors and grep read them)
  return Array.isArray(e.problems) && e.problems.length ? text : wrapReport(text);
};

/** The {@link Failure} for bad input (a UsageError or a MevzuatError); undefined for anything else, which is a bug. */
export function describeFailure(e: unknown): Failure | undefined {
  if (e instanceof UsageError) {
    return { code: USAGE, message: e.message, suggestions: [...e.suggestions], input: e.input, text: wrapReport(formatUsageError(e)) };
  }
  if (isMevzuatError(e)) {
    const safe = safeMevzuatError(e);
    const message = formatMevzuatError(safe).split('\n')[0]!;
    const problems = Array.isArray(e.problems) && e.problems.length ? e.problems : undefined;
    // --json: the library's suggestions (for AMBIGUOUS, the candidates' ids)
    return { code: e.code, message, suggestions: [...e.suggestions], input: safe.input, text: formatSafeMevzuatError(e), ...(problems && { problems }) };
  }
  return undefined;
}

/**
 * What `--json` prints on stderr for bad input: `{ "error": { code, message, suggestions, input } }`,
 * and for an invalid regulation folder its `problems` (file, line, column, path, message, value,
 * suggestion), pretty-printed, terminal controls as `\u` escapes.
 */
export function failureJson(f: Failure): string {
  return jsonSafe({ error: { code: f.code, message: f.message, suggestions: f.suggestions, input: f.input, ...(f.problems && { problems: f.problems }) } }, 2);
}
