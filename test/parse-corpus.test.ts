/**
 * The parser on real numbering: one test per phenomenon, each quoting the line of a Gebze text
 * (test/fixtures/gebze, verbatim web transcriptions) or of a fixture written in the same style
 * (test/fixtures/parse/real) where the seven texts do not print it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileText } from '../src/compile/text.js';
import { isMevzuatError } from '../src/errors.js';
import { parseRegulationText, type ParseResult } from '../src/parse/text.js';
import { ProvisionId } from '../src/schema/common.js';
import type { TextNode, TextNodeInput } from '../src/schema/text.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const gebzeDir = `${root}test/fixtures/gebze/`;
const gebzeFiles = readdirSync(gebzeDir).filter((f) => f.endsWith('.txt')).sort();
const read = (path: string) => readFileSync(path, 'utf8');
const gebze = (prefix: string) => read(gebzeDir + gebzeFiles.find((f) => f.startsWith(prefix))!);
const real = (name: string) => read(`${root}test/fixtures/parse/real/${name}`);

type At = { kind: string; label?: string; id: string; num?: string; heading?: string; title?: string; text?: string };

/** Parses and compiles; `at(line)` is the outermost node starting on that line, `at(line, kind)` the one of that kind. */
function parsed(raw: string) {
  const r = parseRegulationText(raw);
  const c = compileText(r.nodes);
  const byLine = new Map<number, At[]>();
  const walk = (ins: readonly TextNodeInput[], outs: readonly TextNode[]) => ins.forEach((n, i) => {
    const o = outs[i]!;
    const line = r.lineOf.get(n)!;
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line)!.push({ kind: o.kind, id: o.id, ...(o.label && { label: o.label }), ...(o.num && { num: o.num }), ...(o.heading && { heading: o.heading }), ...(o.title && { title: o.title }), ...(o.text && { text: o.text }) });
    if (n.children) walk(n.children, o.children!);
  });
  walk(r.nodes, c.document);
  return { r, c, at: (line: number, kind?: string) => byLine.get(line)?.find((n) => kind === undefined || n.kind === kind), lineText: (line: number) => raw.split(/\r\n|\n|\r/)[line - 1]!.replace(/\s+/g, ' ').trim() };
}

/** The problems of one kind, as (line, text). */
const problemsOf = (r: ParseResult, kind: string) => r.problems.filter((p) => p.kind === kind).map((p) => [p.line, p.text]);

describe('the seven Gebze texts', () => {
  const headings: Record<string, number> = { '01': 19, '03': 22, '06': 45, '08': 26, '09': 21, '11': 78, '15': 24 };
  for (const file of gebzeFiles) {
    it(`${file}: complete, as many articles as article headings, unique ids and labels, every marker line its own provision`, () => {
      const raw = read(gebzeDir + file);
      const { r, c } = parsed(raw);
      expect(r.gap).toBeUndefined();
      expect(c.articles).toHaveLength(headings[file.slice(0, 2)]!);
      const ids = c.provisions.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      const labels = c.provisions.flatMap((p) => [p.label, ...p.altLabels]);
      expect(new Set(labels).size).toBe(labels.length);
      for (const id of ids) expect(ProvisionId.safeParse(id).success).toBe(true);
      expect(r.problems.filter((p) => p.kind === 'internal')).toEqual([]);
      // every line printed as a list marker (with a space after it) starts a provision of its own
      const starts = new Set<number>();
      const walk = (ns: readonly TextNodeInput[]) => ns.forEach((n) => { if (n.kind !== 'title' && n.kind !== 'heading' && n.kind !== 'part' && n.kind !== 'closing') starts.add(r.lineOf.get(n)!); walk(n.children ?? []); });
      walk(r.nodes);
      raw.split(/\r\n|\n|\r/).forEach((line, i) => {
        if (/^\s*(?:\(\d+\)|[a-zçğıöşü]{1,2}\)|\d{1,2}[.)-]\)?\s|[a-zçğıöşü]-\s|MADDE\s+\d|GEÇİCİ MADDE)/u.test(line)) expect.soft(starts.has(i + 1), `line ${i + 1}: ${line.slice(0, 60)}`).toBe(true);
      });
      // every problem quotes its line
      for (const p of r.problems) expect(p.text, `problem on line ${p.line}`).toBeTruthy();
    });
  }
});

describe('markers as real texts print them', () => {
  it('aa) … öö) after z), Turkish doubled letters in order (09: "aa) Memur personelin derece terfi…", "çç) Tüm personele kimlik kartı…", "öö) Belediye Başkanının görevde…")', () => {
    const { r, at, lineText } = parsed(gebze('09'));
    expect(lineText(403)).toMatch(/^aa\) Memur personelin derece terfi/);
    expect(at(403)).toMatchObject({ kind: 'point', num: 'aa)', label: 'm.13/aa', id: 'art_13__para_1__point_a-a' });
    expect(at(410)).toMatchObject({ num: 'cc)', label: 'm.13/cc', id: 'art_13__para_1__point_c-c' });
    expect(at(412)).toMatchObject({ num: 'çç)', label: 'm.13/çç', id: 'art_13__para_1__point_cc-cc' });
    expect(at(454)).toMatchObject({ num: 'öö)', label: 'm.13/öö' });
    expect(r.problems).toEqual([]);
  });

  it('ç) in a list of bents (01: "ç)   Büro personeli")', () => {
    expect(parsed(gebze('01')).at(60)).toMatchObject({ kind: 'point', num: 'ç)', label: 'm.6/ç', id: 'art_6__point_cc', text: 'Büro personeli' });
  });

  it('1- without a space after the dash (03: "1-Gençlik ve Spor Müdürlüğü, 5393 Sayılı…")', () => {
    const { at, lineText } = parsed(gebze('03'));
    expect(lineText(59)).toMatch(/^1-Gençlik ve Spor Müdürlüğü/);
    expect(at(59)).toMatchObject({ kind: 'item', num: '1-', label: 'm.7/1', text: expect.stringMatching(/^Gençlik ve Spor Müdürlüğü, 5393/) });
    expect(at(95)).toMatchObject({ num: '8-', label: 'm.8/a-8', text: expect.stringMatching(/^Birim sorumlusu/) });
  });

  it('2-) and 1-) (15: "2-)Temizlik İşleri Müdürlüğünün Personel yapısı…"; 08: "1-)Uluslararası Projeler Sorumlusu")', () => {
    expect(parsed(gebze('15')).at(56)).toMatchObject({ kind: 'item', num: '2-)', label: 'm.5/2' });
    expect(parsed(gebze('08')).at(424)).toMatchObject({ kind: 'item', num: '1-)', label: 'm.14/1', text: 'Uluslararası Projeler Sorumlusu' });
  });

  it('a- with a tab (06: "a-	Destek Hizmetleri (Servis)")', () => {
    expect(parsed(gebze('06')).at(93)).toMatchObject({ kind: 'point', num: 'a-', label: 'm.8/a', text: 'Destek Hizmetleri (Servis)' });
  });

  it('a-, b-, c. without a space, 3 - with spaces; e-Devlet after an empty bent is its text, not a bent', () => {
    const { r, at } = parsed(real('no-space.txt'));
    expect(at(4)).toMatchObject({ kind: 'item', num: '1-', label: 'm.1/1', text: 'Gençlik merkezlerini işletmek,' });
    expect(at(6)).toMatchObject({ num: '3 -', label: 'm.1/3' });
    expect(at(10)).toMatchObject({ kind: 'point', num: 'a-', label: 'm.2/a', text: 'Müdürlük Kalemi,' });
    expect(at(12)).toMatchObject({ num: 'c.', label: 'm.2/c' });
    expect(at(13)).toMatchObject({ num: 'd)', label: 'm.2/d', text: 'e-Devlet işlemleri bu birimce yürütülür.' });
    expect(problemsOf(r, 'marker-as-text')).toEqual([[14, 'e-Devlet işlemleri bu birimce yürütülür.']]);
  });

  it('upper-case bents A) and A –, MADDE 11) -, MADDE 4:, Madde 5-(1)', () => {
    const { r, at } = parsed(real('captions-on-line.txt'));
    expect(at(11)).toMatchObject({ kind: 'article', num: 'MADDE 2) -', label: 'm.2', heading: 'BAĞLILIK', text: 'Müdürlük Belediye Başkanına bağlıdır.' });
    expect(at(14)).toMatchObject({ kind: 'article', num: 'MADDE 3:', label: 'm.3', title: 'Bu Yönetmelikte geçen;' });
    expect(at(15)).toMatchObject({ kind: 'point', num: 'A)', label: 'm.3/a' });
    expect(at(18)).toMatchObject({ kind: 'article', num: 'Madde 4-', label: 'm.4' });
    expect(at(19)).toMatchObject({ kind: 'point', num: 'A –', label: 'm.4/a', text: 'Evrak Birimi' });
    expect(at(20)).toMatchObject({ num: 'B –', label: 'm.4/b' });
    expect(r.problems).toEqual([]);
  });

  it('a1) a2) beside a), j.1) j.2) after j), l ) with a space', () => {
    const { r, at } = parsed(real('nested.txt'));
    expect(at(26)).toMatchObject({ kind: 'point', num: 'a1)', label: 'm.3/a1', id: 'art_3__para_1__point_a1' });
    expect(at(27)).toMatchObject({ num: 'a2)', label: 'm.3/a2' });
    expect(at(28)).toMatchObject({ num: 'b)', label: 'm.3/b' });
    expect(at(40)).toMatchObject({ num: 'j.1)', label: 'm.3/j.1', id: 'art_3__para_1__point_j1' });
    expect(at(41)).toMatchObject({ num: 'j.2)', label: 'm.3/j.2' });
    expect(at(43)).toMatchObject({ num: 'l )', label: 'm.3/l', text: 'Diğer görevleri yapar.' });
    expect(r.problems).toEqual([]);
  });

  it('a bent letter skipped (01: "r)" after "o)") and printed twice (01: "k)" after "l)"; "a)" twice in MADDE 13): each its own provision, reported', () => {
    const { r, at } = parsed(gebze('01'));
    expect(at(131)).toMatchObject({ kind: 'point', num: 'r)', label: 'm.8/r' });
    expect(at(94)).toMatchObject({ num: 'k)', label: 'm.7/k#2', id: expect.stringMatching(/^art_7__(?:para_1__)?point_k_2$/) });
    expect(at(96)).toMatchObject({ num: 'l)', label: 'm.7/l#2' });
    expect(at(214)).toMatchObject({ num: 'a)', label: 'm.13/a#2', id: 'art_13__point_a_2' });
    expect(problemsOf(r, 'list-order').map(([l]) => l)).toEqual([94, 121, 131]);
    expect(problemsOf(r, 'list-restart')).toEqual([[214, 'a) Üstlerinden aldığı diğer emir ve görevleri yerine getirmek.']]);
  });
});

describe('lists nested two and three deep', () => {
  it('decimal entries 1.1., 1.2., 1.2.1 beside their entry: m.1/1.1, art_1__item_1-1', () => {
    const { r, at } = parsed('MADDE 1 – Görevler:\n1. Birinci görev,\n1.1. Alt görev,\n1.2. İkinci alt görev,\n1.2.1 Daha alt görev,\n2. İkinci görev.');
    expect(at(3)).toMatchObject({ kind: 'item', num: '1.1.', label: 'm.1/1.1', id: 'art_1__item_1-1' });
    expect(at(5)).toMatchObject({ num: '1.2.1', label: 'm.1/1.2.1', id: 'art_1__item_1-2-1' });
    expect(at(6)).toMatchObject({ num: '2.', label: 'm.1/2' });
    expect(r.problems).toEqual([]);
  });

  it('a bent holding numbered entries (03: "a)	Spor Hizmetleri Biriminin Görevleri:" then "1- Sporu geniş kitlelere…"): m.8/a-1', () => {
    const { at } = parsed(gebze('03'));
    expect(at(79)).toMatchObject({ kind: 'point', label: 'm.8/a', text: 'Spor Hizmetleri Biriminin Görevleri:' });
    expect(at(81)).toMatchObject({ kind: 'item', num: '1-', label: 'm.8/a-1', id: 'art_8__point_a__item_1' });
    expect(at(101)).toMatchObject({ label: 'm.8/b-1' });
  });

  it('three deep (08: "b) Kültür İşleri Müdürünün Yetkileri:" / "1.	Müdürlüğü;" / "a.	Başkanlık makamına…"): m.10/b-1-a', () => {
    const { at } = parsed(gebze('08'));
    expect(at(240)).toMatchObject({ kind: 'item', num: '1.', label: 'm.10/b-1', text: 'Müdürlüğü;' });
    expect(at(242)).toMatchObject({ kind: 'point', num: 'a.', label: 'm.10/b-1-a', id: 'art_10__point_b__item_1__point_a' });
    expect(at(246)).toMatchObject({ num: '2.', label: 'm.10/b-2' });
  });

  it('roman numerals (08: "I.	Görev ve Sorumlulukları:" under "1-) Büro İşleri Birim Sorumlusu")', () => {
    const { at } = parsed(gebze('08'));
    expect(at(290)).toMatchObject({ kind: 'point', num: 'I.', label: 'm.11/1-i', id: 'art_11__item_1__point_i' });
    expect(at(292)).toMatchObject({ num: 'a.', label: 'm.11/1-i-a' });
  });

  it('numbered entries holding bents (15: "1)  Bu yönetmelikte geçen;" / "a)  Belediye : Gebze Belediyesini,")', () => {
    const { at } = parsed(gebze('15'));
    expect(at(24)).toMatchObject({ kind: 'item', num: '1)', label: 'm.4/1' });
    expect(at(26)).toMatchObject({ kind: 'point', num: 'a)', label: 'm.4/1-a' });
    expect(at(58)).toMatchObject({ kind: 'point', label: 'm.5/2-a' });
  });

  it('dashes and bullets at the third level: m.1/a-2-1 (documented form: each level adds -key, bullets counted from 1)', () => {
    const { r, at } = parsed(real('nested.txt'));
    expect(at(5)).toMatchObject({ kind: 'item', num: '1.', label: 'm.1/a-1' });
    expect(at(7)).toMatchObject({ kind: 'item', label: 'm.1/a-2-1', text: 'Ödünç vermek,', id: 'art_1__para_1__point_a__item_2__item_1' });
    expect(at(9)).toMatchObject({ num: '3.', label: 'm.1/a-3' });
    expect(at(13)).toMatchObject({ num: '•', label: 'm.1/b-2-1' });
    expect(at(15)).toMatchObject({ num: 'c)', label: 'm.1/c' });
    expect(at(20)).toMatchObject({ kind: 'point', num: 'a-', label: 'm.2/2-a' });
    expect(at(22)).toMatchObject({ num: '3)', label: 'm.2/3' });
    expect(r.problems).toEqual([]);
  });
});

describe('fıkra, articles and captions', () => {
  it('(l) and (I) printed for (1): the fıkra, the print kept, a sic entry and a problem', () => {
    const { r, at } = parsed(real('duplicates.txt'));
    expect(at(17, 'paragraph')).toMatchObject({ kind: 'paragraph', num: '(l)', label: 'm.8/1', id: 'art_8__para_1' });
    expect(at(20, 'paragraph')).toMatchObject({ kind: 'paragraph', num: '(I)', label: 'm.9/1' });
    expect(r.sic).toMatchObject([{ line: 17, provision: 'art_8__para_1', printed: '(l)', reading: '(1)' }, { line: 20, provision: 'art_9__para_1', printed: '(I)' }]);
    expect(problemsOf(r, 'sic').map(([l]) => l)).toEqual([17, 20]);
  });

  it('(l) continuing a list (a) … (k) is the bent (l)', () => {
    const letters = 'abcçdefgğhıijk'.split('');
    const raw = `MADDE 1 – Görevler şunlardır:\n${letters.map((l) => `(${l}) Görev ${l},`).join('\n')}\n(l) Son görev.`;
    const { r, c } = parsed(raw);
    expect(c.provisions.at(-1)).toMatchObject({ kind: 'point', label: 'm.1/l' });
    expect(r.sic).toEqual([]);
  });

  it('GEÇİCİ MADDE 1 is an article of its own, not an entry of the last one (11: "GEÇİCİ MADDE 1 - (1) Bu yönetmeliğin…")', () => {
    const { at, c } = parsed(gebze('11'));
    expect(at(1123)).toMatchObject({ kind: 'article', num: 'GEÇİCİ MADDE 1 -', label: 'geçici m.1', id: 'art_gecici_1', heading: 'Geçiş Hükümleri' });
    expect(c.provisions.find((p) => p.id === 'art_gecici_1__para_2')).toMatchObject({ label: 'geçici m.1/2', article: 1, articleKind: 'temporary' });
    expect(at(1131)).toMatchObject({ kind: 'article', label: 'm.79' });
  });

  it('EK MADDE, KISIM holding BÖLÜM, a caption on the article line ("Evrakların Arşivlenmesi MADDE 5 – (1) …")', () => {
    const { r, at } = parsed(real('captions-on-line.txt'));
    expect(at(8)).toMatchObject({ kind: 'article', heading: 'Amaç', num: 'MADDE 1 –', label: 'm.1' });
    expect(at(26)).toMatchObject({ kind: 'article', heading: 'Evrakların Arşivlenmesi', num: 'MADDE 5 –', label: 'm.5' });
    expect(at(27)).toMatchObject({ kind: 'paragraph', label: 'm.5/2' });
    expect(r.problems).toEqual([]);
    expect(at(31)).toMatchObject({ kind: 'article', num: 'EK MADDE 1 –', label: 'ek m.1', id: 'art_ek_1' });
    expect(at(22)).toMatchObject({ kind: 'part', num: 'İKİNCİ KISIM' });
    expect(at(23)).toMatchObject({ kind: 'part', num: 'BİRİNCİ BÖLÜM', title: 'Görevler' });
  });

  it('BİRİNCİ KISIM is a part, not a title line (01: "BİRİNCİ KISIM")', () => {
    const { r, at } = parsed(gebze('01'));
    expect(r.nodes.filter((n) => n.kind === 'title').map((n) => n.text)).toEqual(['T.C.', 'GEBZE BELEDİYESİ', 'YAZI İŞLERİ MÜDÜRLÜĞÜ']);
    expect(at(5)).toMatchObject({ kind: 'part', num: 'BİRİNCİ KISIM', title: 'Amaç, Kapsam, Yasal Dayanaklar, Tanımlar' });
  });

  it('captions printed before the article on their own line (01: "Bağlılık" / "MADDE 5- …"; "MADDE 16 :")', () => {
    const { at } = parsed(gebze('01'));
    expect(at(49)).toMatchObject({ kind: 'article', heading: 'Bağlılık', num: 'MADDE 5-' });
    expect(at(259)).toMatchObject({ kind: 'article', heading: 'Yönetmelikte Yer Almayan Hususlar:', num: 'MADDE 16 :' });
  });

  it('a part title wrapped over two lines (11: "Tefti ş Kurulu Müdürünün Atanması," / "Görev, Yetki ve Sorumlulukları")', () => {
    const { at } = parsed(gebze('11'));
    expect(at(103)).toMatchObject({ kind: 'part', num: 'İKİNCİ BÖLÜM', title: 'Tefti ş Kurulu Müdürünün Atanması, Görev, Yetki ve Sorumlulukları' });
    expect(at(111)).toMatchObject({ kind: 'article', heading: 'Kurul Müdürünün Atanması' });
  });

  it('an article number printed twice: both kept, the second art_7_2 / m.7#2, a warning with both lines', () => {
    const { r, at } = parsed(real('duplicates.txt'));
    expect(at(13)).toMatchObject({ kind: 'article', label: 'm.7', id: 'art_7' });
    expect(at(15)).toMatchObject({ kind: 'article', label: 'm.7#2', id: 'art_7_2', heading: 'Teşkilat' });
    expect(at(17)).toMatchObject({ label: 'm.8', id: 'art_8' });
    expect(r.problems.find((p) => p.kind === 'article-duplicate')).toMatchObject({ line: 15, text: 'MADDE 7 – (1) Müdürlük Müdür ve servislerden oluşur.', message: expect.stringContaining('13. satırda') });
  });

  it('a second list restarting at a) after "Ayrıca;" (06: "Ayrıca;" / "a) Hizmetlerimizde kalite…"): m.6/a#2', () => {
    const { r, at } = parsed(gebze('06'));
    expect(at(57)).toMatchObject({ label: 'm.6/a', id: 'art_6__para_1__point_a' });
    expect(at(63)).toMatchObject({ kind: 'item', text: 'Ayrıca;' });
    expect(at(65)).toMatchObject({ kind: 'point', num: 'a)', label: 'm.6/a#2', id: 'art_6__para_1__point_a_2' });
    expect(at(77)).toMatchObject({ label: 'm.6/g#2' });
    expect(problemsOf(r, 'list-restart')).toEqual([[65, 'a) Hizmetlerimizde kalite, etkinlik ve verimlilik']]);
  });

  it('a caption line is not glued onto the bent before it (wrapped text: "Organizasyon Yapısı:")', () => {
    const raw = ['MADDE 1 – (1) Müdürlük aşağıdaki', 'birimlerden oluşur:', 'a) Kalem', 'birimi,', 'b) Arşiv birimi', 've depo', 'Organizasyon Yapısı:', 'a) Müdür,', 'b) Şef.', 'BAĞLILIK', 'MADDE 2 – (1) Müdürlük Başkana', 'bağlıdır ve', 'Başkan adına çalışır.'].join('\n');
    const { r, at } = parsed(raw);
    expect(r.wrapped).toBe(true);
    expect(at(5)).toMatchObject({ kind: 'point', text: 'Arşiv birimi ve depo' });
    expect(at(7)).toMatchObject({ kind: 'section', heading: 'Organizasyon Yapısı:' });
    expect(at(11)).toMatchObject({ kind: 'article', heading: 'BAĞLILIK' });
  });
});

describe('never silent', () => {
  it('a line that starts like MADDE but is not a heading is reported with its text', () => {
    const r = parseRegulationText('MADDE 1 – (1) Müdürlük görev yapar;\nMadde 6’da belirtilen işler dahil.\nMADDE 2 – (1) Yürürlüğe girer.');
    expect(problemsOf(r, 'marker-as-text')).toEqual([[2, 'Madde 6’da belirtilen işler dahil.']]);
    expect(r.nodes).toHaveLength(2);
  });

  it('two caption lines before an article (11: "Sınav Sonucunun Duyurulması ve Yedek liste" / "Sınav Belgelerinin Saklanması ve İtiraz"): a heading of its own, reported', () => {
    const { r, at } = parsed(gebze('11'));
    expect(problemsOf(r, 'caption')).toEqual([[561, 'Sınav Sonucunun Duyurulması ve Yedek liste'], [1029, 'Raporların Düzenlenmesi, Yapılacak İşlemler']]);
    expect(at(561)).toMatchObject({ kind: 'heading', text: 'Sınav Sonucunun Duyurulması ve Yedek liste' });
    expect(at(565)).toMatchObject({ kind: 'article', heading: 'Sınav Belgelerinin Saklanması ve İtiraz', label: 'm.35' });
  });

  it('a new numbering at the same level after a line that announces no list is reported (01: "1.	Üstlerinden aldığı…" after "f)")', () => {
    const { r, at } = parsed(gebze('01'));
    expect(at(250)).toMatchObject({ kind: 'item', num: '1.' });
    expect(problemsOf(r, 'list-style')).toEqual([[250, '1. Üstlerinden aldığı diğer emir ve görevleri yerine getirmek.']]);
  });
});

describe('contract', () => {
  it('a value that is not a string is INVALID_ARGUMENT, never a TypeError', () => {
    for (const bad of [undefined, null, 42, {}, ['MADDE 1 – x']]) {
      let caught: unknown;
      try { parseRegulationText(bad as unknown as string); } catch (e) { caught = e; }
      expect(isMevzuatError(caught) && caught.code === 'INVALID_ARGUMENT').toBe(true);
    }
  });

  it('the result is deeply frozen: nodes, problems, sic, the line map', () => {
    const r = parseRegulationText(real('duplicates.txt'));
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.nodes)).toBe(true);
    expect(Object.isFrozen(r.nodes[1]!.children![0])).toBe(true);
    expect(Object.isFrozen(r.problems[0])).toBe(true);
    expect(Object.isFrozen(r.sic[0])).toBe(true);
    expect(() => (r.lineOf as Map<TextNodeInput, number>).set(r.nodes[0]!, 1)).toThrow(TypeError);
  });
});
