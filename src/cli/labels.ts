// Every Turkish word the CLI and the REPL print for a status, basis, relation, action or topic: in one
// place, each matched exhaustively so a new enum value fails the typecheck here.
import { match } from 'ts-pattern';
import type {
  DeputyAnswer, InForceAnswer, RecipientClass, Regulation, Relation, ReportingLineAnswer,
  RoutingAnswer, Topic, WhoSignsAnswer,
} from '../index.js';
import { topicNames } from '../index.js';

type Status = WhoSignsAnswer['status'] | DeputyAnswer['status'] | RoutingAnswer['status'];

/** How an answer stands in the text: `explicit` → "açık hüküm"… */
export const statusTr = (s: Status): string => match(s)
  .with('explicit', () => 'açık hüküm')
  .with('responsible-only', () => 'yalnızca sorumlu belirtilmiş')
  .with('not-regulated', () => 'düzenlenmemiş')
  .exhaustive();

/** Whether a reporting line is stated or inferred. */
export const basisTr = (b: ReportingLineAnswer['basis']): string => match(b)
  .with('explicit', () => 'açık hüküm')
  .with('structural', () => 'yapıdan çıkarım')
  .exhaustive();

/** A reporting relation, read as "<other>: …" of the subject: "bağlı olarak çalışır", "karşı sorumludur", "amiri". */
export const relationTr = (r: Relation): string => match(r)
  .with('attached-to', () => 'bağlı olarak çalışır')
  .with('accountable-to', () => 'karşı sorumludur')
  .with('superior', () => 'amiri')
  .with('supervised-by', () => 'gözetimi ve denetimi altında çalışır')
  .with('tasked-by', () => 'verdiği görevleri yerine getirir')
  .exhaustive();

/** A recipient class, as a table cell or heading. */
export const recipientTr = (r: RecipientClass): string => match(r)
  .with('inter-directorate', () => 'müdürlükler arası')
  .with('public-institution', () => 'kamu kurum ve kuruluşları')
  .with('private-party', () => 'özel ve tüzel kişiler')
  .exhaustive();

/** A step of incoming-document handling, as a verb. */
export const actionTr = (a: RoutingAnswer['steps'][number]['action']): string => match(a)
  .with('collect', () => 'toplar')
  .with('register', () => 'kaydeder')
  .with('file', () => 'dosyalar')
  .with('forward', () => 'iletir')
  .with('distribute', () => 'havale eder')
  .with('supervise', () => 'takip ve kontrol eder')
  .exhaustive();

/** A step of incoming-document handling in the passive, where the text names nobody: "kaydedilir". */
export const actionPassiveTr = (a: RoutingAnswer['steps'][number]['action']): string => match(a)
  .with('collect', () => 'toplanır')
  .with('register', () => 'kaydedilir')
  .with('file', () => 'dosyalanır')
  .with('forward', () => 'iletilir')
  .with('distribute', () => 'havale edilir')
  .with('supervise', () => 'takip ve kontrol edilir')
  .exhaustive();

/** Who a step's document goes to, as a label: "havale edilen", "iletilen". */
export const actionToTr = (a: RoutingAnswer['steps'][number]['action']): string => match(a)
  .with('forward', () => 'iletilen')
  .with('distribute', () => 'havale edilen')
  .with('collect', 'register', 'file', 'supervise', () => 'ilgili')
  .exhaustive();

/** How an in-force answer knows what it says. */
export const inForceBasisTr = (b: InForceAnswer['basis']): string => match(b)
  .with('stated', () => 'tarih yürürlük maddesinde')
  .with('inferred', () => 'tarih başka bir maddeden çıkarıldı')
  .with('evident', () => 'koşul gerçekleşmiş, tarihi metinde yok')
  .with('undated', () => 'koşulun gerçekleştiği metinden anlaşılmıyor')
  .with('repealed', () => 'başka bir düzenlemeyle kaldırıldı')
  .exhaustive();

/** The in-force status, as a headline. */
export const inForceTr = (s: InForceAnswer['status']): string => match(s)
  .with('in-force', () => 'yürürlükte')
  .with('not-yet-in-force', () => 'henüz yürürlükte değil')
  .with('repealed', () => 'yürürlükten kaldırılmış')
  .with('unknown', () => 'bilinmiyor')
  .exhaustive();

/** The kind of regulation. */
export const regulationKindTr = (k: Regulation['kind']): string => match(k)
  .with('yonetmelik', () => 'yönetmelik')
  .with('yonerge', () => 'yönerge')
  .exhaustive();

/** A duty topic in Turkish (`--topic` also accepts these): the library's own `topicNames`. */
export const topicTr = (t: Topic): string => topicNames[t];

/** The fixed words of the interface. */
export const words = {
  basis: 'Dayanak',
  fallback: 'hüküm bulunmayan haller',
  condition: 'koşul',
  signers: 'İmza',
  paraf: 'Paraf',
  responsible: 'Sorumlu',
  scope: 'Kapsam',
  note: 'not',
  status: 'Durum',
  noActor: 'metin kimseyi adlandırmıyor',
  suppliedTitle: 'başlık metinde yok; kütüphanece verildi',
  regulation: 'Mevzuat',
  review: 'İnceleme',
  /** Beside a fact or answer that rests on a machine-drafted, unreviewed fact. */
  pending: 'gözden geçirilmemiş',
  pendingAnswer: 'gözden geçirilmemiş: bu cevap, metinden otomatik çıkarılmış ve henüz bir kişinin hükümle karşılaştırmadığı olgulara dayanır',
} as const;
