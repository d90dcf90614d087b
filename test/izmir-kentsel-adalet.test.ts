// İzmir Büyükşehir Belediyesi Sosyal Projeler Dairesi Başkanlığı Kentsel Adalet ve Eşitlik Şube
// Müdürlüğü Çalışma Usul ve Esasları Hakkında Yönerge, asked through the public API.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chainOfCommand, cite, define, deputyOf, dutiesOf, findDuties, getRegulation, inForce, MevzuatError,
  reportsTo, whoRoutesIncoming, whoSigns, type TextNode,
} from '../src/index.js';
import { DefinitionAnswer, DeputyAnswer, InForceAnswer, ReportsToAnswer, RoutingAnswer, WhoSignsAnswer } from '../src/schema/answers.js';
import { Duty } from '../src/schema/regulation.js';
import { folder } from './helpers.js';

const ID = 'izmir-kentsel-adalet';
const reg = getRegulation(ID);
const names = (list: readonly { name: string }[]) => list.map((a) => a.name);
const labels = (list: readonly { label: string }[]) => list.map((c) => c.label);
const lines = (subject: string) => reportsTo(ID, subject).lines.map((l) => [l.to.name, l.relation, l.basis, labels(l.citations).join(' ')]);

/** Every node of the text by id (provisions, title, part, closing). */
const nodes = new Map<string, TextNode>();
const walk = (n: TextNode) => { nodes.set(n.id, n); n.children?.forEach(walk); };
reg.document.forEach(walk);

const variantText = readFileSync(join(folder(ID), 'variant-000.txt'), 'utf8');
const ws = (s: string) => s.replace(/\s+/g, ' ');

describe('İzmir Kentsel Adalet: the Yönerge', () => {
  it('is a yönerge of İzmir Büyükşehir Belediyesi, its title read from the text', () => {
    expect(reg.kind).toBe('yonerge');
    expect(reg.municipality).toEqual({ name: 'İzmir Büyükşehir Belediyesi', kind: 'buyuksehir-belediyesi', province: 'İzmir' });
    expect(reg.titleSource).toBe('source');
    expect(reg.title).toBe('İzmir Büyükşehir Belediye Başkanlığı Sosyal Projeler Dairesi Başkanlığı Kentsel Adalet ve Eşitlik Şube Müdürlüğü Çalışma Usul ve Esasları Hakkında Yönerge');
    expect(reg.organisation).toBe('kentsel-adalet-ve-esitlik-sube-mudurlugu');
  });

  it('is found by "İzmir" and "İzmir Büyükşehir Belediyesi", whatever the case or letters', () => {
    for (const name of ['İzmir', 'izmir', 'IZMIR', 'İzmir Büyükşehir Belediyesi', 'izmir buyuksehir belediyesi']) {
      expect(getRegulation(name as 'İzmir').id).toBe(ID);
    }
  });

  it('rests on 5393 m.13 and on the Daire’s yönetmelik, adopted by the council decision of 13/01/2021 no. 68 (m.2, m.3/j)', () => {
    const kanun = reg.legalBasis.find((b) => b.kind === 'kanun')!;
    expect([kanun.number, kanun.name, kanun.articles]).toEqual(['5393', 'Belediye Kanunu', ['13']]);
    // what the text relies on is a yönetmelik; 68 and the date are the adopting decision's
    const yonetmelik = reg.legalBasis.find((b) => b.kind === 'yonetmelik')!;
    expect([yonetmelik.name, yonetmelik.number, yonetmelik.date]).toEqual(['Sosyal Projeler Dairesi Başkanlığı Çalışma Usul ve Esasları Hakkında yönetmelik', '68', '2021-01-13']);
    expect(yonetmelik.decision).toBe('İzmir Büyükşehir Belediye Meclisinin 13/01/2021 tarih ve 68 sayılı');
    expect(yonetmelik.cites).toEqual(['art_2__para_1', 'art_3__para_1__point_j']);
    expect(reg.legalBasis.some((b) => b.kind === 'meclis-karari')).toBe(false);
    for (const b of reg.legalBasis) expect(b.cites[0]).toBe('art_2__para_1');
    expect(cite(ID, 'm.2/1').text).toContain('5393 sayılı Belediye Kanunu’nun 13. Maddesine ve İzmir Büyükşehir Belediye Meclisinin 13/01/2021 tarih ve 68 sayılı');
  });

  it('was approved by the Üst Yönetici, the OLUR signed by the Genel Sekreter, undated (m.13, closing lines)', () => {
    expect(reg.adoption).toMatchObject({ body: 'Üst Yönetici', cites: ['art_13__para_1', 'art_3__para_1__point_ii'] });
    expect(reg.adoption!.date).toBeUndefined();
    expect(reg.adoption!.note).toContain('OLUR / Buğra GÖKÇE / Genel Sekreter');
  });

  it('is executed by the Sosyal Projeler Dairesi Başkanı on behalf of the Üst Yönetici (m.14)', () => {
    expect(reg.executor).toEqual({ actor: 'daire-baskani', onBehalfOf: 'ust-yonetici', cites: ['art_14__para_1'] });
    expect(cite(ID, 'm.14/1').text).toBe('Bu Yönerge hükümlerini Üst Yönetici adına Sosyal Projeler Dairesi Başkanı yürütür.');
  });

  it('repeals nothing', () => {
    expect(reg.repeals).toEqual([]);
  });

  it('keeps the e-signed transcription as its authoritative source and the other as a variant', () => {
    expect(reg.sources.map((s) => [s.file, s.role, s.receivedAs])).toEqual([
      ['source.txt', 'authoritative', '001_9c75f5a507c0075c.txt'],
      ['variant-000.txt', 'variant', '000_4fb465db4de17088.txt'],
    ]);
  });

  it('holds the whole text, closing lines included (OLUR, Buğra GÖKÇE, Genel Sekreter, e-signature)', () => {
    expect(reg.document.filter((n) => n.kind === 'title').map((n) => n.text)).toEqual([
      'T.C.', 'İZMİR BÜYÜKŞEHİR BELEDİYE BAŞKANLIĞI', 'SOSYAL PROJELER DAİRESİ BAŞKANLIĞI',
      'KENTSEL ADALET VE EŞİTLİK ŞUBE MÜDÜRLÜĞÜ', 'ÇALIŞMA USUL VE ESASLARI HAKKINDA YÖNERGE',
    ]);
    expect(reg.document.filter((n) => n.kind === 'part').map((n) => n.num)).toEqual(['BİRİNCİ BÖLÜM', 'İKİNCİ BÖLÜM', 'ÜÇÜNCÜ BÖLÜM', 'DÖRDÜNCÜ BÖLÜM']);
    expect(reg.articles.map((a) => a.label)).toEqual(Array.from({ length: 14 }, (_, i) => `m.${i + 1}`));
    const closing = reg.document.slice(-5);
    expect(closing.map((n) => [n.id, n.kind, n.text])).toEqual([
      ['closing_1', 'closing', 'OLUR'],
      ['closing_2', 'closing', 'Buğra GÖKÇE'],
      ['closing_3', 'closing', 'Genel Sekreter'],
      ['closing_4', 'closing', 'Bu belge, güvenli elektronik imza ile imzalanmıştır.'],
      ['closing_5', 'closing', 'Evrak sorgulaması https://eislem.izmir.bel.tr/EImzaliBelgeSorgulama.aspx?V=BE8RE6ASB adresinden yapılabilir.'],
    ]);
    // closing lines carry no rule: they are not citable provisions
    expect(reg.provisions.some((p) => p.id.startsWith('closing'))).toBe(false);
  });
});

describe('İzmir Kentsel Adalet: organisation (m.4)', () => {
  it('the Şube Müdürlüğü comprises the Müdür, two Şeflik with their staff and the Diyalog Merkezi (m.4)', () => {
    expect(reg.units.map((u) => [u.name, u.kind, u.parent ?? null])).toEqual([
      ['Kentsel Adalet ve Eşitlik Şube Müdürlüğü', 'sube-mudurlugu', null],
      ['İdari İşler Şefliği', 'seflik', 'kentsel-adalet-ve-esitlik-sube-mudurlugu'],
      ['Kentsel Adalet ve Eşitlik Şefliği', 'seflik', 'kentsel-adalet-ve-esitlik-sube-mudurlugu'],
      ['Diyalog Merkezi', 'merkez', 'kentsel-adalet-ve-esitlik-sube-mudurlugu'],
      ['idari işler birimi', 'birim', 'idari-isler-sefligi'],
      ['araç sevk birimi', 'birim', 'idari-isler-sefligi'],
    ]);
    expect(reg.units.map((u) => u.cites[0])).toEqual(['art_4__para_1', 'art_4__para_1__point_b', 'art_4__para_1__point_c', 'art_4__para_1__point_cc', 'art_3__para_1__point_d', 'art_3__para_1__point_d']);
    expect(cite(ID, 'm.4/a').text).toBe('Müdür,');
    expect(cite(ID, 'm.4/ç').text).toBe('Diyalog Merkezini kapsar.');
    const heads = reg.posts.filter((p) => p.heads).map((p) => [p.name, p.unit]);
    expect(heads).toEqual([
      ['Şube Müdürü', 'kentsel-adalet-ve-esitlik-sube-mudurlugu'],
      ['İdari İşler Şefi', 'idari-isler-sefligi'],
      ['Kentsel Adalet ve Eşitlik Şefi', 'kentsel-adalet-ve-esitlik-sefligi'],
    ]);
  });

  it('the Daire Başkanlığı and the Daire Başkanı are offices outside the Şube Müdürlüğü', () => {
    const offices = reg.offices.map((o) => o.id);
    expect(offices).toContain('sosyal-projeler-dairesi-baskanligi');
    expect(offices).toContain('daire-baskani');
    expect(reg.units.some((u) => u.id === 'sosyal-projeler-dairesi-baskanligi')).toBe(false);
  });

  it('the Şube Müdürlüğü works attached to the Sosyal Projeler Dairesi Başkanlığı (m.4/1, m.1/1)', () => {
    const a = ReportsToAnswer.parse(reportsTo(ID, 'Müdürlük'));
    expect(a.subject).toEqual({ id: 'kentsel-adalet-ve-esitlik-sube-mudurlugu', name: 'Kentsel Adalet ve Eşitlik Şube Müdürlüğü', kind: 'unit' });
    expect(lines('Müdürlük')).toEqual([
      ['Sosyal Projeler Dairesi Başkanlığı', 'attached-to', 'explicit', 'm.4/1 m.1/1'],
      ['Belediye Başkanı', 'supervised-by', 'explicit', 'm.5/a'],
      ['Şube Müdürü', 'superior', 'explicit', 'm.7/b'],
    ]);
    expect(a.lines[0]!.citations[0]!.text).toContain('Sosyal Projeler Dairesi Başkanlığı’na bağlı olarak faaliyet gösteren Kentsel Adalet ve Eşitlik Şube Müdürlüğü’nün teşkilat yapısı;');
  });

  it('the Şube Müdürü is accountable first of all ("öncelikle") to the Daire Başkanı (m.7/a), and the Müdürlük’s lines reach him (m.4/1, m.5/a)', () => {
    const a = reportsTo(ID, 'Şube Müdürü');
    expect(lines('Şube Müdürü')).toEqual([
      ['Daire Başkanı', 'accountable-to', 'explicit', 'm.7/a'],
      ['Sosyal Projeler Dairesi Başkanlığı', 'attached-to', 'structural', 'm.4/1 m.1/1'],
      ['Belediye Başkanı', 'supervised-by', 'structural', 'm.5/a'],
    ]);
    expect(a.lines[0]).toMatchObject({ to: { id: 'daire-baskani', name: 'Daire Başkanı', kind: 'office' } });
    expect(a.lines[0]!.citations[0]!.text).toContain('öncelikle Daire Başkanına karşı sorumludur.');
    // neither "öncelikle" nor the Belediye Başkanı's oversight is hidden
    expect(a.lines[0]!.note).toContain('öncelikle');
    expect(a.lines[0]!.note).toContain('gözetimi ve denetimi');
    expect(a.lines[1]!.note).toBe('Metin bunu Kentsel Adalet ve Eşitlik Şube Müdürlüğü için söyler; Şube Müdürü bu birimin başıdır.');
  });

  it('the Müdür is the amir (superior) of all staff of the Müdürlük (m.7/b)', () => {
    for (const staff of ['Şube Müdürlük Personeli', 'İdari İşler Personeli', 'Kentsel Adalet ve Eşitlik Personeli', 'İdari İşler Şefi', 'Kentsel Adalet ve Eşitlik Şefi']) {
      const superior = reportsTo(ID, staff).lines.filter((l) => l.relation === 'superior' && l.basis === 'explicit');
      expect(superior.map((l) => [l.to.id, l.basis, labels(l.citations).join()]), staff).toEqual([['sube-muduru', 'explicit', 'm.7/b']]);
    }
    expect(cite(ID, 'm.7/b').text).toContain('Müdürlük bünyesinde görevli tüm personelin amiridir.');
  });

  it('both Şefs work attached to the Müdür (m.9, m.11)', () => {
    expect(lines('İdari İşler Şefi')).toEqual([
      ['Şube Müdürü', 'attached-to', 'explicit', 'm.9/1'],
      ['Şube Müdürü', 'superior', 'explicit', 'm.7/b'],
    ]);
    expect(lines('Kentsel Adalet ve Eşitlik Şefi')).toEqual([
      ['Şube Müdürü', 'attached-to', 'explicit', 'm.11/1'],
      ['Şube Müdürü', 'superior', 'explicit', 'm.7/b'],
    ]);
    expect(cite(ID, 'm.9/1').text.startsWith('Müdüre bağlı olarak')).toBe(true);
    expect(cite(ID, 'm.11/1').text.startsWith('Müdüre bağlı olarak')).toBe(true);
  });

  it('the Diyalog Merkezi works under the Kentsel Adalet ve Eşitlik Şefi (m.6/ğ), whose Şeflik is responsible for it (m.10/b)', () => {
    expect(lines('Diyalog Merkezi')).toEqual([['Kentsel Adalet ve Eşitlik Şefi', 'attached-to', 'explicit', 'm.6/ğ m.10/b']]);
    expect(cite(ID, 'm.6/ğ').text).toBe('Kentsel Adalet ve Eşitlik şefine bağlı olarak çalışmalarını yürütmek.');
    const responsible = dutiesOf(ID, 'Kentsel Adalet ve Eşitlik Şefliği').find((d) => d.citation.label === 'm.10/b')!;
    expect(responsible.text).toBe('Diyalog Merkezi çalışmalarından sorumlu olmak,');
  });

  it('the staff of each Şeflik answer to its Şef, an inference the answer marks (m.4/b, m.4/c)', () => {
    const l = reportsTo(ID, 'İdari İşler Personeli').lines.find((x) => x.to.id === 'idari-isler-sefi')!;
    expect([l.relation, l.basis, labels(l.citations)]).toEqual(['superior', 'structural', ['m.4/b', 'm.9/1']]);
    expect(l.note).toContain('bu şefliğe bağlı');
    expect(reportsTo(ID, 'Kentsel Adalet ve Eşitlik Personeli').lines.find((x) => x.to.id === 'kentsel-adalet-ve-esitlik-sefi')?.basis).toBe('structural');
  });

  it('the staff of each Şeflik work attached to it (m.4/b, m.4/c)', () => {
    expect(reportsTo(ID, 'İdari İşler Personeli').lines.filter((l) => l.relation === 'attached-to').map((l) => [l.to.name, l.citations[0]!.label]))
      .toEqual([['İdari İşler Şefliği', 'm.4/b']]);
    expect(reportsTo(ID, 'Kentsel Adalet ve Eşitlik Personeli').lines.filter((l) => l.relation === 'attached-to').map((l) => [l.to.name, l.citations[0]!.label]))
      .toEqual([['Kentsel Adalet ve Eşitlik Şefliği', 'm.4/c']]);
  });

  it('a Şeflik sits in the Müdürlük only by inference from the structure (structural, m.4/b)', () => {
    expect(lines('İdari İşler Şefliği')).toEqual([['Kentsel Adalet ve Eşitlik Şube Müdürlüğü', 'attached-to', 'structural', 'm.4/b']]);
  });

  it('chains of command run up to the Daire Başkanı, from a şeflik’s staff through their şef (m.4/b)', () => {
    expect(names(chainOfCommand(ID, 'Diyalog Merkezi'))).toEqual(['Diyalog Merkezi', 'Kentsel Adalet ve Eşitlik Şefi', 'Şube Müdürü', 'Daire Başkanı']);
    expect(names(chainOfCommand(ID, 'İdari İşler Personeli'))).toEqual(['İdari İşler Personeli', 'İdari İşler Şefi', 'Şube Müdürü', 'Daire Başkanı']);
    expect(names(chainOfCommand(ID, 'Kentsel Adalet ve Eşitlik Personeli'))).toEqual(['Kentsel Adalet ve Eşitlik Personeli', 'Kentsel Adalet ve Eşitlik Şefi', 'Şube Müdürü', 'Daire Başkanı']);
    expect(names(chainOfCommand(ID, 'Müdürlük'))).toEqual(['Kentsel Adalet ve Eşitlik Şube Müdürlüğü', 'Şube Müdürü', 'Daire Başkanı']);
    expect(names(chainOfCommand(ID, 'araç sevk birimi'))).toEqual(['araç sevk birimi', 'İdari İşler Şefliği', 'Kentsel Adalet ve Eşitlik Şube Müdürlüğü', 'Şube Müdürü', 'Daire Başkanı']);
  });

  it('"Şef" names both şefs (m.3/g, m.12/a): AMBIGUOUS, listing them, never UNKNOWN_ENTITY', () => {
    for (const n of ['Şef', 'sef', 'Şefler']) {
      let caught: unknown;
      try { reportsTo(ID, n); } catch (e) { caught = e; }
      expect(caught).toBeInstanceOf(MevzuatError);
      expect((caught as MevzuatError).code).toBe('AMBIGUOUS');
      expect([...(caught as MevzuatError).suggestions].sort()).toEqual(['idari-isler-sefi', 'kentsel-adalet-ve-esitlik-sefi']);
    }
  });

  it('the Proje Sorumlusu of m.12/a is a post of the Müdürlük under the Müdür, by inference', () => {
    const a = reportsTo(ID, 'Proje Sorumlusu');
    expect(a.subject).toEqual({ id: 'proje-sorumlusu', name: 'Proje Sorumlusu', kind: 'post' });
    expect(lines('Proje Sorumlusu')).toEqual([['Şube Müdürü', 'superior', 'structural', 'm.12/a']]);
  });

  it('knows the Müdür by the names the text uses, and refuses a name it does not know', () => {
    for (const n of ['Müdür', 'MUDUR', 'Şube Müdürü', 'Kentsel Adalet ve Eşitlik Şube Müdürü', 'sube-muduru']) expect(reportsTo(ID, n).subject.id).toBe('sube-muduru');
    expect(() => reportsTo(ID, 'Özel Kalem Müdürü')).toThrow(MevzuatError);
  });
});

describe('İzmir Kentsel Adalet: who signs', () => {
  it.each(['inter-directorate', 'public-institution', 'private-party', 'valilik', 'buyuksehir', 'bakanlik', 'kaymakamlik'] as const)(
    'letters to %s: the text names no signer; the Müdür sees to correspondence (m.7/p), the İdari İşler Şefliği handles staff-prepared letters (m.8/b) and replies to incoming ones (m.8/c), the KAE Şefliği writes to presentation venues (m.10/e)', (to) => {
      const a = WhoSignsAnswer.parse(whoSigns('İzmir', to));
      expect(a.status).toBe('responsible-only');
      expect(a.signers).toEqual([]);
      expect(a.paraf).toEqual([]);
      // m.8/c: the Şeflik answers letters only on the Müdür's instructions; the condition stays with
      // that charge and is not put on its m.8/b charge, which has none
      // each entry with the text's words for what its charge covers (m.8/c: only replies)
      expect(a.responsible).toEqual([
        { id: 'sube-muduru', name: 'Şube Müdürü', kind: 'post' },
        { id: 'idari-isler-sefligi', name: 'İdari İşler Şefliği', kind: 'unit', scope: 'Müdürlük personelince hazırlanan yazışmalarla ilgili iş ve işlemleri standart dosya planına uygun olarak yürütmek' },
        { id: 'idari-isler-sefligi', name: 'İdari İşler Şefliği', kind: 'unit', scope: 'gelen resmi-özel yazılar ile personel ile ilgili dilekçelere cevap vermek ve gerekli diğer işlemleri yapmak', condition: 'Müdürden gelen talimatlar doğrultusunda' },
        { id: 'kentsel-adalet-ve-esitlik-sefligi', name: 'Kentsel Adalet ve Eşitlik Şefliği', kind: 'unit', scope: 'sunumların yapılacağı yerlerin organizasyon ve yazışmalarını yapmak' },
      ]);
      expect(labels(a.citations)).toEqual(['m.7/p', 'm.8/b', 'm.8/c', 'm.10/e']);
      expect(a.citations[0]!.text).toBe('Müdürlük ile ilgili yazışmaların yapılmasını sağlamak,');
      expect(a.citations[1]!.text).toBe('Müdürlük personelince hazırlanan yazışmalarla ilgili iş ve işlemleri standart dosya planına uygun olarak yürütmek,');
      expect(ws(a.citations[2]!.text)).toContain('Müdürden gelen talimatlar doğrultusunda kurum ve kuruluşlardan, şahıslardan veya diğer müdürlüklerden gelen resmi-özel yazılar ile personel ile ilgili dilekçelere cevap vermek ve gerekli diğer işlemleri yapmak');
      expect(ws(a.citations[3]!.text)).toContain('sunumların yapılacağı yerlerin organizasyon ve yazışmalarını yapmak');
      // each charge with the text's words for what it covers: m.8/c only replies
      expect(a.explanation).toContain('Bu yazışmalarla ilgili görev verilenler: Şube Müdürü (m.7/p); İdari İşler Şefliği, yalnız "Müdürlük personelince hazırlanan yazışmalarla ilgili iş ve işlemleri standart dosya planına uygun olarak yürütmek" bakımından (m.8/b); İdari İşler Şefliği, yalnız "gelen resmi-özel yazılar ile personel ile ilgili dilekçelere cevap vermek ve gerekli diğer işlemleri yapmak" bakımından, Müdürden gelen talimatlar doğrultusunda (m.8/c); Kentsel Adalet ve Eşitlik Şefliği, yalnız "sunumların yapılacağı yerlerin organizasyon ve yazışmalarını yapmak" bakımından (m.10/e).');
      expect(a.fallback?.label).toBe('m.12/e');
      expect(a.explanation).toContain('m.12/e uyarınca yürürlükteki mevzuat uygulanır');
    });

  it('the reply rule (m.8/c) covers only replies to incoming letters, in the text\'s words', () => {
    const rule = reg.correspondence.find((r) => r.cites[0] === 'art_8__para_1__point_c')!;
    expect(rule.scope).toBe('gelen resmi-özel yazılar ile personel ile ilgili dilekçelere cevap vermek ve gerekli diğer işlemleri yapmak');
    for (const r of reg.correspondence) if (r.scope) expect(ws(cite(ID, r.cites[0]!).text)).toContain(r.scope);
  });

  it('matters the Yönerge does not cover follow the legislation in force (fallback m.12/e)', () => {
    expect(reg.fallback).toBe('art_12__para_1__point_e');
    const c = cite(ID, reg.fallback!);
    expect(c.label).toBe('m.12/e');
    expect(c.text).toBe('Bu Yönergede bulunmayan hükümler yürürlükteki ilgili mevzuat çerçevesinde yürütülür.');
  });
});

describe('İzmir Kentsel Adalet: incoming correspondence (m.12/a, m.7/d)', () => {
  it('is registered (passive: the text names nobody), then assigned (havale) by the Müdür to the Şef, the Proje Sorumlusu or staff', () => {
    const a = RoutingAnswer.parse(whoRoutesIncoming(ID));
    expect(a.status).toBe('explicit');
    expect(a.routers).toEqual([{ id: 'sube-muduru', name: 'Şube Müdürü', kind: 'post' }]);
    expect(a.steps.map((s) => [s.actor?.name ?? null, s.action, s.citation.label])).toEqual([
      [null, 'register', 'm.12/a'], ['Şube Müdürü', 'distribute', 'm.12/a'], ['Şube Müdürü', 'supervise', 'm.7/d'],
    ]);
    // the Müdür is never said to register
    expect(a.steps.filter((s) => s.action === 'register').every((s) => s.actor === undefined)).toBe(true);
    expect(a.steps[1]!.to?.map((t) => t.name)).toEqual(['İdari İşler Şefi', 'Kentsel Adalet ve Eşitlik Şefi', 'Proje Sorumlusu', 'Şube Müdürlük Personeli']);
    expect(a.steps[0]!.citation.text).toBe('Müdürlüğe gelen tüm yazışmalar evrak kayıt programına kaydedilir. Müdür tarafından ilgili Şef, Proje Sorumlusu, personele havalesi yapılarak işlem tesis edilir.');
    expect(labels(a.citations)).toEqual(['m.12/a', 'm.7/d']);
  });

  it('m.7/d ("bağlı birimler arasında dağılımını") is read as the same havale, not a second one, and its units are not listed: an inference, said in a note', () => {
    const a = whoRoutesIncoming(ID);
    expect(cite(ID, 'art_7__para_1__point_d').text).toBe('Müdürlüğüne gelen evrakların ve görevlerin bağlı birimler arasında dağılımını ve denetimini sağlamak,');
    expect(a.steps.filter((s) => s.action === 'distribute')).toHaveLength(1);
    expect(reg.routing.find((s) => s.action === 'distribute')!.cites).toEqual(['art_12__para_1__point_a', 'art_7__para_1__point_d']);
    const note = a.steps[1]!.note!;
    expect(note).toMatch(/^Çıkarım: /);
    expect(note).toContain('ayrı bir ikinci havale sayılmamıştır');
    expect(note).toContain('Metin "bağlı birimler"i saymaz');
    // m.6/ğ: the Diyalog Merkezi works attached to the KAE Şefi
    expect(ws(cite(ID, 'art_6__para_1__point_gg').text)).toBe('Kentsel Adalet ve Eşitlik şefine bağlı olarak çalışmalarını yürütmek.');
    expect(note).toContain('Diyalog Merkezi ise Kentsel Adalet ve Eşitlik şefine bağlı olarak çalışır (m.6/ğ)');
  });
});

describe('İzmir Kentsel Adalet: deputising', () => {
  it('nobody is named for the Müdür: not-regulated, falling back to m.12/e', () => {
    const a = DeputyAnswer.parse(deputyOf(ID, 'Müdür'));
    expect(a.status).toBe('not-regulated');
    expect(a.deputies).toEqual([]);
    expect(a.inAbsence).toEqual([]);
    expect(a.fallback?.label).toBe('m.12/e');
  });

  it('both Şeflik represent the Müdür at meetings, congresses and training events ("Müdürü temsilen", m.8/l, m.10/j): related, but not vekâlet', () => {
    const a = DeputyAnswer.parse(deputyOf(ID, 'Müdür'));
    expect(a.represents?.map((x) => [x.actor.name, x.citation.label])).toEqual([['İdari İşler Şefliği', 'm.8/l'], ['Kentsel Adalet ve Eşitlik Şefliği', 'm.10/j']]);
    for (const x of a.represents!) {
      expect(ws(x.citation.text)).toBe('Müdürü temsilen toplantı, kongre ve eğitim etkinliklerine katılım sağlamak,');
      expect(x.note).toContain('Bu bir vekâlet hükmü değildir ve Müdürün bulunmamasına bağlanmamıştır');
    }
    expect(labels(a.citations)).toEqual(['m.8/l', 'm.10/j']);
    // a Şef is not represented by anyone
    expect(deputyOf(ID, 'İdari İşler Şefi').represents).toBeUndefined();
  });
});

describe('İzmir Kentsel Adalet: entry into force (m.13)', () => {
  it('takes effect on the Üst Yönetici’s approval, which evidently happened (the e-signed OLUR) but is undated: in force from the day the package holds the e-signed text, date unknown', () => {
    const a = InForceAnswer.parse(inForce(ID, '2026-11-23'));
    expect(a.status).toBe('in-force');
    expect(a.basis).toBe('evident');
    expect(a.from).toBeUndefined();
    expect(a.condition).toContain('Üst Yönetici onayını müteakip yürürlüğe girer');
    expect(a.note).toContain('OLUR / Buğra GÖKÇE / Genel Sekreter');
    expect(a.note).toContain('yürürlük tarihi bilinmiyor');
    expect(a.caveat).toContain('Bu pakette bulunmayan bir metinle');
    expect(labels(a.citations)).toEqual(['m.13/1']);
    expect(a.citations[0]!.text).toBe('Bu Yönerge hükümleri Üst Yönetici onayını müteakip yürürlüğe girer.');
  });

  it('was not in force before its own dayanak was adopted (13.01.2021, m.2)', () => {
    const a = inForce(ID, '2020-12-31');
    expect([a.status, a.basis, a.from]).toEqual(['not-yet-in-force', 'inferred', undefined]);
    expect(labels(a.citations)).toEqual(['m.13/1', 'm.2/1']);
    // "onay bu tarihten önce olamaz" is an inference, and says so; m.2's own words
    expect(a.note).toContain('Bu bir çıkarımdır');
    expect(a.note).toContain('"13/01/2021 tarih ve 68 sayılı Sosyal Projeler Dairesi Başkanlığı Çalışma Usul ve Esasları Hakkında yönetmeliğine"');
    expect(cite(ID, 'm.2/1').text).toContain('13/01/2021 tarih ve 68 sayılı Sosyal Projeler Dairesi Başkanlığı Çalışma Usul ve Esasları Hakkında yönetmeliğine');
  });

  it('between the dayanak (13.01.2021) and the day the package can show the OLUR existed (23.11.2026), whether it was in force is unknown (issue 20)', () => {
    for (const day of ['2021-01-13', '2024-06-01', '2026-11-22']) {
      const a = InForceAnswer.parse(inForce(ID, day));
      expect([a.status, a.basis, a.from], day).toEqual(['unknown', 'undated', undefined]);
      expect(a.note).toContain('23.11.2026 tarihinde alındı');
      expect(a.note).toContain('bilinmiyor');
    }
    expect(inForce(ID, '2026-11-23').status).toBe('in-force');
    expect(inForce(ID, '2030-01-01').status).toBe('in-force');
    expect(getRegulation(ID).entryIntoForce.evidentFrom?.date).toBe('2026-11-23');
  });
});

describe('İzmir Kentsel Adalet: definitions (m.3)', () => {
  it('defines the Diyalog Merkezi and the Üst Yönetici verbatim', () => {
    const dm = DefinitionAnswer.parse(define(ID, 'Diyalog Merkezi'));
    expect(dm.citation.label).toBe('m.3/ç');
    expect(dm.meaning.startsWith('Kapsayıcı bir kent politikası oluşturma amacıyla ayrımcılıkla mücadele eden')).toBe(true);
    expect(dm.meaning.endsWith('ilgili kurum, kuruluş vb. yapılar arasında koordinasyon kuran birimi')).toBe(true);
    expect(define(ID, 'ust yonetici')).toMatchObject({ term: 'Üst Yönetici', meaning: 'Başkanlık, Genel Sekreterlik ve Genel Sekreter Yardımcılıklarını', citation: { label: 'm.3/ı' } });
  });

  it('defines every term of m.3, a to j', () => {
    const terms = ['Başkanlık', 'Belediye / Kurum', 'Daire Başkanı', 'Diyalog Merkezi', 'İdari İşler Şefliği', 'Kanun', 'Kentsel Adalet ve Eşitlik Şefliği', 'Şef (ler)', 'Şube Müdürü', 'Şube Müdürlük Personeli', 'Üst Yönetici', 'Yönerge', 'Yönetmelik'];
    expect(terms.map((t) => define(ID, t)?.citation.item)).toEqual(['a', 'b', 'c', 'ç', 'd', 'e', 'f', 'g', 'ğ', 'h', 'ı', 'i', 'j']);
    expect(define(ID, 'Kurum')?.meaning).toBe('İzmir Büyükşehir Belediyesini');
    expect(define(ID, 'Şefler')?.meaning).toBe('İdari İşler ve Kentsel Adalet ve Eşitlik Şeflerini');
    expect(define(ID, 'Yönetmelik')?.meaning).toBe('Bu Yönergenin dayanağı olan Daire Başkanlığının Yönetmeliğini');
    expect(define(ID, 'Proje Sorumlusu')).toBeUndefined();
  });
});

describe('İzmir Kentsel Adalet: duties', () => {
  it('the Müdürlük has the duties of m.5, a to h, and the working rules of m.12/c, ç, d', () => {
    const d = dutiesOf(ID, 'Kentsel Adalet ve Eşitlik Şube Müdürlüğü');
    expect(labels(d.map((x) => x.citation))).toEqual(['m.5/a', 'm.5/b', 'm.5/c', 'm.5/ç', 'm.5/d', 'm.5/e', 'm.5/f', 'm.5/g', 'm.5/ğ', 'm.5/h', 'm.12/c', 'm.12/ç', 'm.12/d']);
    expect(d[0]!.text).toContain('Belediye Başkanının gözetimi ve denetimi altında');
  });
  it('the Diyalog Merkezi has the whole of m.6, a to ğ, its attachment (m.6/ğ) included', () => {
    const d = dutiesOf(ID, 'Diyalog Merkezi');
    expect(d.map((x) => x.citation.item).join('')).toBe('abcçdefgğ');
    expect(d.at(-1)!.topics).toEqual(['accountability']);
    for (const x of d) expect(Duty.parse(x).holder.id).toBe('diyalog-merkezi');
  });
  it('the Müdür has the whole of m.7, a to s, makes the havale of incoming letters (m.12/a) and assigns the work (m.12/b)', () => {
    const d = dutiesOf(ID, 'Müdür');
    expect(d.map((x) => x.citation.label).join(' ')).toBe('m.7/a m.7/b m.7/c m.7/ç m.7/d m.7/e m.7/f m.7/g m.7/ğ m.7/h m.7/ı m.7/i m.7/j m.7/k m.7/l m.7/m m.7/n m.7/o m.7/ö m.7/p m.7/r m.7/s m.12/a m.12/b');
    // m.12/a: only its second sentence names the Müdür; the registering sentence is passive
    expect(d.at(-2)!.text).toBe('Müdür tarafından ilgili Şef, Proje Sorumlusu, personele havalesi yapılarak işlem tesis edilir.');
    expect(cite(ID, 'art_12__para_1__point_a').text).toContain(d.at(-2)!.text);
    expect(d[0]!.topics).toContain('accountability');
    expect(d[1]!.text).toBe('Müdür, Kentsel Adalet ve Eşitlik Şube Müdürlüğünün yönetiminde tam yetkili ve sorumlu olan kişidir. Müdürlük bünyesinde görevli tüm personelin amiridir.');
    expect(labels(dutiesOf(ID, 'Müdür', { topic: 'correspondence' }).map((x) => x.citation))).toEqual(['m.7/d', 'm.7/p', 'm.12/a']);
  });
  it('the idari işler birimi and the araç sevk birimi have the work m.3/d describes them by, as inferences', () => {
    const def = cite(ID, 'art_3__para_1__point_d').text;
    expect(ws(def)).toBe('İdari İşler Şefliği: Personel, yazı işleri, satın alma işlerinin yürütüldüğü idari işler birimini ve projelerde hizmet verdiğimiz hedef grupların ulaşımını sağladığımız araç sevk birimini,');
    const [idari, ...r1] = dutiesOf(ID, 'idari işler birimi');
    const [arac, ...r2] = dutiesOf(ID, 'araç sevk birimi');
    expect([r1, r2]).toEqual([[], []]);
    expect(idari!.text).toBe('Personel, yazı işleri, satın alma işlerinin yürütüldüğü idari işler birimini');
    expect(arac!.text).toBe('projelerde hizmet verdiğimiz hedef grupların ulaşımını sağladığımız araç sevk birimini');
    for (const d of [idari!, arac!]) {
      expect(ws(def)).toContain(d.text);
      expect(d.citation.label).toBe('m.3/d');
      expect(d.note).toMatch(/^Çıkarım: m\.3\/d bir tanım hükmüdür/);
    }
  });
  it('the İdari İşler Şefliği has m.8/a–o and the Kentsel Adalet ve Eşitlik Şefliği m.10/a–n', () => {
    expect(dutiesOf(ID, 'İdari İşler Şefliği').map((x) => x.citation.item).join('')).toBe('abcçdefgğhıijklmno');
    expect(dutiesOf(ID, 'Kentsel Adalet ve Eşitlik Şefliği').map((x) => x.citation.item).join('')).toBe('abcçdefgğhıijklmn');
  });
  it('each Şef has the duty of its own article and, through it, the Şeflik’s list ("ilgili maddesinde", m.9/1, m.11/1)', () => {
    const iis = dutiesOf(ID, 'İdari İşler Şefi');
    expect(iis[0]!.citation.label).toBe('m.9/1');
    expect(iis[0]!.topics).toEqual(['accountability', 'compliance', 'residual']);
    expect(iis.slice(1).map((x) => x.citation.item).join('')).toBe('abcçdefgğhıijklmno');
    for (const d of iis.slice(1)) expect([d.holder.id, d.via?.actor.id, d.via?.citation.label]).toEqual(['idari-isler-sefligi', 'idari-isler-sefligi', 'm.9/1']);
    const kae = dutiesOf(ID, 'Kentsel Adalet ve Eşitlik Şefi');
    expect(kae[0]!.citation.label).toBe('m.11/1');
    expect(kae.slice(1).map((x) => x.citation.item).join('')).toBe('abcçdefgğhıijklmn');
    expect(kae[1]!.via?.citation.label).toBe('m.11/1');
    // why, in the data
    expect(reg.posts.find((p) => p.id === 'idari-isler-sefi')!.note).toContain('m.8');
  });
  it('finds duties by words typed without Turkish letters', () => {
    expect(findDuties('sosyal medya stratejileri', { regulation: 'izmir' })[0]!.citation.label).toBe('m.10/k');
    expect(findDuties('puantaj', { regulation: ID }).map((d) => d.citation.label)).toEqual(['m.8/f']);
  });
});

describe('İzmir Kentsel Adalet: the two transcriptions', () => {
  const variants = reg.variants ?? [];

  it('records more than a dozen differences, at least four of which change the meaning', () => {
    expect(variants.length).toBeGreaterThan(12);
    expect(variants.filter((v) => v.changesMeaning).length).toBeGreaterThanOrEqual(4);
  });

  it('every authoritative reading is in its provision, every other reading is in variant-000.txt', () => {
    const other = ws(variantText);
    for (const v of variants) {
      const p = reg.provisions.find((x) => x.id === v.provision);
      const n = nodes.get(v.provision);
      expect(p ?? n, v.provision).toBeDefined();
      const own = [p?.text, n?.heading, n?.text].filter(Boolean).join('\n');
      expect(own, `${v.provision}: ${v.authoritative}`).toContain(v.authoritative);
      if (v.other === '') expect(other, v.provision).not.toContain(v.authoritative);
      else expect(other, `${v.provision}: ${v.other}`).toContain(v.other);
      expect(v.note, v.provision).toBeTruthy();
    }
  });

  it('follows the signed text where 000 lost the bent letters of m.3 and m.4', () => {
    expect(reg.provisions.filter((p) => p.parent === 'art_3__para_1').map((p) => p.item).join('')).toBe('abcçdefgğhıij');
    expect(cite(ID, 'm.4/a').text).toBe('Müdür,');
    expect(variantText).toContain('- Müdür,');
    const lost = variants.filter((v) => v.provision === 'art_3__para_1' && v.other.startsWith('- '));
    expect(lost.map((v) => v.authoritative.split(')')[0]).join('')).toBe('abcçdefgğhıij');
    expect(lost.every((v) => v.changesMeaning)).toBe(true);
  });

  it('pins the signed readings of the Tanımlar: "Başkanlığını", "Daire Başkanını"', () => {
    expect(define(ID, 'Başkanlık')?.meaning).toBe('İzmir Büyükşehir Belediye Başkanlığını');
    expect(define(ID, 'Daire Başkanı')?.meaning).toBe('İzmir Büyükşehir Belediyesi Sosyal Projeler Daire Başkanını');
    expect(variantText).toContain('Başkanlık: İzmir Büyükşehir Belediye Başkanlığı,');
  });

  it.each([
    ['m.6/ç', 'eğitmen ağları', 'eğitim ağları'],
    ['m.7/k', 'Müdürlük personelince verilen önerileri', 'Müdürlük personeline verilen önerileri'],
    ['m.8/b', 'Müdürlük personelince hazırlanan', 'Müdürlük personeline hazırlanan'],
    ['m.8/ı', 'taşınırları bulundukları yerde', 'taşınırları buldukları yerde'],
    ['m.10/n', 'teknik şartnameyi hazırlatmak', 'teknik şartnameyi hazırlamak'],
  ])('%s reads "%s" (000: "%s"), a difference of meaning', (label, signed, other) => {
    const c = cite(ID, label);
    expect(c.text).toContain(signed);
    expect(c.text).not.toContain(other);
    const v = variants.find((x) => x.provision === c.id && x.authoritative.includes(signed))!;
    expect(v).toMatchObject({ other: expect.stringContaining(other), changesMeaning: true });
  });

  it('keeps the signed text’s own typos, which 000 corrected, and 000’s typos stay out', () => {
    expect(nodes.get('art_6')!.heading).toBe('Diyalog Merkezi görev, yetki ve sorumlukları');
    expect(cite(ID, 'm.6/1').text.startsWith('Diyalog Merkezi görevi yetki ve sorumlukları şunlardır;')).toBe(true);
    expect(cite(ID, 'm.8/1').text.startsWith('İdari İşler Şefliğin görev, yetki ve sorumlulukları şunlardır;')).toBe(true);
    expect(cite(ID, 'm.9/1').text).toContain('görevlerin yürütülmesi ile bu makamların emir ve direktifleri doğrultusunda verilen diğer görev');
    expect(cite(ID, 'm.8/c').text.startsWith('Müdürden gelen talimatlar')).toBe(true);
    const all = reg.provisions.map((p) => p.text).join('\n');
    for (const typo of ['diğler', 'Diğler', 'yürütöl', 'bağılı', 'Müdürdan', 'ə']) expect(all).not.toContain(typo);
  });
});

describe('İzmir Kentsel Adalet: [sic]', () => {
  it('notes the text’s oddities without correcting them', () => {
    const sic = (reg.sic ?? []).map((s) => [cite(ID, s.provision).label, s.reading]);
    expect(sic).toEqual([
      ['m.6/1', 'Diyalog Merkezi görevi yetki ve sorumlukları'],
      ['m.8/1', 'İdari İşler Şefliğin'],
      ['m.8/n', 'takip etmek kontrol etmek'],
      ['m.10/c', 'grupların için'],
      ['m.10/n', 'faaliyetleri ilgili'],
      ['m.3/g', 'Şef (ler)'],
      ['m.9/1', 'ilgili maddesinde belirtilen görevlerin'],
      ['m.11/1', 'ilgili maddesinde belirtilen görevlerin'],
    ]);
    expect(reg.sic!.find((x) => x.provision === 'art_9__para_1')!.note).toContain('m.9/1 uyarınca');
    for (const s of reg.sic ?? []) {
      expect(cite(ID, s.provision).text).toContain(s.reading);
      expect(s.note).toContain('[sic]');
    }
  });
});

describe('İzmir Kentsel Adalet: the executor’s duty (issue 20, Wrong 1)', () => {
  it('executing the text is a duty of the Daire Başkanı, on behalf of the Üst Yönetici: m.14/1 "Bu Yönerge hükümlerini Üst Yönetici adına Sosyal Projeler Dairesi Başkanı yürütür."', () => {
    expect(cite(ID, 'm.14/1').text).toBe('Bu Yönerge hükümlerini Üst Yönetici adına Sosyal Projeler Dairesi Başkanı yürütür.');
    const d = dutiesOf(ID, 'Daire Başkanı').filter((x) => x.topics.includes('execution'));
    expect(d.map((x) => [x.holder.id, x.citation.label, x.text])).toEqual([['daire-baskani', 'm.14/1', 'Bu Yönerge hükümlerini Üst Yönetici adına Sosyal Projeler Dairesi Başkanı yürütür.']]);
    // found through the topic, in Turkish too, and by search
    expect(dutiesOf(ID, 'Daire Başkanı', { topic: 'yürütme' }).map((x) => x.citation.label)).toEqual(['m.14/1']);
    expect(findDuties('', { regulation: ID, topic: 'execution' }).map((x) => x.holder.id)).toEqual(['daire-baskani']);
    expect(getRegulation(ID).executor?.actor).toBe('daire-baskani');
  });
});

describe('İzmir Kentsel Adalet: archive, discipline and residual duties (issue 20)', () => {
  const byTopic = (topic: string) => findDuties('', { regulation: ID, topic }).map((d) => [d.holder.id, d.citation.label]);
  it('archive: m.7/r ("arşivlenmesini sağlamak") and m.8/ç ("dosyalama ve arşivleme işlemlerini")', () => {
    expect(cite(ID, 'm.8/ç').text).toContain('Kurum içi arşivi ile ilgili çalışmaları yürüterek, şefliğe ait dosyalama ve arşivleme işlemlerini yerine getirmek');
    expect(byTopic('archive')).toEqual([['sube-muduru', 'm.7/r'], ['idari-isler-sefligi', 'm.8/ç']]);
  });
  it('discipline: m.7/ç, the Şube Müdürü’s "disiplin cezası vb." işlemleri', () => {
    expect(cite(ID, 'm.7/ç').text).toContain('izin, terfi, disiplin cezası vb. yetkisi dahilindeki işlemleri yürütmek');
    expect(byTopic('discipline')).toEqual([['sube-muduru', 'm.7/ç']]);
  });
  it('residual: the two Şefs’ "verilen diğer görev ve yetkiler" (m.9/1, m.11/1); m.12/e is the fallback clause, not a duty', () => {
    expect(cite(ID, 'm.9/1').text).toContain('bu makamların emir ve direktifleri doğrultusunda verilen diğer görev ve yetkilerin kullanılmasından sorumlu olmak');
    expect(byTopic('residual')).toEqual([['idari-isler-sefi', 'm.9/1'], ['kentsel-adalet-ve-esitlik-sefi', 'm.11/1']]);
    expect(cite(ID, 'm.12/e').text).toBe('Bu Yönergede bulunmayan hükümler yürürlükteki ilgili mevzuat çerçevesinde yürütülür.');
    expect(getRegulation(ID).duties.some((d) => d.cites.includes(cite(ID, 'm.12/e').id))).toBe(false);
  });
});
