import { z } from 'zod';
import { Cites, IsoDate, ProvisionId, Slug, Topic, reviewFields } from './common.js';
import { recipientClassIds } from './values.js';

/** A duty (görev) the text gives an actor. `excerpt`, when set, is the verbatim part of the provision that is this duty. */
export const DutyInput = z.strictObject({
  id: Slug,
  holder: Slug,
  cites: Cites,
  /** At least one, once reviewed; a drafted duty (`review: pending`) whose words name no topic clearly has none yet. */
  topics: z.array(Topic),
  excerpt: z.string().min(1).optional(),
  /** Why the duty is given to this holder, where the text does not name the holder in so many words. */
  note: z.string().optional(),
  ...reviewFields,
}).refine((d) => d.topics.length > 0 || d.review === 'pending', { message: 'a duty needs at least one topic (only a drafted duty pending review may have none yet)', path: ['topics'] });
export type DutyInput = z.infer<typeof DutyInput>;

/** `duties.yaml`. */
export const DutiesInput = z.strictObject({ duties: z.array(DutyInput) });

/**
 * How a subject stands to another actor above it.
 * - `attached-to`: "bağlı olarak çalışır" (works attached to)
 * - `accountable-to`: "karşı sorumludur" (is accountable to)
 * - `superior`: the other actor is the subject's amir ("amiridir", or the head of its unit)
 * - `supervised-by`: works under the other's oversight ("gözetimi ve denetimi altında")
 * - `tasked-by`: carries out the tasks the other gives ("… verdiği tüm görevleri … yerine getirmek"),
 *   without the text calling the other an amir
 *
 * @example
 * reportsTo('karsiyaka', 'Müdürlük').lines[0].relation  //=> 'attached-to'
 * reportsTo('karsiyaka', 'Müdür').lines[0].relation     //=> 'accountable-to'
 */
export const Relation = z.enum(['attached-to', 'accountable-to', 'superior', 'supervised-by', 'tasked-by']);
export type Relation = z.infer<typeof Relation>;

/** A reporting line the text states. */
export const ReportingLineInput = z.strictObject({
  id: Slug,
  from: Slug,
  to: Slug,
  relation: Relation,
  /** When the line only holds under a condition, that condition as the text words it. */
  condition: z.string().optional(),
  cites: Cites,
  /** What the reader should know about the line (a qualifier such as "öncelikle", what the text leaves open). */
  note: z.string().optional(),
  /**
   * True when the line is an inference, not a sentence of the text (the Başkan Yardımcısı is below
   * the Belediye Başkanı who authorises him): compiled with basis `structural`; `note` says why.
   */
  inferred: z.literal(true).optional(),
  ...reviewFields,
});
export type ReportingLineInput = z.infer<typeof ReportingLineInput>;

/**
 * Who acts for an actor (vekalet) and when.
 *
 * @example
 * getRegulation('konak').deputies[0]
 * //=> { id: 'sef-mudure-vekalet-eder', for: 'mudur', deputies: ['sef'],
 * //     condition: 'Müdürün herhangi bir sebeple bulunmadığı zamanlarda', cites: ['art_9__point_t'] }
 */
export const DeputyRuleInput = z.strictObject({
  id: Slug,
  for: Slug,
  deputies: z.array(Slug).min(1),
  condition: z.string().optional(),
  /**
   * `vekalet` (default): the text makes the deputies act for the subject. `in-absence`: the text
   * lets them act when the subject is absent without calling it vekâlet (Kocaeli m.6/f: "üst
   * amirlerin bulunmadığı olaylarda inisiyatif alarak sevk ve idareyi gerçekleştirmek").
   * `represents`: the text has them represent the subject in some matters, neither calling it
   * vekâlet nor tying it to the subject's absence (İzmir m.8/l: "Müdürü temsilen toplantı, kongre
   * ve eğitim etkinliklerine katılım sağlamak").
   */
  kind: z.enum(['vekalet', 'in-absence', 'represents']).optional(),
  /** What the text presupposes or leaves open (who appoints the Başkan vekili). */
  note: z.string().optional(),
  cites: Cites,
  ...reviewFields,
});
export type DeputyRuleInput = z.infer<typeof DeputyRuleInput>;

/**
 * Classes of correspondence recipient.
 *
 * @example
 * (['inter-directorate', 'public-institution', 'private-party'] as RecipientClass[])
 *   .map((r) => whoSigns('karsiyaka', r).status)  //=> ['responsible-only', 'explicit', 'responsible-only']
 */
export const RecipientClass = z.enum(recipientClassIds);
export type RecipientClass = z.infer<typeof RecipientClass>;

/**
 * A correspondence rule. `paraf`: the initials placed on a draft by the official who prepared or
 * checked it, before the signer signs. A rule with `signers` names who signs (`explicit`); one with
 * only `responsible` charges someone with conducting the correspondence (`responsible-only`).
 *
 * @example
 * getRegulation('konak').correspondence[0]
 * //=> { id: 'mudurlukler-arasi-yazismalar', recipients: ['inter-directorate'],
 * //     signers: [{ actor: 'mudur', via: 'own' }], paraf: [], responsible: [], cites: ['art_14__point_a'], … }
 */
export const CorrespondenceRuleInput = z.strictObject({
  id: Slug,
  recipients: z.array(RecipientClass).min(1),
  /** The recipients as the text lists them, verbatim. */
  recipientText: z.string().optional(),
  /** Words of the text that limit which correspondence the rule covers, verbatim ("gerekli görülen"). */
  scope: z.string().optional(),
  /** A condition the text puts on the rule, verbatim ("Müdürden gelen talimatlar doğrultusunda"). */
  condition: z.string().optional(),
  signers: z.array(z.strictObject({ actor: Slug, via: z.enum(['own', 'delegation']) })),
  /**
   * The word the text puts between the signers, as written: `veya` (the default, "Belediye
   * Başkanı veya yetki verdiği Başkan Yardımcısı"), `ve`, or `ve/veya` — kept, never read as `veya`.
   */
  signersJoin: z.enum(['veya', 've', 've/veya']).optional(),
  paraf: z.array(Slug),
  /**
   * The text's words narrowing a paraf holder, verbatim ("yazıyı tanzim eden" personel, "sorumlu"
   * personel): the paraf is that holder's only as so qualified.
   */
  parafQualifiers: z.array(z.strictObject({ actor: Slug, qualifier: z.string().min(1) })).optional(),
  responsible: z.array(Slug),
  cites: Cites,
  ...reviewFields,
}).refine((r) => r.signers.length > 0 || r.responsible.length > 0, { message: 'a correspondence rule names signers or someone responsible' });
export type CorrespondenceRuleInput = z.infer<typeof CorrespondenceRuleInput>;

/**
 * One step in handling incoming documents. `havale`: assigning an incoming document to the
 * person or unit that is to act on it.
 *
 * @example
 * getRegulation('konak').routing[1]
 * //=> { id: 'mudur-havale-eder', actor: 'mudur', action: 'distribute', to: ['personel'], cites: ['art_15'] }
 */
export const RoutingStepInput = z.strictObject({
  id: Slug,
  /** Absent where the text uses the passive voice and names nobody. */
  actor: Slug.optional(),
  action: z.enum(['collect', 'register', 'file', 'forward', 'distribute', 'supervise']),
  /** To whom the document goes (forwarded to, assigned to), where the text says so. */
  to: z.array(Slug).min(1).optional(),
  /**
   * Those recipients as the text words them, verbatim, where its words narrow the actor
   * (Kocaeli m.7/h "maiyetindeki personel": the Şef's own staff, not all Personel).
   */
  toText: z.string().min(1).optional(),
  /** What the reader should know about the step: where the text allows two readings of it, both. */
  note: z.string().optional(),
  cites: Cites,
  ...reviewFields,
}).refine((r) => !r.toText || r.to, { message: 'toText words the recipients in `to`: give `to` too', path: ['toText'] });
export type RoutingStepInput = z.infer<typeof RoutingStepInput>;

/**
 * A term of the Tanımlar article. `meaning` is verbatim from the cited provision: the term's
 * meaning only, without the list's closing verb ("… ifade eder", "… tanımlar").
 *
 * @example
 * getRegulation('kocaeli').definitions.find((d) => d.term === 'Üst Yönetim')?.meaning
 * //=> 'Kocaeli Büyükşehir Belediyesi Başkanı, Genel Sekreteri ve Genel Sekreter Yardımcılarını'
 */
export const DefinitionInput = z.strictObject({
  id: Slug,
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  meaning: z.string().min(1),
  /** The actor the term denotes, where it denotes one. */
  actor: Slug.optional(),
  cites: Cites,
  ...reviewFields,
});
export type DefinitionInput = z.infer<typeof DefinitionInput>;

/** `rules.yaml`. */
export const RulesInput = z.strictObject({
  reporting: z.array(ReportingLineInput),
  deputies: z.array(DeputyRuleInput),
  correspondence: z.array(CorrespondenceRuleInput),
  routing: z.array(RoutingStepInput),
  definitions: z.array(DefinitionInput),
});
export type RulesInput = z.infer<typeof RulesInput>;

/** A provision deliberately marked as carrying no fact, with the reason. */
export const NoFact = z.strictObject({
  provision: ProvisionId,
  reason: z.string().min(1),
});

/** `coverage.yaml`. */
export const CoverageInput = z.strictObject({ noFact: z.array(NoFact) });

export { IsoDate };
