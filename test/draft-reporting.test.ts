// draftFacts, reporting lines: the formulas read since issue 18's reporting pass (the head of a
// unit, the amir, "bağlı olduğu …", "… tarafından verilen görevleri", "ve bu şefliğe bağlı çalışan
// …", a condition opening the clause, the subject of the sentence before), each with sentences it
// must read and near-misses it must refuse; and the statements of a duty list that are not duties.
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../src/author/facts/index.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';

function draft(raw: string) {
  return draftFacts({ id: 'deneme', text: compileText(parseRegulationText(raw).nodes) });
}

/** A small regulation around the given articles (title lines naming the unit first). */
const reg = (...articles: string[]) => ['T.C.', 'GEBZE BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ', '', ...articles.flatMap((a) => [a, ''])].join('\n');

const lines = (f: ReturnType<typeof draft>) => f.rules.reporting.map((r) => [r.from, r.to, r.relation, r.cites[0]]);

/** The Müdür's duty list, one point per sentence given. */
const mudur = (...points: string[]) => [
  'Müdürün görev, yetki ve sorumlulukları',
  'MADDE 1- (1) Müdürün görevleri şunlardır:',
  ...points.map((p, i) => `${'abcçdefgğh'[i]}) ${p}`),
].join('\n');

describe('reporting lines: the head of a unit and the amir', () => {
  it('"… Müdürlüğünün yönetiminde tam yetkili ve sorumlu olan kişidir", "Müdürlüğün yönetiminden sorumludur": the unit has the Müdür at its head', () => {
    const f = draft(reg(mudur(
      'Müdür, Yazı İşleri Müdürlüğünün yönetiminde tam yetkili ve sorumlu olan kişidir.',
      'Müdürlüğün yönetiminden sorumludur.',
    )));
    expect(lines(f)).toEqual([
      ['yazi-isleri-mudurlugu', 'mudur', 'superior', 'art_1__para_1__point_a'],
      ['yazi-isleri-mudurlugu', 'mudur', 'superior', 'art_1__para_1__point_b'],
    ]);
    expect(f.rules.reporting[0]!.readFrom).toBe('Müdür, Yazı İşleri Müdürlüğünün yönetiminde tam yetkili ve sorumlu olan kişidir');
  });

  it('refuses the management of what is not a unit, a negation, and a post said to head a post', () => {
    const f = draft(reg(mudur(
      'Arşivin yönetiminden sorumludur.',
      'Müdürlüğün yönetiminden sorumlu değildir.',
      'Şefin yönetiminden sorumludur.',
    )));
    expect(f.rules.reporting).toEqual([]);
    expect(f.todos.map((t) => t.provision)).toContain('art_1__para_1__point_c');
  });

  it('"Müdürlük bünyesinde görevli tüm personelin amiridir": the personnel are under the Müdür, whom the unit a postposition follows does not replace', () => {
    const f = draft(reg(mudur('Müdürlük bünyesinde görevli tüm personelin amiridir.')));
    expect(lines(f)).toEqual([['personel', 'mudur', 'superior', 'art_1__para_1__point_a']]);
  });

  it('refuses a capacity ("disiplin amiri", "sicil amiri") and an amir with no one named', () => {
    const f = draft(reg(mudur(
      'Müdürlük personelinin disiplin amiridir.',
      'Personelin sicil ve disiplin amiridir.',
      'Evrakın korunmasından görevli personel ve ilgili amiri sorumludur.',
    )));
    expect(f.rules.reporting).toEqual([]);
  });
});

describe('reporting lines in a duty list: "bağlı olduğu …", "… tarafından verilen görevleri"', () => {
  const sef = (...points: string[]) => [
    'Şefin görev, yetki ve sorumlulukları',
    'MADDE 1- (1) Şefin görevleri şunlardır:',
    ...points.map((p, i) => `${'abcçdefgğh'[i]}) ${p}`),
  ].join('\n');

  it('"… ihtiyacını tespit ederek, bağlı olduğu Müdüre bildirmek": the holder is attached to the Müdür', () => {
    const f = draft(reg(sef('Büronun ihtiyacını tespit ederek, bağlı olduğu Müdüre bildirmek.')));
    expect(lines(f)).toEqual([['sef', 'mudur', 'attached-to', 'art_1__para_1__point_a']]);
    expect(f.rules.reporting[0]!.readFrom).toBe('bağlı olduğu Müdüre');
  });

  it('an attachment a genitive makes someone else\'s is not the holder\'s; a müdür the text does not single out is refused', () => {
    const f = draft(reg(
      sef('Müdürlüğün bağlı bulunduğu Başkan Yardımcısının onayını almak.', 'Personelin bağlı olduğu Müdüre bilgi vermek.'),
      'Şube Müdürünün görev, yetki ve sorumlulukları',
      'MADDE 2- (1) Şube Müdürünün görevleri şunlardır:',
      'a) Bağlı olduğu müdüre bilgi vermek.',
    ));
    // the Müdürlük's own line, not the Şef's
    expect(lines(f)).toEqual([['yazi-isleri-mudurlugu', 'baskan-yardimcisi', 'attached-to', 'art_1__para_1__point_a']]);
    expect(f.todos.map((t) => t.message)).toContainEqual(expect.stringMatching(/^Bağlı olunan amir belirsiz/));
  });

  it('"Müdür tarafından verilen diğer görevleri yapmak": tasked by the actor in the nominative; not a power, not an unknown agent', () => {
    const f = draft(reg(sef(
      'Müdür tarafından verilen diğer görevleri yapmak.',
      'Belediye Başkanı tarafından verilen yetki ile evrakı imzalamak.',
      'Üstleri tarafından verilen diğer görevleri yapmak.',
    )));
    expect(lines(f)).toEqual([['sef', 'mudur', 'tasked-by', 'art_1__para_1__point_a']]);
  });

  it('"Üst Yönetim", "Üst Yönetici" and "Başkan Vekili" are offices the book knows once the text names them', () => {
    const f = draft(reg(sef(
      'Üst Yönetim tarafından verilen diğer görevleri yapmak.',
      'Üst Yöneticinin verdiği işleri yapmak.',
      'Başkan Vekilinin verdiği görevleri yapmak.',
    )));
    expect(lines(f)).toEqual([
      ['sef', 'ust-yonetim', 'tasked-by', 'art_1__para_1__point_a'],
      ['sef', 'ust-yonetici', 'tasked-by', 'art_1__para_1__point_b'],
      ['sef', 'baskan-vekili', 'tasked-by', 'art_1__para_1__point_c'],
    ]);
    expect(f.organisation.offices.map((o) => o.id)).toEqual(expect.arrayContaining(['ust-yonetim', 'ust-yonetici', 'baskan-vekili']));
  });
});

describe('reporting lines: the demonstrative, the condition, the subject of the sentence before', () => {
  it('"Arşiv Şefliği ve bu şefliğe bağlı çalışan Arşiv Personelini": the personnel are attached to that şeflik', () => {
    const f = draft(reg(
      'Teşkilat',
      'MADDE 1- (1) Müdürlüğün teşkilat yapısı;',
      'a) Müdür,',
      'b) Arşiv Şefliği ve bu şefliğe bağlı çalışan Arşiv Personelini,',
      'c) Kalem Şefliği ve bu birime bağlı çalışan Kalem Personelini kapsar.',
    ));
    // each şeflik the Teşkilat list names is the Müdürlük's (see test/draft-attachment.test.ts)
    expect(lines(f)).toEqual([
      ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'attached-to', 'art_1__para_1__point_b'],
      ['kalem-sefligi', 'yazi-isleri-mudurlugu', 'attached-to', 'art_1__para_1__point_c'],
      ['arsiv-personeli', 'arsiv-sefligi', 'attached-to', 'art_1__para_1__point_b'],
    ]);
    expect(f.organisation.posts.find((p) => p.id === 'arsiv-personeli')?.name).toBe('Arşiv Personeli');
    // the refused reading of c) ("bu birime") draws no line: the Kalem Şefliği is only what the Teşkilat list makes it, a unit of the Müdürlük
    expect(f.rules.reporting.filter((r) => r.cites.includes('art_1__para_1__point_c')).map((r) => [r.from, r.to])).toEqual([['kalem-sefligi', 'yazi-isleri-mudurlugu']]);
    expect(f.organisation.units.find((u) => u.id === 'kalem-sefligi')?.cites ?? ['art_1__para_1__point_c']).toEqual(['art_1__para_1__point_c']);
  });

  it('a condition opening the clause is the line\'s; a sentence with no subject has the one before it', () => {
    const f = draft(reg(
      'Bağlılık',
      'MADDE 1- (1) Müdürlük, Belediye Başkanına bağlı olarak çalışır. Belediye Başkanının görevi başında bulunmadığı durumda Başkan Vekiline bağlı olarak çalışmalarını yürütür.',
    ));
    expect(f.rules.reporting.map((r) => [r.from, r.to, r.relation, r.condition])).toEqual([
      ['yazi-isleri-mudurlugu', 'belediye-baskani', 'attached-to', undefined],
      ['yazi-isleri-mudurlugu', 'baskan-vekili', 'attached-to', 'Belediye Başkanının görevi başında bulunmadığı durumda'],
    ]);
  });

  it('refuses a condition in a later clause, a manner ("işbirliği halinde"), and a subject carried into a sentence that goes on', () => {
    const f = draft(reg(
      'Bağlılık',
      'MADDE 1- (1) Müdürlük, Başkan Yardımcısına bağlıdır ve Başkanın bulunmadığı durumlarda Başkan Vekiline bağlıdır.',
      'MADDE 2- (1) Müdürlük, Başkan Yardımcısına bağlı olarak çalışır. Başkan Vekiline bağlı olarak çalışmalarını diğer birimlerle uyum içinde yürüten personel görevlendirilir.',
    ));
    expect(lines(f)).toEqual([
      ['yazi-isleri-mudurlugu', 'baskan-yardimcisi', 'attached-to', 'art_1__para_1'],
      ['yazi-isleri-mudurlugu', 'baskan-yardimcisi', 'attached-to', 'art_2__para_1'],
    ]);
    expect(f.todos.map((t) => t.message)).toContainEqual(expect.stringMatching(/^Koşullu bağlılık cümlesi okunamadı/));
  });

  it('"Belediye Başkanına ve mevzuatla belirlenmiş makamlara karşı sorumludur": the known actor is read, the rest left to a person', () => {
    const f = draft(reg(mudur('Müdürlüğün görevlerinin yerine getirilmesinden, Belediye Başkanına ve mevzuatla belirlenmiş makamlara karşı sorumludur.')));
    expect(lines(f)).toEqual([['mudur', 'belediye-baskani', 'accountable-to', 'art_1__para_1__point_a']]);
    expect(f.todos.map((t) => t.message)).toContainEqual(expect.stringContaining('mevzuatla belirlenmiş makamlara'));
  });

  it('refuses a list whose unknown member comes first, and one whose unknown member is in another case', () => {
    const f = draft(reg(mudur(
      'Taşınır Kontrol Yetkilisi ve Müdüre karşı sorumludur.',
      'Belediye Başkanına ve mevzuatın hükümleri karşı sorumludur.',
    )));
    expect(f.rules.reporting.filter((r) => r.to === 'belediye-baskani' || r.to === 'mudur')).toEqual([]);
  });
});

describe('reporting lines: the chapeau, the command, the unit\'s own attachment', () => {
  it('"Şef, Müdüre karşı sorumlu olarak aşağıdaki görevleri yapar:": the chapeau names the holder and states its line', () => {
    const f = draft(reg(
      'Şefin görevleri',
      'MADDE 1- (1) Şef, Müdüre karşı sorumlu olarak aşağıdaki görevleri yapar:',
      'a) Evrakı kaydetmek.',
      'b) Arşivi düzenlemek.',
    ));
    expect(f.duties.map((x) => [x.holder, x.cites[0]])).toEqual([['sef', 'art_1__para_1__point_a'], ['sef', 'art_1__para_1__point_b']]);
    expect(lines(f)).toEqual([['sef', 'mudur', 'accountable-to', 'art_1__para_1']]);
  });

  it('"Müdürün emri altında çalışır": the Müdür is the holder\'s amir; not "emri altındaki", not an order', () => {
    const f = draft(reg(
      'Şefin görev, yetki ve sorumlulukları',
      'MADDE 1- (1) Şefin görevleri şunlardır:',
      'a) Müdürün emri altında çalışır.',
      'b) Müdürün emri altındaki personelin izinlerini izlemek.',
      'c) Müdürün emri ile evrakı dağıtmak.',
    ));
    expect(lines(f)).toEqual([['sef', 'mudur', 'superior', 'art_1__para_1__point_a']]);
  });

  it('"Başkan Yardımcısı: Yazı İşleri Müdürlüğünün bağlı bulunduğu Başkan Yardımcısını": the unit\'s own line, from its Tanımlar; not another unit\'s', () => {
    const f = draft(reg(
      'Tanımlar',
      'MADDE 1- (1) Bu Yönetmelikte geçen;',
      'a) Başkan Yardımcısı: Gebze Belediyesi Yazı İşleri Müdürlüğünün bağlı bulunduğu Başkan Yardımcısını,',
      'b) Müdürlük: Yazı İşleri Müdürlüğünü ifade eder.',
      'Personel',
      'MADDE 2- (1) İnsan Kaynakları ve Eğitim Müdürlüğünün bağlı bulunduğu Başkan Yardımcısının onayı ile personel görevlendirilir.',
    ));
    expect(lines(f)).toEqual([['yazi-isleri-mudurlugu', 'baskan-yardimcisi', 'attached-to', 'art_1__para_1__point_a']]);
    expect(f.rules.reporting[0]!.readFrom).toBe('Gebze Belediyesi Yazı İşleri Müdürlüğünün bağlı bulunduğu Başkan Yardımcısını');
  });
});

describe('reporting lines: the units a post has under it', () => {
  it('"Arşiv Şefliği ve Kalem Şefliği kendisine bağlı birimlerdir": each is attached to the holder; a last member the book does not know is left to a person', () => {
    const f = draft(reg(
      'Teşkilat', 'MADDE 1- (1) Müdürlüğün teşkilatı şunlardır:', 'a) Arşiv Şefliği,', 'b) Kalem Şefliği,', 'c) Büro Şefliği.',
      mudur('Arşiv Şefliği ve Kalem Şefliği kendisine bağlı birimlerdir.', 'Büro Şefliği ve alt kadrolar kendisine bağlı birimlerdir.').replace(/MADDE 1-/, 'MADDE 2-'),
    ));
    expect(lines(f).filter((l) => l[1] === 'mudur')).toEqual([
      ['arsiv-sefligi', 'mudur', 'attached-to', 'art_2__para_1__point_a'],
      ['kalem-sefligi', 'mudur', 'attached-to', 'art_2__para_1__point_a'],
      ['buro-sefligi', 'mudur', 'attached-to', 'art_2__para_1__point_b'],
    ]);
    expect(f.todos.map((t) => t.message)).toContainEqual(expect.stringContaining('ve alt kadrolar'));
  });

  it('refuses a list with a member that names no known actor, and "kendisine bağlı" that is not the predicate', () => {
    const f = draft(reg(
      'Teşkilat', 'MADDE 1- (1) Müdürlüğün teşkilatı şunlardır:', 'a) Arşiv Şefliği,', 'b) Kalem Şefliği.',
      mudur('Arşiv Şefliği, Evrak Servisi Birimi ve Kalem Şefliği kendisine bağlı birimlerdir.', 'Kendisine bağlı birimlerin çalışmalarını düzenlemek.').replace(/MADDE 1-/, 'MADDE 2-'),
    ));
    expect(lines(f).filter((l) => l[1] === 'mudur')).toEqual([]);
  });
});

describe('statements of a duty list that are not duties', () => {
  it('a line, an appointment, a deputy, what a unit is made of: no duty, and the holder still known to the line reader', () => {
    const f = draft(reg(
      'Arşiv Sorumlusunun görev, yetki ve sorumlulukları',
      'MADDE 1- (1) Arşiv Sorumlusunun görevleri şunlardır:',
      'a) Direkt olarak Müdür\'e bağlıdır.',
      'b) Belediye Başkanı tarafından atanır.',
      'c) Müdürün bulunmadığı zamanlarda Şef vekalet eder.',
      'ç) Arşiv personelinden oluşur.',
      'd) Evrakı kaydetmek.',
      'e) Belediye Başkanının onayı ile atanır.',
      'f) Sorumlunun bulunmadığı zamanlarda görevleri Şef tarafından vekâleten yürütülür.',
    ));
    expect(f.duties.map((x) => x.cites[0])).toEqual(['art_1__para_1__point_d']);
    expect(lines(f)).toEqual([['arsiv-sorumlusu', 'mudur', 'attached-to', 'art_1__para_1__point_a']]);
    expect(f.todos.map((t) => t.provision)).toEqual(expect.arrayContaining(['art_1__para_1__point_b', 'art_1__para_1__point_cc']));
  });

  it('keeps as duties the items that carry a task beside those words', () => {
    const f = draft(reg(
      'Şefin görev, yetki ve sorumlulukları',
      'MADDE 1- (1) Şefin görevleri şunlardır:',
      'a) Görevlerin yerine getirilmesinden Müdüre karşı sorumludur.',
      'b) Müdürün bulunmadığı zamanlarda Müdüre vekalet etmek.',
      'c) Müdüre bağlı olarak arşivi düzenlemek.',
      'ç) Büro personeli Müdüre bağlıdır.',
    ));
    expect(f.duties.map((x) => x.cites[0])).toEqual(['art_1__para_1__point_a', 'art_1__para_1__point_b', 'art_1__para_1__point_c', 'art_1__para_1__point_cc']);
  });
});
