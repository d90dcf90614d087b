// Tab completion inside string arguments and dot-commands of the REPL: regulation ids and names,
// entity names, recipients, provision labels, defined terms, topics. Pure: a line in, candidates out.
import { fold, topics, type Regulation } from '../index.js';
import { lib } from './library.js';

const getRegulation = (r: string) => lib.getRegulation(r);

const unique = (list: string[]) => [...new Set(list)];

/** Every name a regulation argument accepts: ids and aliases. */
export const regulationNames = () => unique(lib.regulations.flatMap((r) => [r.id, ...r.aliases]));
/** Names and aliases of every unit, post and office of a regulation. */
export const entityNames = (r: Regulation) => unique([...r.units, ...r.posts, ...r.offices].flatMap((a) => [a.name, ...(a.aliases ?? [])]));
/** Recipient words `whoSigns` understands (its classes and the common Turkish aliases). */
export const recipientNames = ['valilik', 'kaymakamlık', 'bakanlık', 'büyükşehir', 'kamu kurumu', 'müdürlükler arası', 'özel kişi', 'tüzel kişi', 'public-institution', 'inter-directorate', 'private-party'];
const labelsOf = (r: Regulation) => r.provisions.map((p) => p.label);
const termsOf = (r: Regulation) => unique(r.definitions.flatMap((d) => [d.term, ...(d.aliases ?? [])]));

/** Functions whose first argument is a regulation. */
const regulationFirst = new Set(['getRegulation', 'whoSigns', 'reportsTo', 'chainOfCommand', 'deputyOf', 'dutiesOf', 'whoRoutesIncoming', 'define', 'inForce', 'cite', 'about']);

/**
 * Longest partial (the text being completed) that is matched against names: no name is longer,
 * and the library takes no longer argument. A longer one completes to nothing, at once.
 */
export const PARTIAL_MAX = 300;
/** Longest identifier taken as a function name: no function in scope is longer. */
const NAME_MAX = 64;
/** Longest first argument read as a string literal (a regulation's id or name). */
const LITERAL_MAX = 400;

/**
 * Candidates that start with the partial, case aside; failing any, those whose folded form starts
 * with the folded partial (so `mud` offers `Müdür`, while `Ş` offers only what starts with Ş).
 * A partial longer than {@link PARTIAL_MAX} matches nothing.
 */
export function matching(candidates: readonly string[], partial: string): string[] {
  if (partial.length > PARTIAL_MAX) return [];
  const literal = partial.toLocaleLowerCase('tr-TR');
  const exact = candidates.filter((c) => c.toLocaleLowerCase('tr-TR').startsWith(literal));
  if (exact.length) return unique(exact);
  const key = fold(partial);
  return unique(candidates.filter((c) => fold(c).startsWith(key)));
}

const lookup = (ref: string | undefined): Regulation | undefined => {
  if (!ref) return undefined;
  try { return getRegulation(ref as never); } catch { return undefined; }
};

/** Where a string being typed sits: the call it is an argument of, which argument, the object key it is the value of. */
export type StringContext = { partial: string; fn?: string; argIndex?: number; firstArg?: string; key?: string };

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** `[\w$]`: an ASCII letter or digit, `_` or `$`. */
const isWordChar = (c: string | undefined) => c !== undefined && (isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$');

/**
 * The identifier that ends right before `end` (white space between allowed), as
 * `/([A-Za-z_$][\w$]*)\s*$/` would find it, looking back at most {@link NAME_MAX} characters
 * past the white space; undefined when there is none or it is longer.
 */
function identifierBefore(line: string, end: number, floor = 0): string | undefined {
  let i = end;
  while (i > floor && isSpace(line[i - 1])) i--;
  const stop = i;
  while (i > floor && isWordChar(line[i - 1])) {
    if (stop - i >= NAME_MAX) return undefined;
    i--;
  }
  while (i < stop && isDigit(line[i])) i++; // an identifier starts with a letter, _ or $
  return i < stop ? line.slice(i, stop) : undefined;
}

/** A string literal (quotes included, white space around allowed) as its content, when `raw` is one; at most {@link LITERAL_MAX} characters are read. */
function literalOf(raw: string): string | undefined {
  if (raw.length > LITERAL_MAX) return undefined;
  // a backslash is taken only with the character it escapes: one way to match, so no backtracking blow-up
  return /^\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*$/.exec(raw)?.[2];
}

/**
 * When `line` ends inside an unclosed string literal, where that string sits; otherwise undefined.
 * One pass over the line; what is looked at after it (the function name, the first argument, an
 * object key) is bounded, so the cost is linear in the length of the line whatever it holds.
 */
export function stringContext(line: string): StringContext | undefined {
  // a bracket: where it opened, where its first and second arguments start, how many it has
  type Frame = { open: string; at: number; second?: number; args: number; last: number };
  const stack: Frame[] = [];
  let quote: string | undefined;
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') { quote = c; start = i; continue; }
    if (c === '(' || c === '[' || c === '{') stack.push({ open: c, at: i, args: 1, last: i + 1 });
    else if (c === ')' || c === ']' || c === '}') stack.pop();
    else if (c === ',' && stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.args === 1) top.second = i + 1;
      top.args++;
      top.last = i + 1;
    }
  }
  if (!quote) return undefined;
  const partial = line.slice(start + 1);
  let top = stack[stack.length - 1];
  let key: string | undefined;
  if (top?.open === '{') {
    // `{ topic: '…`: the key right before the colon, within the current property
    let i = start;
    while (i > top.last && isSpace(line[i - 1])) i--;
    if (line[i - 1] === ':') key = identifierBefore(line, i - 1, top.last);
    top = stack[stack.length - 2];
  }
  if (!top || top.open !== '(') return { partial, ...(key && { key }) };
  const fn = identifierBefore(line, top.at);
  const firstArg = top.second === undefined ? undefined : literalOf(line.slice(top.at + 1, top.second - 1));
  return { partial, ...(fn && { fn }), argIndex: top.args - 1, ...(firstArg !== undefined && { firstArg }), ...(key && { key }) };
}

/** The candidates for a string argument in its context. */
export function candidatesFor(ctx: StringContext): string[] {
  if (ctx.key === 'topic') return [...topics];
  if (ctx.key === 'regulation') return regulationNames();
  if (ctx.fn && regulationFirst.has(ctx.fn)) {
    if (ctx.argIndex === 0) return regulationNames();
    const r = lookup(ctx.firstArg);
    if (r && ctx.argIndex === 1) {
      if (ctx.fn === 'whoSigns') return recipientNames;
      if (ctx.fn === 'define') return termsOf(r);
      if (ctx.fn === 'cite') return labelsOf(r);
      return entityNames(r);
    }
  }
  return unique([...regulationNames(), ...lib.regulations.flatMap(entityNames)]);
}

/** Dot-commands whose arguments complete, and what their second argument is. */
const dotCommands: Record<string, ((r: Regulation) => string[]) | undefined> = {
  imza: () => recipientNames, bagli: entityNames, gorevler: entityNames, madde: labelsOf,
};

/**
 * Completes inside a string literal or a dot-command's arguments. Returns readline's
 * `[completions, substring]`, or undefined where the REPL's own completer should answer.
 * Linear in the length of the line: no pattern is matched against more than a few hundred
 * characters of it, and a partial longer than {@link PARTIAL_MAX} completes to nothing.
 */
export function complete(line: string): [string[], string] | undefined {
  const dot = /^\s*\.(\w+)\s+/.exec(line.slice(0, NAME_MAX + 16));
  if (dot) {
    if (!Object.hasOwn(dotCommands, dot[1]!)) return undefined;
    const kind = dotCommands[dot[1]!];
    const rest = line.slice(dot[0].length);
    const unquote = (t: string) => (t.startsWith('"') || t.startsWith("'") ? t.slice(1) : t);
    // the regulation: a word or a quoted name, read from the first few hundred characters only
    const first = /^(["'])((?:(?!\1).)*)\1\s+|^([^\s"']+)\s+/.exec(rest.slice(0, LITERAL_MAX));
    if (!first) {
      const partial = unquote(rest);
      return [matching(regulationNames(), partial), partial];
    }
    const r = lookup(first[2] ?? first[3]);
    const partial = unquote(rest.slice(first[0].length));
    return [r && kind ? matching(kind(r), partial) : [], partial];
  }
  const ctx = stringContext(line);
  if (!ctx) return undefined;
  return [matching(candidatesFor(ctx), ctx.partial), ctx.partial];
}
