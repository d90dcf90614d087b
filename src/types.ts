// The public types: each is the zod-inferred type of its schema (src/schema/), made readonly all the
// way down, because every value the library hands out is deeply frozen.
import type * as A from './schema/answers.js';
import type * as R from './schema/regulation.js';

/**
 * `T` with every property and array readonly, recursively: what the library's frozen values are.
 *
 * @example
 * const a: DeepReadonly<{ list: string[] }> = { list: ['x'] };
 * a.list.push('y');  // a type error: the list is readonly
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown ? T
  : T extends readonly (infer E)[] ? readonly DeepReadonly<E>[]
    : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * A compiled regulation: what `getRegulation` returns. Deeply frozen.
 *
 * @example
 * const reg: Regulation = getRegulation('konak');
 * reg.units.map((u) => u.name)  //=> ['Özel Kalem Müdürlüğü', 'İdari İşler birimi', …]
 */
export type Regulation = DeepReadonly<R.Regulation>;

import type * as C from './schema/common.js';
import type * as Ci from './schema/citation.js';
import type * as O from './schema/organisation.js';
import type * as F from './schema/facts.js';
import type * as T from './schema/text.js';

/** A duty topic id (see `topics`; Turkish names in `topicNames`). @example const t: Topic = 'procurement'; */
export type Topic = C.Topic;
/** A pointer into a regulation's text with the provision's verbatim text. @example cite('konak', 'm.14/b').label  //=> 'm.14/b' */
export type Citation = DeepReadonly<Ci.Citation>;
/** A reference to any actor in an answer. @example reportsTo('konak', 'Şef').lines[0].to  //=> { id: 'mudur', name: 'Müdür', kind: 'post' } */
export type ActorRef = DeepReadonly<O.ActorRef>;
/** A unit of the organisation. @example getRegulation('konak').units[0].name  //=> 'Özel Kalem Müdürlüğü' */
export type Unit = DeepReadonly<O.Unit>;
/** A post (kadro, görev) of the organisation: Müdür, Şef, Personel. @example getRegulation('konak').posts.find((p) => p.heads)?.name  //=> 'Müdür' */
export type Post = DeepReadonly<O.Post>;
/** An office outside the organisation the text refers to. @example getRegulation('konak').offices[0].name  //=> 'Belediye Başkanı' */
export type Office = DeepReadonly<O.Office>;
/** Kinds of organisational unit: Müdürlük, Şeflik, Birim, Masa… @example const k: UnitKind = 'birim'; */
export type UnitKind = O.UnitKind;
/** A duty as queries return it. @example dutiesOf('konak', 'Şef')[0].citation.label  //=> 'm.9/a' */
export type Duty = DeepReadonly<R.Duty>;
/** A reporting line as compiled, explicit or structural. @example getRegulation('konak').reporting[0].relation  //=> 'attached-to' */
export type ReportingLine = DeepReadonly<R.ReportingLine>;
/** An enactment the regulation rests on (dayanak). @example getRegulation('konak').legalBasis[0].number  //=> '5393' */
export type LegalBasis = DeepReadonly<R.LegalBasis>;
/** When the regulation enters into force. @example getRegulation('konak').entryIntoForce.rule  //=> 'on-date' */
export type EntryIntoForce = DeepReadonly<R.EntryIntoForce>;
/** An earlier regulation this one repeals. @example getRegulation('konak').repeals.length  //=> 1 */
export type Repeal = DeepReadonly<R.Repeal>;
/** A source file of the text, with its sha256 and role. @example getRegulation('izmir').sources[0].role  //=> 'authoritative' */
export type Source = DeepReadonly<R.Source>;
/** A place where two transcriptions differ. @example getRegulation('izmir').variants?.length  //=> 42 */
export type Variant = DeepReadonly<R.Variant>;
/** A note on a verbatim oddity of the text (`[sic]`), never corrected in the text. @example getRegulation('konak').sic?.[0].reading */
export type SicNote = DeepReadonly<R.SicNote>;
/** Classes of correspondence recipient (see `recipientAliases`). @example const r: RecipientClass = 'public-institution'; */
export type RecipientClass = F.RecipientClass;
/** How a subject stands to an actor above it (bağlı, sorumlu, amir…). @example const r: Relation = 'attached-to'; */
export type Relation = F.Relation;
/** A correspondence rule. @example getRegulation('konak').correspondence[0].signers[0].actor  //=> 'mudur' */
export type CorrespondenceRule = DeepReadonly<F.CorrespondenceRuleInput>;
/** Who acts for an actor, and when. @example getRegulation('konak').deputies[0].deputies  //=> ['sef'] */
export type DeputyRule = DeepReadonly<F.DeputyRuleInput>;
/** A step of incoming-document handling (kayıt, havale…), as compiled. @example getRegulation('konak').routing[0].action */
export type RoutingStep = DeepReadonly<F.RoutingStepInput>;
/** A term of the Tanımlar article, its meaning verbatim, as compiled. @example getRegulation('konak').definitions[0].term */
export type Definition = DeepReadonly<F.DefinitionInput>;
/** A node of the compiled text tree, with its id and Turkish label. @example getRegulation('konak').articles[13].label  //=> 'm.14' */
export type TextNode = DeepReadonly<T.TextNode>;
/** A citable provision (madde, fıkra, bent), flattened for lookup. @example getRegulation('konak').provisions[0].label  //=> 'm.1' */
export type Provision = DeepReadonly<T.Provision>;
/** Kinds of node in a regulation's text tree (title, madde, fıkra, bent…). @example const k: NodeKind = 'article'; */
export type NodeKind = T.NodeKind;
/** The answer of `whoSigns`: signers, paraf, responsible, citations, fallback. @example whoSigns('kocaeli', 'valilik').status  //=> 'responsible-only' */
export type WhoSignsAnswer = DeepReadonly<A.WhoSignsAnswer>;
/** The answer of `reportsTo`: the subject and every upward line with its basis. @example reportsTo('konak', 'Müdür').lines[0].relation  //=> 'accountable-to' */
export type ReportsToAnswer = DeepReadonly<A.ReportsToAnswer>;
/** One upward line of a `reportsTo` answer, explicit or inferred, with citations. @example reportsTo('konak', 'Şef').lines[0].basis */
export type ReportingLineAnswer = DeepReadonly<A.ReportingLineAnswer>;
/** One step of a `chainOfCommand` answer: the actor and, after the first, the line that links it to the step below. @example chainOfCommand('konak', 'Şef')[1].line?.basis  //=> 'structural' */
export type ChainStep = DeepReadonly<A.ChainStep>;
/** The answer of `chainOfCommand`: the steps from the subject upward. @example chainOfCommand('konak', 'Şef').map((s) => s.name) */
export type ChainAnswer = DeepReadonly<A.ChainAnswer>;
/** The answer of `deputyOf`: who acts for the subject, when, and on what basis. @example deputyOf('izmir', 'Şube Müdürü').status  //=> 'not-regulated' */
export type DeputyAnswer = DeepReadonly<A.DeputyAnswer>;
/** The answer of `whoRoutesIncoming`: who registers and assigns incoming documents. @example whoRoutesIncoming('karsiyaka').routers[0].name  //=> 'Müdür' */
export type RoutingAnswer = DeepReadonly<A.RoutingAnswer>;
/** The answer of `define`: the term's meaning, verbatim, with its provision. @example define('izmir', 'Üst Yönetici')?.citation.label  //=> 'm.3/ı' */
export type DefinitionAnswer = DeepReadonly<A.DefinitionAnswer>;
/** The answer of `inForce`: the status on a day, its basis, and the caveat. @example inForce('konak', '2016-10-09').status  //=> 'not-yet-in-force' */
export type InForceAnswer = DeepReadonly<A.InForceAnswer>;
/** The answer of `about`: who executes the regulation, its dayanak, what it repeals, and who holds its budget, archive, residual, discipline, handover, disclosure and planning duties. @example about('konak').repeals.citations[0].label  //=> 'm.19' */
export type AboutAnswer = DeepReadonly<A.AboutAnswer>;
/** One duty question of an `about` answer: the duties of its topic, or `not-regulated` with the fallback clause. @example about('konak').budget.status  //=> 'explicit' */
export type AboutDutiesItem = DeepReadonly<A.AboutDutiesItem>;
