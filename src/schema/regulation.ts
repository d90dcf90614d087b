import { z } from 'zod';
import { AnswerReview, Cites, IsoDate, ProvisionId, Slug, Topic, reviewFields } from './common.js';
import { ActorRef, Office, Post, Unit } from './organisation.js';
import { CorrespondenceRuleInput, DefinitionInput, DeputyRuleInput, DutyInput, NoFact, Relation, ReportingLineInput, RoutingStepInput } from './facts.js';
import { Provision, TextNode } from './text.js';
import { Citation } from './citation.js';

/**
 * A law or other enactment the regulation rests on (dayanak).
 *
 * @example
 * getRegulation('konak').legalBasis[0]
 * //=> { kind: 'kanun', number: '5393', name: 'Belediye Kanunu', articles: ['15/b', '18/m'], cites: ['art_3'] }
 */
export const LegalBasis = z.strictObject({
  kind: z.enum(['kanun', 'khk', 'yonetmelik', 'meclis-karari']),
  /** The enactment's number as printed (`5393`, `678`, `68`); absent where the text gives none. */
  number: z.string().min(1).optional(),
  name: z.string().optional(),
  date: IsoDate.optional(),
  /** Articles and bents as the text cites them (`15/b`, `18/m`). Empty when the whole enactment is cited. */
  articles: z.array(z.string()),
  /** The decision that adopted the enactment, as the text gives it, where it gives one. */
  decision: z.string().optional(),
  note: z.string().optional(),
  cites: Cites,
  ...reviewFields,
});
export type LegalBasis = z.infer<typeof LegalBasis>;

/**
 * When the regulation enters into force (yürürlük), and how the library knows.
 *
 * - `on-date`: the yürürlük article gives the date (`date`).
 * - `on-event`: the yürürlük article names an event (adoption, approval, publication). Where
 *   another provision dates that event, `date` holds it and `dateSource` says where it comes from
 *   (an inference); where the text shows the event happened but not when, `evidence` says how;
 *   otherwise the event is undated and the answer is `unknown`. `notBefore` is the earliest day
 *   the text allows (the day its own dayanak was adopted), where it gives one.
 *
 * @example
 * getRegulation('kocaeli').entryIntoForce.rule  //=> 'on-event'
 * getRegulation('konak').entryIntoForce.date    //=> '2016-10-10'
 */
/** The yürürlük schema, with the citations it takes (a draft's unwritten yürürlük has none). */
const entryIntoForce = (cites: z.ZodType<string[]>) => z.strictObject({
  rule: z.enum(['on-date', 'on-event']),
  date: IsoDate.optional(),
  /** The yürürlük rule in Turkish, as the answer states it. */
  condition: z.string().min(1),
  cites,
  /** Where the date comes from when the yürürlük article does not give it: the provisions and why. */
  dateSource: z.strictObject({ cites: Cites, note: z.string().min(1) }).optional(),
  /** How the text shows that the event happened when it does not date it (an e-signed OLUR). */
  evidence: z.string().min(1).optional(),
  notBefore: z.strictObject({ date: IsoDate, cites: Cites, note: z.string().min(1) }).optional(),
  /**
   * With `evidence`: the first day on which the package can show the event had happened (the day
   * it received the e-signed text). Before it, and from `notBefore` on, the answer is `unknown`.
   */
  evidentFrom: z.strictObject({ date: IsoDate, note: z.string().min(1) }).optional(),
  ...reviewFields,
})
  .refine((e) => !e.evidentFrom || e.evidence, { message: 'evidentFrom dates the evidence: it needs evidence' })
  .refine((e) => e.rule !== 'on-date' || (e.date !== undefined && !e.dateSource && !e.evidence), { message: 'on-date needs a date, and no dateSource or evidence' })
  .refine((e) => e.rule !== 'on-event' || e.date === undefined || e.dateSource !== undefined, { message: 'an on-event date must say where it comes from (dateSource)' })
  .refine((e) => !(e.evidence && e.date), { message: 'evidence is for an event the text does not date' })
  .refine((e) => !e.dateSource || e.date !== undefined, { message: 'dateSource says where a date comes from: it needs the date' });
export const EntryIntoForce = entryIntoForce(Cites);
export type EntryIntoForce = z.infer<typeof EntryIntoForce>;

/**
 * An earlier regulation this one repeals.
 *
 * @example
 * getRegulation('konak').repeals[0].decision
 * //=> '166/2012 Meclis No, 04.10.2012 tarih ve 186/2012 nolu Meclis Kararı'
 */
export const Repeal = z.strictObject({
  /** The repealed regulation's title, verbatim. */
  title: z.string().min(1),
  /** The decision that enacted it, verbatim. */
  decision: z.string().optional(),
  /** Set when the repealed regulation is itself encoded here. */
  regulation: Slug.optional(),
  cites: Cites,
  ...reviewFields,
});
export type Repeal = z.infer<typeof Repeal>;

/**
 * A source file of the regulation's text.
 *
 * @example
 * getRegulation('izmir').sources.map((s) => [s.file, s.role])
 * //=> [['source.txt', 'authoritative'], ['variant-000.txt', 'variant']]
 */
export const Source = z.strictObject({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The seed it was received as. */
  receivedAs: z.string(),
  role: z.enum(['authoritative', 'variant']),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * A place where two transcriptions of the same text differ.
 *
 * @example
 * getRegulation('izmir').variants?.filter((v) => v.changesMeaning).length  //=> 19
 */
export const Variant = z.strictObject({
  provision: z.string(),
  authoritative: z.string(),
  other: z.string(),
  changesMeaning: z.boolean(),
  note: z.string().optional(),
});
export type Variant = z.infer<typeof Variant>;

/**
 * A note on a verbatim oddity of the text (`[sic]`), never corrected in the text itself.
 *
 * @example
 * getRegulation('konak').sic?.find((s) => s.provision === 'art_3')?.reading  //=> '139/2006'
 */
export const SicNote = z.strictObject({
  provision: ProvisionId,
  reading: z.string().min(1),
  note: z.string().min(1),
});
export type SicNote = z.infer<typeof SicNote>;

/**
 * Who executes the regulation (yürütme): the actor the yürütme article names, on whose behalf where
 * it says so (`onBehalfOf`), and, for a joint executor ("Belediye Başkanı ve yetki verdiği
 * amirler", "Belediye Başkanı ve Destek Hizmetleri Müdürlüğü"), the others it names with them
 * (`jointWith`, `via: 'delegation'` for those acting by the first one's delegation). `wording` is
 * the article's own words for the executors, verbatim, where they say more than the names.
 *
 * @example
 * getRegulation('konak').executor  //=> { actor: 'belediye-baskani', cites: ['art_21'] }
 * // "Bu Yönetmelik hükümlerini Belediye Başkanı ve yetki verdiği amirler yürütür."
 * //=> { actor: 'belediye-baskani', jointWith: [{ actor: 'amirler', via: 'delegation' }], wording: 'Belediye Başkanı ve yetki verdiği amirler', cites: ['art_25__para_1'] }
 */
export const Executor = z.strictObject({
  actor: Slug,
  onBehalfOf: Slug.optional(),
  jointWith: z.array(z.strictObject({ actor: Slug, via: z.enum(['own', 'delegation']) })).min(1).optional(),
  wording: z.string().min(1).optional(),
  cites: Cites,
  ...reviewFields,
});
export type Executor = z.infer<typeof Executor>;

/** `regulation.yaml`: everything about the regulation that is not organisation, duty or rule. */
export const RegulationMetaInput = z.strictObject({
  id: Slug,
  title: z.string().min(1),
  /** `source` when the title is read from the text, `supplied` when the library wrote it. */
  titleSource: z.enum(['source', 'supplied']),
  titleNote: z.string().optional(),
  kind: z.enum(['yonetmelik', 'yonerge']),
  municipality: z.strictObject({
    name: z.string().min(1),
    kind: z.enum(['belediye', 'buyuksehir-belediyesi']),
    province: z.string().min(1),
  }),
  /** Names a user may type for the regulation (`Konak`). */
  aliases: z.array(z.string().min(1)).min(1),
  /** The unit the regulation governs. */
  organisation: Slug,
  summary: z.string().min(1),
  legalBasis: z.array(LegalBasis).min(1),
  adoption: z.strictObject({
    body: z.string().min(1),
    date: IsoDate.optional(),
    decision: z.string().optional(),
    /** How the text words the adoption, what it leaves undated, who signed the approval. */
    note: z.string().optional(),
    cites: Cites,
    ...reviewFields,
  }).optional(),
  entryIntoForce: EntryIntoForce,
  repeals: z.array(Repeal),
  executor: Executor,
  /**
   * The clause that sends matters the text does not cover to the legislation in force: its
   * provision id, or, as drafted by `mevzuat new`, `{ provision, review: pending, readFrom }`.
   */
  fallback: z.union([ProvisionId, z.strictObject({ provision: ProvisionId, ...reviewFields })]).optional(),
  sources: z.array(Source).min(1),
  variants: z.array(Variant).optional(),
  sic: z.array(SicNote).optional(),
});
export type RegulationMetaInput = z.infer<typeof RegulationMetaInput>;

/**
 * A reporting line as compiled: stated by the text (`explicit`), or an inference (`structural`):
 * derived from the unit tree, or authored with `inferred` and a note saying why.
 *
 * @example
 * getRegulation('konak').reporting.find((l) => l.from === 'mudur')
 * //=> { id: 'mudur-baskana-sorumlu', from: 'mudur', to: 'belediye-baskani', relation: 'accountable-to',
 * //     cites: ['art_8__para_1'], basis: 'explicit' }
 */
export const ReportingLine = ReportingLineInput.omit({ inferred: true }).extend({
  basis: z.enum(['explicit', 'structural']),
});
export type ReportingLine = z.infer<typeof ReportingLine>;

/**
 * A compiled regulation: what `getRegulation` returns. Built from `regulations/<id>/` at build
 * time, validated by the tests, deeply frozen at run time.
 */
export const Regulation = z.strictObject({
  ...RegulationMetaInput.shape,
  // a draft (`loadRegulationDir(dir, { draft: true })`) may leave these unwritten: the compiled
  // regulation then has no aliases, no dayanak, no executor, and a yürürlük that cites nothing and
  // answers `unknown`; a finished regulation always has them (regulation.yaml is checked for them)
  aliases: z.array(z.string().min(1)),
  legalBasis: z.array(LegalBasis),
  entryIntoForce: entryIntoForce(z.array(ProvisionId)),
  executor: Executor.optional(),
  /** The fallback clause's provision id (compiled from either form of `regulation.yaml`). */
  fallback: ProvisionId.optional(),
  /** `'pending'` when the fallback clause was drafted by `mevzuat new` and nobody has reviewed it. */
  fallbackReview: AnswerReview,
  /**
   * `'pending'` when at least one fact of the regulation is machine-drafted and not reviewed yet
   * (each such fact carries `review: 'pending'` itself); absent for a fully reviewed regulation.
   */
  review: AnswerReview,
  units: z.array(Unit),
  posts: z.array(Post),
  offices: z.array(Office),
  duties: z.array(DutyInput),
  reporting: z.array(ReportingLine),
  deputies: z.array(DeputyRuleInput),
  correspondence: z.array(CorrespondenceRuleInput),
  routing: z.array(RoutingStepInput),
  definitions: z.array(DefinitionInput),
  noFact: z.array(NoFact),
  /** The whole text, in order: title lines, parts with their articles, closing lines. */
  document: z.array(TextNode),
  /** Every article, in order (a view into `document`). */
  articles: z.array(TextNode),
  /** Every citable provision by id, in document order. */
  provisions: z.array(Provision),
});
export type Regulation = z.infer<typeof Regulation>;

/**
 * A duty as queries return it: holder resolved, verbatim text and citation attached.
 *
 * @example
 * dutiesOf('konak', 'Şef')[0]
 * //=> { id: 'sef-kararlara-uyma', regulation: 'konak-ozel-kalem', holder: { name: 'Şef', … },
 * //     text: 'Kararlara uyma,', citation: { label: 'm.9/a', … }, topics: ['compliance'] }
 */
export const Duty = z.strictObject({
  id: z.string(),
  regulation: z.string(),
  holder: ActorRef,
  text: z.string(),
  citation: Citation,
  topics: z.array(Topic),
  /** Set when the duty reaches the asked subject through an inclusion ("in addition to"). */
  via: z.strictObject({ actor: ActorRef, citation: Citation }).optional(),
  /** Why the duty is given to this holder, where the text does not name the holder in so many words. */
  note: z.string().optional(),
  /** `'pending'` when the duty (or its holder) was drafted by `mevzuat new` and nobody has reviewed it. */
  review: AnswerReview,
});
export type Duty = z.infer<typeof Duty>;

export { Relation };
