// Karşıyaka Belediyesi Halkla İlişkiler Müdürlüğü Görev ve Çalışma Yönetmeliği, asked through the
// public API: each test is a question, the answer the text gives, and the provision it rests on.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  getRegulation, whoSigns, reportsTo, chainOfCommand, deputyOf, dutiesOf, findDuties,
  whoRoutesIncoming, define, inForce, cite, fold, MevzuatError,
} from '../src/index.js';

const REG = 'karsiyaka-halkla-iliskiler';
const reg = getRegulation(REG);

/** The MevzuatError a call throws (fails the test if it throws nothing or something else). */
function errorOf(fn: () => unknown): MevzuatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MevzuatError) return e;
    throw e;
  }
  throw new Error('expected a MevzuatError, got an answer');
}

const labels = (cs: readonly { label: string }[]) => cs.map((c) => c.label);
/** The printed heading of a node of the text, by id. */
const headingOf = (id: string): string | undefined => {
  const find = (ns: readonly { id: string; heading?: string; children?: readonly unknown[] }[]): string | undefined => {
    for (const n of ns) {
      if (n.id === id) return n.heading;
      const h = n.children && find(n.children as never);
      if (h) return h;
    }
    return undefined;
  };
  return find(reg.document as never);
};
const ids = (as: readonly { id: string }[]) => as.map((a) => a.id);

describe('the regulation and its text', () => {
  it('is found by its id and by the municipality name', () => {
    expect(getRegulation('Karşıyaka').id).toBe(REG);
    expect(getRegulation('Karşıyaka Belediyesi').id).toBe(REG);
    expect(getRegulation('karsiyaka').id).toBe(REG);
    expect(reg.title).toBe('Karşıyaka Belediye Başkanlığı Halkla İlişkiler Müdürlüğü Görev ve Çalışma Yönetmeliği');
    expect(reg.municipality).toEqual({ name: 'Karşıyaka Belediyesi', kind: 'belediye', province: 'İzmir' });
  });

  it('keeps the source byte for byte, with its sha256', () => {
    const bytes = readFileSync(new URL(`../regulations/${REG}/source.txt`, import.meta.url));
    const hash = createHash('sha256').update(bytes).digest('hex');
    expect(reg.sources).toHaveLength(1);
    expect(reg.sources[0]!.sha256).toBe('a851f9ceb7fb3c96e3a68e2b170ecdbea090cc7aeeb5dc13ba8d5fa60cc3d5e5');
    expect(hash).toBe(reg.sources[0]!.sha256);
  });

  it('has fourteen articles in four parts, and only m.1 and m.2 carry no fact', () => {
    expect(reg.articles.map((a) => a.label)).toEqual(Array.from({ length: 14 }, (_, i) => `m.${i + 1}`));
    expect(reg.document.filter((n) => n.kind === 'part').map((n) => n.num)).toEqual(['BİRİNCİ BÖLÜM', 'İKİNCİ BÖLÜM', 'ÜÇÜNCÜ BÖLÜM', 'DÖRDÜNCÜ BÖLÜM']);
    expect(reg.noFact.map((n) => n.provision)).toEqual(['art_1', 'art_2']);
  });

  it('gives every leaf provision a fact or a recorded reason why it carries none', () => {
    const cited = new Set<string>([
      ...[...reg.units, ...reg.posts, ...reg.offices].flatMap((a) => a.cites),
      ...reg.duties.flatMap((d) => d.cites),
      ...reg.reporting.filter((r) => r.basis === 'explicit').flatMap((r) => r.cites),
      ...reg.correspondence.flatMap((r) => r.cites),
      ...reg.routing.flatMap((r) => r.cites),
      ...reg.definitions.flatMap((r) => r.cites),
      ...reg.legalBasis.flatMap((r) => r.cites),
      ...(reg.adoption?.cites ?? []),
      ...reg.entryIntoForce.cites,
      ...(reg.executor?.cites ?? []),
    ]);
    const marked = new Set(reg.noFact.map((n) => n.provision));
    const bare = reg.provisions.filter((p) => p.leaf && !cited.has(p.id) && !marked.has(p.id)).map((p) => p.label);
    expect(bare).toEqual([]);
    expect(reg.provisions.filter((p) => p.leaf).length).toBe(68);
  });

  it('rests on 5393 sayılı Belediye Kanunu 15/b only (m.3) and is carried out by the Belediye Başkanı (m.14)', () => {
    // 5393 m.18/m and 3011 m.2 (m.13) are the adoption and publication steps, not the dayanak
    expect(reg.legalBasis).toHaveLength(1);
    const kanun = reg.legalBasis[0]!;
    expect([kanun.number, kanun.name, kanun.date, kanun.articles, kanun.cites]).toEqual(['5393', 'Belediye Kanunu', '2005-07-03', ['15/b'], ['art_3']]);
    expect(reg.executor).toEqual({ actor: 'belediye-baskani', cites: ['art_14'] });
    expect(reg.repeals).toEqual([]);
  });

  it('defines its terms in m.4 (unlabelled entries, cited by position)', () => {
    const mudur = define(REG, 'Müdür')!;
    expect(mudur.meaning).toBe("Halkla İlişkiler Müdürü'nü");
    expect(mudur.citation.label).toBe('m.4/4');
    expect(mudur.citation.item).toBe('4');
    expect(define(REG, 'Başkan Yardımcısı')!.meaning).toBe("Karşıyaka Belediye Başkan Yardımcısı'nı");
    expect(define(REG, 'personel')!.citation.label).toBe('m.4/7');
    expect(define(REG, 'Şef')).toBeUndefined();
  });
});

describe('m.6: duties organised by unit headings', () => {
  const m6 = reg.articles.find((a) => a.id === 'art_6')!;

  it('groups m.6 under the printed unit headings, in order', () => {
    expect(m6.children!.map((c) => [c.kind, c.heading])).toEqual([
      ['section', 'MÜDÜRLÜK OFİSİ'],
      ['section', 'HIZLI ÇÖZÜM MASALARI'],
      ['section', 'ÇAĞRI MERKEZİ'],
      ['section', 'WHATSAPP HATTI'],
      ['section', 'SİVİL TOPLUM KURULUŞLARI BİRİMİ'],
      ['section', 'ESNAF MASASI'],
      ['section', 'VATANDAŞ KATILIM BİRİMİ'],
      ['section', "KARŞIYAKA'NIN FİLİZLERİ BURS BİRİMİ"],
    ]);
  });

  it('cites an entry by article, unit section and position: m.6/ÇAĞRI MERKEZİ/2', () => {
    const c = cite(REG, 'm.6/ÇAĞRI MERKEZİ/2');
    expect(c).toMatchObject({ regulation: REG, article: 6, section: 'ÇAĞRI MERKEZİ', item: '2', id: 'art_6__sec_cagri-merkezi__item_2', label: 'm.6/ÇAĞRI MERKEZİ/2' });
    expect(c.text).toMatch(/^Vatandaşlardan web sitesi ve elektronik posta yoluyla/);
    expect(cite(REG, 'art_6__sec_cagri-merkezi__item_2').label).toBe('m.6/ÇAĞRI MERKEZİ/2');
  });

  it('numbers plain paragraphs and bullets alike inside a section, so positions are unique', () => {
    // MÜDÜRLÜK OFİSİ: a plain paragraph (its make-up), then eleven bullets
    expect(cite(REG, 'm.6/MÜDÜRLÜK OFİSİ/1').text).toBe('Gerçekleştirme Görevlisi, Taşınır Kayıt/Kontrol Yetkilisi, Cimer Yetkilisi ve büro personelinden oluşur.');
    expect(cite(REG, 'm.6/MÜDÜRLÜK OFİSİ/12').text).toBe('Müdürlüğün faaliyet raporları ve performans programlarının hazırlanması görevlerini yürütür.');
    // VATANDAŞ KATILIM BİRİMİ: paragraph, three bullets, paragraph
    expect(cite(REG, 'm.6/VATANDAŞ KATILIM BİRİMİ/5').text).toMatch(/^Vatandaş Katılım Birimi, belediyenin ilgili müdürlükleri/);
    const sectionItems = reg.provisions.filter((p) => p.article === 6 && p.kind === 'item');
    expect(new Set(sectionItems.map((p) => p.label)).size).toBe(sectionItems.length);
    expect(sectionItems.length).toBe(12 + 15 + 2 + 1 + 1 + 1 + 5 + 1);
  });

  it('gives each m.6 duty to the unit under whose heading it stands', () => {
    // the duties also read as a post's or a desk's work carry a note saying that is an inference
    const m6duties = reg.duties.filter((d) => d.cites[0]!.startsWith('art_6__') && !d.note);
    expect(m6duties.length).toBe(11 + 6 + 2 + 1 + 1 + 1 + 5 + 1);
    for (const d of m6duties) {
      const c = cite(REG, d.cites[0]!);
      const holder = reg.units.find((u) => u.id === d.holder)!;
      expect(fold(holder.name), `${d.id} (${c.label})`).toBe(fold(c.section!));
    }
  });

  it('Müdürlük Ofisi: eleven duties, m.6/MÜDÜRLÜK OFİSİ/2 to /12', () => {
    const ds = dutiesOf(REG, 'Müdürlük Ofisi');
    expect(labels(ds.map((d) => d.citation))).toEqual(Array.from({ length: 11 }, (_, i) => `m.6/MÜDÜRLÜK OFİSİ/${i + 2}`));
    expect(ds.every((d) => d.holder.id === 'mudurluk-ofisi')).toBe(true);
    expect(dutiesOf(REG, 'Müdürlük Ofisi', { topic: 'procurement' }).map((d) => d.text)).toEqual([
      'Müdürlük bünyesinde gerçekleştirilen hizmet ve faaliyetlere ilişkin satın alma işlemlerinin gerçekleştirilmesi,',
    ]);
  });

  it('Hızlı Çözüm Masaları: the opening sentence and the five duties after the list of desks', () => {
    const ds = dutiesOf(REG, 'Hızlı Çözüm Masaları');
    expect(labels(ds.map((d) => d.citation))).toEqual(['m.6/HIZLI ÇÖZÜM MASALARI/1', ...[11, 12, 13, 14, 15].map((n) => `m.6/HIZLI ÇÖZÜM MASALARI/${n}`)]);
    expect(ds[5]!.text).toMatch(/santral kanalı ile gelen tüm telefon çağrılarına cevap verilerek/);
  });

  it('Çağrı Merkezi answers 444 1 575 (number verbatim, m.6/ÇAĞRI MERKEZİ/1)', () => {
    const ds = dutiesOf(REG, 'Çağrı Merkezi');
    expect(labels(ds.map((d) => d.citation))).toEqual(['m.6/ÇAĞRI MERKEZİ/1', 'm.6/ÇAĞRI MERKEZİ/2']);
    expect(ds[0]!.text).toContain('Vatandaşların Belediyeye 444 1 575 numaralı telefon ile iletildiği şikâyet, istek ve önerilerin');
    expect(ds[0]!.citation.section).toBe('ÇAĞRI MERKEZİ');
  });

  it('WhatsApp Hattı answers 0530 125 13 55 (number verbatim, m.6/WHATSAPP HATTI/1)', () => {
    const [d, ...rest] = dutiesOf(REG, 'WhatsApp Hattı');
    expect(rest).toEqual([]);
    expect(d!.holder).toEqual({ id: 'whatsapp-hatti', name: 'WhatsApp Hattı', kind: 'unit' });
    expect(d!.text).toContain('Vatandaşlardan 0530 125 13 55 numaralı whatsapp hattı aracılığı ile');
    expect(d!.citation).toMatchObject({ article: 6, section: 'WHATSAPP HATTI', item: '1', label: 'm.6/WHATSAPP HATTI/1' });
  });

  it('finds a duty by its number: who answers 0530 125 13 55?', () => {
    const [hit] = findDuties('0530 125 13 55', { regulation: REG });
    expect(hit!.holder.id).toBe('whatsapp-hatti');
    expect(hit!.citation.label).toBe('m.6/WHATSAPP HATTI/1');
  });

  it('Vatandaş Katılım Birimi and the Burs Birimi hold the duties under their headings', () => {
    expect(labels(dutiesOf(REG, 'Vatandaş Katılım Birimi').map((d) => d.citation))).toEqual([1, 2, 3, 4, 5].map((n) => `m.6/VATANDAŞ KATILIM BİRİMİ/${n}`));
    const [burs] = dutiesOf(REG, "Karşıyaka'nın Filizleri Burs Birimi");
    expect(burs!.citation.label).toBe("m.6/KARŞIYAKA'NIN FİLİZLERİ BURS BİRİMİ/1");
    expect(burs!.text).toContain('ihtiyaç sahibi öğrencilerle eğitim bursu vermek isteyenleri');
    expect(dutiesOf(REG, 'Sivil Toplum Kuruluşları Birimi')[0]!.citation.label).toBe('m.6/SİVİL TOPLUM KURULUŞLARI BİRİMİ/1');
  });
});

describe('units and posts', () => {
  const childrenOf = (parent: string) => reg.units.filter((u) => u.parent === parent).map((u) => u.name);

  it('the Müdürlük consists of the eight units of m.5/3, in the order printed', () => {
    expect(reg.organisation).toBe('halkla-iliskiler-mudurlugu');
    expect(childrenOf('halkla-iliskiler-mudurlugu')).toEqual([
      'Müdürlük Ofisi', 'Hızlı Çözüm Masaları', 'Çağrı Merkezi', 'WhatsApp Hattı', 'Esnaf Masası',
      'Sivil Toplum Kuruluşları Birimi', 'Vatandaş Katılım Birimi', "Karşıyaka'nın Filizleri Burs Birimi",
    ]);
    for (const u of reg.units.filter((x) => x.parent === 'halkla-iliskiler-mudurlugu')) expect(u.cites[0], u.id).toBe('art_5__para_3');
  });

  it('the desks listed under Hızlı Çözüm Masaları are its units, each cited by position', () => {
    expect(childrenOf('hizli-cozum-masalari')).toEqual([
      'Karşılama', 'Santral', 'Tahakkuk Masası', 'Zabıta Masası', 'Engelsiz Masa', 'Resmi Dilekçe Masası',
      'Can Dostlar Masası', 'Esnaf Masası', 'KAYDEM Masası',
    ]);
    const zabita = reportsTo(REG, 'Zabıta Masası');
    expect(zabita.lines).toHaveLength(1);
    expect(zabita.lines[0]).toMatchObject({ to: { id: 'hizli-cozum-masalari' }, relation: 'attached-to', basis: 'structural' });
    expect(labels(zabita.lines[0]!.citations)).toEqual(['m.6/HIZLI ÇÖZÜM MASALARI/5']);
    // the text gives the desks no duties of their own; the Santral's work is plainly item 15's (an inference)
    for (const desk of childrenOf('hizli-cozum-masalari').filter((n) => n !== 'Santral' && n !== 'Esnaf Masası')) expect(dutiesOf(REG, desk), desk).toEqual([]);
    const [santral, ...rest] = dutiesOf(REG, 'Santral');
    expect(rest).toEqual([]);
    expect(santral!.citation.label).toBe('m.6/HIZLI ÇÖZÜM MASALARI/15');
    expect(santral!.text).toBe('Belediyeye santral kanalı ile gelen tüm telefon çağrılarına cevap verilerek, gelen isteklerin ilgili birimlere aktarımının sağlanması görevlerini yürütür.');
    expect(santral!.note).toMatch(/^Çıkarım: Metin bu görevi Hızlı Çözüm Masalarına yazar/);
    // and it stays the Hızlı Çözüm Masaları's, where the text puts it
    expect(dutiesOf(REG, 'Hızlı Çözüm Masaları').map((d) => d.citation.label)).toContain('m.6/HIZLI ÇÖZÜM MASALARI/15');
  });

  it('the Müdürlük Ofisi is made up of Gerçekleştirme Görevlisi, Taşınır Kayıt/Kontrol Yetkilisi, Cimer Yetkilisi (m.6/MÜDÜRLÜK OFİSİ/1)', () => {
    const ofis = reg.posts.filter((p) => p.unit === 'mudurluk-ofisi');
    expect(ofis.map((p) => p.name)).toEqual(['Gerçekleştirme Görevlisi', 'Taşınır Kayıt/Kontrol Yetkilisi', 'Cimer Yetkilisi']);
    for (const p of ofis) expect(p.cites).toEqual(['art_6__sec_mudurluk-ofisi__item_1']);
  });

  it('gives the Ofis posts, whose Ofis has no head, the structural line to the Müdür', () => {
    for (const post of ['Gerçekleştirme Görevlisi', 'Taşınır Kayıt/Kontrol Yetkilisi', 'Cimer Yetkilisi']) {
      const [l, ...rest] = reportsTo(REG, post).lines;
      expect(rest).toEqual([]);
      expect([l!.to.id, l!.relation, l!.basis, l!.citations[0]!.label]).toEqual(['mudur', 'superior', 'structural', 'm.6/MÜDÜRLÜK OFİSİ/1']);
      expect(l!.note).toBe('Metin Müdürlük Ofisi için bir amir göstermez; Müdür, bu birimi kapsayan Halkla İlişkiler Müdürlüğünün başıdır.');
      expect(ids(chainOfCommand(REG, post))).toEqual([reportsTo(REG, post).subject.id, 'mudur', 'belediye-baskani']);
    }
    // the CİMER duty is the Ofis's, where the text puts it
    expect(dutiesOf(REG, 'Müdürlük Ofisi').map((d) => d.citation.label)).toContain('m.6/MÜDÜRLÜK OFİSİ/7');
  });

  it('each Ofis post has the Ofis item its name plainly answers to (items 3, 5, 7), an inference said in a note', () => {
    const of = (post: string) => dutiesOf(REG, post).map((d) => [d.citation.label, d.text, /^Çıkarım: /.test(d.note ?? '')]);
    expect(of('Gerçekleştirme Görevlisi')).toEqual([['m.6/MÜDÜRLÜK OFİSİ/3', 'Müdürlük bünyesinde gerçekleştirilen hizmet ve faaliyetlere ilişkin satın alma işlemlerinin gerçekleştirilmesi,', true]]);
    expect(of('Taşınır Kayıt/Kontrol Yetkilisi')).toEqual([['m.6/MÜDÜRLÜK OFİSİ/5', 'Taşınır kayıt ve kontrol işlemlerinin takip edilmesi,', true]]);
    const [cimer] = of('Cimer Yetkilisi');
    expect(cimer![0]).toBe('m.6/MÜDÜRLÜK OFİSİ/7');
    expect(cimer![1]).toMatch(/^Vatandaşlar tarafından CİMER'e \(Cumhurbaşkanlığı İletişim Merkezi\) yapılan ve Belediyeyi konu alan başvuruların/);
    expect(cimer![2]).toBe(true);
  });

  it('the Müdürlük has, by the heading of m.6 ("MÜDÜRLÜĞÜN GÖREVLERİ"), the duties of its eight units, besides m.7 and m.8', () => {
    expect(headingOf('art_6')).toBe('MÜDÜRLÜĞÜN GÖREVLERİ');
    const ds = dutiesOf(REG, 'Müdürlük');
    expect(ds.length).toBe(2 + 11 + 6 + 2 + 1 + 1 + 1 + 5 + 1);
    const included = ds.filter((d) => d.via);
    expect(included.length).toBe(28);
    for (const d of included) expect([d.via!.citation.label, d.via!.actor.id]).toEqual(['m.6', d.holder.id]);
    expect(new Set(included.map((d) => d.holder.name))).toEqual(new Set(['Müdürlük Ofisi', 'Hızlı Çözüm Masaları', 'Çağrı Merkezi', 'WhatsApp Hattı', 'Esnaf Masası', 'Sivil Toplum Kuruluşları Birimi', 'Vatandaş Katılım Birimi', "Karşıyaka'nın Filizleri Burs Birimi"]));
    // the inferred post and desk duties are not the units' and are not included
    expect(included.every((d) => !d.note)).toBe(true);
  });

  it('Memur and büro personeli do what their superiors give them (m.10)', () => {
    expect(dutiesOf(REG, 'Memur').map((d) => d.citation.label)).toEqual(['m.10']);
    const [buro] = dutiesOf(REG, 'büro personelleri');
    expect(buro!.holder).toEqual({ id: 'buro-personeli', name: 'Büro personeli', kind: 'post' });
    expect(buro!.text).toBe('Memur ve büro personelleri, görev yaptıkları birim gereğince üstlerinin kendine verdiği işleri mevzuata uygun olarak tam zamanında yapmakla görevlidir.');
  });

  it('Personel has m.10 too: its heading is "PERSONELİN GÖREV, YETKİ VE SORUMLULUĞU"', () => {
    expect(headingOf('art_10')).toBe('PERSONELİN GÖREV, YETKİ VE SORUMLULUĞU');
    const [d, ...rest] = dutiesOf(REG, 'Personel');
    expect(rest).toEqual([]);
    expect(d!.citation.label).toBe('m.10');
    expect(d!.note).toContain('hüküm memur ve büro personelini sayar');
  });
});

describe('"Esnaf Masası": a unit of m.5/3 and a desk under Hızlı Çözüm Masaları', () => {
  it('asking by that name fails with AMBIGUOUS and lists both, never picking one', () => {
    for (const ask of [() => dutiesOf(REG, 'Esnaf Masası'), () => reportsTo(REG, 'ESNAF MASASI'), () => chainOfCommand(REG, 'esnaf masasi')]) {
      const e = errorOf(ask);
      expect(e.code).toBe('AMBIGUOUS');
      expect([...e.suggestions].sort()).toEqual(['esnaf-masasi', 'hizli-cozum-esnaf-masasi']);
    }
  });

  it('records why, in a note on each', () => {
    const unit = reg.units.find((u) => u.id === 'esnaf-masasi')!;
    const desk = reg.units.find((u) => u.id === 'hizli-cozum-esnaf-masasi')!;
    expect(unit.name).toBe('Esnaf Masası');
    expect(desk.name).toBe('Esnaf Masası');
    // each note names the other by where the text prints it, and says the question is asked back
    expect(unit.note).toContain("m.6/HIZLI ÇÖZÜM MASALARI/9'da Hızlı Çözüm Masalarının masaları arasında da geçer");
    expect(unit.note).toContain('hangisinin kastedildiğini sorar');
    expect(desk.note).toContain("m.5/3'te Müdürlüğün sekiz biriminden biri olarak da geçer");
    expect(desk.note).toContain('hangisinin kastedildiğini sorar');
  });

  it('by id, the m.5/3 unit stands under the Müdürlük and holds the ESNAF MASASI duty', () => {
    const line = reportsTo(REG, 'esnaf-masasi').lines;
    expect(line).toHaveLength(1);
    expect(line[0]).toMatchObject({ to: { id: 'halkla-iliskiler-mudurlugu' }, basis: 'structural' });
    expect(labels(line[0]!.citations)).toEqual(['m.5/3']);
    const [d, ...rest] = dutiesOf(REG, 'esnaf-masasi');
    expect(rest).toEqual([]);
    expect(d!.citation.label).toBe('m.6/ESNAF MASASI/1');
    expect(d!.text).toMatch(/^Belediye ile esnaf arasında köprü olacak/);
  });

  it('by id, the desk stands under Hızlı Çözüm Masaları (m.6/HIZLI ÇÖZÜM MASALARI/9) and has no duty of its own', () => {
    const line = reportsTo(REG, 'hizli-cozum-esnaf-masasi').lines;
    expect(line).toHaveLength(1);
    expect(line[0]).toMatchObject({ to: { id: 'hizli-cozum-masalari' }, basis: 'structural' });
    expect(labels(line[0]!.citations)).toEqual(['m.6/HIZLI ÇÖZÜM MASALARI/9']);
    expect(dutiesOf(REG, 'hizli-cozum-esnaf-masasi')).toEqual([]);
  });
});

describe('two upward lines', () => {
  it('the Müdürlük works attached to the Başkan Yardımcısı (m.5/2) and is managed by the Müdür (m.9/2)', () => {
    const a = reportsTo(REG, 'Müdürlük');
    expect(a.subject).toEqual({ id: 'halkla-iliskiler-mudurlugu', name: 'Halkla İlişkiler Müdürlüğü', kind: 'unit' });
    expect(a.lines).toHaveLength(2);
    expect(a.lines[1]).toMatchObject({ to: { id: 'mudur' }, relation: 'superior', basis: 'explicit' });
    expect(labels(a.lines[1]!.citations)).toEqual(['m.9/2']);
    expect(a.lines[0]).toMatchObject({ to: { id: 'baskan-yardimcisi', name: 'Başkan Yardımcısı', kind: 'office' }, relation: 'attached-to', basis: 'explicit' });
    expect(labels(a.lines[0]!.citations)).toEqual(['m.5/2']);
    expect(a.lines[0]!.citations[0]!.text).toBe('Müdürlük; Başkan Yardımcısına bağlı olarak çalışır.');
  });

  it('the Müdür is accountable to the Belediye Başkanı (m.9/10), and the Müdürlük’s attachment to the Başkan Yardımcısı reaches him (m.5/2)', () => {
    const a = reportsTo(REG, 'Müdür');
    expect(a.lines).toHaveLength(2);
    expect(a.lines[0]).toMatchObject({ to: { id: 'belediye-baskani', name: 'Belediye Başkanı', kind: 'office' }, relation: 'accountable-to', basis: 'explicit' });
    expect(labels(a.lines[0]!.citations)).toEqual(['m.9/10']);
    expect(a.lines[0]!.citations[0]!.text).toContain("Belediye Başkanı'na ve mevzuatlar ile belirlenmiş makamlara karşı sorumludur.");
    expect(a.lines[0]!.note).toContain('mevzuatlar ile belirlenmiş makamlara');
    expect(a.lines[1]).toMatchObject({ to: { id: 'baskan-yardimcisi' }, relation: 'attached-to', basis: 'structural' });
    expect(labels(a.lines[1]!.citations)).toEqual(['m.5/2']);
    expect(a.lines[1]!.note).toBe('Metin bunu Halkla İlişkiler Müdürlüğü için söyler; Müdür bu birimin başıdır.');
  });

  it('the Başkan Yardımcısı stands below the Belediye Başkanı who authorises him: an inference, marked (m.12, m.4/3)', () => {
    const [l, ...rest] = reportsTo(REG, 'Başkan Yardımcısı').lines;
    expect(rest).toEqual([]);
    expect([l!.to.id, l!.relation, l!.basis, labels(l!.citations)]).toEqual(['belediye-baskani', 'superior', 'structural', ['m.12', 'm.4/3']]);
    expect(l!.note).toContain('Metin Başkan Yardımcısının kime bağlı olduğunu yazmaz');
  });

  it('so every chain, from a unit or a post, reaches the same top, the Müdür’s explicit line (m.9/10) preferred to the inferred Başkan Yardımcısı', () => {
    expect(ids(chainOfCommand(REG, 'Çağrı Merkezi'))).toEqual(['cagri-merkezi', 'halkla-iliskiler-mudurlugu', 'mudur', 'belediye-baskani']);
    expect(ids(chainOfCommand(REG, 'Memur'))).toEqual(['memur', 'mudur', 'belediye-baskani']);
    expect(ids(chainOfCommand(REG, 'Zabıta Masası'))).toEqual(['zabita-masasi', 'hizli-cozum-masalari', 'halkla-iliskiler-mudurlugu', 'mudur', 'belediye-baskani']);
    // m.9/10: the Müdür is accountable to the Belediye Başkanı — explicit; the Başkan Yardımcısı is
    // reached from the Müdür only by inference (m.5/2 speaks of the Müdürlük) and is above the
    // Belediye Başkanı only by inference (m.12, m.4/3): the chain does not run through two inferences
    const chain = chainOfCommand(REG, 'Müdür');
    expect(ids(chain)).toEqual(['mudur', 'belediye-baskani']);
    expect(chain[1]!.line).toMatchObject({ relation: 'accountable-to', basis: 'explicit' });
    expect(chain[1]!.line!.citations.map((c) => c.label)).toEqual(['m.9/10']);
    expect(chain[1]!.line!.citations[0]!.text).toContain('Belediye Başkanı');
    expect(chain[1]!.line).toBe(reportsTo(REG, 'Müdür').lines.find((l) => l.to.id === 'belediye-baskani'));
    // the Başkan Yardımcısı line is still in reportsTo, as the inference it is
    expect(reportsTo(REG, 'Müdür').lines.find((l) => l.to.id === 'baskan-yardimcisi')).toMatchObject({ basis: 'structural' });
    expect(ids(chainOfCommand(REG, 'Başkan Yardımcısı'))).toEqual(['baskan-yardimcisi', 'belediye-baskani']);
  });

  it('knows the Belediye Başkanı by the names the text uses (m.8 "Belediye Başkanlığı Makamı", m.9/8 "Başkanlık Makamı")', () => {
    for (const n of ['Başkan', 'Başkanlık Makamı', 'belediye başkanlığı makamı']) expect(reportsTo(REG, n).subject.id).toBe('belediye-baskani');
  });

  it('names nobody who acts for the Müdür, and has no fallback clause', () => {
    const a = deputyOf(REG, 'Müdür');
    expect(a.status).toBe('not-regulated');
    expect(a.deputies).toEqual([]);
    expect(a.fallback).toBeUndefined();
    expect(reg.fallback).toBeUndefined();
  });
});

describe('correspondence (m.12)', () => {
  it.each(['valilik', 'kaymakamlik', 'bakanlik', 'public-institution'] as const)('to %s: Müdür paraphs, Belediye Başkanı or the Başkan Yardımcısı he authorises signs', (to) => {
    const a = whoSigns(REG, to);
    expect(a.status).toBe('explicit');
    expect(a.recipient).toBe('public-institution');
    expect(a.signers).toEqual([
      { id: 'belediye-baskani', name: 'Belediye Başkanı', kind: 'office', via: 'own' },
      { id: 'baskan-yardimcisi', name: 'Başkan Yardımcısı', kind: 'office', via: 'delegation' },
    ]);
    expect(a.paraf).toEqual([{ id: 'mudur', name: 'Müdür', kind: 'post' }]);
    expect(a.responsible).toEqual([]);
    expect(labels(a.citations)).toEqual(['m.12']);
    expect(a.citations[0]!.text).toContain("Bakanlık, Valilik, Kaymakamlık ve diğer kamu kuruluşları ile yapacağı yazışmalar Müdür'ün parafı ve Belediye Başkanı'nın veya yetki verdiği Başkan Yardımcısının imzası ile yürütülür.");
    expect(a.fallback).toBeUndefined();
    // the genitive, as the text writes it: "Belediye Başkanı'nın veya yetki verdiği Başkan Yardımcısının imzası"
    expect(a.explanation).toBe('Kamu kurum ve kuruluşlarıyla yazışmalar Müdür parafı ve Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası ile yürütülür (m.12).');
  });

  it('to other directorates: no signer, no fallback; the Müdürlük Ofisi is charged with communication with them (m.6/MÜDÜRLÜK OFİSİ/2), the Müdür with coordination with them (m.9/7)', () => {
    const a = whoSigns(REG, 'inter-directorate');
    expect(a.status).toBe('responsible-only');
    expect(a.signers).toEqual([]);
    expect(a.paraf).toEqual([]);
    expect(a.responsible).toEqual([
      { id: 'mudurluk-ofisi', name: 'Müdürlük Ofisi', kind: 'unit', scope: 'Müdürlüğe bağlı birimlerin kurum içi diğer müdürlükler ile işlemlerindeki iletişimin sağlanması, gerekli tüm sekreteryaya görevlerinin yürütülmesi' },
      { id: 'mudur', name: 'Müdür', kind: 'post', scope: 'Halkla İlişkiler Müdürlüğü ile diğer müdürlükler arasında koordinasyonu sağlar' },
    ]);
    expect(labels(a.citations)).toEqual(['m.6/MÜDÜRLÜK OFİSİ/2', 'm.9/7']);
    expect(a.citations[1]!.text).toBe('Halkla İlişkiler Müdürlüğü ile diğer müdürlükler arasında koordinasyonu sağlar.');
    expect(a.citations[0]!.text).toBe('Müdürlüğe bağlı birimlerin kurum içi diğer müdürlükler ile işlemlerindeki iletişimin sağlanması, gerekli tüm sekreteryaya görevlerinin yürütülmesi,');
    expect(a.fallback).toBeUndefined();
    expect(a.explanation).toBe('Metin diğer müdürlüklerle yazışmaları kimin imzalayacağını belirtmiyor. Bu yazışmalarla ilgili görev verilenler: Müdürlük Ofisi, yalnız "Müdürlüğe bağlı birimlerin kurum içi diğer müdürlükler ile işlemlerindeki iletişimin sağlanması, gerekli tüm sekreteryaya görevlerinin yürütülmesi" bakımından (m.6/MÜDÜRLÜK OFİSİ/2); Müdür, yalnız "Halkla İlişkiler Müdürlüğü ile diğer müdürlükler arasında koordinasyonu sağlar" bakımından (m.9/7). Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.');
  });

  it('to citizens: no signer, no fallback; the Ofis (CİMER applications, Ofis item 7; Bilgi Edinme requests, item 8), the Çağrı Merkezi and the WhatsApp Hattı bring them the replies', () => {
    const a = whoSigns(REG, 'private-party');
    expect(a.status).toBe('responsible-only');
    expect(a.signers).toEqual([]);
    // one entry per charge, each with the text's words for what it covers (the Çağrı Merkezi has two: items 1 and 2)
    expect(a.responsible.map((r) => [r.name, r.scope])).toEqual([
      ['Müdürlük Ofisi', "Vatandaşlar tarafından CİMER'e (Cumhurbaşkanlığı İletişim Merkezi) yapılan ve Belediyeyi konu alan başvuruların ilgili birimlere havale edilmesi, verilen yanıtların CİMER'e iletilmesi"],
      ['Müdürlük Ofisi', '4982 sayılı Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın taleplerinin yerine getirilmesi'],
      ['Çağrı Merkezi', 'Birimlerden gelen yanıtların vatandaşlara en kısa sürede ulaştırılmasının sağlanması'],
      ['Çağrı Merkezi', 'yanıtları hususunda vatandaşların bilgilendirilmesi'],
      ['WhatsApp Hattı', 'yanıtları hususunda vatandaşların bilgilendirilmesi'],
    ]);
    expect(labels(a.citations)).toEqual(['m.6/MÜDÜRLÜK OFİSİ/7', 'm.6/MÜDÜRLÜK OFİSİ/8', 'm.6/ÇAĞRI MERKEZİ/1', 'm.6/ÇAĞRI MERKEZİ/2', 'm.6/WHATSAPP HATTI/1']);
    const [cimer, ...rest] = a.citations;
    expect(cimer!.text).toContain("verilen yanıtların CİMER'e iletilmesi");
    expect(rest[0]!.text).toBe('4982 sayılı Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın taleplerinin yerine getirilmesi,');
    expect(rest[1]!.text).toContain('Birimlerden gelen yanıtların vatandaşlara en kısa sürede ulaştırılmasının sağlanması.');
    expect(rest[2]!.text).toContain('yanıtları hususunda vatandaşların bilgilendirilmesi görevlerini yürütür.');
    expect(rest[3]!.text).toContain('yanıtları hususunda vatandaşların bilgilendirilmesi görevini yürütür.');
    expect(a.fallback).toBeUndefined();
    expect(a.explanation).toMatch(/^Metin özel ve tüzel kişilerle yazışmaları kimin imzalayacağını belirtmiyor\. Bu yazışmalarla ilgili görev verilenler: Müdürlük Ofisi, yalnız "Vatandaşlar tarafından CİMER'e \(Cumhurbaşkanlığı İletişim Merkezi\) yapılan ve Belediyeyi konu alan başvuruların ilgili birimlere havale edilmesi, verilen yanıtların CİMER'e iletilmesi" bakımından \(m\.6\/MÜDÜRLÜK OFİSİ\/7\); Müdürlük Ofisi, yalnız "4982 sayılı Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın taleplerinin yerine getirilmesi" bakımından \(m\.6\/MÜDÜRLÜK OFİSİ\/8\);/);
    expect(a.explanation).toContain('Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.');
    // every scope is the text's own words
    for (const r of reg.correspondence) if (r.scope) expect(cite(REG, r.cites[0]!).text).toContain(r.scope);
  });
});

describe('incoming documents (m.11)', () => {
  it('are collected, filed and passed to the Müdür, who distributes them to the staff', () => {
    const a = whoRoutesIncoming(REG);
    expect(a.status).toBe('explicit');
    expect(a.routers).toEqual([{ id: 'mudur', name: 'Müdür', kind: 'post' }]);
    expect(a.steps.map((s) => [s.action, s.actor?.id, s.to?.map((t) => t.id)])).toEqual([
      ['collect', undefined, undefined], ['file', undefined, undefined], ['forward', undefined, ['mudur']], ['distribute', 'mudur', ['personel']],
    ]);
    // passive in the text ("toplanıp dosyalandıktan sonra Müdür'e iletilir"): the Müdür does not collect, file or register
    expect(a.steps.filter((s) => s.actor?.id === 'mudur').map((s) => s.action)).toEqual(['distribute']);
    expect(labels(a.citations)).toEqual(['m.11', 'm.6/MÜDÜRLÜK OFİSİ/4']);
    expect(a.citations[0]!.text).toContain("Müdürlüğe gelen tüm evraklar toplanıp dosyalandıktan sonra Müdür'e iletilir. Müdür gereği için evrakları personele dağıtır.");
  });

  it('the passive steps name nobody, but the note says that the Ofis has "Evrak yönetiminin sağlanması" (m.6/MÜDÜRLÜK OFİSİ/4), an inference', () => {
    const a = whoRoutesIncoming(REG);
    expect(cite(REG, 'art_6__sec_mudurluk-ofisi__item_4').text).toBe('Evrak yönetiminin sağlanması,');
    expect(a.steps.slice(0, 3).every((s) => s.actor === undefined)).toBe(true);
    expect(a.steps[0]!.note).toMatch(/^Çıkarım: /);
    expect(a.steps[0]!.note).toContain('"Evrak yönetiminin sağlanması" görevini Müdürlük Ofisine verir');
    expect(a.steps.filter((s) => s.note).length).toBe(1);
    expect(reg.routing.slice(0, 3).every((s) => s.cites.includes('art_6__sec_mudurluk-ofisi__item_4'))).toBe(true);
  });

  it('the distribution is also a duty of the Müdür', () => {
    const docs = dutiesOf(REG, 'Müdür', { topic: 'documents' });
    expect(docs.map((d) => [d.text, d.citation.label])).toEqual([['Müdür gereği için evrakları personele dağıtır.', 'm.11']]);
  });
});

describe('the Müdür (m.9)', () => {
  it('is the harcama yetkilisi of the Müdürlük (m.9/6)', () => {
    const budget = dutiesOf(REG, 'Halkla İlişkiler Müdürü', { topic: 'budget' });
    expect(budget.map((d) => [d.text, d.citation.label])).toEqual([
      ['Müdürlüğün yıllık bütçesini hazırlar.', 'm.9/4'],
      ['Müdürlüğün harcama yetkilisidir.', 'm.9/6'],
    ]);
    const [hit] = findDuties('harcama yetkilisi', { regulation: REG });
    expect(hit!.holder.id).toBe('mudur');
    expect(hit!.citation.label).toBe('m.9/6');
  });

  it('has the whole of m.9, 1 to 10 (m.9/10 is also his line to the Belediye Başkanı), and the duties of m.11, in text order', () => {
    const d = dutiesOf(REG, 'Müdür');
    expect(d.map((x) => x.citation.label)).toEqual([
      'm.9/1', 'm.9/1', 'm.9/2', 'm.9/3', 'm.9/4', 'm.9/5', 'm.9/6', 'm.9/7', 'm.9/8', 'm.9/9', 'm.9/10', 'm.11', 'm.11', 'm.11',
    ]);
    expect(d[10]!.topics).toEqual(['accountability', 'compliance']);
  });
});

describe('entry into force (m.13)', () => {
  it('is unknown: after council adoption, on a publication date the text does not give', () => {
    for (const day of ['2000-01-01', '2030-01-01']) {
      const a = inForce(REG, day);
      expect(a.status).toBe('unknown');
      expect(a.from).toBeUndefined();
      expect(a.condition).toContain("Karşıyaka Belediye Meclisi'nde kabul edildikten sonra");
      expect(a.condition).toContain('yayınlandığı tarihte yürürlüğe girer');
      expect(labels(a.citations)).toEqual(['m.13']);
    }
    expect(reg.entryIntoForce.rule).toBe('on-event');
    expect(inForce(REG, '2030-01-01')).toMatchObject({ basis: 'undated', caveat: expect.stringContaining('Bu pakette bulunmayan') });
    // recorded as Kocaeli records it: body and note, no date, no decision
    expect(reg.adoption).toMatchObject({ body: 'Karşıyaka Belediye Meclisi', cites: ['art_13'] });
    expect(reg.adoption!.note).toContain("5393 sayılı Kanun'un 18/m bendi");
    expect([reg.adoption!.date, reg.adoption!.decision]).toEqual([undefined, undefined]);
  });
});

describe('odd characters, kept verbatim and recorded [sic]', () => {
  it('keeps the Cyrillic е and н inside "bilgilенmesinin" (m.6/HIZLI ÇÖZÜM MASALARI/13)', () => {
    const c = cite(REG, 'm.6/HIZLI ÇÖZÜM MASALARI/13');
    expect(c.text).toBe('Karşıyaka halkının belediye hizmetleri konusunda bilgil\u0435\u043dmesinin sağlanması,');
    expect(c.text).not.toContain('bilgilenmesinin');
    const sic = reg.sic!.find((s) => s.provision === c.id)!;
    expect(sic.reading).toBe('bilgil\u0435\u043dmesinin');
    expect(sic.note).toContain('Kiril');
  });

  it('keeps "geređi" with đ, twice, in m.13', () => {
    const c = cite(REG, 'm.13');
    expect(c.text.match(/gere\u0111i/g)).toHaveLength(2);
    expect(c.text).not.toContain('gereği');
    expect(reg.sic!.find((s) => s.provision === 'art_13')!.reading).toBe('gere\u0111i');
  });

  it('records the other slips without correcting them', () => {
    expect(reg.sic!.map((s) => [s.provision, s.reading])).toEqual([
      ['art_6__sec_hizli-cozum-masalari__item_13', 'bilgil\u0435\u043dmesinin'],
      ['art_13', 'gere\u0111i'],
      ['art_6__sec_mudurluk-ofisi__item_2', 'sekreteryaya görevlerinin'],
      ['art_6__sec_cagri-merkezi__item_1', 'telefon ile iletildiği'],
      ['art_8', 'verilen görevlerin yerine getirilmesi.'],
      ['art_9__para_9', 'talepte bulunur'],
    ]);
    expect(cite(REG, 'm.6/MÜDÜRLÜK OFİSİ/2').text).toContain('gerekli tüm sekreteryaya görevlerinin yürütülmesi');
  });
});

describe('Karşıyaka Halkla İlişkiler: the executor’s duty (issue 20, Wrong 1)', () => {
  it('executing the text is a duty of the Belediye Başkanı: m.14 "Bu yönetmelik hükümlerini Belediye Başkanı yürütür."', () => {
    expect(cite(REG, 'm.14').text).toBe('Bu yönetmelik hükümlerini Belediye Başkanı yürütür.');
    const d = dutiesOf(REG, 'Belediye Başkanı').filter((x) => x.topics.includes('execution'));
    expect(d.map((x) => [x.holder.id, x.citation.label, x.text])).toEqual([['belediye-baskani', 'm.14', 'Bu yönetmelik hükümlerini Belediye Başkanı yürütür.']]);
    // found through the topic, in Turkish too, and by search
    expect(dutiesOf(REG, 'Belediye Başkanı', { topic: 'yürütme' }).map((x) => x.citation.label)).toEqual(['m.14']);
    expect(findDuties('', { regulation: REG, topic: 'execution' }).map((x) => x.holder.id)).toEqual(['belediye-baskani']);
    expect(getRegulation(REG).executor?.actor).toBe('belediye-baskani');
  });
});

describe('Karşıyaka Halkla İlişkiler: disclosure and residual duties (issue 20)', () => {
  const byTopic = (topic: string) => findDuties('', { regulation: REG, topic }).map((d) => [d.holder.id, d.citation.label]);
  it('residual: m.7, "Belediye Başkanı\'nca verilen tüm görevleri"', () => {
    expect(cite(REG, 'm.7').text).toContain("5393 sayılı Belediye Kanunu'na dayanarak Belediye Başkanı'nca verilen tüm görevleri kanunlar çerçevesinde yapmaya yetkilidir");
    expect(byTopic('residual')).toEqual([['halkla-iliskiler-mudurlugu', 'm.7']]);
  });
  it('disclosure: the Müdürlük Ofisi’s Bilgi Edinme item (m.6/MÜDÜRLÜK OFİSİ/8)', () => {
    expect(byTopic('disclosure')).toEqual([['mudurluk-ofisi', 'm.6/MÜDÜRLÜK OFİSİ/8']]);
    expect(dutiesOf(REG, 'Müdürlük Ofisi', { topic: 'disclosure' }).map((d) => d.text)).toEqual([
      '4982 sayılı Bilgi Edinme Hakkı Kanunu kapsamında vatandaşlarımızın taleplerinin yerine getirilmesi,',
    ]);
  });
  it('archive, discipline and handover: no duty of the text carries them (m.11’s "dosyalandıktan sonra" is a routing step with no holder)', () => {
    for (const topic of ['archive', 'discipline', 'handover']) expect(byTopic(topic)).toEqual([]);
  });
});
