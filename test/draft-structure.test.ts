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
