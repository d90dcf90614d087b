import { z } from 'zod';
import { Citation } from './citation.js';
import { AnswerReview, Topic } from './common.js';
import { ActorRef } from './organisation.js';
import { RecipientClass, Relation } from './facts.js';
import { Duty } from './regulation.js';

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
  /** The text's words limiting which letters the signing rule covers ("gerekli görülen"), verbatim. */
  scope: z.string().optional(),
  signers: z.array(ActorRef.extend({ via: z.enum(['own', 'delegation']) })),
  /** The word between the signers as the text writes it, where it is not `veya` ("ve/veya", "ve"). */
  signersJoin: z.enum(['ve', 've/veya']).optional(),
  /** Each paraf holder, with the text's words narrowing it, verbatim ("yazıyı tanzim eden"). */
  paraf: z.array(ActorRef.extend({ qualifier: z.string().optional() })),
  /**
   * Who is charged with the correspondence, each with the condition the text puts on it and,
   * where the text limits what the charge covers (only replies, only "özellikli ve süreli"
   * correspondence, only what may be told to outsiders), those words, both verbatim.
   */
  responsible: z.array(ActorRef.extend({ scope: z.string().optional(), condition: z.string().optional() })),
  citations: z.array(Citation),
  fallback: Citation.optional(),
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
  explanation: z.string(),
});
export type WhoSignsAnswer = z.infer<typeof WhoSignsAnswer>;

/**
 * One upward line in a `reportsTo` answer. `structural` lines are inferences (from the unit tree,
 * or from what the text says elsewhere); `note` says what the reader should know about the line.
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
  note: z.string().optional(),
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
  citations: z.array(Citation),
});
export type ReportingLineAnswer = z.infer<typeof ReportingLineAnswer>;

/**
 * One step of a `chainOfCommand` answer: the actor (its `id`, `name`, `kind`, as before) and, for
 * every step after the first, `line`: the reporting line that links the step below to this one,
 * the same object `reportsTo` returns for the step below (relation, basis, condition, note,
 * citations). Where the step below reports to several parallel actors, none above the others
 * (Kocaeli's şeflik, attached to whichever of the three Şube Müdürlükleri it belongs to), the text
 * does not say which applies: the chain goes on from the nearest actor above all of them, `over`
 * lists those parallel actors, and `line` is an inference (basis `structural`) citing their lines,
 * with a note saying so.
 *
 * @example
 * const [sef, mudur] = chainOfCommand('konak', 'Şef');
 * sef.line                     //=> undefined (the first step)
 * mudur.name                   //=> 'Müdür'
 * mudur.line?.relation         //=> 'superior'
 * mudur.line?.citations[0].label  //=> 'm.4/g'
 */
export const ChainStep = ActorRef.extend({
  line: ReportingLineAnswer.optional(),
  over: z.array(ActorRef).optional(),
});
export type ChainStep = z.infer<typeof ChainStep>;

/**
 * The answer of `chainOfCommand`: the steps from the subject upward, each after the first with the
 * line that links it to the step below.
 *
 * @example
 * const a: ChainAnswer = chainOfCommand('konak', 'Şef');
 * a.map((s) => s.name)  //=> ['Şef', 'Müdür', 'Belediye Başkanı']
 */
export const ChainAnswer = z.array(ChainStep);
export type ChainAnswer = z.infer<typeof ChainAnswer>;

/**
 * The answer of `reportsTo`: the subject and every upward reporting line, with relation, basis, condition and citations.
 *
 * @example
 * const a: ReportsToAnswer = reportsTo('konak', 'Müdür');
 * a.lines.map((l) => [l.to.name, l.relation, l.basis])
 * //=> [['Belediye Başkanı', 'accountable-to', 'explicit'], ['Başkan vekili', 'attached-to', 'structural']]
 */
export const ReportsToAnswer = z.strictObject({
  regulation: z.string(),
  subject: ActorRef,
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
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
  /** `explicit` where the text makes someone act for the subject (vekâlet); else `not-regulated`. */
  status: z.enum(['explicit', 'not-regulated']),
  deputies: z.array(ActorRef),
  condition: z.string().optional(),
  /** What the text presupposes or leaves open (the Başkan vekili's appointment comes from outside the text). */
  note: z.string().optional(),
  /**
   * Who the text lets act when the subject is absent without making it vekâlet (Kocaeli m.6/f),
   * with the text's condition and the provision.
   */
  inAbsence: z.array(z.strictObject({ actor: ActorRef, condition: z.string().optional(), note: z.string().optional(), citation: Citation })),
  /**
   * Who the text has represent the subject in some matters, without making it vekâlet or tying it
   * to the subject's absence (İzmir m.8/l, m.10/j: "Müdürü temsilen toplantı … katılım sağlamak").
   * Present only where the text says so.
   */
  represents: z.array(z.strictObject({ actor: ActorRef, note: z.string().optional(), citation: Citation })).optional(),
  /**
   * Set when the subject is not a post one person holds, so vekâlet is not asked of it: a unit
   * (`kind: 'unit'`), or a collective body or an institution (`kind: 'body'`: Belediye Meclisi,
   * Encümen, Üst Yönetim). `head` is the post that heads the unit, where the data names one: ask
   * `deputyOf` for it. The answer is then `not-regulated`, `note` says why in Turkish, and no
   * fallback clause is cited (the question does not arise, so nothing is left to the legislation in force).
   */
  notAPost: z.strictObject({ kind: z.enum(['unit', 'body']), head: ActorRef.optional() }).optional(),
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
  citations: z.array(Citation),
  fallback: Citation.optional(),
});
export type DeputyAnswer = z.infer<typeof DeputyAnswer>;

/** One step of incoming-document handling (`havale`: assigning a document to whoever is to act on it). */
export const RoutingStepAnswer = z.strictObject({
  /** Absent where the text uses the passive voice ("kaydedilir") and names nobody. */
  actor: ActorRef.optional(),
  action: z.enum(['collect', 'register', 'file', 'forward', 'distribute', 'supervise']),
  /** To whom the document goes, where the text says so. */
  to: z.array(ActorRef).optional(),
  /** Those recipients as the text words them, verbatim, where its words narrow them ("maiyetindeki personel"). */
  toText: z.string().optional(),
  /** What the reader should know about the step: where the text allows two readings of it, both. */
  note: z.string().optional(),
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
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
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
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
  /** Set when the word asked is another name of the actor the term denotes ("Müdür" for "Mali Hizmetler Müdürü"). */
  note: z.string().optional(),
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
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
 * a.basis   //=> 'inferred' (from the Meclis decision date in m.3)
 */
export const InForceAnswer = z.strictObject({
  regulation: z.string(),
  status: z.enum(['in-force', 'not-yet-in-force', 'repealed', 'unknown']),
  /** ISO date (`YYYY-MM-DD`) from which the status holds, where it is known. */
  from: z.string().optional(),
  /**
   * How the answer knows: `stated` (the yürürlük article dates it), `inferred` (the date comes
   * from another provision: see `note`), `evident` (the text shows the event happened but not
   * when), `undated` (the event is neither dated nor shown to have happened), `repealed` (another
   * encoded regulation repeals it).
   */
  basis: z.enum(['stated', 'inferred', 'evident', 'undated', 'repealed']),
  /** The yürürlük rule in Turkish. */
  condition: z.string(),
  /** Where an inferred date comes from, what the text leaves open, and any [sic] on that provision. */
  note: z.string().optional(),
  /** Always: a repeal by a text outside this package cannot be seen. */
  caveat: z.string(),
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
  citations: z.array(Citation),
});
export type InForceAnswer = z.infer<typeof InForceAnswer>;

/** One duty question of an `about` answer: the duties of that topic, or `not-regulated` with the fallback clause. */
export const AboutDutiesItem = z.strictObject({
  /** `explicit` where the text gives at least one duty of the topic; else `not-regulated`. */
  status: z.enum(['explicit', 'not-regulated']),
  /** The topics the question is answered from (`budget`, `archive`…). */
  topics: z.array(Topic),
  /** Everyone the text gives such a duty, in text order. */
  holders: z.array(ActorRef),
  /** The duties, each with its holder, verbatim text and citation, in text order. */
  duties: z.array(Duty),
  /** `'pending'` when the answer rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
  citations: z.array(Citation),
  /** Where the text gives none: the clause sending what it does not cover to the legislation in force. */
  fallback: Citation.optional(),
});
export type AboutDutiesItem = z.infer<typeof AboutDutiesItem>;

/**
 * Who approves the annual programme and the sub-units' work (onay). `status`, `holders`, `duties`
 * and `citations` answer for the programme: the duties that approve a plan or a programme (topics
 * `approval` and `planning`); `not-regulated`, with the fallback clause, where the text names no
 * one. Beside that answer, never as it: the other approvals the text gives (İzmir m.7/ğ, the
 * sub-units' work) and the provisions that bear on approval without giving it (Kocaeli m.5/c, a
 * budget prepared and submitted for approval).
 */
export const AboutApprovalItem = AboutDutiesItem.extend({
  /** Approvals of other things than a plan or programme (topic `approval`), in text order. */
  otherApprovals: z.array(Duty),
  /** Duties that submit something for approval (topic `approval-request`): related provisions, not approvals. */
  related: z.array(Duty),
});
export type AboutApprovalItem = z.infer<typeof AboutApprovalItem>;

/** Who executes the regulation (the yürütme article). */
export const AboutExecutorItem = z.strictObject({
  status: z.enum(['explicit', 'not-regulated']),
  /** The executors the article names, the first one first. */
  executors: z.array(ActorRef.extend({ via: z.enum(['own', 'delegation']) })),
  /** On whose behalf the first executor acts, where the article says so. */
  onBehalfOf: ActorRef.optional(),
  /** The article's own words for the executors, verbatim, where they say more than the names. */
  wording: z.string().optional(),
  review: AnswerReview,
  citations: z.array(Citation),
  fallback: Citation.optional(),
});
export type AboutExecutorItem = z.infer<typeof AboutExecutorItem>;

/** The dayanak: the enactments the regulation rests on. */
export const AboutLegalBasisItem = z.strictObject({
  status: z.enum(['explicit', 'not-regulated']),
  bases: z.array(z.strictObject({
    kind: z.enum(['kanun', 'khk', 'yonetmelik', 'meclis-karari']),
    number: z.string().optional(),
    name: z.string().optional(),
    date: z.string().optional(),
    articles: z.array(z.string()),
    decision: z.string().optional(),
    note: z.string().optional(),
    review: AnswerReview,
    citations: z.array(Citation),
  })),
  review: AnswerReview,
  citations: z.array(Citation),
  fallback: Citation.optional(),
});
export type AboutLegalBasisItem = z.infer<typeof AboutLegalBasisItem>;

/** What the regulation repeals. */
export const AboutRepealsItem = z.strictObject({
  /** `explicit` where the text repeals an earlier text; else `not-regulated`. */
  status: z.enum(['explicit', 'not-regulated']),
  repeals: z.array(z.strictObject({
    /** The repealed text's title, verbatim. */
    title: z.string(),
    /** The decision that enacted it, verbatim. */
    decision: z.string().optional(),
    /** Set when the repealed regulation is itself encoded here. */
    regulation: z.string().optional(),
    review: AnswerReview,
    citations: z.array(Citation),
  })),
  review: AnswerReview,
  citations: z.array(Citation),
  fallback: Citation.optional(),
});
export type AboutRepealsItem = z.infer<typeof AboutRepealsItem>;

/**
 * The answer of `about`: the questions lawyers ask of a regulation as a whole, each answered with
 * the facts and their provisions, or `not-regulated` with the fallback clause where there is one.
 *
 * @example
 * const a: AboutAnswer = about('konak');
 * a.executor.executors.map((e) => e.name)  //=> ['Belediye Başkanı']
 * a.repeals.citations[0].label             //=> 'm.19'
 */
export const AboutAnswer = z.strictObject({
  regulation: z.string(),
  title: z.string(),
  /** Who executes the text (yürütme). */
  executor: AboutExecutorItem,
  /** Its dayanak. */
  legalBasis: AboutLegalBasisItem,
  /** The earlier texts it repeals. */
  repeals: AboutRepealsItem,
  /** Harcama yetkilisi, budget preparation and payments: duties of topic `budget`. */
  budget: AboutDutiesItem,
  /** Who keeps the archive: topic `archive`. */
  archive: AboutDutiesItem,
  /** Who gets the duties the text does not list ("verilecek diğer görevler"): topic `residual`. */
  residual: AboutDutiesItem,
  /** Discipline and reward: topic `discipline`. */
  discipline: AboutDutiesItem,
  /** Handing over files and zimmet when someone leaves: topic `handover`. */
  handover: AboutDutiesItem,
  /** Information to outsiders or the press: topic `disclosure`. */
  disclosure: AboutDutiesItem,
  /** Plans and programmes (the annual programme among them): topic `planning`. */
  planning: AboutDutiesItem,
  /** Who approves the annual programme, and the other approvals the text gives. */
  approval: AboutApprovalItem,
  /** `'pending'` when any item rests on a machine-drafted fact nobody has reviewed yet. */
  review: AnswerReview,
});
export type AboutAnswer = z.infer<typeof AboutAnswer>;
