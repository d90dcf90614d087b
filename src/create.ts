import { Corpus, type RegulationSource } from './corpus.js';
import { lazyList } from './data.js';
import type { Regulation } from './types.js';
import type { Subject } from './queries/reports-to.js';
import type { TopicRef } from './queries/duties-of.js';
import { whoSignsIn } from './queries/who-signs.js';
import { reportsToIn, chainOfCommandIn } from './queries/reports-to.js';
import { deputyOfIn } from './queries/deputy-of.js';
import { dutiesOfIn } from './queries/duties-of.js';
import { findDutiesIn } from './queries/find-duties.js';
import { whoRoutesIncomingIn } from './queries/who-routes-incoming.js';
import { defineIn } from './queries/define.js';
import { inForceIn } from './queries/in-force.js';
import { citeIn } from './queries/cite.js';
import { compareIn } from './queries/compare.js';
import { getRegulationIn } from './queries/get-regulation.js';
import { aboutIn } from './queries/about.js';
import { fail, readProperty, show } from './internal/lookup.js';
import { MevzuatError, type Locale } from './errors.js';
import type { Citation } from './schema/citation.js';
import type { ActorRef } from './schema/organisation.js';
import type { Duty } from './schema/regulation.js';
import type { AboutAnswer, ChainAnswer, DefinitionAnswer, DeputyAnswer, InForceAnswer, ReportsToAnswer, RoutingAnswer, WhoSignsAnswer } from './schema/answers.js';
import type { DeepReadonly } from './types.js';

type R<T> = DeepReadonly<T>;

/**
 * Every query, bound to one set of regulations: what {@link createMevzuat} returns. The functions
 * behave exactly as the package's own exports, over this set instead of the built-in one.
 *
 * @example
 * const m: Mevzuat = createMevzuat({ regulations: [ornekkoy] });
 * m.whoSigns('ornekkoy', 'valilik').status  //=> 'explicit'
 */
export type Mevzuat = {
  /** The regulations, in the order given; each loads on first access. */
  readonly regulations: readonly Regulation[];
  readonly regulationIds: readonly string[];
  readonly getRegulation: (regulation: string) => Regulation;
  readonly whoSigns: (regulation: string, recipient: string) => R<WhoSignsAnswer>;
  readonly reportsTo: (regulation: string, subject: Subject) => R<ReportsToAnswer>;
  readonly chainOfCommand: (regulation: string, subject: Subject) => R<ChainAnswer>;
  readonly deputyOf: (regulation: string, subject: Subject) => R<DeputyAnswer>;
  readonly dutiesOf: (regulation: string, subject: Subject, options?: { readonly topic?: TopicRef }) => readonly R<Duty>[];
  readonly findDuties: (query: string, options?: { readonly topic?: TopicRef; readonly regulation?: string }) => readonly R<Duty>[];
  readonly whoRoutesIncoming: (regulation: string) => R<RoutingAnswer>;
  readonly define: (regulation: string, term: string) => R<DefinitionAnswer> | undefined;
  readonly inForce: (regulation: string, date?: Date | string) => R<InForceAnswer>;
  readonly cite: (regulation: string, ref: string) => R<Citation>;
  readonly about: (regulation: string) => R<AboutAnswer>;
  readonly compare: <T>(fn: (regulation: string) => T) => Readonly<Record<string, T>>;
};

/**
 * Makes the query functions answer from regulations you give: your own (from
 * `loadRegulationDir` in `belediye-mevzuat/node`, or compiled objects), the built-in ones
 * (`builtinRegulations`), or both. Nothing is loaded or indexed until a query asks for it.
 *
 * A compiled regulation you pass is never frozen in place: one already deeply frozen (what
 * `loadRegulationDir` returns) is used as it is; any other is copied (`structuredClone`) on its
 * first query, and the copy is frozen, so your object stays writable and later changes to it do
 * not reach the answers. A lazy entry's `load` is called at most once, and its error, if it
 * throws, is given again on every later query.
 *
 * @param options - `regulations`: compiled regulations or lazy `{ id, aliases, load }` entries;
 *   `locale`: the language of the `message` of the errors these functions throw, `'en'` (the
 *   default) or `'tr'` (both are always in `error.messages`).
 * @returns Every query function bound to that set.
 * @throws {MevzuatError} `INVALID_REGULATION` when an entry has no valid id or two share one;
 *   `INVALID_ARGUMENT` when `options` is not `{ regulations: [...] }` or `locale` is neither `'tr'` nor `'en'`.
 * @example
 * import { createMevzuat, builtinRegulations } from 'belediye-mevzuat';
 * import { loadRegulationDir } from 'belediye-mevzuat/node';
 * const m = createMevzuat({ regulations: [...builtinRegulations, loadRegulationDir('./regulations/ornekkoy')] });
 * m.whoSigns('ornekkoy', 'valilik').signers.map((s) => s.name)  //=> ['Belediye Başkanı']
 */
export function createMevzuat(options: { readonly regulations: readonly RegulationSource[]; readonly locale?: Locale }): Mevzuat {
  const list = readProperty(options, 'regulations', 'options');
  let isList = false;
  try { isList = Array.isArray(list); } catch { /* a revoked proxy */ }
  if (!isList) fail('INVALID_ARGUMENT', { en: `createMevzuat needs { regulations: [...] }, got ${show(options)}`, tr: `createMevzuat { regulations: [...] } bekler, verilen: ${show(options)}` }, options, ['{ regulations: [...builtinRegulations] }'], 'options');
  const locale = readProperty(options, 'locale', 'options');
  if (locale !== undefined && locale !== 'tr' && locale !== 'en') {
    fail('INVALID_ARGUMENT', { en: `locale must be 'tr' or 'en', got ${show(locale)}`, tr: `dil 'tr' ya da 'en' olmalı, verilen: ${show(locale)}` }, locale, ['tr', 'en'], 'locale');
  }
  // a copy of the list, read once: a proxy whose traps throw is bad input, not a crash
  let items: RegulationSource[];
  try { items = Array.from(list as readonly RegulationSource[]); } catch { return fail('INVALID_ARGUMENT', { en: 'options.regulations could not be read as a list', tr: 'options.regulations bir liste olarak okunamadı' }, list, ['{ regulations: [...builtinRegulations] }'], 'regulations'); }
  const c = new Corpus(items);
  return Object.freeze(locale === 'tr' ? inTurkish(queriesOver(c)) : queriesOver(c));
}

/** Every query over one corpus. */
function queriesOver(c: Corpus): Mevzuat {
  return {
    regulations: lazyList(c.ids, () => c),
    regulationIds: c.ids,
    getRegulation: (r: string) => getRegulationIn(c, r),
    whoSigns: (r: string, to: string) => whoSignsIn(c, r, to),
    reportsTo: (r: string, s: Subject) => reportsToIn(c, r, s),
    chainOfCommand: (r: string, s: Subject) => chainOfCommandIn(c, r, s),
    deputyOf: (r: string, s: Subject) => deputyOfIn(c, r, s),
    dutiesOf: (r: string, s: Subject, o?: { readonly topic?: TopicRef }) => dutiesOfIn(c, r, s, o),
    findDuties: (q: string, o?: { readonly topic?: TopicRef; readonly regulation?: string }) => findDutiesIn(c, q, o),
    whoRoutesIncoming: (r: string) => whoRoutesIncomingIn(c, r),
    define: (r: string, t: string) => defineIn(c, r, t),
    inForce: (r: string, d?: Date | string) => inForceIn(c, r, d),
    cite: (r: string, ref: string) => citeIn(c, r, ref),
    about: (r: string) => aboutIn(c, r),
    compare: <T>(fn: (regulation: string) => T) => compareIn(c, fn),
  };
}

/** The same queries, their errors' messages in Turkish. */
function inTurkish(m: Mevzuat): Mevzuat {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    out[k] = typeof v !== 'function' ? v : (...args: unknown[]) => {
      try {
        return (v as (...a: unknown[]) => unknown)(...args);
      } catch (e) {
        throw e instanceof MevzuatError ? e.inLocale('tr') : e;
      }
    };
  }
  return out as Mevzuat;
}
