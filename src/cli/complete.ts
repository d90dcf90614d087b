// Tab completion inside string arguments and dot-commands of the REPL: regulation ids and names,
// entity names, recipients, provision labels, defined terms, topics. Pure: a line in, candidates out.
import { fold, getRegulation, regulations, topics, type Regulation } from '../index.js';

const unique = (list: string[]) => [...new Set(list)];

/** Every name a regulation argument accepts: ids and aliases. */
export const regulationNames = () => unique(regulations.flatMap((r) => [r.id, ...r.aliases]));
/** Names and aliases of every unit, post and office of a regulation. */
export const entityNames = (r: Regulation) => unique([...r.units, ...r.posts, ...r.offices].flatMap((a) => [a.name, ...(a.aliases ?? [])]));
/** Recipient words `whoSigns` understands (its classes and the common Turkish aliases). */
export const recipientNames = ['valilik', 'kaymakamlık', 'bakanlık', 'büyükşehir', 'kamu kurumu', 'müdürlükler arası', 'özel kişi', 'tüzel kişi', 'public-institution', 'inter-directorate', 'private-party'];
const labelsOf = (r: Regulation) => r.provisions.map((p) => p.label);
const termsOf = (r: Regulation) => unique(r.definitions.flatMap((d) => [d.term, ...(d.aliases ?? [])]));

/** Functions whose first argument is a regulation. */
const regulationFirst = new Set(['getRegulation', 'whoSigns', 'reportsTo', 'chainOfCommand', 'deputyOf', 'dutiesOf', 'whoRoutesIncoming', 'define', 'inForce', 'cite']);

/**
 * Candidates that start with the partial, case aside; failing any, those whose folded form starts
 * with the folded partial (so `mud` offers `Müdür`, while `Ş` offers only what starts with Ş).
 */
export function matching(candidates: readonly string[], partial: string): string[] {
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

/** When `line` ends inside an unclosed string literal, where that string sits; otherwise undefined. */
export function stringContext(line: string): StringContext | undefined {
  type Frame = { open: string; fn?: string; argStarts: number[]; outer?: Frame };
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
    if (c === '(' || c === '[' || c === '{') {
      const fn = c === '(' ? /([A-Za-z_$][\w$]*)\s*$/.exec(line.slice(0, i))?.[1] : undefined;
      stack.push({ open: c, ...(fn && { fn }), argStarts: [i + 1] });
    } else if (c === ')' || c === ']' || c === '}') stack.pop();
    else if (c === ',' && stack.length) stack[stack.length - 1]!.argStarts.push(i + 1);
  }
  if (!quote) return undefined;
  const partial = line.slice(start + 1);
  const literal = (raw: string | undefined) => /^\s*(['"`])((?:\\.|(?!\1).)*)\1\s*$/.exec(raw ?? '')?.[2];
  const argsOf = (f: Frame) => {
    const [a, b] = f.argStarts;
    return { argIndex: f.argStarts.length - 1, firstArg: literal(b === undefined ? undefined : line.slice(a, b - 1)) };
  };
  let top = stack[stack.length - 1];
  let key: string | undefined;
  if (top?.open === '{') {
    key = /([A-Za-z_$][\w$]*)\s*:\s*$/.exec(line.slice(top.argStarts[top.argStarts.length - 1], start))?.[1];
    top = stack[stack.length - 2];
  }
  if (!top || top.open !== '(') return { partial, ...(key && { key }) };
  const { argIndex, firstArg } = argsOf(top);
  return { partial, ...(top.fn && { fn: top.fn }), argIndex, ...(firstArg !== undefined && { firstArg }), ...(key && { key }) };
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
  return unique([...regulationNames(), ...regulations.flatMap(entityNames)]);
}

/** Dot-commands whose arguments complete, and what their second argument is. */
const dotCommands: Record<string, ((r: Regulation) => string[]) | undefined> = {
  imza: () => recipientNames, bagli: entityNames, gorevler: entityNames, madde: labelsOf,
};

/**
 * Completes inside a string literal or a dot-command's arguments. Returns readline's
 * `[completions, substring]`, or undefined where the REPL's own completer should answer.
 */
export function complete(line: string): [string[], string] | undefined {
  const dot = /^\s*\.(\w+)\s+(.*)$/s.exec(line);
  if (dot) {
    if (!(dot[1]! in dotCommands)) return undefined;
    const kind = dotCommands[dot[1]!];
    const rest = dot[2]!;
    const first = /^(["'])((?:(?!\1).)*)\1\s+|^([^\s"']+)\s+/.exec(rest);
    if (!first) return [matching(regulationNames(), rest.replace(/^["']/, '')), rest.replace(/^["']/, '')];
    const r = lookup(first[2] ?? first[3]);
    const partial = rest.slice(first[0].length).replace(/^["']/, '');
    return [r && kind ? matching(kind(r), partial) : [], partial];
  }
  const ctx = stringContext(line);
  if (!ctx) return undefined;
  return [matching(candidatesFor(ctx), ctx.partial), ctx.partial];
}
