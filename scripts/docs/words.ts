/**
 * Turkish names for every enum the pages show. Typed as Records so a new enum value fails the
 * typecheck until it has its Turkish name.
 */
import { recipientClassIds } from '../../src/schema/values.js';
import type { ActorRef, InForceAnswer, LegalBasis, RecipientClass, Regulation, Relation, RoutingAnswer, Topic, UnitKind, WhoSignsAnswer } from '../../src/index.js';

/** Turkish names of the duty topics. */
export const topicTr: Record<Topic, string> = {
  correspondence: 'Yazışma',
  documents: 'Evrak ve arşiv',
  personnel: 'Personel',
  budget: 'Bütçe ve harcama',
  procurement: 'Satın alma',
  assets: 'Taşınır ve malzeme',
  reporting: 'Raporlama',
  coordination: 'Koordinasyon',
  representation: 'Temsil ve protokol',
  training: 'Eğitim',
  events: 'Etkinlik ve organizasyon',
  media: 'Basın, yayın ve sosyal medya',
  citizens: 'Vatandaş ilişkileri',
  'civil-society': 'Sivil toplum',
  planning: 'Planlama ve program',
  safety: 'Güvenlik ve sivil savunma',
  compliance: 'Mevzuata uygunluk',
  accountability: 'Bağlılık ve sorumluluk',
  execution: 'Yürütme',
  archive: 'Arşiv',
  discipline: 'Disiplin ve ödül',
  handover: 'Devir ve teslim',
  disclosure: 'Bilgi verme',
  residual: 'Verilecek diğer görevler',
  approval: 'Onay',
  'approval-request': 'Onaya sunma',
};

export const kindTr: Record<Regulation['kind'], string> = { yonetmelik: 'Yönetmelik', yonerge: 'Yönerge' };
export const municipalityKindTr: Record<Regulation['municipality']['kind'], string> = { belediye: 'Belediye', 'buyuksehir-belediyesi': 'Büyükşehir belediyesi' };
export const basisKindTr: Record<LegalBasis['kind'], string> = { kanun: 'Kanun', khk: 'Kanun hükmünde kararname', yonetmelik: 'Yönetmelik', 'meclis-karari': 'Meclis kararı' };
export const unitKindTr: Record<UnitKind, string> = {
  'daire-baskanligi': 'Daire Başkanlığı', mudurluk: 'Müdürlük', 'sube-mudurlugu': 'Şube Müdürlüğü', seflik: 'Şeflik',
  birim: 'Birim', masa: 'Masa', merkez: 'Merkez', ofis: 'Ofis', hat: 'Hat',
};
/**
 * A reporting line as a Turkish sentence about its two sides, for the tables whose columns are
 * "Ast | Üst | İlişki": a line always runs from the ast (its `from`) to the üst (its `to`), and the
 * sentence says what the one is to the other ("Üst, astın amiridir"), never with the sides swapped.
 */
export const relationTr: Record<Relation, string> = {
  'attached-to': 'Ast, üste bağlı olarak çalışır.',
  'accountable-to': 'Ast, üste karşı sorumludur.',
  superior: 'Üst, astın amiridir.',
  'supervised-by': 'Ast, üstün gözetimi ve denetimi altında çalışır.',
  'tasked-by': 'Üst, asta görev verir; ast bu görevleri yerine getirir.',
};

/** What the üst of a line is to its ast, as a label before the üst's name: "Amiri: Müdür". */
export const superiorAsTr: Record<Relation, string> = {
  'attached-to': 'Bağlı olduğu', 'accountable-to': 'Karşı sorumlu olduğu', superior: 'Amiri',
  'supervised-by': 'Gözetimi ve denetimi altında çalıştığı', 'tasked-by': 'Görev veren',
};

/** The column headers of every table of reporting lines. */
export const LINE_COLUMNS = ['Ast', 'Üst', 'İlişki'] as const;
export const statusTr: Record<InForceAnswer['status'], string> = {
  'in-force': 'Yürürlükte', 'not-yet-in-force': 'Henüz yürürlükte değil', repealed: 'Yürürlükten kaldırılmış', unknown: 'Belirsiz: yürürlük tarihi metinde yok',
};
/** Recipient classes as the pages name them. */
export const recipientTr: Record<RecipientClass, string> = {
  'inter-directorate': 'Diğer müdürlükler (belediye içi)',
  'public-institution': 'Kamu kurum ve kuruluşları',
  'private-party': 'Özel ve tüzel kişiler',
};
export const signStatusTr: Record<WhoSignsAnswer['status'], string> = { explicit: 'Düzenlenmiş', 'responsible-only': 'Yalnızca sorumlu belirtilmiş', 'not-regulated': 'Düzenlenmemiş' };
export const actionTr: Record<RoutingAnswer['steps'][number]['action'], string> = {
  collect: 'toplar', register: 'kaydeder', file: 'dosyalar', forward: 'iletir', distribute: 'havale eder', supervise: 'denetler',
};
export const actorKindTr: Record<ActorRef['kind'], string> = { unit: 'Birim', post: 'Kadro', office: 'Makam' };
export const actorDir: Record<ActorRef['kind'], string> = { unit: 'birim', post: 'kadro', office: 'makam' };

/** The recipient classes `whoSigns` answers for, in schema order. */
export const recipientClasses = recipientClassIds as readonly RecipientClass[];
