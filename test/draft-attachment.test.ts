// draftFacts, attachment read from the Teşkilat article: the units a unit is made of ("… teşkilat
// yapısı aşağıdaki gibidir: a) … Şefliği", "… -den oluşur / oluşturulur"), the units under each of
// them ("ve bu Şube Müdürlüklerine bağlı şeflik"), the governed unit's own line inside the list's
// lead ("X’na bağlı olarak faaliyet gösteren Y’nün teşkilat yapısı;"), each with sentences written for
// the test that must be read and near-misses that must be refused.
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../src/author/facts/index.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';

function draft(raw: string) {
  return draftFacts({ id: 'deneme', text: compileText(parseRegulationText(raw).nodes) });
}

/** A small regulation around the given articles (title lines naming the unit first). */
const reg = (...articles: string[]) => ['T.C.', 'GEBZE BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ', '', ...articles.flatMap((a) => [a, ''])].join('\n');
/** The same with no title lines: the governed unit is named by the Amaç article only. */
const untitled = (...articles: string[]) => articles.join('\n\n');

const attached = (f: ReturnType<typeof draft>) => f.rules.reporting.filter((r) => r.relation === 'attached-to').map((r) => [r.from, r.to, r.cites[0]]);

describe('attachment: the units of a Teşkilat list', () => {
  it('"Müdürlüğün teşkilat yapısı aşağıdaki gibidir": each unit listed is attached to the Müdürlük, the Müdür listed draws no line', () => {
    const f = draft(reg(
      'Teşkilat yapısı',
      'MADDE 1- (1) Müdürlüğün teşkilat yapısı aşağıdaki gibidir.',
      'a) Müdür',
      'b) Arşiv Şefliği',
      'c) Evrak Kayıt Servisi',
      'ç) Halkla İlişkiler birimi',
    ));
    expect(attached(f)).toEqual([
      ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_b'],
      ['evrak-kayit-servisi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_c'],
      ['halkla-iliskiler-birimi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_cc'],
    ]);
    const line = f.rules.reporting[0]!;
    expect(line.cites).toEqual(['art_1__para_1__point_b', 'art_1__para_1']);
    expect([line.review, line.readFrom]).toEqual(['pending', 'Arşiv Şefliği']);
    // the reviewer is told the line is read from the list, not from a "bağlıdır"
    expect(line.note).toBe('Bağlılık, teşkilat hükmünün bu birimi Yazı İşleri Müdürlüğü teşkilatı içinde saymasından okunmuştur; hüküm ayrıca "bağlıdır" demez.');
  });

  it('a line the text states in words ("… bağlıdır") carries no such note', () => {
    const f = draft(reg('Bağlılık', 'MADDE 1- (1) Yazı İşleri Müdürlüğü, Belediye Başkanına bağlıdır.'));
    const line = f.rules.reporting.find((r) => r.relation === 'attached-to')!;
    expect(line.to).toBe('belediye-baskani');
    expect(line.note).toBeUndefined();
  });

  it('"Müdürlük; A, B ve C\'den oluşur" in the Teşkilat article: the units among the members, not the posts', () => {
    const f = draft(reg(
      'Teşkilat',
      'MADDE 1- Müdürlük; Arşiv Şefliği, Evrak Kayıt Servisi, Çevre Koruma ve Kontrol Şefliği ve Diyalog Merkezi\'nden oluşur.',
      'MADDE 2- Yazı İşleri Müdürlüğü; müdür, memur ve büro personelinden oluşur.',
    ));
    expect(attached(f)).toEqual([
      ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_1'],
      ['evrak-kayit-servisi', 'yazi-isleri-mudurlugu', 'art_1'],
      ['cevre-koruma-ve-kontrol-sefligi', 'yazi-isleri-mudurlugu', 'art_1'],
      ['diyalog-merkezi', 'yazi-isleri-mudurlugu', 'art_1'],
    ]);
  });

  it('a Daire Başkanlığı named by its Amaç article: its Şube Müdürlükleri, and "ve bu Şube Müdürlüklerine bağlı şeflik" under each of them', () => {
    const f = draft(untitled(
      'Amaç\nMadde 1- (1) Bu Yönetmeliğin amacı; Park ve Bahçeler Dairesi Başkanlığı’nın, teşkilat yapısını, görev, yetki, çalışma usul ve esaslarını belirlemektir.',
      'Teşkilat\nMadde 2- (1) Daire Başkanlığının görevlerini etkin ve verimli bir şekilde yürütülebilmesi için;\na) Peyzaj Şube Müdürlüğü\nb) Bakım Onarım Şube Müdürlüğü\nve bu Şube Müdürlüklerine bağlı şeflik ve alt birimlerden oluşturulur.',
    ));
    expect(attached(f)).toEqual([
      ['peyzaj-sube-mudurlugu', 'mudurluk', 'art_2__para_1__point_a'],
      ['bakim-onarim-sube-mudurlugu', 'mudurluk', 'art_2__para_1__point_b'],
      ['seflik', 'peyzaj-sube-mudurlugu', 'art_2__para_1__item_1'],
      ['seflik', 'bakim-onarim-sube-mudurlugu', 'art_2__para_1__item_1'],
    ]);
    expect(f.rules.reporting.find((r) => r.from === 'seflik')!.readFrom).toBe('bu Şube Müdürlüklerine bağlı şeflik');
    // the governed unit goes by the name its Amaç article gives it, and the şeflik stands under no one unit
    expect(f.organisation.units[0]!.aliases).toEqual(['Park ve Bahçeler Dairesi Başkanlığı', 'Daire Başkanlığı']);
    expect(f.organisation.units.find((u) => u.id === 'seflik')).toMatchObject({ name: 'şeflik', kind: 'seflik' });
    expect(f.organisation.units.find((u) => u.id === 'peyzaj-sube-mudurlugu')?.kind).toBe('sube-mudurlugu');
    expect(f.organisation.units.find((u) => u.id === 'seflik')!.parent).toBeUndefined();
    // "alt birimler" names no unit: left to a person
    expect(f.todos.map((t) => t.provision)).toContain('art_2__para_1__item_1');
  });

  it('an Amaç article that names no unit, or names one only inside another phrase, gives the governed unit no name', () => {
    for (const amac of [
      'Bu Yönetmeliğin amacı; Belediyenin hizmetlerinin etkin yürütülmesini sağlamaktır.',
      'Bu Yönetmeliğin amacı, Sosyal Projeler Dairesi Başkanlığı bünyesinde çalışan birimlerin esaslarını belirlemektir.',
      'Bu Yönetmeliğin amacı; Kocaeli Büyükşehir Belediye Başkanlığının teşkilat yapısını belirlemektir.',
    ]) {
      const f = draft(untitled(`Amaç\nMadde 1- (1) ${amac}`));
      expect(f.organisation.units[0]!.aliases ?? [], amac).toEqual([]);
    }
  });

  it('"X Dairesi Başkanlığı’na bağlı olarak faaliyet gösteren Y Müdürlüğü’nün teşkilat yapısı;": the governed unit\'s own line, and its units', () => {
    const f = draft(reg(
      'Teşkilat',
      'MADDE 1- (1) Sosyal Projeler Dairesi Başkanlığı’na bağlı olarak faaliyet gösteren Yazı İşleri Müdürlüğü’nün teşkilat yapısı;',
      'a) Müdür,',
      'b) Arşiv Şefliği ve bu şefliğe bağlı çalışan Arşiv Personelini,',
      'c) Diyalog Merkezini kapsar.',
    ));
    expect(attached(f)).toEqual([
      ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_b'],
      ['diyalog-merkezi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_c'],
      ['yazi-isleri-mudurlugu', 'sosyal-projeler-dairesi-baskanligi', 'art_1__para_1'],
      ['arsiv-personeli', 'arsiv-sefligi', 'art_1__para_1__point_b'],
    ]);
    // a daire başkanlığı that is not the governed unit stands outside it
    expect(f.organisation.offices.map((o) => o.id)).toContain('sosyal-projeler-dairesi-baskanligi');
    expect(f.rules.reporting.find((r) => r.to === 'sosyal-projeler-dairesi-baskanligi')!.readFrom)
      .toBe('Sosyal Projeler Dairesi Başkanlığı’na bağlı olarak faaliyet gösteren Yazı İşleri Müdürlüğü’nün');
  });
});

describe('attachment: the lead\'s variants', () => {
  it('"Müdürlük teşkilatı …" (the compound) and "Müdürlük aşağıdaki birimlerden oluşur:" name the whole; "Teşkilat yapısı" alone is the governed unit\'s', () => {
    for (const lead of ['Yazı İşleri Müdürlüğü teşkilatı aşağıdaki gibidir:', 'Müdürlük, aşağıdaki birimlerden oluşur:', 'Müdürlük aşağıda belirtilen şefliklerden teşekkül eder:', 'Teşkilat yapısı aşağıdaki gibidir:']) {
      const f = draft(reg('Teşkilat', `MADDE 1- (1) ${lead}`, 'a) Arşiv Şefliği', 'b) Kalem Şefliği'));
      expect(attached(f), lead).toEqual([
        ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_a'],
        ['kalem-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_b'],
      ]);
    }
  });

  it('"Müdürlüğe bağlı birimler şunlardır:" and "Müdürlüğün alt birimleri şunlardır:" in any article; "… aşağıdaki şekilde teşkilatlanmıştır:"', () => {
    for (const [caption, lead] of [['Birimler', 'Müdürlüğe bağlı birimler şunlardır:'], ['Birimler', 'Müdürlüğün alt birimleri aşağıdaki gibidir:'], ['Teşkilat', 'Müdürlük aşağıdaki şekilde teşkilatlanmıştır:']]) {
      const f = draft(reg(caption!, `MADDE 1- (1) ${lead}`, 'a) Arşiv Şefliği ve', 'b) Kalem Şefliği'));
      expect(attached(f), lead).toEqual([
        ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_a'],
        ['kalem-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_b'],
      ]);
    }
  });

  it('a name that holds a known one ("Arşiv Şefliği Birimi" beside "Arşiv Şefliği") is not added as a new unit', () => {
    const f = draft(reg(
      'Teşkilat', 'MADDE 1- (1) Müdürlüğün teşkilat yapısı aşağıdaki gibidir:', 'a) Arşiv Şefliği',
      'Birimler', 'MADDE 2- (1) Müdürlüğe bağlı birimler şunlardır:', 'a) Arşiv Şefliği Birimi', 'b) Kalem Şefliği',
    ));
    expect(attached(f)).toEqual([
      ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_a'],
      ['kalem-sefligi', 'yazi-isleri-mudurlugu', 'art_2__para_1__point_b'],
    ]);
    expect(f.organisation.units.map((u) => u.id)).not.toContain('arsiv-sefligi-birimi');
  });

  it('a unit of the list with a list of its own is the whole of that list', () => {
    const f = draft(reg('Teşkilat', 'MADDE 1- (1) Müdürlüğün teşkilat yapısı aşağıdaki gibidir:', 'a) Müdür', 'b) Temizlik Şefliği', '1) Çöp Toplama Birimi', '2) Yol Süpürme Birimi', 'c) Kalem Şefliği'));
    expect(attached(f)).toEqual([
      ['temizlik-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_b'],
      ['cop-toplama-birimi', 'temizlik-sefligi', 'art_1__para_1__point_b__item_1'],
      ['yol-supurme-birimi', 'temizlik-sefligi', 'art_1__para_1__point_b__item_2'],
      ['kalem-sefligi', 'yazi-isleri-mudurlugu', 'art_1__para_1__point_c'],
    ]);
  });

  it('refuses a lead whose subject is not the whole, one that lists posts, and one whose list says something else', () => {
    for (const lead of ['Müdürlük ve Belediye Başkanlığı aşağıdaki birimlerden oluşur:', 'Müdürlük aşağıdaki personelden oluşur:', 'Müdürlük aşağıdaki birimlerle koordineli çalışır:', 'Müdürlük teşkilatında aşağıdaki birimler yoktur:']) {
      const f = draft(reg('Teşkilat', `MADDE 1- (1) ${lead}`, 'a) Arşiv Şefliği', 'b) Kalem Şefliği'));
      expect(attached(f), lead).toEqual([]);
    }
    // outside a Teşkilat article, a list the lead does not say is of the units under one is not read
    for (const lead of ['Müdürlük aşağıdaki birimlerle işbirliği yapar:', 'Belediyeye bağlı kuruluşlar şunlardır:', 'İnsan Kaynakları Müdürlüğüne bağlı birimler şunlardır:']) {
      const f = draft(reg('Çalışma esasları', `MADDE 1- (1) ${lead}`, 'a) Arşiv Şefliği', 'b) Kalem Şefliği'));
      expect(attached(f), lead).toEqual([]);
    }
  });
});

describe('attachment: the Bağlılık article\'s other verbs', () => {
  it('"… Belediye Başkanına bağlı olup, …" and "… bağlı bir birim olarak çalışır"', () => {
    const f = draft(reg(
      'Bağlılık',
      'MADDE 1- (1) Yazı İşleri Müdürlüğü, Belediye Başkanına bağlı olup, görevlerini mevzuata uygun olarak yürütür.',
      '(2) Müdürlük, Belediye Başkanının görevlendireceği Başkan Yardımcısına bağlı bir birim olarak çalışır.',
    ));
    expect(attached(f)).toEqual([
      ['yazi-isleri-mudurlugu', 'belediye-baskani', 'art_1__para_1'],
      ['yazi-isleri-mudurlugu', 'baskan-yardimcisi', 'art_1__para_2'],
    ]);
    expect(f.rules.reporting[0]!.readFrom).toBe('Yazı İşleri Müdürlüğü, Belediye Başkanına bağlı olup');
  });

  it('refuses "bağlı olup olmadığını", a law one is bound by, and a negation', () => {
    const f = draft(reg(
      'Bağlılık',
      'MADDE 1- (1) Müdürlük, personelin Belediye Başkanına bağlı olup olmadığını inceler.',
      '(2) Müdürlük, ilgili mevzuata bağlı olup görevlerini yürütür.',
      '(3) Müdürlük, Başkan Yardımcısına bağlı olup değildir.',
    ));
    expect(attached(f)).toEqual([]);
  });
});

describe('a longer name is another actor', () => {
  it('"Sağlık İşleri Müdürlüğüne bağlıdır", "İnsan Kaynakları Müdürüne karşı sorumludur" in a duty list are not the text\'s own Müdürlük and Müdür', () => {
    const f = draft(reg(
      'Şefin görev, yetki ve sorumlulukları',
      'MADDE 1- (1) Şefin görevleri şunlardır:',
      'a) Sağlık İşleri Müdürlüğüne bağlıdır.',
      'b) İnsan Kaynakları Müdürüne karşı sorumludur.',
      'c) Evrakı Sağlık İşleri Müdürlüğüne bağlı olarak düzenlemek.',
      'ç) Ayrıca Müdüre karşı sorumludur.',
      'd) Gebze Belediye Başkanına karşı sorumludur.',
    ));
    expect(f.rules.reporting.map((r) => [r.from, r.to, r.relation, r.cites[0]])).toEqual([
      ['sef', 'mudur', 'accountable-to', 'art_1__para_1__point_cc'],
      ['sef', 'belediye-baskani', 'accountable-to', 'art_1__para_1__point_d'],
    ]);
    expect(f.todos.map((t) => t.provision)).toEqual(expect.arrayContaining(['art_1__para_1__point_a', 'art_1__para_1__point_b']));
  });
});

describe('attachment: "X bünyesinde çalışmalarını yürüten Y"', () => {
  it('the unit after the participle is attached to the unit before "bünyesinde", which the book learns if it is a daire başkanlığı', () => {
    const f = draft(reg(
      'Amaç',
      'MADDE 1- (1) Bu Yönetmeliğin amacı, Sosyal Projeler Dairesi Başkanlığı bünyesinde çalışmalarını yürüten Yazı İşleri Müdürlüğünün çalışma usul ve esaslarını belirlemektir.',
      'Teşkilat',
      'MADDE 2- (1) Müdürlüğün teşkilat yapısı aşağıdaki gibidir.',
      'a) Arşiv Şefliği',
      'MADDE 3- (1) Müdürlük bünyesinde faaliyet gösteren Arşiv Şefliği evrakı saklar.',
    ));
    expect(attached(f)).toEqual([
      ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_2__para_1__point_a'],
      ['yazi-isleri-mudurlugu', 'sosyal-projeler-dairesi-baskanligi', 'art_1__para_1'],
      ['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_3__para_1'],
    ]);
    expect(f.rules.reporting[1]!.readFrom).toBe('Sosyal Projeler Dairesi Başkanlığı bünyesinde çalışmalarını yürüten Yazı İşleri Müdürlüğünün');
  });

  it('refuses personnel "bünyesinde görev yapan", a place that is no unit, another unit\'s name, and a unit the book does not know', () => {
    const f = draft(reg(
      'Çalışma esasları',
      'MADDE 1- (1) Müdürlük bünyesinde faaliyet gösteren personel işleri zamanında yapar.',
      'MADDE 2- (1) Belediye bünyesinde faaliyet gösteren Yazı İşleri Müdürlüğü evrakı saklar.',
      'MADDE 3- (1) İnsan Kaynakları Müdürlüğü bünyesinde faaliyet gösteren Arşiv Şefliği evrakı saklar.',
      'MADDE 4- (1) Müdürlük bünyesinde faaliyet gösteren Evrak Servisi evrakı saklar.',
      'MADDE 6- (1) Sağlık İşleri Müdürlüğü bünyesinde faaliyet gösteren Arşiv Şefliği evrakı saklar.',
      'MADDE 7- (1) Sağlık İşleri Müdürlüğü’ne bağlı olarak faaliyet gösteren Arşiv Şefliği evrakı saklar.',
      'Teşkilat',
      'MADDE 5- (1) Müdürlüğün teşkilat yapısı aşağıdaki gibidir.',
      'a) Arşiv Şefliği',
    ));
    // the Arşiv Şefliği is known (m.5), yet m.3 puts it in another unit: only the Teşkilat list's line
    expect(attached(f)).toEqual([['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_5__para_1__point_a']]);
    expect(f.organisation.posts.map((p) => p.id)).not.toContain('personel');
    // another Müdürlük the book does not know is not added (it would be made one of the governed unit's own)
    expect(f.organisation.units.map((u) => u.id)).not.toContain('saglik-isleri-mudurlugu');
  });
});

describe('attachment: what a Teşkilat article does not say', () => {
  it('a list of posts, a personnel structure, and another unit\'s structure draw no line', () => {
    const f = draft(reg(
      'Teşkilat ve personel yapısı',
      'MADDE 1- (1) Müdürlüğün teşkilat yapısı aşağıdaki gibidir.',
      'a) Müdür',
      'b) Şef',
      'c) Memurlar',
      '(2) Müdürlüğün personel yapısı aşağıdaki gibidir.',
      'a) Arşiv Şefliği',
      '(3) İnsan Kaynakları Müdürlüğünün teşkilat yapısı aşağıdaki gibidir.',
      'a) Kalem Şefliği',
    ));
    expect(attached(f)).toEqual([]);
  });

  it('a duty list that names units, "bağlı kuruluşlar", "ilgili mevzuata bağlı olarak" and "bağlı olduğu" with no superior named draw no line', () => {
    const f = draft(reg(
      'Teşkilat',
      'MADDE 1- (1) Müdürlüğün teşkilat yapısı aşağıdaki gibidir.',
      'a) Müdür',
      'Müdürün görev, yetki ve sorumlulukları',
      'MADDE 2- (1) Müdürün görevleri şunlardır:',
      'a) Arşiv Şefliği ve Kalem Şefliğinin çalışmalarını denetlemek,',
      'b) Belediyeye bağlı kuruluşlarla koordinasyonu sağlamak,',
      'c) İlgili mevzuata bağlı olarak evrakı düzenlemek,',
      'ç) Bağlı olduğu birime rapor vermek.',
    ));
    expect(attached(f)).toEqual([]);
  });

  it('refuses "ve bu … bağlı" that takes up no listed unit, a negated closing line, and a unit named in lower case before "bağlı olarak"', () => {
    const f = draft(reg(
      'Teşkilat',
      'MADDE 1- (1) Müdürlüğün görevlerini yürütebilmesi için;',
      'a) Arşiv Şefliği',
      'b) Kalem Şefliği',
      've bu Şube Müdürlüklerine bağlı servislerden oluşturulur.',
      'MADDE 2- (1) Müdürlüğün görevlerini yürütebilmesi için;',
      'a) Evrak Servisi',
      'b) Dosya Servisi',
      've bu Servislere bağlı şeflikten oluşmaz.',
      'MADDE 3- (1) diğer daire başkanlığına bağlı olarak faaliyet gösteren Müdürlüğün teşkilat yapısı;',
      'a) Müdür',
    ));
    expect(attached(f).filter(([from]) => !/sefligi$|servisi$/.test(from!))).toEqual([]);
    expect(f.organisation.units.map((u) => u.id)).not.toContain('seflik');
    expect(f.organisation.offices.map((o) => o.id).filter((id) => /daire/.test(id))).toEqual([]);
  });
});

describe('attachment: bounded work on hostile input', () => {
  it('long runs of the composition\'s words are read in bounded work (counts, never a clock)', () => {
    const run = 'Müdürlük bünyesinde faaliyet gösteren Arşiv Şefliği '.repeat(2000);
    const f = draft(reg(
      'Teşkilat',
      `MADDE 1- (1) ${'Müdürlüğe     '.repeat(2000)}bağlı birimler şunlardır:`,
      `a) ${run}`,
      `b) ${'Kalem Şefliği, '.repeat(3000)}ve bu Şube Müdürlüklerine bağlı ${'şeflik ve '.repeat(2000)}birimlerden oluşturulur.`,
      'Teşkilat yapısı',
      `MADDE 2- Müdürlük; ${'Arşiv Şefliği, '.repeat(3000)}Kalem Şefliği'nden oluşur.`,
    ));
    // m.2 lists the same two units three thousand times: each line once
    expect(attached(f).filter(([, , at]) => at === 'art_2')).toEqual([['arsiv-sefligi', 'yazi-isleri-mudurlugu', 'art_2'], ['kalem-sefligi', 'yazi-isleri-mudurlugu', 'art_2']]);
  }, 60_000);
});
