import { z } from 'zod';
import { Citation } from './citation.js';
import { ActorRef } from './organisation.js';
import { RecipientClass, Relation } from './facts.js';

/**
 * `whoSigns`: who signs, who paraphs (`paraf`: initials the preparing official puts on a draft before it is signed), who is charged with the correspondence.
 *
 * @example
 * const a: WhoSignsAnswer = whoSigns('kocaeli', 'valilik');
 * a.status                          //=> 'responsible-only'
 * a.responsible.map((r) => r.name)  //=> ['Şube Müdürü']
 */
export const WhoSignsAnswer = z.strictObject({
  regulation: z.string(),
  recipient: RecipientClass,
  status: z.enum(['explicit', 'responsible-only', 'not-regulated']),
  signers: z.array(ActorRef.extend({ via: z.enum(['own', 'delegation']) })),
  paraf: z.array(ActorRef),
  responsible: z.array(ActorRef),
  citations: z.array(Citation),
  fallback: Citation.optional(),
  explanation: z.string(),
});
export type WhoSignsAnswer = z.infer<typeof WhoSignsAnswer>;

/**
 * One upward line in a `reportsTo` answer. `structural` lines are inferences from the unit tree.
 *
 * @example
 * reportsTo('konak', 'Şef').lines[0]
 * //=> { to: { id: 'mudur', … }, relation: 'superior', basis: 'structural', citations: [{ label: 'm.4/g', … }] }
 */
export const ReportingLineAnswer = z.strictObject({
  to: ActorRef,
  relation: Relation,
  basis: z.enum(['explicit', 'structural']),
  condition: z.string().optional(),
  citations: z.array(Citation),
});
export type ReportingLineAnswer = z.infer<typeof ReportingLineAnswer>;

/**
 * The answer of `reportsTo`: the subject and every upward reporting line, with relation, basis, condition and citations.
 *
 * @example
 * const a: ReportsToAnswer = reportsTo('konak', 'Müdür');
 * a.lines.map((l) => [l.to.name, l.relation])  //=> [['Belediye Başkanı', 'accountable-to']]
 */
export const ReportsToAnswer = z.strictObject({
  regulation: z.string(),
  subject: ActorRef,
  lines: z.array(ReportingLineAnswer),
});
export type ReportsToAnswer = z.infer<typeof ReportsToAnswer>;

/**
 * The answer of `deputyOf`: who acts for the subject when it is away, under what condition, and the provisions (or the fallback clause).
 *
 * @example
 * const a: DeputyAnswer = deputyOf('izmir', 'Şube Müdürü');
 * a.status          //=> 'not-regulated'
 * a.fallback?.label  //=> 'm.12/e'
 */
export const DeputyAnswer = z.strictObject({
  regulation: z.string(),
  subject: ActorRef,
  status: z.enum(['explicit', 'not-regulated']),
  deputies: z.array(ActorRef),
  condition: z.string().optional(),
  citations: z.array(Citation),
  fallback: Citation.optional(),
});
export type DeputyAnswer = z.infer<typeof DeputyAnswer>;

/** One step of incoming-document handling (`havale`: assigning a document to whoever is to act on it). */
export const RoutingStepAnswer = z.strictObject({
  actor: ActorRef.optional(),
  action: z.enum(['collect', 'register', 'file', 'forward', 'distribute', 'supervise']),
  citation: Citation,
});

/**
 * The answer of `whoRoutesIncoming`: who receives, registers and assigns (havale) incoming documents, step by step, with citations.
 *
 * @example
 * const a: RoutingAnswer = whoRoutesIncoming('karsiyaka');
 * a.routers.map((r) => r.name)  //=> ['Müdür']
 */
export const RoutingAnswer = z.strictObject({
  regulation: z.string(),
  status: z.enum(['explicit', 'not-regulated']),
  routers: z.array(ActorRef),
  steps: z.array(RoutingStepAnswer),
  citations: z.array(Citation),
  fallback: Citation.optional(),
});
export type RoutingAnswer = z.infer<typeof RoutingAnswer>;

/**
 * The answer of `define`: the term, its meaning verbatim from the Tanımlar article, and that provision.
 *
 * @example
 * const a: DefinitionAnswer | undefined = define('izmir', 'Üst Yönetici');
 * a?.citation.label  //=> 'm.3/ı'
 */
export const DefinitionAnswer = z.strictObject({
  term: z.string(),
  meaning: z.string(),
  citation: Citation,
});
export type DefinitionAnswer = z.infer<typeof DefinitionAnswer>;

/**
 * The answer of `inForce`: the status on the day asked, the date it holds from, the condition in Turkish, and citations.
 *
 * @example
 * const a: InForceAnswer = inForce('konak', '2016-10-09');
 * a.status  //=> 'not-yet-in-force'
 * a.from    //=> '2016-10-10'
 */
export const InForceAnswer = z.strictObject({
  regulation: z.string(),
  status: z.enum(['in-force', 'not-yet-in-force', 'repealed', 'unknown']),
  /** ISO date from which the status holds, where the text dates it. */
  from: z.string().optional(),
  condition: z.string(),
  citations: z.array(Citation),
});
export type InForceAnswer = z.infer<typeof InForceAnswer>;
