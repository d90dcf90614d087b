/**
 * belediye-mevzuat: Turkish municipal organisation regulations as typed, cited data, and the
 * questions you can ask of them. Every answer carries the provisions it rests on, verbatim.
 *
 * @packageDocumentation
 */
export { regulations, regulationIds } from './data.js';
export type { Regulation, RegulationId, RegulationAlias, RegulationRef } from './data.js';
export { getRegulation } from './queries/get-regulation.js';
export { whoSigns } from './queries/who-signs.js';
export type { Recipient, RecipientAlias } from './queries/who-signs.js';
export { reportsTo, chainOfCommand } from './queries/reports-to.js';
export type { Subject } from './queries/reports-to.js';
export { deputyOf } from './queries/deputy-of.js';
export { dutiesOf } from './queries/duties-of.js';
export type { DutyFilter } from './queries/duties-of.js';
export { findDuties } from './queries/find-duties.js';
export { whoRoutesIncoming } from './queries/who-routes-incoming.js';
export { define } from './queries/define.js';
export { inForce } from './queries/in-force.js';
export { cite } from './queries/cite.js';
export { compare } from './queries/compare.js';
export { MevzuatError, isMevzuatError, formatMevzuatError } from './errors.js';
export type { MevzuatErrorCode } from './errors.js';
export { fold, collator } from './fold.js';
export { topics } from './schema/common.js';
export type { Topic } from './schema/common.js';
export type { Citation } from './schema/citation.js';
export type { ActorRef, Unit, Post, Office, UnitKind } from './schema/organisation.js';
export type { Duty, ReportingLine, LegalBasis, EntryIntoForce, Repeal, Source, Variant, SicNote } from './schema/regulation.js';
export type { RecipientClass, Relation, CorrespondenceRuleInput as CorrespondenceRule, DeputyRuleInput as DeputyRule, RoutingStepInput as RoutingStep, DefinitionInput as Definition } from './schema/facts.js';
export type { TextNode, Provision, NodeKind } from './schema/text.js';
export type { WhoSignsAnswer, ReportsToAnswer, ReportingLineAnswer, DeputyAnswer, RoutingAnswer, DefinitionAnswer, InForceAnswer } from './schema/answers.js';
/**
 * The zod schemas behind every type, to validate data of your own (a regulation encoded outside
 * this package, an answer received over the wire).
 *
 * @example
 * schemas.WhoSignsAnswer.parse(JSON.parse(body)).status  //=> 'explicit'
 */
export * as schemas from './schemas.js';
