// draftFacts, units and posts: the lists of a Teşkilat article and the "… -den oluşur" sentences,
// the names a heading in the plural lists, names as written; and the lists left alone.
// Also the fallback clause "Bu Yönergede bulunmayan hükümler … çerçevesinde yürütülür".
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../src/author/facts/index.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import { OrganisationInput } from '../src/schema/organisation.js';

function draft(raw: string) {
  const text = compileText(parseRegulationText(raw).nodes);
  const facts = draftFacts({ id: 'deneme', text });
  expect(OrganisationInput.safeParse(facts.organisation).error).toBeUndefined();
  return facts;
}
const reg = (...articles: string[]) => ['T.C.', 'GEBZE BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ', '', ...articles.flatMap((a) => [a, ''])].join('\n');
const names = (f: ReturnType<typeof draft>) => [...f.organisation.units, ...f.organisation.posts].map((a) => a.name);
const offices = (f: ReturnType<typeof draft>) => f.organisation.offices.map((a) => a.name);

describe('units and posts read', () => {
  it('"Müdürlük; müdür, memur ve büro personelinden oluşur" in the Teşkilat article', () => {
    const f = draft(reg('Teşkilat', 'MADDE 1- (1) Yazı İşleri Müdürlüğü; müdür, memur ve büro personelinden oluşur.'));
    expect(names(f)).toEqual(expect.arrayContaining(['Müdür', 'büro personeli']));
    expect(f.organisation.posts.find((p) => p.name === 'büro personeli')?.cites).toEqual(['art_1__para_1']);
  });

  it('a list item joining a unit and its staff with "ve", in the accusative', () => {
    const f = draft(reg('Teşkilat', 'MADDE 1- (1) Müdürlüğün teşkilat yapısı;', 'a) Müdür,', 'b) Arşiv Şefliği ve bu şefliğe bağlı çalışan Arşiv Personelini,', 'c) Danışma Merkezini kapsar.'));
    expect(names(f)).toEqual(expect.arrayContaining(['Arşiv Şefliği', 'Arşiv Personeli', 'Danışma Merkezi']));
  });

  it('"… -den oluşur" under a section heading outside the Teşkilat article, every member a name', () => {
    const f = draft(reg('Birimlerin görevleri', 'MADDE 1-', 'ARŞİV OFİSİ', '- Arşiv Sorumlusu, Taşınır Kayıt/Kontrol Yetkilisi ve büro personelinden oluşur.', '- Evrak yönetiminin sağlanması.'));
    expect(names(f)).toEqual(expect.arrayContaining(['Arşiv Sorumlusu', 'Taşınır Kayıt/Kontrol Yetkilisi', 'büro personeli']));
  });

  it('items under a heading in the plural ("DANIŞMA MASALARI"): the items whose head is its singular', () => {
    const f = draft(reg('Birimlerin görevleri', 'MADDE 1-', 'DANIŞMA MASALARI', '- Danışma masaları vatandaşı yönlendirir.', '- Karşılama', '- Vergi Masası', '- Evlilik Masası', '- Vatandaşın ilgili birime yönlendirilmesi sağlanır.'));
    expect(names(f)).toEqual(expect.arrayContaining(['Vergi Masası', 'Evlilik Masası']));
    expect(names(f)).not.toContain('Karşılama');
  });

  it('a name keeps its apostrophe ("Gebze\'nin Çocukları Birimi") and is still found inflected', () => {
    const f = draft(reg('Teşkilat', "MADDE 1- (1) Müdürlük; Arşiv Birimi ve Gebze'nin Çocukları Birimi'nden oluşur.", "MADDE 2- (1) Gebze'nin Çocukları Birimine gelen yazılar kaydedilir."));
    expect(names(f)).toContain("Gebze'nin Çocukları Birimi");
    expect(names(f)).not.toContain('Gebzenin Çocukları Birimi');
  });

  it('a Daire Başkanı in a müdürlük\'s text is an office above it, not one of its posts', () => {
    const f = draft(reg('Tanımlar', 'MADDE 1- (1) Bu Yönetmelikte geçen;', 'a) Daire Başkanı: Destek Hizmetleri Daire Başkanını,', 'b) Müdür: Yazı İşleri Müdürünü ifade eder.'));
    expect(offices(f)).toContain('Daire Başkanı');
    expect(f.organisation.posts.map((p) => p.name)).not.toContain('Daire Başkanı');
  });
});

describe('units and posts refused', () => {
  it('a board "… -den oluşur" whose members are not all names, a relative clause outside the Teşkilat article, a quantity', () => {
    const f = draft(reg(
      'Kurul', 'MADDE 1- (1) Kurul, bir Müdürle kadroda gösterilen Müfettiş ve Müfettiş yardımcısından oluşur.',
      'Büro', 'MADDE 2- (1) Yazı İşleri Müdürlüğü Bürosu, Müdüre bağlı yeterli sayıda personelden oluşur.',
      'Personel ve teşkilat', 'MADDE 3- (1) Müdürlük 1 müdür ve yeteri kadar personelden oluşur.',
    ));
    expect(names(f).filter((n) => /kadroda|yeterli|yeteri|^Bürosu$|1 müdür/u.test(n))).toEqual([]);
  });

  it('items under a plural heading that are sentences, and names in parentheses, are not units', () => {
    const f = draft(reg('Birimlerin görevleri', 'MADDE 1-', 'DANIŞMA MASALARI', '- Vergi Masası ile yazışmaları yapmak.', 'Teşkilat', 'MADDE 2- (1) Müdürlük; Arşiv Birimi ve görevli personellerden (işçi ve memur) oluşur.'));
    expect(names(f).filter((n) => /Vergi|işçi/u.test(n))).toEqual([]);
  });
});

describe('fallback', () => {
  it('"Bu Yönergede bulunmayan hükümler … çerçevesinde yürütülür"', () => {
    const f = draft(reg('Çalışma esasları', 'MADDE 1- (1) Esaslar şunlardır;', 'a) Yazılar kaydedilir.', 'b) Bu Yönergede bulunmayan hükümler yürürlükteki ilgili mevzuat çerçevesinde yürütülür.'));
    expect(f.meta.fallback).toMatchObject({ provision: 'art_1__para_1__point_b' });
  });

  it('not a duty that mentions what the list lacks, nor a negation', () => {
    expect(draft(reg('Şefin görevleri', 'MADDE 1- (1) Şefin görevleri şunlardır;', 'a) Görev tanımında bulunmayan hususlarda Müdüre bilgi vermek.')).meta.fallback).toBeUndefined();
    expect(draft(reg('MADDE 1- (1) Bu Yönergede bulunmayan hükümler bu Yönerge çerçevesinde yürütülür değildir.')).meta.fallback).toBeUndefined();
  });
});

describe('dayanak', () => {
  const basis = (...lines: string[]) => draft(reg('Dayanak', ...lines)).meta.legalBasis?.map((b) => ({ kind: b.kind, number: b.number, name: b.name, date: b.date, articles: b.articles }));

  it('a council decision and the yönetmelik it adopted, with the law\'s whole article', () => {
    expect(basis('MADDE 1- (1) Bu Yönerge, 5393 sayılı Belediye Kanunu’nun 13. Maddesine ve Gebze Belediye Meclisinin 13/01/2021 tarih ve 68 sayılı Yazı İşleri Çalışma Esasları Hakkında yönetmeliğine dayanılarak hazırlanmıştır.')).toEqual([
      { kind: 'yonetmelik', number: '68', name: 'Yazı İşleri Çalışma Esasları Hakkında yönetmelik', date: '2021-01-13', articles: [] },
      { kind: 'kanun', number: '5393', name: 'Belediye Kanunu', date: undefined, articles: ['13'] },
    ]);
    expect(basis('MADDE 1- Gebze Belediye Meclisinin 10.10.2016 tarih ve 139/2006 sayılı kararı ile, 5393 sayılı belediye kanununun 15. madde (b) ve 18. maddesinin (m) bendi hükümlerine göre hazırlanmıştır.')).toEqual([
      { kind: 'meclis-karari', number: '139/2006', name: 'Gebze Belediye Meclisi kararı', date: '2016-10-10', articles: [] },
      { kind: 'kanun', number: '5393', name: 'Belediye Kanunu', date: undefined, articles: ['15/b', '18/m'] },
    ]);
  });

  it('a law named without its number, a yönetmelik in quotation marks, ordinal articles with bents', () => {
    expect(basis('MADDE 1- (1) Bu Yönetmelik, Belediye Kanunu’nun 15/b maddesi ile ‘Norm Kadro İlke ve Standartlarına Dair Yönetmelik’ hükümlerine dayanılarak hazırlanmıştır.')).toEqual([
      { kind: 'kanun', number: undefined, name: 'Belediye Kanunu', date: undefined, articles: ['15/b'] },
      { kind: 'yonetmelik', number: undefined, name: 'Norm Kadro İlke ve Standartlarına Dair Yönetmelik', date: undefined, articles: [] },
    ]);
    expect(basis('MADDE 1- (1) 10/ 7/ 2004 tarihli ve 5216 sayılı Büyükşehir Belediyesi Kanunu’nun 7 -nci maddesi ( v) bendi, 75 –inci maddenin (a, c) bentleri ile 76 -ncı maddesine dayanılarak hazırlanmıştır.')).toEqual([
      { kind: 'kanun', number: '5216', name: 'Büyükşehir Belediyesi Kanunu', date: '2004-07-10', articles: ['7/v', '75/a', '75/c', '76'] },
    ]);
  });

  it('the caption printed as the article\'s own first line ("MADDE 2-" then "Dayanak"), or before its text ("Yasal Dayanak: …")', () => {
    const own = draft(reg('MADDE 1- Amaç', 'Bu yönetmeliğin amacı görevleri belirlemektir.', 'MADDE 2-\nDayanak\n(1) Bu yönetmelik 03/07/2005 tarihli ve 5393 sayılı Belediye Kanunu ile 657 sayılı Devlet Memurları Kanununa dayanılarak hazırlanmıştır.')).meta.legalBasis;
    expect(own?.map((b) => [b.number, b.name, b.date, b.cites[0]])).toEqual([['5393', 'Belediye Kanunu', '2005-07-03', 'art_2__para_1'], ['657', 'Devlet Memurları Kanunu', undefined, 'art_2__para_1']]);
    const inline = draft(reg('MADDE 1- Yasal Dayanak: Bu yönetmelik 5018 sayılı Kamu Mali Yönetimi ve Kontrol Kanununa dayanılarak hazırlanmıştır.')).meta.legalBasis;
    expect(inline?.map((b) => b.number)).toEqual(['5018']);
    // an article that only mentions a law, with no Dayanak caption anywhere, is no dayanak
    expect(draft(reg('MADDE 1- Amaç', 'Bu yönetmelik 5393 sayılı Belediye Kanunu kapsamında görevleri düzenler.')).meta.legalBasis).toBeUndefined();
  });

  it('the number of a Resmi Gazete issue is no enactment\'s: "26442 sayılı Resmi Gazetede yayımlanan", "26442 Sayılı … Yönetmelik"', () => {
    expect(basis('MADDE 1- (1) Bu Yönetmelik 22/02/2007 tarihli ve 26442 sayılı Resmi Gazetede yayımlanan Norm Kadro Yönetmeliğine dayanılarak hazırlanmıştır.')).toBeUndefined();
    const [y] = draft(reg('Dayanak', 'MADDE 1- (1) Bu Yönetmelik 22/07/2007 tarihli 26442 Sayılı Norm Kadro İlke ve Standartlarına Dair Yönetmelik hükümlerine dayanılarak hazırlanmıştır.')).meta.legalBasis!;
    expect([y!.kind, y!.number, y!.name, y!.date]).toEqual(['yonetmelik', undefined, 'Norm Kadro İlke ve Standartlarına Dair Yönetmelik', '2007-07-22']);
    expect(y!.note).toMatch(/çıkarımdır/);
  });
});

describe('executor above the governed unit', () => {
  it('"Bu Yönerge hükümlerini Üst Yönetici adına X Dairesi Başkanı yürütür": an office on behalf of the Üst Yönetici', () => {
    const f = draft(reg('Yürütme', 'MADDE 1- (1) Bu Yönerge hükümlerini Üst Yönetici adına Destek Hizmetleri Dairesi Başkanı yürütür.'));
    expect(f.meta.executor).toMatchObject({ actor: 'destek-hizmetleri-dairesi-baskani', onBehalfOf: 'ust-yonetici', cites: ['art_1__para_1'] });
    expect(offices(f)).toEqual(expect.arrayContaining(['Üst Yönetici', 'Destek Hizmetleri Dairesi Başkanı']));
  });

  it('an unknown executor that would be a post of the unit is not invented: a todo', () => {
    const f = draft(reg('Yürütme', 'MADDE 1- (1) Bu Yönerge hükümlerini Arşiv Sorumlusu yürütür.'));
    expect(f.meta.executor).toBeUndefined();
    expect(names(f)).not.toContain('Arşiv Sorumlusu');
    expect(f.todos.map((t) => t.provision)).toContain('art_1__para_1');
  });
});
