/**
 * belediye-mevzuat: Turkish municipal organisation regulations as typed, cited data, and the
 * questions you can ask of them. Every answer carries the provisions it rests on, verbatim.
 *
 * Importing this entry loads no zod and parses no regulation: each regulation is parsed and
 * indexed on its first query. The zod schemas are in `belediye-mevzuat/schemas`; reading your own
 * regulation folders is in `belediye-mevzuat/node`.
 *
 * @packageDocumentation
 */
export { regulations } from './data.js';
export type { Regulation, RegulationId, RegulationAlias, RegulationRef, SubjectOf, SubjectNames } from './data.js';
export { regulationIds, isRegulationId, isBuiltinRegulationId, regulationIdOf } from './ids.js';
export { getRegulation } from './queries/get-regulation.js';
export { whoSigns } from './queries/who-signs.js';
export type { Recipient, RecipientAlias } from './queries/who-signs.js';
export { reportsTo, chainOfCommand } from './queries/reports-to.js';
export type { Subject } from './queries/reports-to.js';
export { deputyOf } from './queries/deputy-of.js';
export { dutiesOf } from './queries/duties-of.js';
export type { DutyFilter, TopicRef } from './queries/duties-of.js';
export { findDuties } from './queries/find-duties.js';
export { whoRoutesIncoming } from './queries/who-routes-incoming.js';
export { define } from './queries/define.js';
export { inForce } from './queries/in-force.js';
export { cite } from './queries/cite.js';
export { compare } from './queries/compare.js';
export { about } from './queries/about.js';
export { createMevzuat } from './create.js';
export type { Mevzuat } from './create.js';
export { builtinRegulations } from './builtins.js';
export type { RegulationSource, LazyRegulation } from './corpus.js';
export { MevzuatError, isMevzuatError, formatMevzuatError } from './errors.js';
export type { MevzuatErrorCode, RegulationProblem, Locale, LocalizedText, MevzuatErrorJson } from './errors.js';
export { fold, collator } from './fold.js';
export { escapeInput } from './internal/escape.js';
export { parseRegulationText } from './parse/text.js';
export type { ParseResult, ParseProblem } from './parse/text.js';
export { topics, topicNames, recipientAliases } from './topics.js';
export type {
  DeepReadonly, Topic, Citation, ActorRef, Unit, Post, Office, UnitKind, Duty, ReportingLine, LegalBasis,
  EntryIntoForce, Repeal, Source, Variant, SicNote, RecipientClass, Relation, CorrespondenceRule,
  DeputyRule, RoutingStep, Definition, TextNode, Provision, NodeKind, WhoSignsAnswer, ReportsToAnswer,
  ReportingLineAnswer, DeputyAnswer, RoutingAnswer, DefinitionAnswer, InForceAnswer, ChainStep, ChainAnswer,
  AboutAnswer, AboutDutiesItem,
} from './types.js';
