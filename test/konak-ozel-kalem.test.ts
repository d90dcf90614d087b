// Konak Belediyesi Özel Kalem Müdürlüğü Görev, Yetki ve Çalışma Yönetmeliği, asked through the public API.
import { describe, expect, it } from 'vitest';
import {
  chainOfCommand, cite, compare, define, deputyOf, dutiesOf, findDuties, getRegulation, inForce,
  reportsTo, whoRoutesIncoming, whoSigns, regulationIds,
} from '../src/index.js';
import { WhoSignsAnswer, ReportsToAnswer, DeputyAnswer, RoutingAnswer, InForceAnswer, DefinitionAnswer } from '../src/schema/answers.js';
import { Duty } from '../src/schema/regulation.js';

const names = (list: readonly { name: string }[]) => list.map((a) => a.name);
const labels = (list: readonly { label: string }[]) => list.map((c) => c.label);
const KONAK = 'konak-ozel-kalem';

describe('Konak Özel Kalem: the regulation', () => {
  const reg = getRegulation('konak-ozel-kalem');
  it('is a yönetmelik of Konak Belediyesi whose title is read from the text', () => {
    expect(reg.kind).toBe('yonetmelik');
    expect(reg.municipality.name).toBe('Konak Belediyesi');
    expect(reg.titleSource).toBe('source');
    expect(reg.title).toBe('Konak Belediye Başkanlığı Özel Kalem Müdürlüğü Görev, Yetki ve Çalışma Yönetmeliği');
  });
  it('rests on 5393 m.15/b and m.18/m and the council decision of 10.10.2016 (m.3)', () => {
    const kanun = reg.legalBasis.find((b) => b.kind === 'kanun')!;
    expect(kanun.number).toBe('5393');
    expect(kanun.articles).toEqual(['15/b', '18/m']);
    expect(reg.adoption?.date).toBe('2016-10-10');
    expect(reg.adoption?.cites).toEqual(['art_3']);
  });
  it('repeals the 2012 Özel Kalem regulation (m.19)', () => {
    expect(reg.repeals).toHaveLength(1);
    expect(reg.repeals[0]!.decision).toContain('04.10.2012 tarih ve 186/2012 nolu Meclis Kararı');
    expect(reg.repeals[0]!.cites).toEqual(['art_19']);
  });
  it('is executed by the Belediye Başkanı (m.21)', () => {
    expect(reg.executor).toEqual({ actor: 'belediye-baskani', cites: ['art_21'] });
  });
  it('is found by the municipality name too, whatever the case', () => {
    for (const name of ['Konak', 'konak', 'KONAK', 'Konak Belediyesi']) expect(getRegulation(name as 'Konak').id).toBe('konak-ozel-kalem');
  });
});

describe('Konak Özel Kalem: who signs (m.14)', () => {
  it('letters between directorates are signed by the Müdür (m.14/a)', () => {
    const a = WhoSignsAnswer.parse(whoSigns('konak', 'inter-directorate'));
    expect(a.status).toBe('explicit');
    expect(a.signers).toEqual([{ id: 'mudur', name: 'Müdür', kind: 'post', via: 'own' }]);
    expect(a.paraf).toEqual([]);
    expect(labels(a.citations)).toEqual(['m.14/a']);
    expect(a.citations[0]!.text).toBe('Müdürlükler arası yazışmalar Müdürün imzası ile yürütülür.');
  });
  it.each(['valilik', 'buyuksehir', 'public-institution', 'bakanlik', 'kaymakamlik', 'private-party'] as const)(
    'letters to %s: Müdür paraf, Belediye Başkanı or the delegated Başkan Yardımcısı signs (m.14/b)', (to) => {
      const a = whoSigns('konak-ozel-kalem', to);
      expect(a.status).toBe('explicit');
      expect(a.signers.map((s) => [s.name, s.via])).toEqual([['Belediye Başkanı', 'own'], ['Başkan Yardımcısı', 'delegation']]);
      expect(names(a.paraf)).toEqual(['Müdür']);
      expect(labels(a.citations)).toEqual(['m.14/b']);
      expect(a.citations[0]!.text).toContain('Müdür parafı ve Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası ile yürütülür.');
      expect(a.fallback).toBeUndefined();
      // only "gerekli görülen" letters, and the genitive as m.14/b writes it
      expect(a.scope).toBe('gerekli görülen');
      expect(a.explanation).toMatch(/gerekli görülen yazışmalar Müdür parafı ve Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası ile yürütülür \(m\.14\/b\)\.$/);
    });
  it('letters between directorates: "Müdürün imzası ile" (m.14/a), as the text writes it', () => {
    expect(whoSigns('konak', 'inter-directorate').explanation).toBe('Diğer müdürlüklerle yazışmalar Müdürün imzası ile yürütülür (m.14/a).');
    expect(whoSigns('konak', 'inter-directorate').scope).toBeUndefined();
  });
});

describe('Konak Özel Kalem: reporting lines', () => {
  it('the Müdürlük works attached directly to the Belediye Başkanı, and to the Başkan vekili when he is away (m.6); the Müdür manages it (m.8/3)', () => {
    const a = ReportsToAnswer.parse(reportsTo('konak', 'Müdürlük'));
    expect(a.subject.id).toBe('ozel-kalem-mudurlugu');
    expect(a.lines.map((l) => [l.to.name, l.relation, l.basis, l.condition ?? null, labels(l.citations).join()])).toEqual([
      ['Belediye Başkanı', 'attached-to', 'explicit', null, 'm.6'],
      ['Başkan vekili', 'attached-to', 'explicit', 'Belediye Başkanının görevi başında bulunmadığı durumda', 'm.6'],
      ['Müdür', 'superior', 'explicit', null, 'm.8/3'],
    ]);
  });
  it('the Müdür is accountable to the Belediye Başkanı (m.8/1); the Müdürlük’s conditional line to the Başkan vekili reaches him too', () => {
    const a = reportsTo('konak', 'MUDUR');
    expect(a.lines.map((l) => [l.to.id, l.relation, l.basis, l.condition ?? null, labels(l.citations).join()])).toEqual([
      ['belediye-baskani', 'accountable-to', 'explicit', null, 'm.8/1'],
      ['baskan-vekili', 'attached-to', 'structural', 'Belediye Başkanının görevi başında bulunmadığı durumda', 'm.6'],
    ]);
  });
  it('the Başkan Yardımcısı he authorises to sign stands below the Belediye Başkanı: an inference, marked (m.14/b)', () => {
    expect(reportsTo('konak', 'Başkan Yardımcısı').lines.map((l) => [l.to.id, l.basis, l.citations[0]!.label])).toEqual([['belediye-baskani', 'structural', 'm.14/b']]);
  });
  it('knows actors by the names the text uses: "Şefler" (m.9/s), "işçiler" (m.9/u), "Başkan yardımcıları" (m.7/o), "Başkanlık Makamı"', () => {
    expect(['Şefler', 'işçiler', 'Başkan yardımcıları', 'Başkanlık Makamı'].map((n) => reportsTo('konak', n).subject.id))
      .toEqual(['sef', 'isci-personel', 'baskan-yardimcisi', 'belediye-baskani']);
    expect(reportsTo('konak', 'Memurlar').lines.map((l) => [l.to.id, l.basis, l.citations[0]!.label])).toEqual([['mudur', 'explicit', 'm.8/7'], ['sef', 'explicit', 'm.9/u']]);
    expect(reportsTo('konak', 'Personel').lines.map((l) => [l.to.id, l.basis, l.citations[0]!.label])).toEqual([['mudur', 'explicit', 'm.8/8'], ['sef', 'explicit', 'm.9/h']]);
  });
  it('the Şef answers to the Müdür only by inference from the structure (structural, m.4/g)', () => {
    const a = reportsTo('konak', 'şef');
    expect(a.lines).toEqual([expect.objectContaining({ relation: 'superior', basis: 'structural', to: { id: 'mudur', name: 'Müdür', kind: 'post' } })]);
    expect(a.lines[0]!.citations[0]!.label).toBe('m.4/g');
  });
  it('the Kent Konseyi birimi works attached to the Müdürlük by the words of m.7/ö, not by inference', () => {
    expect(cite(KONAK, 'm.7/ö').text).toBe('Müdürlüğümüze bağlı olarak iş ve işlemlerini yürüten Kent Konseyi biriminin her türlü toplantı ve etkinliklerini organize etmek yapmak.');
    const a = reportsTo(KONAK, 'Kent Konseyi birimi');
    expect(a.lines.map((l) => [l.to.id, l.relation, l.basis, labels(l.citations).join()])).toEqual([['ozel-kalem-mudurlugu', 'attached-to', 'explicit', 'm.7/ö']]);
  });
  it('the Şef oversees the staff (m.9/h, i, s, ş, u, ü): supervision lines beside the Müdür as their amir', () => {
    expect(cite(KONAK, 'm.9/h').text).toBe('Personel arasındaki görev dağılımının işleyişini takip etme,');
    expect(cite(KONAK, 'm.9/i').text).toBe('Ayniyat mutemedi, Bilgisayar İşletmeni ve yazı işlerinin düzenli yürütülmesini sağlamak,');
    expect(cite(KONAK, 'm.9/s').text).toContain('büronun görevli personelin dağılımı, eğitimi ve görevde devamından sorumludurlar');
    expect(cite(KONAK, 'm.9/ş').text).toContain('bu amaçla memurların eğitimini sağlamak');
    expect(cite(KONAK, 'm.9/u').text).toBe('Memur ve işçilerin görev bölümünü yapmalarından ve personelin devamından sorumludur.');
    expect(cite(KONAK, 'm.9/ü').text).toContain('Personele havale edilen evraklarla ilgili olarak yapılan işleri kontrol eder');
    const toSef = (who: string) => reportsTo(KONAK, who).lines.filter((l) => l.to.id === 'sef').map((l) => [l.relation, l.basis, labels(l.citations).join(' ')]);
    expect(toSef('Memurlar')).toEqual([['supervised-by', 'explicit', 'm.9/u m.9/ş']]);
    expect(toSef('İşçi personel')).toEqual([['supervised-by', 'explicit', 'm.9/u']]);
    expect(toSef('Personel')).toEqual([['supervised-by', 'explicit', 'm.9/h m.9/s m.9/u m.9/ü']]);
    expect(toSef('Ayniyat mutemedi')).toEqual([['supervised-by', 'explicit', 'm.9/i']]);
    expect(toSef('Bilgisayar İşletmeni')).toEqual([['supervised-by', 'explicit', 'm.9/i']]);
    // the text does not call the Şef their amir, and the notes say so
    for (const who of ['Memurlar', 'İşçi personel', 'Personel', 'Ayniyat mutemedi', 'Bilgisayar İşletmeni']) {
      expect(reportsTo(KONAK, who).lines.find((l) => l.to.id === 'sef')!.note, who).toContain('amiri diye adlandırmaz');
      expect(names(chainOfCommand(KONAK, who)), who).toEqual([reportsTo(KONAK, who).subject.name, 'Şef', 'Müdür', 'Belediye Başkanı']);
    }
  });
  it('the Web birimi sits in the Müdürlük (structural, m.5/3-e)', () => {
    const a = reportsTo('konak', 'Web birimi');
    expect(a.lines.map((l) => [l.to.id, l.basis, l.citations[0]!.label])).toEqual([['ozel-kalem-mudurlugu', 'structural', 'm.5/3-e']]);
  });
  it('the chain of command from the Şef runs Şef → Müdür → Belediye Başkanı', () => {
    expect(names(chainOfCommand('konak', 'Şef'))).toEqual(['Şef', 'Müdür', 'Belediye Başkanı']);
    expect(names(chainOfCommand('konak', 'Sivil Savunma birimi'))).toEqual(['Sivil Savunma birimi', 'Özel Kalem Müdürlüğü', 'Müdür', 'Belediye Başkanı']);
    expect(names(chainOfCommand('konak', 'Belediye Başkanı'))).toEqual(['Belediye Başkanı']);
  });
});

describe('Konak Özel Kalem: deputising', () => {
  it('the Şef runs the Müdür’s duties when the Müdür is absent (m.9/t)', () => {
    const a = DeputyAnswer.parse(deputyOf('konak', 'Müdür'));
    expect(a.status).toBe('explicit');
    expect(names(a.deputies)).toEqual(['Şef']);
    expect(a.condition).toBe('Müdürün herhangi bir sebeple bulunmadığı zamanlarda');
    expect(labels(a.citations)).toEqual(['m.9/t']);
  });
  it('the Başkan vekili acts for the Belediye Başkanı (m.6); his appointment comes from outside this text', () => {
    const a = deputyOf('konak', 'Başkan');
    expect(names(a.deputies)).toEqual(['Başkan vekili']);
    expect(labels(a.citations)).toEqual(['m.6']);
    expect(a.note).toContain('metin dışındaki mevzuattadır');
    expect(deputyOf('konak', 'Başkanlık Makamı').subject.id).toBe('belediye-baskani');
  });
  it('nobody is named for the Şef: not-regulated, falling back to m.18', () => {
    const a = deputyOf('konak', 'Şef');
    expect(a.status).toBe('not-regulated');
    expect(a.deputies).toEqual([]);
    expect(a.fallback?.label).toBe('m.18');
    expect(a.fallback?.text).toBe('İşbu Yönetmelikte hüküm bulunmayan hallerde yürürlükteki ilgili mevzuat hükümlerine uyulur.');
  });
});

describe('Konak Özel Kalem: duties', () => {
  it('the Müdürlük has the 26 duties of m.7, a to ü, in order', () => {
    const m7 = dutiesOf('konak', 'Özel Kalem Müdürlüğü').filter((d) => d.citation.article === 7);
    expect(m7.map((d) => d.citation.item).join('')).toBe('abcçdefgğhıijklmnoöprsştuü');
    for (const d of m7) expect(Duty.parse(d).holder.id).toBe('ozel-kalem-mudurlugu');
  });
  it('the Müdür has the whole of m.8 (m.8/1 also his line to the Belediye Başkanı), m.11, m.13, the havale of m.15, and as amir m.16/c and m.17/b', () => {
    const d = dutiesOf('konak', 'Müdür');
    expect(labels(d.map((x) => x.citation))).toEqual(
      ['m.8/1', 'm.8/2', 'm.8/3', 'm.8/4', 'm.8/5', 'm.8/6', 'm.8/7', 'm.8/8', 'm.8/9', 'm.8/10', 'm.11', 'm.13', 'm.15', 'm.16/c', 'm.17/a', 'm.17/b']);
    expect(d[0]!.topics).toEqual(['accountability']);
    expect(d[12]!.text).toBe('Müdür evrakı ilgili personele havale eder.');
    // "ilgili amiri" (m.16/c), "birim amiri" (m.17/b): the text names no one; the note says why the Müdür
    expect(d[13]!.note).toContain('"görevli personel ve ilgili amiri"');
    expect(d[15]!.note).toContain('"birim amiri"');
  });
  it('m.17/a binds every "görevli": the Müdür, the Şef and the Personel, not the Müdürlük', () => {
    for (const who of ['Müdür', 'Şef', 'Personel', 'Memurlar', 'Ayniyat mutemedi']) {
      expect(dutiesOf('konak', who).some((d) => d.citation.label === 'm.17/a'), who).toBe(true);
    }
    expect(dutiesOf('konak', 'Müdürlük').some((d) => d.citation.article === 17)).toBe(false);
  });
  it('m.9/i names an Ayniyat mutemedi and a Bilgisayar İşletmeni: posts of the Müdürlük overseen by the Şef (m.9/i), under the Müdür by inference (m.8/8)', () => {
    expect(cite(KONAK, 'm.8/8').text).toBe('Müdürlük personeline yasalardan belirtilen ödül ve ceza verme yetkisine sahiptir.');
    for (const [name, id] of [['Ayniyat mutemedi', 'ayniyat-mutemedi'], ['Bilgisayar İşletmeni', 'bilgisayar-isletmeni'], ['İşçi personel', 'isci-personel']] as const) {
      const a = reportsTo('konak', name);
      expect(a.subject.id).toBe(id);
      expect(a.lines.filter((l) => l.to.id === 'mudur').map((l) => [l.relation, l.basis, labels(l.citations).join(' ')])).toEqual([['superior', 'structural', 'm.8/8 m.4/ğ']]);
    }
  });
  it('filters by topic: the Şef’s procurement duty is m.9/k', () => {
    const d = dutiesOf('konak', 'Şef', { topic: 'procurement' });
    expect(labels(d.map((x) => x.citation))).toEqual(['m.9/k']);
    expect(d[0]!.text).toBe('Gerekli görülen bazı hizmet alanlarının satın alma işlemlerini yürütmek');
  });
  it('a unit the text gives no duties answers with an empty list', () => {
    expect(dutiesOf('konak', 'Başkanlık birimi')).toEqual([]);
    expect(dutiesOf('konak', 'İdari İşler birimi')).toEqual([]);
  });
  it('the Web, Sosyal Medya and Sivil Savunma birimleri carry the work m.7/u, m.7/ü and m.7/p describe: inferences, each with its note', () => {
    expect(cite(KONAK, 'm.7/u').text).toMatch(/^Web servisi: İzmir Konak Belediyesi web sitesinde çevrimiçi olarak yayınlanacak/);
    expect(cite(KONAK, 'm.7/ü').text).toMatch(/^Sosyal medya servisi: Belediyemizin sosyal medya platformlarındaki hesaplarının kurulması/);
    expect(cite(KONAK, 'm.7/p').text).toBe('Sivil Savunma biriminin iş ve işlemleri ile ilgili koordinasyonu sağlamak, genel plan ve acil durum planlarını hazırlamak. Belediye binalarının yangın ve diğer afetlerden korunması için gerekli önlemleri almak.');
    const web = dutiesOf(KONAK, 'Web birimi');
    expect(web.map((d) => [d.citation.label, d.text === d.citation.text])).toEqual([['m.7/u', true]]);
    expect(web[0]!.note).toMatch(/^Çıkarım: .*Web birimini \(m\.5\/3-e\) bu bentte adlandırmaz/);
    const sm = dutiesOf(KONAK, 'Sosyal Medya birimi');
    expect(sm.map((d) => d.citation.label)).toEqual(['m.7/ü']);
    expect(sm[0]!.note).toMatch(/^Çıkarım: /);
    const ss = dutiesOf(KONAK, 'Sivil Savunma birimi');
    expect(ss.map((d) => [d.citation.label, d.text])).toEqual([['m.7/p', 'genel plan ve acil durum planlarını hazırlamak. Belediye binalarının yangın ve diğer afetlerden korunması için gerekli önlemleri almak.']]);
    expect(ss[0]!.note).toMatch(/^Çıkarım: /);
    expect(ss[0]!.note).toContain('iki okumaya açıktır');
    // the Müdürlük keeps the three bents as its own duties
    expect(dutiesOf(KONAK, 'Müdürlük').filter((d) => ['m.7/p', 'm.7/u', 'm.7/ü'].includes(d.citation.label))).toHaveLength(3);
  });
  it('finds duties by words typed without Turkish letters', () => {
    const hits = findDuties('sosyal medya', { regulation: 'konak' });
    expect(hits[0]!.citation.label).toBe('m.7/ü');
    expect(findDuties('HARCIRAH', { regulation: 'konak' }).map((d) => d.citation.label)).toEqual(['m.7/n']);
  });
});

describe('Konak Özel Kalem: incoming documents (m.15, m.9/o)', () => {
  it('are registered first, by the Şef (m.9/o "kayıt ve kabul, havale işlemleri"), electronically (m.15), then assigned (havale) by the Müdür to the staff (m.15); the Şef does the havale işlemleri (m.9/o) and checks (m.9/ü)', () => {
    expect(cite(KONAK, 'm.9/o').text).toContain('birime gereği için sevk edilmiş olan evrakların kayıt ve kabul, havale işlemlerini yapmak');
    expect(cite(KONAK, 'm.15').text).toBe('Gelen ve giden evrakların kayıt ve havale işlemleri elektronik ortamda yapılır. Müdür evrakı ilgili personele havale eder. Personel evrakın gereğini zamanında ve noksansız yapmakla yükümlüdür.');
    const a = RoutingAnswer.parse(whoRoutesIncoming('konak'));
    expect(a.status).toBe('explicit');
    expect(names(a.routers)).toEqual(['Şef', 'Müdür']);
    expect(a.steps.map((s) => [s.actor?.name ?? null, s.action, s.citation.label])).toEqual([
      ['Şef', 'register', 'm.9/o'], ['Müdür', 'distribute', 'm.15'], ['Şef', 'distribute', 'm.9/o'], ['Şef', 'supervise', 'm.9/ü'],
    ]);
    // no step is left without its actor: the text names the registrar
    expect(a.steps.every((s) => s.actor)).toBe(true);
    expect(a.steps[1]!.to?.map((t) => t.id)).toEqual(['personel']);
    expect(labels(a.citations)).toEqual(['m.9/o', 'm.15', 'm.9/ü']);
    // the two readings of the Şef's havale işlemleri beside the Müdür's havale are said in a note,
    // on the step and on his m.9/o duty; no other step carries one
    expect(a.steps[2]!.note).toMatch(/^Metin iki okumaya açıktır: m\.9\/o Şefe evrakın "havale işlemlerini" verir, m\.15 ise evrakı ilgili personele Müdürün havale ettiğini söyler\./);
    expect(a.steps.filter((s) => s.note)).toHaveLength(1);
    expect(dutiesOf(KONAK, 'Şef').find((d) => d.citation.label === 'm.9/o')!.note).toContain('iki okumaya açıktır');
  });
});

describe('Konak Özel Kalem: definitions (m.4)', () => {
  it('defines Şef and Personel verbatim', () => {
    expect(DefinitionAnswer.parse(define('konak', 'Şef'))).toMatchObject({ term: 'Şef', meaning: 'Özel Kalem Müdürlüğünde kadrolu şefi', citation: { label: 'm.4/g' } });
    expect(define('konak', 'PERSONEL')?.citation.label).toBe('m.4/ğ');
    // the meaning only, without the list's closing verb ("ifade eder")
    expect(define('konak', 'Personel')?.meaning).toBe('Müdür ve şef tanımının dışındaki birim mensuplarını');
    expect(define('konak', 'Müdür')?.meaning).toBe('Özel Kalem Müdürünü');
    expect(define('konak', 'Müdürlük')?.meaning).toBe('Özel Kalem Müdürlüğünü');
  });
  it('answers undefined for a term the Tanımlar do not define', () => {
    expect(define('konak', 'Üst Yönetim')).toBeUndefined();
  });
});

describe('Konak Özel Kalem: entry into force (m.20, m.3)', () => {
  it('is in force from the council’s adoption on 10.10.2016, a date inferred from the dayanak article, with its [sic]', () => {
    const a = InForceAnswer.parse(inForce('konak', '2026-11-23'));
    expect(a).toMatchObject({ status: 'in-force', from: '2016-10-10', basis: 'inferred' });
    expect(labels(a.citations)).toEqual(['m.20', 'm.3']);
    expect(a.note).toContain('dayanak maddesindeki (m.3)');
    // the source's error (m.3 "139/2006") is said once, as a sentence, the note's own "[sic]" not doubled
    expect(a.note).toContain('m.3 metnindeki "139/2006" ibaresi: Karar numarasındaki yıl (2006) karar tarihiyle (10.10.2016) uyuşmuyor; metindeki gibi bırakıldı [sic].');
    expect(a.note!.split('[sic]')).toHaveLength(2);
    expect(a.caveat).toContain('Bu pakette bulunmayan bir metinle');
  });
  it('was not yet in force the day before', () => {
    expect(inForce('konak', new Date(2016, 9, 9)).status).toBe('not-yet-in-force');
    expect(inForce('konak', '2016-10-10').status).toBe('in-force');
  });
});

describe('Konak Özel Kalem: cite', () => {
  it('resolves the labels of the Turkish convention', () => {
    expect(cite('konak', 'm.14/b')).toMatchObject({ article: 14, item: 'b', id: 'art_14__point_b' });
    expect(cite('konak', 'm.8/7')).toMatchObject({ article: 8, paragraph: 7, id: 'art_8__para_7' });
    expect(cite('konak', 'm.6').text).toBe('Bağlılık;\nMüdürlük, Belediye Başkanına direk bağlı olarak çalışır. Belediye Başkanının görevi başında bulunmadığı durumda Belediye Başkanına vekalet eden Başkan vekiline bağlı olarak çalışmalarını yürütür.');
    expect(cite('konak', 'm.7/ç').id).toBe('art_7__point_cc');
    expect(cite('konak', 'm.7/c').id).toBe('art_7__point_c');
    expect(cite('konak', 'Madde 5/3-f').text).toBe('Sosyal Medya birimi');
  });
  it('an article’s title is a line of its own, never run into its sentence (m.6, m.10; issue 20)', () => {
    const m10 = cite(KONAK, 'm.10');
    expect(m10.text.split('\n')).toEqual([
      'Memur, Sözleşmeli ve Diğer Personellerin Görev, Yetki ve Sorumlulukları',
      'Görevlerini kanun, tüzük ve yönetmeliklerde belirtilen esaslar çerçevesinde ve amirlerin emirleri doğrultusunda eksiksiz ve zamanında yerine getirmekle yükümlüdür.',
    ]);
    expect(m10.text).not.toContain('Sorumlulukları Görevlerini');
    expect(cite(KONAK, 'm.6').text.split('\n')[0]).toBe('Bağlılık;');
    // the duty quoting m.10 carries the same lines
    expect(dutiesOf(KONAK, 'Personel').find((d) => d.citation.label === 'm.10')!.text).toBe(m10.text);
  });
  it('keeps typos verbatim (m.7/ş "özürli")', () => {
    expect(cite('konak', 'm.7/ş').text).toContain('özürli dernek');
  });
});

describe('compare', () => {
  it('answers one question for every regulation, keyed by id', () => {
    const out = compare((id) => getRegulation(id).kind);
    expect(out['konak-ozel-kalem']).toBe('yonetmelik');
    expect(Object.keys(out)).toEqual([...regulationIds]);
  });
});

describe('Konak Özel Kalem: the executor’s duty (issue 20, Wrong 1)', () => {
  it('executing the text is a duty of the Belediye Başkanı: m.21 "Bu Yönetmelik hükümlerini Belediye Başkanı yürütür."', () => {
    expect(cite(KONAK, 'm.21').text).toBe('Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.');
    const d = dutiesOf(KONAK, 'Belediye Başkanı').filter((x) => x.topics.includes('execution'));
    expect(d.map((x) => [x.holder.id, x.citation.label, x.text])).toEqual([['belediye-baskani', 'm.21', 'Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.']]);
    // found through the topic, in Turkish too, and by search
    expect(dutiesOf(KONAK, 'Belediye Başkanı', { topic: 'yürütme' }).map((x) => x.citation.label)).toEqual(['m.21']);
    expect(findDuties('', { regulation: KONAK, topic: 'execution' }).map((x) => x.holder.id)).toEqual(['belediye-baskani']);
    expect(getRegulation(KONAK).executor?.actor).toBe('belediye-baskani');
  });
});

describe('Konak Özel Kalem: archive, discipline, handover, disclosure and residual duties (issue 20)', () => {
  const byTopic = (topic: string) => findDuties('', { regulation: KONAK, topic }).map((d) => [d.holder.id, d.citation.label]);
  it('archive: the Şef’s "Birimin arşivi" (m.9/ö) and the archiving article m.16', () => {
    expect(cite(KONAK, 'm.9/ö').text).toContain('Birimin arşivi ve taşınır, taşınmaz malları');
    expect(cite(KONAK, 'm.16/b').text).toBe('İşlemi biten evraklar arşive kaldırılır.');
    expect(byTopic('archive')).toEqual([
      ['sef', 'm.9/ö'], ['ozel-kalem-mudurlugu', 'm.16/a'], ['ozel-kalem-mudurlugu', 'm.16/b'], ['personel', 'm.16/c'], ['mudur', 'm.16/c'],
    ]);
    expect(dutiesOf(KONAK, 'Şef', { topic: 'arşiv' }).map((d) => d.citation.label)).toContain('m.9/ö');
  });
  it('discipline: m.8/8, the Müdür’s "ödül ve ceza verme yetkisi"', () => {
    expect(cite(KONAK, 'm.8/8').text).toBe('Müdürlük personeline yasalardan belirtilen ödül ve ceza verme yetkisine sahiptir.');
    expect(byTopic('discipline')).toEqual([['mudur', 'm.8/8']]);
  });
  it('handover: m.17/a (devir teslim of files and zimmet on leaving) and m.17/b (the tutanak on death)', () => {
    expect(cite(KONAK, 'm.17/a').text).toContain('zimmeti altında bulunan eşyaları bir çizelgeye bağlı olarak yeni görevliye devir teslimini yapmaları zorunludur');
    expect(byTopic('handover')).toEqual([['mudur', 'm.17/a'], ['sef', 'm.17/a'], ['personel', 'm.17/a'], ['mudur', 'm.17/b']]);
  });
  it('disclosure: m.7/f, the Başkanlık Makamı’s relations with the press', () => {
    expect(cite(KONAK, 'm.7/f').text).toBe('Başkanlık Makamının medya ve her türlü yayın organları ile olan ilişkilerini düzenlemek ve yürütmek.');
    expect(byTopic('disclosure')).toEqual([['ozel-kalem-mudurlugu', 'm.7/f']]);
  });
  it('residual: m.8/6 ("her türlü ek görevi") and m.10 ("amirlerin emirleri doğrultusunda")', () => {
    expect(cite(KONAK, 'm.8/6').text).toBe('Yasalarla verilen her türlü ek görevi yapar.');
    expect(cite(KONAK, 'm.10').text).toContain('amirlerin emirleri doğrultusunda eksiksiz ve zamanında yerine getirmekle yükümlüdür');
    expect(byTopic('residual')).toEqual([['mudur', 'm.8/6'], ['personel', 'm.10']]);
  });
});
