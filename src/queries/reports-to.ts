import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef, SubjectOf } from '../data.js';
import type { ChainAnswer, ChainStep, ReportsToAnswer, ReportingLineAnswer } from '../schema/answers.js';
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
 * The chain of command (amir zinciri) from a subject up to the top: the subject first, then at each
 * step the actor it reports to, with `line`, the reporting line that links the two — the same
 * object `reportsTo` returns for the step below (relation, basis, condition, note, citations).
 * Unconditional lines are followed before conditional ones, from a post lines to posts and offices
 * before lines to units; an explicit line is preferred to an inference when both lead upward (an
 * inferred step is kept only where it rejoins, by explicit lines, an actor the explicit lines lead
 * to). Where a subject reports to several actors (Kocaeli's Şefler: both
 * the Daire Başkanı and the Şube Müdürleri), the nearest one is taken — the one from which the
 * others can be reached — so that no immediate superior is skipped. Where none is above the others (a unit
 * attached to each of several parallel units), the text does not say which one applies, so the
 * chain goes on from the nearest actor above all of them, with `over` naming the parallel actors
 * and a `line` that is an inference citing their lines; where there is no such actor, it follows
 * the first line in text order. `reportsTo` lists every line. Never cycles. Each step keeps the
 * fields of an `ActorRef` (`id`, `name`, `kind`).
 *
 * @param regulation - Id or municipality name.
 * @param subject - Id, name or alias.
 * @returns The steps from the subject upward.
 * @throws {MevzuatError} as {@link reportsTo}.
 * @example
 * chainOfCommand('konak', 'Şef').map((a) => a.name)
 * //=> ['Şef', 'Müdür', 'Belediye Başkanı']
 * chainOfCommand('konak', 'Şef')[1].line
 * //=> { to: { id: 'mudur', … }, relation: 'superior', basis: 'structural', citations: [{ label: 'm.4/g', … }] }
 */
export function chainOfCommand<R extends RegulationRef>(regulation: R, subject: SubjectOf<R>): DeepReadonly<ChainAnswer> {
  return chainOfCommandIn(builtins(), regulation, subject);
}

/** {@link chainOfCommand} over a given corpus (what `createMevzuat` binds). @internal */
export function chainOfCommandIn(corpus: Corpus, regulation: RegulationRef, subject: Subject): ChainAnswer {
  const idx = corpus.index(regulation);
  const start = resolveActor(idx, subject);
  return memo(idx, `chain:${start}`, () => chainFrom(idx, start));
}

/** The lines `reportsTo` answers with for `id` (the same frozen objects). */
const answerLines = (idx: Index, id: string): readonly ReportingLineAnswer[] =>
  memo(idx, `reportsTo:${id}`, () => ({ regulation: idx.reg.id, subject: actorRef(idx, id), lines: linesOf(idx, id) })).lines;

/** The order in which lines to the same actor are preferred: unconditional, explicit, then text order. */
const lineRank = (l: { condition?: string; basis: string }) => (l.condition ? 2 : 0) + (l.basis === 'explicit' ? 0 : 1);

function chainFrom(idx: Index, start: string): ChainStep[] {
  const steps: ChainStep[] = [actorRef(idx, start)];
  const seen = new Set([start]);
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
    let targets = [...new Set(ranked.map((l) => l.to))];
    const nearestOf = (ts: string[]) => ts.find((t) => {
      const above = upward(t);
      return ts.every((o) => o === t || above.includes(o));
    });
    let next = nearestOf(targets);
    // an explicit line is preferred to an inference when both lead upward: an inferred step is
    // kept only where it rejoins, by explicit lines, an actor the explicit lines lead to (İzmir's
    // staff → their Şef, inferred, → Müdür, explicit: kept; Karşıyaka's Müdür → Başkan Yardımcısı,
    // inferred, → Belediye Başkanı, inferred: the explicit line to the Belediye Başkanı, m.9/10, wins)
    const explicitTo = new Set(ranked.filter((l) => l.basis === 'explicit').map((l) => l.to));
    if (next && explicitTo.size && !explicitTo.has(next) && !upward(next, true).some((a) => explicitTo.has(a))) {
      targets = targets.filter((t) => explicitTo.has(t));
      next = nearestOf(targets);
    }
    const answered = answerLines(idx, cur);
    const direct = (to: string) => answered.filter((l) => l.to.id === to).slice().sort((a, b) => lineRank(a) - lineRank(b))[0];
    let step: ChainStep | undefined;
    if (!next) {
      // parallel superiors, none above another (Kocaeli's şeflik under each of three Şube
      // Müdürlükleri): the text does not say which, so go on from the nearest actor above all of them
      const above = commonAbove(targets, seen);
      if (above) {
        next = above;
        const through = targets.map(direct).filter((l): l is ReportingLineAnswer => !!l);
        const overNames = targets.map((t) => idx.actors.get(t)!.ref.name);
        const line: ReportingLineAnswer = {
          to: actorRef(idx, above), relation: through[0]!.relation, basis: 'structural',
          citations: [...new Map(through.flatMap((l) => l.citations).map((c) => [c.id, c])).values()],
          note: `Metin, ${idx.actors.get(cur)!.ref.name} için, ${overNames.slice(0, -1).join(', ')} ve ${overNames.at(-1)} arasından hangisine bağlı olduğunu söylemez; zincir bunların hepsinin üstündeki ${idx.actors.get(above)!.ref.name} ile sürer.`,
        };
        step = { ...actorRef(idx, above), line, over: targets.map((t) => actorRef(idx, t)) };
      } else {
        // no actor above them all: follow the first line as the text gives it
        next = targets[0]!;
      }
    }
    if (!step) {
      const line = direct(next);
      step = line ? { ...actorRef(idx, next), line } : actorRef(idx, next);
    }
    steps.push(step); seen.add(next); cur = next;
  }
  return steps;

  /** Every actor above `from` along unconditional lines (only explicit ones if `explicit`), nearest first. */
  function upward(from: string, explicit = false): string[] {
    const order: string[] = [];
    const queue = [from];
    const visited = new Set<string>();
    while (queue.length) {
      const a = queue.shift()!;
      if (visited.has(a)) continue;
      visited.add(a);
      if (a !== from) order.push(a);
      for (const l of idx.linesFrom.get(a) ?? []) if (!l.condition && (!explicit || l.basis === 'explicit')) queue.push(l.to);
    }
    return order;
  }

  function commonAbove(targets: string[], exclude: Set<string>): string | undefined {
    const [first, ...rest] = targets.map((t) => upward(t));
    return first?.find((a) => !exclude.has(a) && rest.every((r) => r.includes(a)));
  }
}
