// Bad input as the CLI and the REPL report it: a Turkish text for people, or (with --json) one
// JSON object for scripts. Whatever the user typed is escaped and capped first (escapeInput):
// a MevzuatError's `input` is the raw argument, and a UsageError quotes it already escaped.
import { formatMevzuatError, isMevzuatError, type MevzuatError, type RegulationProblem } from '../index.js';
import { escapeInput, jsonSafe } from '../internal/escape.js';
import { UsageError, formatUsageError } from './args.js';

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
  const view = { code: e.code, input: escapeInput(String(e.input)), suggestions: [...e.suggestions], problems: e.problems, parameter: e.parameter };
  return view as unknown as MevzuatError;
}

/** `formatMevzuatError` with the user's input escaped and capped. */
export const formatSafeMevzuatError = (e: MevzuatError): string => formatMevzuatError(safeMevzuatError(e));

/** The {@link Failure} for bad input (a UsageError or a MevzuatError); undefined for anything else, which is a bug. */
export function describeFailure(e: unknown): Failure | undefined {
  if (e instanceof UsageError) {
    return { code: USAGE, message: e.message, suggestions: [...e.suggestions], input: e.input, text: formatUsageError(e) };
  }
  if (isMevzuatError(e)) {
    const safe = safeMevzuatError(e);
    const text = formatMevzuatError(safe);
    const problems = Array.isArray(e.problems) && e.problems.length ? e.problems : undefined;
    return { code: e.code, message: text.split('\n')[0]!, suggestions: [...safe.suggestions], input: safe.input, text, ...(problems && { problems }) };
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
