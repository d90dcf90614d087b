// The closed lists of values the schemas and the queries share, as plain frozen arrays: the query
// API reads these at run time without loading zod; the zod schemas are built from them.

/** Every duty topic, in a fixed order (see `Topic`). */
export const topicIds = /* @__PURE__ */ Object.freeze([
  'correspondence', 'documents', 'personnel', 'budget', 'procurement', 'assets', 'reporting',
  'coordination', 'representation', 'training', 'events', 'media', 'citizens', 'civil-society',
  'planning', 'safety', 'compliance', 'accountability', 'execution', 'archive', 'discipline',
  'handover', 'disclosure', 'residual', 'approval', 'approval-request',
] as const);

/** The Turkish name of each duty topic, as the CLI prints it and as `dutiesOf`'s `topic` accepts it. */
export const topicNames: Readonly<Record<(typeof topicIds)[number], string>> = /* @__PURE__ */ Object.freeze({
  correspondence: 'yazışma',
  documents: 'evrak',
  personnel: 'personel',
  budget: 'bütçe',
  procurement: 'satın alma',
  assets: 'taşınır ve varlık',
  reporting: 'raporlama',
  coordination: 'koordinasyon',
  representation: 'temsil',
  training: 'eğitim',
  events: 'etkinlik',
  media: 'basın ve yayın',
  citizens: 'vatandaş ilişkileri',
  'civil-society': 'sivil toplum',
  planning: 'planlama',
  safety: 'güvenlik',
  compliance: 'mevzuata uyum',
  accountability: 'bağlılık ve sorumluluk',
  execution: 'yürütme',
  archive: 'arşiv',
  discipline: 'disiplin ve ödül',
  handover: 'devir ve teslim',
  disclosure: 'bilgi verme',
  residual: 'verilecek diğer görevler',
  approval: 'onay',
  'approval-request': 'onaya sunma',
});

/** Classes of correspondence recipient (see `RecipientClass`). */
export const recipientClassIds = /* @__PURE__ */ Object.freeze(['inter-directorate', 'public-institution', 'private-party'] as const);

/**
 * Words a recipient may be given as, each with the class it belongs to: the classes themselves and
 * the Turkish names of the bodies that fall into them.
 */
export const recipientWords: readonly (readonly [word: string, cls: (typeof recipientClassIds)[number]])[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ [
  ['inter-directorate', 'inter-directorate'], ['public-institution', 'public-institution'], ['private-party', 'private-party'],
  ['valilik', 'public-institution'], ['kaymakamlık', 'public-institution'], ['bakanlık', 'public-institution'],
  ['büyükşehir', 'public-institution'], ['büyükşehir belediyesi', 'public-institution'], ['kamu', 'public-institution'],
  ['kamu kurumu', 'public-institution'], ['kamu kurum ve kuruluşları', 'public-institution'],
  ['müdürlükler arası', 'inter-directorate'], ['müdürlük', 'inter-directorate'], ['diğer müdürlükler', 'inter-directorate'], ['kurum içi', 'inter-directorate'],
  ['özel kişi', 'private-party'], ['tüzel kişi', 'private-party'], ['özel ve tüzel kişiler', 'private-party'], ['özel', 'private-party'], ['şahıs', 'private-party'], ['vatandaş', 'private-party'],
].map((w) => Object.freeze(w)) as (readonly [string, (typeof recipientClassIds)[number]])[]);
