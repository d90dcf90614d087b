import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { Topic } from '../schema/common.js';
import type { Duty } from '../schema/regulation.js';
import type { AboutAnswer, AboutApprovalItem, AboutDutiesItem, AboutExecutorItem, AboutLegalBasisItem, AboutRepealsItem } from '../schema/answers.js';
import { actorRef, citations, duty, fallbackFact, fallbackOf, memo, reviewOf, type Index } from '../internal/registry.js';

/** The duty questions of an `about` answer and the topic each is answered from, in the order the answer gives them. */
export const aboutDutyQuestions = Object.freeze([
  ['budget', 'budget'], ['archive', 'archive'], ['residual', 'residual'], ['discipline', 'discipline'],
  ['handover', 'handover'], ['disclosure', 'disclosure'], ['planning', 'planning'],
] as const satisfies readonly (readonly [keyof AboutAnswer, Topic])[]);

/**
 * The questions asked of a regulation as a whole, each answered from the text with the provisions
 * it rests on, verbatim:
 * - `executor`: who executes it (the yürütme article), on whose behalf, with whom;
 * - `legalBasis`: its dayanak, each enactment with the articles the text cites;
 * - `repeals`: the earlier texts it repeals, with the decision that enacted them;
 * - `budget` (harcama yetkilisi, budget preparation, payments), `archive`, `residual` (the
 *   "verilecek diğer görevler" clauses: who gets a duty the text does not list), `discipline`
 *   (discipline and reward), `handover` (files and zimmet when someone leaves), `disclosure`
 *   (information to outsiders or the press), `planning` (plans and programmes, the annual
 *   programme among them): the duties of that topic, whoever holds them, in text order;
 * - `approval`: who approves the annual programme (a duty that approves a plan or programme), or
 *   `not-regulated`; beside it, never as it, the text's other approvals (`otherApprovals`: İzmir
 *   m.7/ğ, the sub-units' work) and the duties that submit something for approval (`related`:
 *   Kocaeli m.5/c).
 *
 * Each item is `explicit` or, where the text says nothing of it, `not-regulated`, then with the
 * fallback clause (`fallback`) where the regulation has one. Each carries `review: 'pending'`
 * when it rests on a machine-drafted fact nobody has reviewed yet.
 *
 * @param regulation - Id or municipality name.
 * @returns The answers, deeply frozen.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `INVALID_ARGUMENT`.
 * @example
 * const a = about('konak');
 * a.executor.executors.map((e) => e.name)  //=> ['Belediye Başkanı']
 * a.repeals.repeals[0].decision            //=> '166/2012 Meclis No, 04.10.2012 tarih ve 186/2012 nolu Meclis Kararı'
 * a.repeals.citations[0].label             //=> 'm.19'
 * a.legalBasis.bases[0].number             //=> '5393'
 */
export function about(regulation: RegulationRef): DeepReadonly<AboutAnswer> {
  return aboutIn(builtins(), regulation);
}

/** {@link about} over a given corpus (what `createMevzuat` binds). @internal */
export function aboutIn(corpus: Corpus, regulation: RegulationRef): AboutAnswer {
  const idx = corpus.index(regulation);
  return memo(idx, 'about', () => answer(idx));
}

/** `{ fallback }` and its review, for an item the text leaves unregulated. */
function unregulated(idx: Index): { fallback?: AboutDutiesItem['fallback']; review?: 'pending' } {
  const fb = fallbackOf(idx);
  return fb ? { fallback: fb, ...reviewOf(idx, [fallbackFact(idx)]) } : {};
}

function executor(idx: Index): AboutExecutorItem {
  const e = idx.reg.executor;
  if (!e) return { status: 'not-regulated', executors: [], citations: [], ...unregulated(idx) };
  return {
    status: 'explicit',
    executors: [{ ...actorRef(idx, e.actor), via: 'own' as const }, ...(e.jointWith ?? []).map((j) => ({ ...actorRef(idx, j.actor), via: j.via }))],
    ...(e.onBehalfOf && { onBehalfOf: actorRef(idx, e.onBehalfOf) }),
    ...(e.wording && { wording: e.wording }),
    citations: citations(idx, e.cites),
    ...reviewOf(idx, [e], [e.actor, e.onBehalfOf, ...(e.jointWith ?? []).map((j) => j.actor)]),
  };
}

function legalBasis(idx: Index): AboutLegalBasisItem {
  const list = idx.reg.legalBasis;
  if (!list.length) return { status: 'not-regulated', bases: [], citations: [], ...unregulated(idx) };
  return {
    status: 'explicit',
    bases: list.map((b) => ({
      kind: b.kind,
      ...(b.number !== undefined && { number: b.number }),
      ...(b.name !== undefined && { name: b.name }),
      ...(b.date !== undefined && { date: b.date }),
      articles: [...b.articles],
      ...(b.decision !== undefined && { decision: b.decision }),
      ...(b.note !== undefined && { note: b.note }),
      citations: citations(idx, b.cites),
      ...reviewOf(idx, [b]),
    })),
    citations: citations(idx, [...new Set(list.flatMap((b) => b.cites))]),
    ...reviewOf(idx, list),
  };
}

function repeals(idx: Index): AboutRepealsItem {
  const list = idx.reg.repeals;
  if (!list.length) return { status: 'not-regulated', repeals: [], citations: [], ...unregulated(idx) };
  return {
    status: 'explicit',
    repeals: list.map((r) => ({
      title: r.title,
      ...(r.decision !== undefined && { decision: r.decision }),
      ...(r.regulation !== undefined && { regulation: r.regulation }),
      citations: citations(idx, r.cites),
      ...reviewOf(idx, [r]),
    })),
    citations: citations(idx, [...new Set(list.flatMap((r) => r.cites))]),
    ...reviewOf(idx, list),
  };
}

/** The duties of a topic, whoever holds them, in text order. */
function byTopic(idx: Index, topic: Topic): AboutDutiesItem {
  const list: Duty[] = idx.reg.duties.filter((d) => d.topics.includes(topic))
    .map((d) => duty(idx, d))
    .sort((a, b) => idx.order.get(a.citation.id)! - idx.order.get(b.citation.id)!);
  if (!list.length) return { status: 'not-regulated', topics: [topic], holders: [], duties: [], citations: [], ...unregulated(idx) };
  const holders = [...new Map(list.map((d) => [d.holder.id, d.holder])).values()];
  return {
    status: 'explicit',
    topics: [topic],
    holders,
    duties: list,
    citations: [...new Map(list.map((d) => [d.citation.id, d.citation])).values()],
    ...(list.some((d) => d.review === 'pending') ? { review: 'pending' as const } : {}),
  };
}

/**
 * Who approves the programme: the approvals of a plan or programme are the answer; the other
 * approvals and the submissions for approval stand beside it.
 */
function approval(idx: Index): AboutApprovalItem {
  const all = byTopic(idx, 'approval').duties;
  const programme = all.filter((d) => d.topics.includes('planning'));
  const otherApprovals = all.filter((d) => !d.topics.includes('planning'));
  const related = byTopic(idx, 'approval-request').duties;
  const pending = [...all, ...related].some((d) => d.review === 'pending') ? { review: 'pending' as const } : {};
  if (!programme.length) {
    const un = unregulated(idx);
    return { status: 'not-regulated', topics: ['approval'], holders: [], duties: [], otherApprovals, related, citations: [], ...un, ...(un.review ? {} : pending) };
  }
  return {
    status: 'explicit',
    topics: ['approval'],
    holders: [...new Map(programme.map((d) => [d.holder.id, d.holder])).values()],
    duties: programme,
    otherApprovals,
    related,
    citations: [...new Map(programme.map((d) => [d.citation.id, d.citation])).values()],
    ...pending,
  };
}

function answer(idx: Index): AboutAnswer {
  const items = {
    executor: executor(idx),
    legalBasis: legalBasis(idx),
    repeals: repeals(idx),
    ...(Object.fromEntries(aboutDutyQuestions.map(([k, t]) => [k, byTopic(idx, t)])) as Record<(typeof aboutDutyQuestions)[number][0], AboutDutiesItem>),
    approval: approval(idx),
  };
  return {
    regulation: idx.reg.id,
    title: idx.reg.title,
    ...items,
    ...(Object.values(items).some((i) => i.review === 'pending') ? { review: 'pending' as const } : {}),
  };
}
