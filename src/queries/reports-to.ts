import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef, SubjectOf } from '../data.js';
import type { ReportsToAnswer, ReportingLineAnswer } from '../schema/answers.js';
import type { ActorRef } from '../schema/organisation.js';
import { actorRef, citations, memo, resolveActor, reviewOf, type Index } from '../internal/registry.js';

/**
 * A subject: an actor id, a Turkish name (folded: `'MUDUR'` is `'Müdür'`), or an `ActorRef`.
 *
 * @example
 * reportsTo('konak', 'mudur')                                  // an id
 * reportsTo('konak', 'MÜDÜR')                                  // a name, folded
 * reportsTo('konak', { id: 'mudur', name: 'Müdür', kind: 'post' })  // an ActorRef
 */
export type Subject = string | { id: string };

export function linesOf(idx: Index, id: string): ReportingLineAnswer[] {
  return (idx.linesFrom.get(id) ?? []).map((l) => {
    const out: ReportingLineAnswer = { to: actorRef(idx, l.to), relation: l.relation, basis: l.basis, citations: citations(idx, l.cites) };
    if (l.condition) out.condition = l.condition;
    if (l.note) out.note = l.note;
    return { ...out, ...reviewOf(idx, [l], [l.to]) };
  });
}

/**
 * Who a unit or post reports to: every upward line, with its relation (`attached-to` "bağlı
 * olarak çalışır", `accountable-to` "karşı sorumludur", `superior` "amiridir", `supervised-by`
 * "gözetimi ve denetimi altında", `tasked-by` "verdiği görevleri yerine getirir"), its basis
 * (`explicit` where a provision states it, `structural` where it is an inference), any
 * condition, a note where the reader should know more, and its citations. A unit's line to an
 * office reaches the unit's head as an inference. A subject with no line answers with `lines: []`.
 *
 * @param regulation - Id or municipality name.
 * @param subject - Id, name or alias of a unit, post or office.
 * @returns The subject and its lines.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `UNKNOWN_ENTITY`, `AMBIGUOUS`, `INVALID_ARGUMENT`.
 * @example
 * reportsTo('konak', 'Müdürlük').lines
 * //=> [{ to: { name: 'Belediye Başkanı' }, relation: 'attached-to', basis: 'explicit', citations: [{ label: 'm.6' }] },
 * //    { to: { name: 'Başkan vekili' }, relation: 'attached-to', condition: 'Belediye Başkanının görevi başında bulunmadığı durumda', … },
 * //    { to: { name: 'Müdür' }, relation: 'superior', basis: 'explicit', citations: [{ label: 'm.8/3' }], note: '…' }]
 */
export function reportsTo<R extends RegulationRef>(regulation: R, subject: SubjectOf<R>): DeepReadonly<ReportsToAnswer> {
  return reportsToIn(builtins(), regulation, subject);
}

/** {@link reportsTo} over a given corpus (what `createMevzuat` binds). @internal */
export function reportsToIn(corpus: Corpus, regulation: RegulationRef, subject: Subject): ReportsToAnswer {
  const idx = corpus.index(regulation);
  const id = resolveActor(idx, subject);
  return memo(idx, `reportsTo:${id}`, () => {
    const lines = linesOf(idx, id);
    return { regulation: idx.reg.id, subject: actorRef(idx, id), lines, ...reviewOf(idx, lines, [id]) };
  });
}

/**
 * The chain of command from a subject up to the top: the subject first, then at each step the
 * actor it reports to. Unconditional lines are followed before conditional ones, explicit before
 * structural, and from a post, lines to posts and offices before lines to units; where a subject reports to several actors (Kocaeli's Şefler: both the Daire Başkanı
 * and the Şube Müdürleri), the nearest one is taken — the one from which the others can be reached.
 * Where none is above the others (a unit attached to each of several parallel units), the text does
 * not say which one applies, so the chain skips to the nearest actor above all of them, or, where
 * there is none, follows the first line in text order; `reportsTo` lists every line. Never cycles.
 *
 * @param regulation - Id or municipality name.
 * @param subject - Id, name or alias.
 * @returns Actors from the subject upward.
 * @throws {MevzuatError} as {@link reportsTo}.
 * @example
 * chainOfCommand('konak', 'Şef').map((a) => a.name)
 * //=> ['Şef', 'Müdür', 'Belediye Başkanı']
 */
export function chainOfCommand<R extends RegulationRef>(regulation: R, subject: SubjectOf<R>): DeepReadonly<ActorRef[]> {
  return chainOfCommandIn(builtins(), regulation, subject);
}

/** {@link chainOfCommand} over a given corpus (what `createMevzuat` binds). @internal */
export function chainOfCommandIn(corpus: Corpus, regulation: RegulationRef, subject: Subject): ActorRef[] {
  const idx = corpus.index(regulation);
  const start = resolveActor(idx, subject);
  return memo(idx, `chain:${start}`, () => chainFrom(idx, start));
}

function chainFrom(idx: Index, start: string): ActorRef[] {
  const chain = [start];
  const seen = new Set(chain);
  for (let cur = start; ;) {
    const lines = idx.linesFrom.get(cur) ?? [];
    const pool = lines.filter((l) => !l.condition && !seen.has(l.to));
    let ranked = (pool.length ? pool : lines.filter((l) => !seen.has(l.to)))
      .sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'explicit' ? -1 : 1));
    // a post's chain runs through posts and offices: a line to a unit (İzmir's staff "bu şefliğe
    // bağlı", m.4/b) is followed only where the post has no line to a person
    if (idx.actors.get(cur)!.ref.kind === 'post') {
      const toPeople = ranked.filter((l) => idx.actors.get(l.to)!.ref.kind !== 'unit');
      if (toPeople.length) ranked = toPeople;
    }
    if (!ranked.length) break;
    const targets = [...new Set(ranked.map((l) => l.to))];
    let next = targets.find((t) => {
      const above = upward(t);
      return targets.every((o) => o === t || above.includes(o));
    });
    // parallel superiors, none above another (Kocaeli's şeflik under each of three Şube
    // Müdürlükleri): the text does not say which, so skip to the nearest actor above all of them
    if (!next) next = commonAbove(targets, seen);
    // no actor above them all: follow the first line as the text gives it
    if (!next) next = targets[0]!;
    chain.push(next); seen.add(next); cur = next;
  }
  return chain.map((id) => actorRef(idx, id));

  /** Every actor above `from` along unconditional lines, nearest first. */
  function upward(from: string): string[] {
    const order: string[] = [];
    const queue = [from];
    const visited = new Set<string>();
    while (queue.length) {
      const a = queue.shift()!;
      if (visited.has(a)) continue;
      visited.add(a);
      if (a !== from) order.push(a);
      for (const l of idx.linesFrom.get(a) ?? []) if (!l.condition) queue.push(l.to);
    }
    return order;
  }

  function commonAbove(targets: string[], exclude: Set<string>): string | undefined {
    const [first, ...rest] = targets.map(upward);
    return first?.find((a) => !exclude.has(a) && rest.every((r) => r.includes(a)));
  }
}
