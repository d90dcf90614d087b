// Command-line parsing on node:util parseArgs, with Turkish messages for bad usage.
import { util } from './builtins.js';
import { fold } from '../index.js';
import { distance } from '../internal/distance.js';
import { escapeInput } from '../internal/escape.js';

/**
 * Bad usage of the command line (unknown command or option, missing argument): exit code 2.
 * A message that quotes what the user typed quotes it through {@link escapeInput}; `input` is
 * that escaped text, for `--json` (null when the error is about something missing).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, readonly suggestions: string[] = [], readonly hint?: string, readonly input: string | null = null) {
    super(message);
  }
}

/**
 * A {@link UsageError} that quotes the user's text: `message(shown)` gets the text escaped and
 * capped, and so does `input`.
 *
 * @example
 * usageError((x) => `Bilinmeyen komut: "${x}"`, '\u001b[2J')  // message: 'Bilinmeyen komut: "\\e[2J"'
 */
export function usageError(message: (shown: string) => string, input: string, suggestions: string[] = [], hint?: string): UsageError {
  const shown = escapeInput(input);
  return new UsageError(message(shown), suggestions, hint, shown);
}

/** The text printed for a {@link UsageError}: the message, the suggestions, then where to get help. */
export function formatUsageError(e: UsageError): string {
  return [e.message, e.suggestions.length ? `  Şunu mu demek istediniz: ${e.suggestions.join(', ')}` : '', e.hint ? `  ${e.hint}` : '']
    .filter(Boolean).join('\n');
}


/** Longest input {@link nearestWords} looks at: no command, option or question is longer. */
const NEAREST_MAX = 64;

/** The candidates nearest to `input` (within a third of its length, or sharing a prefix), best first; none for an input longer than any word. */
export function nearestWords(input: string, candidates: readonly string[], limit = 3): string[] {
  if (input.length > NEAREST_MAX) return [];
  const key = fold(input).replace(/ /g, '-');
  const cap = Math.max(1, Math.floor(key.length / 3));
  return candidates
    .map((c) => ({ c, d: distance(key, c) }))
    .filter(({ c, d }) => d <= cap || (key.length >= 2 && (c.startsWith(key) || key.startsWith(c))))
    .sort((x, y) => x.d - y.d)
    .slice(0, limit)
    .map(({ c }) => c);
}

/** An option of a command. `value` names the value of a string option in help (`<alıcı>`). */
/** An option of a command. `multiple`: a string option that may be given more than once (`--dir a --dir b`). */
export type OptionSpec = { type: 'string' | 'boolean'; short?: string; value?: string; help: string; multiple?: boolean };

/** Option values by long name, in an object without a prototype: `values.constructor` is undefined unless given. */
export type Values = Record<string, string | boolean | undefined>;

/** What parsing gives a command: its positionals and option values. */
export type Parsed = { command: string | undefined; positionals: string[]; values: Values; /** Every value of each `multiple` option, in order. */ lists: Record<string, string[]> };

/** True when `argv` asks for JSON (`--json` before any `--`): errors are then printed as JSON too, even when parsing fails. */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Parses argv with parseArgs against every option any command knows (so that values are taken
 * as values wherever they stand), then checks each option against the command's own set.
 *
 * @param argv - The arguments after `node cli.js`.
 * @param known - Every option of every command, by long name.
 * @param allowedFor - The options the named command accepts (long names).
 * @param helpFor - A hint line for the command, printed with errors.
 */
export function parse(
  argv: string[],
  known: Record<string, OptionSpec>,
  allowedFor: (command: string | undefined) => Record<string, OptionSpec>,
  helpFor: (command: string | undefined) => string,
): Parsed {
  const options = Object.fromEntries(Object.entries(known).map(([k, o]) => [k, o.short ? { type: o.type, short: o.short } : { type: o.type }]));
  const { positionals, tokens } = util.parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const command = positionals[0];
  const allowed = allowedFor(command);
  const values: Values = Object.create(null) as Values;
  const lists: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    // own properties only: --constructor, --toString, --__proto__ are unknown options, not Object.prototype's
    const spec = Object.hasOwn(allowed, t.name) ? allowed[t.name] : undefined;
    if (!spec) {
      const names = Object.keys(allowed);
      throw usageError((x) => `Bilinmeyen seçenek: ${x}${command !== undefined ? ` (${escapeInput(command)} komutunda)` : ''}`, t.rawName,
        nearestWords(t.rawName.replace(/^-+/, ''), names).map((n) => `--${n}`), helpFor(command));
    }
    if (spec.type === 'string') {
      if (t.value === undefined || (!t.inlineValue && t.value.startsWith('-'))) {
        throw usageError((x) => `${x} seçeneği bir değer bekliyor: ${x} ${spec.value ?? '<değer>'}`, t.rawName, [], helpFor(command));
      }
      values[t.name] = t.value;
      if (spec.multiple) (lists[t.name] ??= []).push(t.value);
    } else {
      if (t.value !== undefined) throw usageError((x) => `${x} seçeneği değer almaz`, t.rawName, [], helpFor(command));
      values[t.name] = true;
    }
  }
  return { command, positionals: positionals.slice(1), values, lists };
}
