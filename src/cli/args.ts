// Command-line parsing on node:util parseArgs, with Turkish messages for bad usage.
import { parseArgs } from 'node:util';
import { fold } from '../index.js';
import { distance } from '../internal/distance.js';

/** Bad usage of the command line (unknown command or option, missing argument): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, readonly suggestions: string[] = [], readonly hint?: string) {
    super(message);
  }
}

/** The text printed for a {@link UsageError}: the message, the suggestions, then where to get help. */
export function formatUsageError(e: UsageError): string {
  return [e.message, e.suggestions.length ? `  Şunu mu demek istediniz: ${e.suggestions.join(', ')}` : '', e.hint ? `  ${e.hint}` : '']
    .filter(Boolean).join('\n');
}


/** The candidates nearest to `input` (within a third of its length, or sharing a prefix), best first. */
export function nearestWords(input: string, candidates: readonly string[], limit = 3): string[] {
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
export type OptionSpec = { type: 'string' | 'boolean'; short?: string; value?: string; help: string };

/** What parsing gives a command: its positionals and option values. */
export type Parsed = { command: string | undefined; positionals: string[]; values: Record<string, string | boolean | undefined> };

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
  const { positionals, tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const command = positionals[0];
  const allowed = allowedFor(command);
  const values: Record<string, string | boolean | undefined> = {};
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = allowed[t.name];
    if (!spec) {
      const names = Object.keys(allowed).map((n) => `--${n}`);
      throw new UsageError(`Bilinmeyen seçenek: ${t.rawName}${command ? ` (${command} komutunda)` : ''}`, nearestWords(t.rawName.replace(/^-+/, ''), Object.keys(allowed)).map((n) => `--${n}`).filter((n) => names.includes(n)), helpFor(command));
    }
    if (spec.type === 'string') {
      if (t.value === undefined || (!t.inlineValue && t.value.startsWith('-'))) {
        throw new UsageError(`${t.rawName} seçeneği bir değer bekliyor: ${t.rawName} ${spec.value ?? '<değer>'}`, [], helpFor(command));
      }
      values[t.name] = t.value;
    } else {
      if (t.value !== undefined) throw new UsageError(`${t.rawName} seçeneği değer almaz`, [], helpFor(command));
      values[t.name] = true;
    }
  }
  return { command, positionals: positionals.slice(1), values };
}
