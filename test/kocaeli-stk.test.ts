// Kocaeli Büyükşehir Belediyesi Sivil Toplum Kuruluşları İle İlişkiler Dairesi Başkanlığı yönetmeliği,
// asked through the public API.
import { describe, expect, it } from 'vitest';
import {
  chainOfCommand, cite, fold, define, deputyOf, dutiesOf, findDuties, getRegulation, inForce, isMevzuatError,
  reportsTo, whoRoutesIncoming, whoSigns,
} from '../src/index.js';
import { DefinitionAnswer, DeputyAnswer, InForceAnswer, ReportsToAnswer, RoutingAnswer, WhoSignsAnswer } from '../src/schema/answers.js';
import { Duty } from '../src/schema/regulation.js';

const R = 'kocaeli-stk';
const names = (list: readonly { name: string }[]) => list.map((a) => a.name);
const labels = (list: readonly { label: string }[]) => list.map((c) => c.label);
const lineSummary = (a: ReturnType<typeof reportsTo>) =>
  a.lines.map((l) => [l.to.id, l.relation, l.basis, labels(l.citations).join(' ')]);

describe('Kocaeli STK: the regulation', () => {
  const reg = getRegulation(R);
  it('has no title line: the title is supplied by the library and says so', () => {
    expect(reg.titleSource).toBe('supplied');
    expect(reg.titleNote).toContain('Metinde başlık satırı yoktur');
    expect(reg.titleNote).toContain('alıntı olarak gösterilmemelidir');
    expect(reg.document.some((n) => n.kind === 'title')).toBe(false);
    // the text opens with its first part, not a title
    expect(reg.document[0]).toMatchObject({ kind: 'part', num: 'BİRİNCİ BÖLÜM', title: 'Amaç Kapsam Dayanak ve Tanımlar' });
    // and the supplied title is not a quotation of any provision
    expect(reg.provisions.some((p) => p.text.includes(reg.title))).toBe(false);
  });
  it('is a yönetmelik of Kocaeli Büyükşehir Belediyesi, found by the municipality name', () => {
    expect(reg.kind).toBe('yonetmelik');
    expect(reg.municipality).toEqual({ name: 'Kocaeli Büyükşehir Belediyesi', kind: 'buyuksehir-belediyesi', province: 'Kocaeli' });
    for (const name of ['Kocaeli', 'KOCAELI', 'Kocaeli Büyükşehir Belediyesi', 'kocaeli büyükşehir belediyesi']) {
      expect(getRegulation(name as 'Kocaeli').id).toBe(R);
    }
  });
  it('rests on five enactments (m.2): 5393, 5216, KHK 678, KHK 687 and 5018, each on its own line', () => {
    expect(reg.legalBasis.map((b) => [b.kind, b.number, b.date, b.articles, b.cites])).toEqual([
      ['kanun', '5393', '2005-07-03', ['13', '14/a', '15/b', '74', '75/a', '75/c', '76', '77'], ['art_2__para_1__item_1']],
      ['kanun', '5216', '2004-07-10', ['7/v', '24/n'], ['art_2__para_1__item_2']],
      ['khk', '678', '2016-11-22', ['34'], ['art_2__para_1__item_3']],
      ['khk', '687', '2017-02-09', ['5'], ['art_2__para_1__item_4']],
      ['kanun', '5018', '2003-12-10', [], ['art_2__para_1__item_5']],
    ]);
    expect(reg.legalBasis[1]!.name).toBe('Büyükşehir Belediyesi Kanunu');
    expect(cite(R, 'm.2/1-3').text).toBe('22/ 11/ 2016 tarihli ve 678 sayılı Kanun Hükmünde Kararnamenin 34 –üncü maddesi;');
    expect(cite(R, 'm.2/1-5').text).toBe('10/ 12/ 2003 tarihli 5018 sayılı Kamu Mali Yönetimi ve Kontrol Kanunu’na dayanılarak hazırlanmıştır.');
  });
  it('records adoption as Karşıyaka does (a condition of m.14, undated), repeals nothing; the Başkan executes it (m.15)', () => {
    expect(reg.adoption).toMatchObject({ body: 'Belediye Meclisi', cites: ['art_14__para_1', 'art_3__para_1__point_c'] });
    expect([reg.adoption!.date, reg.adoption!.decision]).toEqual([undefined, undefined]);
    expect(reg.adoption!.note).toContain('metin kabulün tarihini ve karar sayısını vermez');
    expect(reg.repeals).toEqual([]);
    expect(reg.executor).toEqual({ actor: 'baskan', cites: ['art_15__para_1'] });
    expect(cite(R, 'm.15/1').text).toBe('Bu yönetmelik hükümlerini Başkan yürütür.');
  });
});

describe('Kocaeli STK: entry into force (m.14)', () => {
  it('is unknown on any date: it waits for the Meclis, the Sayıştay’s opinion and publication, none of them dated', () => {
    for (const day of ['2018-01-01', '2030-06-30']) {
      const a = InForceAnswer.parse(inForce(R, day));
      expect(a.status).toBe('unknown');
      expect(a.basis).toBe('undated');
      expect(a.from).toBeUndefined();
      expect(a.caveat).toContain('Bu pakette bulunmayan bir metinle');
      expect(a.condition).toContain('Belediye Meclisi tarafından kabul edilerek ve Sayıştay’ın görüşü alındıktan sonra usulünce ilan edilerek yürürlüğe girer');
      expect(labels(a.citations)).toEqual(['m.14/1']);
      expect(a.citations[0]!.text).toContain('İş bu yönetmelik');
    }
  });
});

describe('Kocaeli STK: organisation (m.4)', () => {
  const reg = getRegulation(R);
  it('the Daire Başkanlığı is made of three Şube Müdürlükleri, each attached to it (m.4/a–c, m.5/b), and no fourth', () => {
    const subs = reg.units.filter((u) => u.kind === 'sube-mudurlugu');
    expect(names(subs)).toEqual(['AB ve Dış İlişkiler Şube Müdürlüğü', 'Esnaf ve Sanatkâr İşleri Şube Müdürlüğü', 'Sivil Toplum Kuruluşları Şube Müdürlüğü']);
    expect(subs.map((u) => u.generic ?? false)).toEqual([false, false, false]);
    for (const u of subs) expect(u.parent).toBe(reg.organisation);
    const daire = 'sivil-toplum-kuruluslari-ile-iliskiler-dairesi-baskanligi';
    expect(lineSummary(ReportsToAnswer.parse(reportsTo(R, 'Esnaf ve Sanatkâr İşleri Şube Müdürlüğü'))))
      .toEqual([[daire, 'attached-to', 'explicit', 'm.4/b m.5/b']]);
    expect(lineSummary(reportsTo(R, 'ab ve dis iliskiler sube mudurlugu'))).toEqual([[daire, 'attached-to', 'explicit', 'm.4/a m.5/b']]);
  });
  it('each Şube Müdürlüğü has şeflikler, "ve bu Şube Müdürlüklerine bağlı şeflik" (m.4/1, closing line): one generic şeflik under each of the three', () => {
    const seflik = reg.units.find((u) => u.id === 'seflik')!;
    expect(seflik).toMatchObject({ name: 'şeflik', kind: 'seflik', generic: true, parents: ['ab-ve-dis-iliskiler-sube-mudurlugu', 'esnaf-ve-sanatkar-isleri-sube-mudurlugu', 'sivil-toplum-kuruluslari-sube-mudurlugu'] });
    expect(seflik.parent).toBeUndefined();
    expect(reg.units.filter((u) => u.kind === 'seflik')).toHaveLength(1);
    const a = reportsTo(R, 'şeflik');
    expect(lineSummary(a)).toEqual(seflik.parents!.map((p) => [p, 'attached-to', 'explicit', 'm.4/1-1']));
    expect(a.lines[0]!.citations[0]!.text).toBe('ve bu Şube Müdürlüklerine bağlı şeflik ve alt birimlerden oluşturulur.');
    for (const l of a.lines) expect(l.note).toContain('metin hangi şefliğin hangisine bağlı');
  });
  it('the posts the Tanımlar define are entities; Şube Müdürü, Şef and Personel stand for a class', () => {
    const post = (id: string) => reg.posts.find((p) => p.id === id)!;
    expect(post('daire-baskani')).toMatchObject({ name: 'Daire Başkanı', heads: true, unit: reg.organisation });
    expect(post('daire-baskani').generic).toBeUndefined();
    for (const id of ['sube-muduru', 'sef', 'personel']) expect(post(id).generic, id).toBe(true);
    expect(post('sube-muduru').cites[0]).toBe('art_3__para_1__point_f');
  });
  it('the head of each Şube Müdürlüğü carries a name the text never writes (nameSupplied, with a note)', () => {
    for (const [id, unit] of [
      ['ab-ve-dis-iliskiler-sube-muduru', 'ab-ve-dis-iliskiler-sube-mudurlugu'],
      ['esnaf-ve-sanatkar-isleri-sube-muduru', 'esnaf-ve-sanatkar-isleri-sube-mudurlugu'],
      ['sivil-toplum-kuruluslari-sube-muduru', 'sivil-toplum-kuruluslari-sube-mudurlugu'],
    ] as const) {
      const p = reg.posts.find((x) => x.id === id)!;
      expect(p).toMatchObject({ nameSupplied: true, heads: true, unit });
      expect(p.note).toContain('Metin bu adı hiç yazmaz');
      expect(reg.provisions.some((x) => x.text.includes(p.name))).toBe(false);
    }
  });
});

describe('Kocaeli STK: reporting lines', () => {
  it('the Daire Başkanı is accountable to the üst yönetim (m.5/k) and does the other tasks it gives (m.5/j)', () => {
    const a = reportsTo(R, 'Daire Başkanı');
    expect(lineSummary(a)).toEqual([['ust-yonetim', 'accountable-to', 'explicit', 'm.5/k'], ['ust-yonetim', 'tasked-by', 'explicit', 'm.5/j']]);
    expect(a.lines[0]!.to.name).toBe('Üst Yönetim');
    expect(a.lines[0]!.citations[0]!.text).toContain('üst yönetime karşı sorumludur');
  });
  it('every Şube Müdürü is accountable to the Daire Başkanı (m.6/p)', () => {
    const a = reportsTo(R, 'Şube Müdürü');
    expect(lineSummary(a)).toEqual([['daire-baskani', 'accountable-to', 'explicit', 'm.6/p']]);
    expect(a.lines[0]!.citations[0]!.text).toBe('Şube Müdürü, müdürlük görevlerinin tam ve zamanında yerine getirilmesinden Daire Başkanına karşı sorumludur.');
  });
  it('m.9/i and m.11/j restate it for their own Şube Müdürü; m.10 has no such bent, so Esnaf rests on m.6/p alone', () => {
    expect(lineSummary(reportsTo(R, 'AB ve Dış İlişkiler Şube Müdürü'))).toEqual([['daire-baskani', 'accountable-to', 'explicit', 'm.9/i m.6/p']]);
    expect(lineSummary(reportsTo(R, 'Sivil Toplum Kuruluşları Şube Müdürü'))).toEqual([['daire-baskani', 'accountable-to', 'explicit', 'm.11/j m.6/p']]);
    expect(lineSummary(reportsTo(R, 'Esnaf ve Sanatkâr İşleri Şube Müdürü'))).toEqual([['daire-baskani', 'accountable-to', 'explicit', 'm.6/p']]);
    expect(cite(R, 'm.10').text).not.toContain('Daire Başkanına karşı sorumludur');
    expect(cite(R, 'm.9/i').text).toContain('Daire Başkanına karşı sorumludur');
    expect(cite(R, 'm.11/j').text).toContain('daire başkanına karşı sorumludur');
  });
  it('the Şefler are accountable both to the Daire Başkanı and to the Şube Müdürleri (m.7/b), and attached to their "müdür" (m.7/g, m.7/ı)', () => {
    expect(lineSummary(reportsTo(R, 'Şefler'))).toEqual([
      ['daire-baskani', 'accountable-to', 'explicit', 'm.7/b'],
      ['sube-muduru', 'accountable-to', 'explicit', 'm.7/b'],
      ['sube-muduru', 'attached-to', 'explicit', 'm.7/g m.7/ı'],
    ]);
    // the nearest of the two comes first in the chain
    expect(names(chainOfCommand(R, 'Şef'))).toEqual(['Şef', 'Şube Müdürü', 'Daire Başkanı', 'Üst Yönetim']);
  });
  it('Personel carry out what the Şube Müdürü and the Şefler assign (m.8/1): tasked-by, not "amir"', () => {
    const a = reportsTo(R, 'Personel');
    expect(a.lines.map((l) => [l.to.name, l.relation, l.basis, labels(l.citations)[0]])).toEqual([
      ['Şube Müdürü', 'tasked-by', 'explicit', 'm.8/1'],
      ['Şef', 'tasked-by', 'explicit', 'm.8/1'],
    ]);
    for (const l of a.lines) expect(l.note).toContain('Metin "amir"');
    expect(a.lines[0]!.citations[0]!.text).toContain('Şube Müdürü ve Şeflerin verdiği tüm görevleri eksiksiz ve zamanında yerine getirmek');
    expect(names(chainOfCommand(R, 'personel'))).toEqual(['Personel', 'Şef', 'Şube Müdürü', 'Daire Başkanı', 'Üst Yönetim']);
  });
  it('the text names nobody to act for an absent Şube Müdürü or Daire Başkanı, and has no fallback clause', () => {
    for (const who of ['Şube Müdürü', 'Daire Başkanı', 'Şef']) {
      const a = DeputyAnswer.parse(deputyOf(R, who));
      expect(a.status).toBe('not-regulated');
      expect(a.deputies).toEqual([]);
      expect(a.fallback).toBeUndefined();
    }
  });
  it('what the text does say for the Daire Başkanı’s absence: the Şube Müdürü takes the initiative (m.6/f), not as vekâlet', () => {
    const a = deputyOf(R, 'Daire Başkanı');
    expect(a.inAbsence).toHaveLength(1);
    const [x] = a.inAbsence;
    expect([x!.actor.id, x!.condition, x!.citation.label]).toEqual(['sube-muduru', 'üst amirlerin bulunmadığı olaylarda', 'm.6/f']);
    expect(x!.note).toContain('Bu bir vekâlet hükmü değildir');
    expect(labels(a.citations)).toEqual(['m.6/f']);
    expect(deputyOf(R, 'Şube Müdürü').inAbsence).toEqual([]);
  });
});

describe('Kocaeli STK: duties', () => {
  it('the Şube Müdürü has the whole of m.6, a to p (m.6/p is also his line to the Daire Başkanı)', () => {
    const m6 = dutiesOf(R, 'Şube Müdürü').filter((d) => d.citation.article === 6);
    expect(m6.map((d) => d.citation.item).join('')).toBe('abcçdefgğhıijklmnoöp');
    expect(m6.at(-1)!.topics).toEqual(['accountability']);
    for (const d of m6) {
      expect(Duty.parse(d).holder.id).toBe('sube-muduru');
      expect(d.via).toBeUndefined();
    }
    expect(dutiesOf(R, 'Şube Müdürü').some((d) => d.citation.article === 9 || d.citation.article === 10 || d.citation.article === 11)).toBe(false);
  });
  it.each([
    ['Şube Müdürü', '(m.3/f)', 'abcçdefg'],
    ['Şef', '(m.3/e)', 'abcçdef'],
    ['Daire Başkanı', "m.3/d'deki Personel tanımına (Daire Başkanlığı ve bağlı Şube Müdürlüklerinde görev yapan", 'abcçdefg'],
  ] as const)('m.12 binds "Dairede görevli tüm personel": the %s has its items a–f too, each a labelled inference (%s)', (post, definition, items) => {
    expect(cite(R, 'm.12/1').text).toMatch(/^Dairede görevli tüm personelin çalışma esasları şunlardır,/);
    const m12 = dutiesOf(R, post).filter((d) => d.citation.article === 12);
    expect(m12.map((d) => d.citation.item).join('')).toBe(items);
    for (const d of m12.filter((x) => x.citation.item !== 'g')) {
      expect(d.note).toMatch(/^Çıkarım: m\.12 bu esası "Dairede görevli tüm personel" için koyar\./);
      expect(d.note).toContain(definition);
      expect(d.text).toBe(cite(R, d.citation.label).text);
    }
    // m.12/g's first sentence binds the evrak ve dosya memurları only: not theirs
    expect(m12.some((d) => d.text.startsWith('Birimlerin evrak ve dosya memurları'))).toBe(false);
  });
  it('the Şube Müdürü\'s m.12/a (no information outside without leave) says that m.12/g names him among those who give it', () => {
    const a = dutiesOf(R, 'Şube Müdürü').find((d) => d.citation.label === 'm.12/a')!;
    expect(a.text).toBe('Biriminde yürütülen iş ve işlemler hakkındaki bilgiler izinsiz olarak kurum dışına verilemez,');
    expect(a.note).toContain('m.12/g ise bilgi alacak kişilerin bilgiyi Daire Başkanı, Şube Müdürü veya yetki verilen görevliden alacağını söyler');
    // and each Şube Müdürlüğü's head has them through m.9/1, m.10/1, m.11/1
    expect(dutiesOf(R, 'AB ve Dış İlişkiler Şube Müdürü').filter((d) => d.citation.article === 12).map((d) => d.via?.citation.label)).toEqual(Array(8).fill('m.9/1'));
  });
  it.each([
    ['AB ve Dış İlişkiler Şube Müdürü', 'AB ve Dış İlişkiler Şube Müdürlüğü', 9, 'abcçdefgğhıi', 'm.9/1'],
    ['Esnaf ve Sanatkâr İşleri Şube Müdürü', 'Esnaf ve Sanatkâr İşleri Şube Müdürlüğü', 10, 'abcçdefgğhıijk', 'm.10/1'],
    ['Sivil Toplum Kuruluşları Şube Müdürü', 'Sivil Toplum Kuruluşları Şube Müdürlüğü', 11, 'abcçdefgğhıij', 'm.11/1'],
  ] as const)('the %s has the m.6 duties and, "in addition to" them, those of the %s (m.%i), each with its article',
    (head, unit, art, items, chapeau) => {
      const all = dutiesOf(R, head);
      const general = all.filter((d) => d.citation.article === 6);
      const own = all.filter((d) => d.citation.article === art);
      expect(general.map((d) => d.citation.item).join('')).toBe('abcçdefgğhıijklmnoöp');
      for (const d of general) expect([d.holder.name, d.via?.actor.name, d.via?.citation.label]).toEqual(['Şube Müdürü', 'Şube Müdürü', chapeau]);
      expect(own.map((d) => d.citation.item).join('')).toBe(items);
      for (const d of own) expect([d.holder.name, d.via?.actor.name, d.via?.citation.label]).toEqual([unit, unit, chapeau]);
      expect(general[0]!.via!.citation.text).toContain('Şube Müdürü’nün Madde 6’da belirtilen genel görevlerinin yanında');
      // the Müdürlük's own duties, asked of the Müdürlük, come without the m.6 ones
      expect(dutiesOf(R, unit).map((d) => d.citation.article)).toEqual(own.map(() => art));
    });
  it('the Daire Başkanı is the harcama yetkilisi and attaches the iç kontrol güvence beyanı (m.5/d)', () => {
    const hits = findDuties('iç kontrol güvence beyanı', { regulation: R });
    expect([hits[0]!.holder.name, hits[0]!.citation.label]).toEqual(['Daire Başkanı', 'm.5/d']);
    expect(hits[0]!.text).toContain('Harcama yetkilisi olarak');
    expect(hits[0]!.text).toContain('iç kontrol güvence beyanını düzenleyerek birim faaliyet raporlarına eklemek');
    expect(labels(dutiesOf(R, 'Daire Başkanı', { topic: 'budget' }).map((d) => d.citation))).toEqual(['m.5/b', 'm.5/c', 'm.5/d']);
  });
  it('the Şube Müdürü conducts the şube’s internal and external correspondence (m.6/m)', () => {
    const d = dutiesOf(R, 'Şube Müdürü', { topic: 'correspondence' });
    expect(d.map((x) => [x.citation.label, x.text])).toEqual([['m.6/m', 'Şube müdürlüğünün iç ve dış yazışmalarını yürütmek,']]);
  });
  it('the Şefler keep the incoming-document and custody records and hand documents out fairly (m.7/h)', () => {
    const d = dutiesOf(R, 'Şef', { topic: 'documents' });
    expect(labels(d.map((x) => x.citation))).toEqual(['m.7/h', 'm.12/a', 'm.12/ç', 'm.12/d', 'm.12/e']);
    expect(d[0]!.text).toBe('Gelen evrak ve zimmet kayıtlarının zamanında ve düzenli olarak tutmak, maiyetindeki personel arasında hakkaniyet ve eşitlik esaslarına uygun olarak iş dağılımını ve evrak zimmetlemesini sağlamak,');
  });
  it('the Şef’s list is the whole of m.7, a to i, then m.12/a–f; m.7/b, his accountability and his superiors’ tasks, whole', () => {
    expect(dutiesOf(R, 'Şef').filter((x) => x.citation.article === 7).map((x) => x.citation.item).join('')).toBe('abcçdefgğhıi');
    expect(dutiesOf(R, 'Şef').map((x) => x.citation.article)).toEqual([...Array(12).fill(7), ...Array(7).fill(12)]);
    const d = dutiesOf(R, 'Şef').find((x) => x.citation.label === 'm.7/b')!;
    expect(d.text).toBe('Şefler, Daire Başkanı ve Şube Müdürlerine karşı sorumlu olup, üstleri tarafından verilen diğer görevleri yerine getirmekle yükümlüdür.');
    expect(d.topics).toEqual(['accountability', 'compliance', 'residual']);
  });
  it('the Daire Başkanı’s list is the whole of m.5, a to k (m.5/k also his line to the üst yönetim)', () => {
    const d = dutiesOf(R, 'Daire Başkanı').filter((x) => x.citation.article === 5);
    expect(d.map((x) => x.citation.item).join('')).toBe('abcçdefgğhıijk');
    expect(d.at(-1)!.topics).toEqual(['accountability']);
  });
  it('m.9/i and m.11/j close their Müdürlük’s list; the Şube Müdürü gets them through m.9/1 and m.11/1, and the note says so', () => {
    const d = dutiesOf(R, 'AB ve Dış İlişkiler Şube Müdürlüğü').at(-1)!;
    expect([d.citation.label, d.topics]).toEqual(['m.9/i', ['accountability']]);
    expect(d.note).toContain('liste bütün kalsın');
    expect(dutiesOf(R, 'Sivil Toplum Kuruluşları Şube Müdürlüğü').at(-1)!.citation.label).toBe('m.11/j');
  });
  it('the üst yönetim is competent to issue yönergeler (m.13/1)', () => {
    const d = dutiesOf(R, 'Üst Yönetim');
    expect(d.map((x) => [x.holder.id, x.citation.label])).toEqual([['ust-yonetim', 'm.13/1']]);
    expect(d[0]!.text).toContain('yönergeler çıkarmaya üst yönetim yetkilidir');
  });
});

describe('Kocaeli STK: working rules binding all staff (m.12)', () => {
  it('they are the Personel’s, a to f, in order; m.12/g binds the evrak ve dosya memurları', () => {
    const m12 = dutiesOf(R, 'Personel').filter((d) => d.citation.article === 12);
    expect(labels(m12.map((d) => d.citation))).toEqual(['m.12/a', 'm.12/b', 'm.12/c', 'm.12/ç', 'm.12/d', 'm.12/e', 'm.12/f']);
    expect(cite(R, 'm.12/1').text).toContain('Dairede görevli tüm personelin çalışma esasları şunlardır,');
  });
  it('confidentiality: no information goes outside without leave (m.12/a), council papers are not shared (m.12/ç)', () => {
    const hits = findDuties('izinsiz', { regulation: R });
    expect(hits.map((d) => [d.citation.label, d.holder.id])).toEqual([['m.12/a', 'personel'], ['m.12/a', 'sef'], ['m.12/a', 'sube-muduru'], ['m.12/a', 'daire-baskani'], ['m.12/g', 'evrak-ve-dosya-memurlari']]);
    expect(hits[0]!.text).toBe('Biriminde yürütülen iş ve işlemler hakkındaki bilgiler izinsiz olarak kurum dışına verilemez,');
    const cc = findDuties('Encümen ve Başkanlık yazıları', { regulation: R })[0]!;
    expect([cc.citation.label, cc.holder.name]).toEqual(['m.12/ç', 'Personel']);
  });
  it('who may give information: the Daire Başkanı, the Şube Müdürü or an authorised official (m.12/g)', () => {
    const hits = findDuties('bilgi alacak kişiler', { regulation: R });
    expect(hits.map((d) => [d.holder.name, d.citation.label])).toEqual([['Daire Başkanı', 'm.12/g'], ['Şube Müdürü', 'm.12/g']]);
    expect(hits[0]!.text).toBe('Bilgi alacak kişiler, bilgileri Daire Başkanı, Şube Müdürü veya yetki verilen görevliden alırlar.');
    const clerks = dutiesOf(R, 'evrak ve dosya memurları');
    expect(clerks.filter((d) => !d.via).map((d) => d.text)).toEqual(['Birimlerin evrak ve dosya memurları izinsiz olarak evrak ve işlemin sonucuna ait bilgi veremezler ve açıklamada bulunamazlar.']);
    // they are Personel (m.3/d): the Personel's duties reach them, marked
    expect(new Set(clerks.filter((d) => d.via).map((d) => `${d.via!.actor.id} ${d.via!.citation.label}`))).toEqual(new Set(['personel m.3/d']));
    expect(cite(R, 'm.12/g').text).toContain('Bu kurallara aykırı davranan personel hakkında kanuni işlem yapılır.');
  });
  it('gifts: no service, treat or gift is accepted, no money lent or borrowed (m.12/f)', () => {
    const hits = findDuties('hediye', { regulation: R });
    expect(hits.map((d) => [d.citation.label, d.holder.name])).toEqual([['m.12/f', 'Personel'], ['m.12/f', 'Şef'], ['m.12/f', 'Şube Müdürü'], ['m.12/f', 'Daire Başkanı']]);
    expect(hits[0]!.text).toContain('hiç kimsenin hizmet, ikram ve hediyelerini kabul edemez');
  });
  it('leaving: materials and documents are handed over with a written record (m.12/e)', () => {
    const hits = findDuties('tutanak', { regulation: R });
    expect(hits.map((d) => [d.citation.label, d.holder.name])).toEqual([['m.12/e', 'Personel'], ['m.12/e', 'Şef'], ['m.12/e', 'Şube Müdürü'], ['m.12/e', 'Daire Başkanı']]);
    expect(hits[0]!.text).toContain('birimindeki görevliye yazılı bir tutanak ile devredilir.');
    expect(cite(R, 'm.12/e').text).toBe(hits[0]!.text);
  });
});

describe('Kocaeli STK: correspondence (m.6/m, m.7/ğ; m.12/a and m.12/g for private persons)', () => {
  const SEF = 'özellikli ve süreli yazışma işlerinin zamanında ve usulüne uygun olarak yapılıp sonuçlandırmasını sağlamak';
  it.each(['inter-directorate', 'public-institution', 'private-party', 'valilik', 'buyuksehir'] as const)(
    'letters to %s: the text names no signer; the Şube Müdürü conducts the correspondence (m.6/m), the Şef the "özellikli ve süreli" part (m.7/ğ)', (to) => {
      const a = WhoSignsAnswer.parse(whoSigns(R, to));
      expect(a.status).toBe('responsible-only');
      expect(a.signers).toEqual([]);
      expect(a.paraf).toEqual([]);
      expect(a.responsible.slice(0, 2)).toEqual([{ id: 'sube-muduru', name: 'Şube Müdürü', kind: 'post' }, { id: 'sef', name: 'Şef', kind: 'post', scope: SEF }]);
      expect(labels(a.citations).slice(0, 2)).toEqual(['m.6/m', 'm.7/ğ']);
      expect(a.citations[0]!.text).toBe('Şube müdürlüğünün iç ve dış yazışmalarını yürütmek,');
      expect(a.citations[1]!.text).toBe('İşlerin plan ve programa bağlanarak özellikli ve süreli yazışma işlerinin zamanında ve usulüne uygun olarak yapılıp sonuçlandırmasını sağlamak,');
      expect(a.fallback).toBeUndefined();
      expect(a.explanation).toContain(`kimin imzalayacağını belirtmiyor. Bu yazışmalarla ilgili görev verilenler: Şube Müdürü (m.6/m); Şef, yalnız "${SEF}" bakımından (m.7/ğ)`);
      expect(a.explanation).toMatch(/Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur\.$/);
    });
  it('to private persons it adds what m.12 says of information given outside: m.12/a, and both sentences of m.12/g on who may and who may not give it', () => {
    const a = WhoSignsAnswer.parse(whoSigns(R, 'vatandaş'));
    expect(labels(a.citations)).toEqual(['m.6/m', 'm.7/ğ', 'm.12/a', 'm.12/g']);
    expect(a.responsible.map((r) => [r.id, r.scope])).toEqual([
      ['sube-muduru', undefined],
      ['sef', SEF],
      ['personel', 'Biriminde yürütülen iş ve işlemler hakkındaki bilgiler izinsiz olarak kurum dışına verilemez'],
      ['evrak-ve-dosya-memurlari', 'Birimlerin evrak ve dosya memurları izinsiz olarak evrak ve işlemin sonucuna ait bilgi veremezler ve açıklamada bulunamazlar'],
      ['daire-baskani', 'Bilgi alacak kişiler, bilgileri Daire Başkanı, Şube Müdürü veya yetki verilen görevliden alırlar'],
      ['sube-muduru', 'Bilgi alacak kişiler, bilgileri Daire Başkanı, Şube Müdürü veya yetki verilen görevliden alırlar'],
    ]);
    // every scope is the text's own words
    for (const r of a.responsible) if (r.scope) expect(a.citations.some((c) => c.text.includes(r.scope!))).toBe(true);
    expect(a.explanation).toContain('Daire Başkanı ve Şube Müdürü, yalnız "Bilgi alacak kişiler, bilgileri Daire Başkanı, Şube Müdürü veya yetki verilen görevliden alırlar" bakımından (m.12/g)');
    // m.12 is about information to people outside: not to other directorates
    expect(labels(whoSigns(R, 'inter-directorate').citations)).toEqual(['m.6/m', 'm.7/ğ']);
  });
});

describe('Kocaeli STK: incoming documents (m.7/h)', () => {
  it('the Şefler register incoming documents and custody records and distribute them among the staff', () => {
    const a = RoutingAnswer.parse(whoRoutesIncoming('Kocaeli'));
    expect(a.status).toBe('explicit');
    expect(names(a.routers)).toEqual(['Şef']);
    expect(a.steps.map((s) => [s.actor?.name, s.action, s.citation.label])).toEqual([['Şef', 'register', 'm.7/h'], ['Şef', 'distribute', 'm.7/h']]);
    expect(a.steps[1]!.to?.map((t) => t.id)).toEqual(['personel']);
    // m.7/h "maiyetindeki personel arasında": the step says what the text says, not all Personel
    expect(a.steps[1]!.toText).toBe('maiyetindeki personel');
    expect(a.steps[1]!.citation.text).toContain('maiyetindeki personel arasında hakkaniyet ve eşitlik esaslarına uygun olarak iş dağılımını ve evrak zimmetlemesini sağlamak');
    expect(labels(a.citations)).toEqual(['m.7/h']);
  });
});

describe('Kocaeli STK: definitions (m.3)', () => {
  it('Üst Yönetim is the Başkan, the Genel Sekreter and the Genel Sekreter Yardımcıları (m.3/g)', () => {
    const a = DefinitionAnswer.parse(define(R, 'ÜST YÖNETİM'));
    // the meaning only, without the list's closing verb ("ifade eder")
    expect(a).toMatchObject({ term: 'Üst Yönetim', meaning: 'Kocaeli Büyükşehir Belediyesi Başkanı, Genel Sekreteri ve Genel Sekreter Yardımcılarını' });
    expect(a.citation.label).toBe('m.3/g');
  });
  it('defines the generic posts verbatim', () => {
    expect(define(R, 'Şube Müdürü')).toMatchObject({ meaning: 'Sivil Toplum Kuruluşları İle İlişkiler Dairesi Başkanlığına bağlı Şube Müdürlerini', citation: { label: 'm.3/f' } });
    expect(define(R, 'sef')).toMatchObject({ term: 'Şef', citation: { label: 'm.3/e' } });
    expect(define(R, 'Daire Başkanı')?.citation.label).toBe('m.3/ç');
    expect(define(R, 'Personel')?.meaning).toContain('tüm memur, işçi, sözleşmeli personel ve diğer personelleri');
  });
  it('answers undefined for a term the Tanımlar do not define', () => {
    expect(define(R, 'Müdürlük')).toBeUndefined();
  });
});

describe('Kocaeli STK: the text’s structure', () => {
  const reg = getRegulation(R);
  it('bents under the only paragraph read m.5/k, with m.5/1-k as the long form', () => {
    expect(cite(R, 'm.5/k')).toMatchObject({ id: 'art_5__para_1__point_k', article: 5, paragraph: 1, item: 'k' });
    expect(cite(R, 'm.5/1-k').id).toBe('art_5__para_1__point_k');
    expect(cite(R, 'm.6/ö').id).toBe('art_6__para_1__point_oo');
    expect(cite(R, 'm.10/ı').id).toBe('art_10__para_1__point_ii');
  });
  it('m.8 has two paragraphs', () => {
    expect(cite(R, 'm.8/1').text).toMatch(/^Daire Başkanlığınca oluşturulan görev bölümü yapısı/);
    expect(cite(R, 'm.8/2').text).toMatch(/sorumludurlar\.$/);
  });
  it('the caption between m.8 and m.9 stands alone as a heading', () => {
    const part = reg.document.find((n) => n.num === 'İKİNCİ BÖLÜM')!;
    const kids = part.children!;
    const i8 = kids.findIndex((n) => n.id === 'art_8');
    expect(kids[i8 + 1]).toMatchObject({ kind: 'heading', text: 'Sivil Toplum Kuruluşları İle İlişkiler Dairesine Bağlı Şube Müdürlüklerinin Görevleri;' });
    expect(kids[i8 + 2]).toMatchObject({ id: 'art_9', heading: 'AB ve Dış İlişkiler Şube Müdürlüğü’nün Görev ve Sorumlulukları' });
  });
  it('the Dayanak is one paragraph of five unlabelled lines (m.2/1-1 … m.2/1-5)', () => {
    const items = reg.provisions.filter((p) => p.parent === 'art_2__para_1');
    expect(items.map((p) => [p.kind, p.label])).toEqual([1, 2, 3, 4, 5].map((n) => ['item', `m.2/1-${n}`]));
    expect(cite(R, 'm.2/1').text).toMatch(/^Bu Yönetmelik;\n3\/7\/2005 tarihli ve 5393 sayılı Belediye Kanunu/);
  });
  it('keeps typos verbatim', () => {
    expect(cite(R, 'm.7/i').text).toContain('faaliyet raporlarını hazırlanmak');
    expect(cite(R, 'm.14/1').text).toMatch(/^İş bu yönetmelik/);
    expect(reg.sic?.map((s) => s.provision)).toContain('art_7__para_1__point_h');
  });
});

describe('Kocaeli STK: names', () => {
  it('"Müdür", as m.7 calls the Şube Müdürü ("bağlı olduğu müdüre"), finds the Şube Müdürü', () => {
    expect(reportsTo(R, 'Müdür').subject.id).toBe('sube-muduru');
    expect(dutiesOf(R, 'müdür').length).toBe(dutiesOf(R, 'Şube Müdürü').length);
  });
  it('a name the text does not use is UNKNOWN_ENTITY, with suggestions', () => {
    let caught: unknown;
    try { dutiesOf(R, 'Sube Mudur'); } catch (e) { caught = e; }
    expect(isMevzuatError(caught) && caught.code).toBe('UNKNOWN_ENTITY');
    expect(isMevzuatError(caught) && caught.suggestions).toContain('Şube Müdürü');
  });
});

describe('Kocaeli STK: chains through parallel superiors', () => {
  it('the şeflik’s chain passes over the three Şube Müdürlükleri (m.4/1-1 does not say which) to the Daire Başkanlığı, every step with its line', () => {
    const chain = chainOfCommand('kocaeli-stk', 'seflik');
    expect(chain.map((a) => a.id)).toEqual(['seflik', 'sivil-toplum-kuruluslari-ile-iliskiler-dairesi-baskanligi', 'daire-baskani', 'ust-yonetim']);
    const past = chain[1]!;
    expect(past.over!.map((o) => o.name)).toEqual(['AB ve Dış İlişkiler Şube Müdürlüğü', 'Esnaf ve Sanatkâr İşleri Şube Müdürlüğü', 'Sivil Toplum Kuruluşları Şube Müdürlüğü']);
    expect(past.line).toMatchObject({ relation: 'attached-to', basis: 'structural' });
    expect(past.line!.citations.map((c) => c.label)).toEqual(['m.4/1-1']);
    expect(past.line!.note).toBe('Metin, şeflik için, AB ve Dış İlişkiler Şube Müdürlüğü, Esnaf ve Sanatkâr İşleri Şube Müdürlüğü ve Sivil Toplum Kuruluşları Şube Müdürlüğü arasından hangisine bağlı olduğunu söylemez; zincir bunların hepsinin üstündeki Sivil Toplum Kuruluşları İle İlişkiler Dairesi Başkanlığı ile sürer.');
    // m.5/a "en üst yöneticisi olarak Daire Başkanlığını sevk ve idare etmek"; m.5/k "üst yönetime karşı sorumludur"
    expect([chain[2]!.line!.relation, chain[2]!.line!.citations[0]!.label]).toEqual(['superior', 'm.5/a']);
    expect([chain[3]!.line!.relation, chain[3]!.line!.citations[0]!.label]).toEqual(['accountable-to', 'm.5/k']);
    expect(reportsTo('kocaeli-stk', 'Daire Başkanlığı').lines.map((l) => [l.to.id, l.relation, l.citations[0]!.label])).toEqual([['daire-baskani', 'superior', 'm.5/a']]);
  });
  it('evrak ve dosya memurları (m.12/g "Birimlerin evrak ve dosya memurları") are Personel (m.3/d): their chain runs through the Şef and the Şube Müdürü, never straight to the Daire Başkanı', () => {
    expect(cite(R, 'm.12/g').text).toContain('Birimlerin evrak ve dosya memurları izinsiz olarak evrak');
    expect(cite(R, 'm.8/1').text).toContain('Şube Müdürü ve Şeflerin verdiği tüm görevleri');
    const chain = chainOfCommand(R, 'evrak ve dosya memurları');
    expect(chain.map((a) => a.id)).toEqual(['evrak-ve-dosya-memurlari', 'sef', 'sube-muduru', 'daire-baskani', 'ust-yonetim']);
    expect(chain[1]!.line).toMatchObject({ relation: 'tasked-by', basis: 'structural' });
    expect(chain[1]!.line!.citations.map((c) => c.label)).toEqual(['m.12/g', 'm.3/d', 'm.8/1', 'm.7/h']);
    expect(chain[1]!.line!.note).toContain('Metin evrak ve dosya memurlarının amirini yazmaz');
    const lines = reportsTo(R, 'evrak ve dosya memurları').lines;
    expect(lines.map((l) => [l.to.id, l.relation, l.basis])).toEqual([['sef', 'tasked-by', 'structural'], ['sube-muduru', 'tasked-by', 'structural']]);
    expect(lines.some((l) => l.to.id === 'daire-baskani')).toBe(false);
  });
  it('a Şef answers to both the Şube Müdürü and the Daire Başkanı (m.7/b): the chain takes the nearer, the Şube Müdürü', () => {
    expect(chainOfCommand('kocaeli-stk', 'Şef').map((a) => a.name)).toEqual(['Şef', 'Şube Müdürü', 'Daire Başkanı', 'Üst Yönetim']);
  });
});

describe('Kocaeli STK: the executor’s duty (issue 20, Wrong 1)', () => {
  it('executing the text is a duty of the Başkan: m.15/1 "Bu yönetmelik hükümlerini Başkan yürütür."', () => {
    expect(cite(R, 'm.15/1').text).toBe('Bu yönetmelik hükümlerini Başkan yürütür.');
    const d = dutiesOf(R, 'Başkan').filter((x) => x.topics.includes('execution'));
    expect(d.map((x) => [x.holder.id, x.citation.label, x.text])).toEqual([['baskan', 'm.15/1', 'Bu yönetmelik hükümlerini Başkan yürütür.']]);
    // found through the topic, in Turkish too, and by search
    expect(dutiesOf(R, 'Başkan', { topic: 'yürütme' }).map((x) => x.citation.label)).toEqual(['m.15/1']);
    expect(findDuties('', { regulation: R, topic: 'execution' }).map((x) => x.holder.id)).toEqual(['baskan']);
    expect(getRegulation(R).executor?.actor).toBe('baskan');
  });
});

describe('Kocaeli STK: topics (issue 20)', () => {
  it('m.9/h, the registration and protection of patent and trademark rights, is compliance work, not taşınır ve varlık', () => {
    expect(cite(R, 'm.9/h').text).toContain('patent, faydalı model, marka, coğrafi işaret, geleneksel ürün adı, tasarım vb. fikri ve sınai hakların ilgili mevzuat hükümleri uyarınca');
    const d = dutiesOf(R, 'AB ve Dış İlişkiler Şube Müdürlüğü').filter((x) => x.citation.label === 'm.9/h');
    expect(d.map((x) => x.topics)).toEqual([['compliance']]);
    expect(findDuties('', { regulation: R, topic: 'assets' }).some((x) => x.citation.label === 'm.9/h')).toBe(false);
  });
});

describe('Kocaeli STK: discipline, handover, disclosure and residual duties (issue 20)', () => {
  const byTopic = (topic: string) => findDuties('', { regulation: R, topic }).map((d) => [d.holder.id, d.citation.label]);
  it('residual: the "verilen diğer görevler" bents m.5/j, m.6/i, m.7/b, m.9/ı and m.11/i', () => {
    expect(cite(R, 'm.5/j').text).toBe('Üst yönetim tarafından verilen diğer görevleri yapmak,');
    expect(cite(R, 'm.11/i').text).toBe('Amirleri tarafından verilecek benzer nitelikli diğer görevleri yerine getirmek,');
    expect(byTopic('residual')).toEqual([
      ['daire-baskani', 'm.5/j'], ['sube-muduru', 'm.6/i'], ['sef', 'm.7/b'],
      ['ab-ve-dis-iliskiler-sube-mudurlugu', 'm.9/ı'], ['sivil-toplum-kuruluslari-sube-mudurlugu', 'm.11/i'],
    ]);
  });
  it('discipline: m.6/d, the Şube Müdürü’s "disiplin ve düzenini sağlamak"', () => {
    expect(cite(R, 'm.6/d').text).toBe('Bağlı personelinin özlük ve mesai takibini yapmak, disiplin ve düzenini sağlamak,');
    expect(byTopic('discipline')).toEqual([['sube-muduru', 'm.6/d']]);
  });
  it('handover: m.12/e, the tutanak when the one keeping materials and evrak leaves', () => {
    expect(cite(R, 'm.12/e').text).toContain('görevinden ayrılması halinde, bunları birimindeki görevliye yazılı bir tutanak ile devredilir');
    expect(byTopic('handover')).toEqual([['personel', 'm.12/e'], ['sef', 'm.12/e'], ['sube-muduru', 'm.12/e'], ['daire-baskani', 'm.12/e']]);
  });
  it('disclosure: m.12/a, ç and g, information given outside only with leave and by whom', () => {
    expect(cite(R, 'm.12/a').text).toBe('Biriminde yürütülen iş ve işlemler hakkındaki bilgiler izinsiz olarak kurum dışına verilemez,');
    expect(cite(R, 'm.12/g').text).toContain('Bilgi alacak kişiler, bilgileri Daire Başkanı, Şube Müdürü veya yetki verilen görevliden alırlar.');
    expect(byTopic('disclosure')).toEqual([
      ['personel', 'm.12/a'], ['sef', 'm.12/a'], ['sube-muduru', 'm.12/a'], ['daire-baskani', 'm.12/a'],
      ['personel', 'm.12/ç'], ['sef', 'm.12/ç'], ['sube-muduru', 'm.12/ç'], ['daire-baskani', 'm.12/ç'],
      ['evrak-ve-dosya-memurlari', 'm.12/g'], ['daire-baskani', 'm.12/g'], ['sube-muduru', 'm.12/g'],
    ]);
    expect(dutiesOf(R, 'Daire Başkanı', { topic: 'bilgi verme' }).map((d) => d.citation.label)).toEqual(['m.12/a', 'm.12/ç', 'm.12/g']);
  });
  it('archive: the text has no archiving provision, and no duty carries the topic', () => {
    expect(getRegulation(R).provisions.some((p) => fold(p.text).includes(fold('arşiv')))).toBe(false);
    expect(byTopic('archive')).toEqual([]);
  });
});
