import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileText, completenessGap } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import type { TextNodeInput } from '../src/schema/text.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => readFileSync(`${root}test/fixtures/parse/${name}`, 'utf8');

/** One line per node: kind, num, [heading], {title}, : text — indented by depth. */
function outline(nodes: TextNodeInput[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.kind}${n.num ? ` ${n.num}` : ''}${n.heading ? ` [${n.heading}]` : ''}${n.title ? ` {${n.title}}` : ''}${n.text ? `: ${n.text}` : ''}`,
    ...outline(n.children ?? [], depth + 1),
  ]);
}

function parsed(name: string) {
  const r = parseRegulationText(fixture(name));
  expect(r.gap).toBeUndefined();
  return r;
}

describe('the four built-in regulations', () => {
  // Where the parser and the hand-built text.yaml part, each difference would be listed here with
  // the reason the hand-built tree is right. There are none: the trees agree node for node.
  const differences: Record<string, string[]> = {
    'izmir-kentsel-adalet': [],
    'kocaeli-stk': [],
    'karsiyaka-halkla-iliskiler': [],
    'konak-ozel-kalem': [],
  };

  for (const id of Object.keys(differences)) {
    it(`${id}: source.txt parses to the hand-built tree (same ids, labels, kinds and texts)`, () => {
      const dir = `${root}regulations/${id}`;
      const source = readFileSync(`${dir}/source.txt`, 'utf8');
      const handBuilt = parse(readFileSync(`${dir}/text.yaml`, 'utf8')) as { nodes: TextNodeInput[] };
      const r = parseRegulationText(source);
      expect(r.problems).toEqual([]);
      expect(r.gap).toBeUndefined();
      const got = compileText(r.nodes);
      const want = compileText(handBuilt.nodes);
      expect(got.document).toEqual(want.document);
      expect(got.provisions).toEqual(want.provisions);
      expect(r.nodes).toEqual(handBuilt.nodes);
      expect(differences[id]).toEqual([]);
    });
  }

  it('tells a PDF-wrapped text (İzmir) from texts whose lines are whole paragraphs', () => {
    const wrapped = (id: string) => parseRegulationText(readFileSync(`${root}regulations/${id}/source.txt`, 'utf8')).wrapped;
    expect(['izmir-kentsel-adalet', 'kocaeli-stk', 'karsiyaka-halkla-iliskiler', 'konak-ozel-kalem'].map(wrapped))
      .toEqual([true, false, false, false]);
  });

  it('reports, by line, where a garbled transcription loses a bent letter (İzmir variant 000)', () => {
    const r = parseRegulationText(readFileSync(`${root}regulations/izmir-kentsel-adalet/variant-000.txt`, 'utf8'));
    expect(r.gap).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ line: 49, message: expect.stringContaining('"b)"') });
  });
});

describe('styles of text', () => {
  it('MADDE 5-, MADDE 5 –, Madde 5:, MADDE 5 -(1); headings above and beside the number', () => {
    const r = parsed('madde-variants.txt');
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes)).toEqual([
      'title: T.C.',
      'title: DENEMEKÖY BELEDİYESİ',
      'title: ZABITA MÜDÜRLÜĞÜ GÖREV YÖNETMELİĞİ',
      'article MADDE 1- [Amaç]: Bu Yönetmeliğin amacı Zabıta Müdürlüğünün görevlerini belirlemektir.',
      'article MADDE 2 – [Kapsam]: Bu Yönetmelik Zabıta Müdürlüğünü kapsar.',
      'article Madde 3: [Dayanak]: Bu Yönetmelik 5393 sayılı Kanuna dayanılarak hazırlanmıştır.',
      'article MADDE 4 - [Bağlılık]',
      '  paragraph (1): Müdürlük Belediye Başkanına bağlıdır.',
      '  paragraph (2): Müdürlük Başkan Yardımcısı eliyle yönetilir.',
      'article MADDE 5 - {Yürürlük;}: Bu Yönetmelik ilanı tarihinde yürürlüğe girer.',
      'article MADDE 6 – {Yürütme}',
      '  paragraph (1): Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.',
    ]);
    expect(compileText(r.nodes).provisions.map((p) => p.label)).toEqual(['m.1', 'm.2', 'm.3', 'm.4', 'm.4/1', 'm.4/2', 'm.5', 'm.6', 'm.6/1']);
  });

  it('bents a) a- a. (a), with every Turkish letter in order', () => {
    const r = parsed('bents.txt');
    expect(r.problems).toEqual([]);
    const art1 = r.nodes[0]!.children![0]!.children!;
    expect(art1.map((p) => p.num).join(' ')).toBe('a) b) c) ç) d) e) f) g) ğ) h) ı) i) j) k) l) m) n) o) ö) p) r) s) ş) t) u) ü)');
    expect(outline(r.nodes.slice(1))).toEqual([
      'article MADDE 2 – [Şefin görevleri] {Şefin görevleri şunlardır:}',
      '  point a-: Evrakı kaydetmek,',
      '  point b-: Arşivi düzenlemek.',
      'article MADDE 3 – [Memurun görevleri] {Memurun görevleri:}',
      '  point a.: Yazıları yazmak,',
      '  point b.: Dosyaları saklamak.',
      'article MADDE 4 – [Yazışmalar] {Yazışmalar;}',
      '  point (a): Müdürlükler arası yazışmaları Müdür imzalar.',
      '  point (b): Diğer yazışmaları Belediye Başkanı imzalar.',
    ]);
    const ids = compileText(r.nodes).provisions.map((p) => p.id);
    expect(ids).toContain('art_1__para_1__point_cc');
    expect(ids).toContain('art_1__para_1__point_ii');
    expect(ids).toContain('art_1__para_1__point_uu');
  });

  it('numbered entries 1. 1- 1), and - and • bullets', () => {
    const r = parsed('numbered.txt');
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes)).toEqual([
      'article MADDE 1 – [Teşkilat]',
      '  paragraph (1): Müdürlük aşağıdaki birimlerden oluşur:',
      '    item 1.: Yazı İşleri Birimi',
      '    item 2.: Arşiv Birimi',
      '  paragraph (2): Birimler şu sırayla çalışır:',
      '    item 1-: Kayıt,',
      '    item 2-: Havale,',
      '    item 3-: Dosyalama.',
      '  paragraph (3): Şeflikler:',
      '    item 1): İdari İşler Şefliği,',
      '    item 2): Teknik İşler Şefliği.',
      'article MADDE 2 – [Çalışma esasları]',
      '  paragraph (1): Personel;',
      '    item: Mesaiye uyar,',
      '    item: Evrakı korur.',
      '  paragraph (2): Müdür;',
      '    item •: toplantıları yönetir,',
      '    item •: yazışmaları imzalar.',
    ]);
    expect(compileText(r.nodes).provisions.find((p) => p.id === 'art_1__para_2__item_3')?.label).toBe('m.1/2-3');
  });

  it('definition lines with any spacing around the colon, unlabelled or under bents', () => {
    const r = parsed('definitions.txt');
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes)).toEqual([
      'article MADDE 1 – [Tanımlar]: Bu Yönetmelikte geçen;',
      '  item: Belediye : Denemeköy Belediyesini,',
      '  item: Başkan: Denemeköy Belediye Başkanını,',
      '  item: Müdürlük :Yazı İşleri Müdürlüğünü,',
      '  item: Müdür : Yazı İşleri Müdürünü ifade eder.',
      'article MADDE 2 – [Tanımlar (bentli)]',
      '  paragraph (1): Bu Yönergede geçen;',
      '    point a): Belediye : Denemeköy Belediyesini,',
      '    point b): Müdür:Yazı İşleri Müdürünü,',
      '    item: ifade eder.',
    ]);
  });

  it('lines wrapped mid-sentence with blank-line noise (PDF extraction) are joined', () => {
    const r = parsed('pdf-wrapped.txt');
    expect(r.wrapped).toBe(true);
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes)).toEqual([
      'title: T.C.',
      'title: DENEMEKÖY BELEDİYESİ',
      'title: YAZI İŞLERİ MÜDÜRLÜĞÜ ÇALIŞMA YÖNERGESİ',
      'part BİRİNCİ BÖLÜM {Genel Hükümler}',
      '  article MADDE 1- [Amaç ve kapsam]',
      '    paragraph (1): Bu Yönergenin amacı, Yazı İşleri Müdürlüğünün çalışma usul ve esaslarını belirlemektir.',
      '  article MADDE 2- [Müdürün görevleri]',
      '    paragraph (1): Müdürün görevleri şunlardır;',
      '      point a): Müdürlük faaliyetlerini, Belediye Başkanının gözetimi ve denetimi altında yürütmek,',
      '      point b): Gelen evrakı ilgili Şefliğe havale etmek,',
      '      point c): Müdürlük personelinin izinlerini onaylamak.',
      'part İKİNCİ BÖLÜM {Son Hükümler}',
      '  article MADDE 3- [Yürürlük]',
      '    paragraph (1): Bu Yönerge onay tarihinde yürürlüğe girer.',
    ]);
  });

  it('Markdown markup (#, **, - ) is set aside as the completeness proof sets it aside', () => {
    const r = parsed('markdown.txt');
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes)).toEqual([
      'title: T.C.',
      'title: DENEMEKÖY BELEDİYESİ',
      'title: Yazı İşleri Müdürlüğü Görev Yönetmeliği',
      'part BİRİNCİ BÖLÜM {Genel hükümler}',
      '  article MADDE 1 – [Amaç]: Bu Yönetmeliğin amacı Yazı İşleri Müdürlüğünün görevlerini düzenlemektir.',
      '  article MADDE 2 - {Müdürün görevleri:}',
      '    point a): Müdürlüğü yönetmek.',
      '    point b): Yazışmaları imzalamak.',
      '  article MADDE 3 - [Yürürlük]: Bu Yönetmelik yayımı tarihinde yürürlüğe girer.',
    ]);
  });

  it('capitalised section headings inside an article group the entries under them', () => {
    const r = parsed('sections.txt');
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes)).toEqual([
      'article MADDE 1: [MÜDÜRLÜĞÜN GÖREVLERİ]',
      '  section [YAZI İŞLERİ BİRİMİ]',
      '    item: Gelen ve giden evrakın kaydını tutar.',
      '    item: Evrakı kaydeder,',
      '    item: Evrakı havale eder.',
      '  section [ARŞİV BİRİMİ]',
      '    item: Arşivi düzenler,',
      '    item: İmha işlemlerini yürütür.',
      'article MADDE 2: [MÜDÜRÜN GÖREVLERİ]',
      '  paragraph: Müdür, Müdürlüğü yönetir.',
      '  paragraph: Müdürlüğün bütçesini hazırlar.',
      '  paragraph: Başkanlık Makamına görüş bildirir.',
    ]);
    expect(compileText(r.nodes).provisions.map((p) => p.label)).toContain('m.1/ARŞİV BİRİMİ/2');
  });

  it('signature and approval lines at the end are closing lines, not part of the last article', () => {
    const r = parsed('closing.txt');
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes).slice(-6)).toEqual([
      '  paragraph (1): Bu Yönerge hükümlerini Belediye Başkanı yürütür.',
      'closing: OLUR',
      'closing: 12/03/2024',
      'closing: Ayşe YILMAZ',
      'closing: Genel Sekreter',
      'closing: Bu belge, güvenli elektronik imza ile imzalanmıştır.',
    ]);
  });

  it('captions standing alone between articles, and the closing words of an enumeration', () => {
    const r = parsed('headings-between.txt');
    expect(r.problems).toEqual([]);
    expect(outline(r.nodes)).toEqual([
      'article MADDE 1- [Personelin görevleri;]',
      '  paragraph (1): Personel kendisine verilen görevleri yapar.',
      '  paragraph (2): Personel mesaiye uyar.',
      'heading: Müdürlüklerin Görevleri;',
      'article MADDE 2- [Yazı İşleri Müdürlüğünün görevleri]',
      '  paragraph (1): Yazı İşleri Müdürlüğü yazışmaları yürütür.',
      'article MADDE 3- [Teşkilat]',
      '  paragraph (1): Daire Başkanlığı;',
      '    point a): Yazı İşleri Şube Müdürlüğü',
      '    point b): Arşiv Şube Müdürlüğü',
      '    item: ve bu Şube Müdürlüklerine bağlı şefliklerden oluşur.',
    ]);
  });
});

describe('what the parser cannot decide, it reports by line', () => {
  it('MADDE – without a number: reported with the number its position suggests, never assigned', () => {
    const r = parsed('missing-number.txt');
    expect(r.problems).toMatchObject([{ line: 4, kind: 'article-number', text: 'MADDE – Bu Yönetmelik 5393 sayılı Kanuna dayanır.', message: expect.stringMatching(/numarası yazılmamış.*2\. madde olabilir.*number: 2/) }]);
    const art = r.nodes[1]!;
    expect(art).toMatchObject({ kind: 'article', num: 'MADDE –' });
    expect(art.number).toBeUndefined();
    expect(() => compileText(r.nodes)).toThrow(/without a number/);
    // once the editor decides, the tree compiles and the printed text is unchanged
    expect(Object.isFrozen(art)).toBe(true);
    const decided = r.nodes.map((n) => (n === art ? { ...n, number: 2 } : n));
    expect(compileText(decided).provisions.map((p) => p.id)).toEqual(['art_1', 'art_2', 'art_3']);
    expect(completenessGap(fixture('missing-number.txt'), decided)).toBeUndefined();
  });

  it('a bent letter out of order and an article number out of order', () => {
    const r = parsed('bent-order.txt');
    expect(r.problems).toMatchObject([
      { line: 5, kind: 'list-order', text: 'd) Personeli denetlemek.', message: expect.stringContaining('"d)": bent sırası bozuk, burada "c)" beklenirdi') },
      { line: 9, kind: 'article-order', message: expect.stringContaining('"MADDE 4 –": madde numarası sırayı bozuyor (önceki madde 2)') },
    ]);
  });

  it('a text without any MADDE line', () => {
    const r = parseRegulationText('Bu bir yönetmelik değil.\nSadece bir mektup.');
    expect(r.problems).toMatchObject([{ line: 1, kind: 'no-article', text: 'Bu bir yönetmelik değil.', message: expect.stringContaining('Metinde madde bulunamadı') }]);
    expect(r.gap).toBeUndefined();
  });

  it('a letter that only looks like a bent, after a line that runs on, continues the sentence', () => {
    const r = parseRegulationText('MADDE 1 – (1) Görevler:\na) Kanunun 75 inci maddesinin (a,\nc) bentleri uyarınca iş birliği yapmak,\nb) Raporlamak.');
    expect(outline(r.nodes)).toEqual([
      'article MADDE 1 –',
      '  paragraph (1): Görevler:',
      '    point a): Kanunun 75 inci maddesinin (a, c) bentleri uyarınca iş birliği yapmak,',
      '    point b): Raporlamak.',
    ]);
    expect(r.problems).toMatchObject([{ line: 3, kind: 'marker-as-text', text: 'c) bentleri uyarınca iş birliği yapmak,', message: expect.stringContaining('önceki satırın devamı sayıldı') }]);
  });
});

describe('guarantees', () => {
  it('the tree always holds every non-space character of the text, in order, whatever the text', () => {
    const piece = fc.constantFrom(
      'MADDE 1 –', 'MADDE –', 'Madde 2:', 'BİRİNCİ BÖLÜM', '(1)', '(2)', 'a)', 'b-', 'ç.', '1.', '2-', '- ', '• ', '# ', '**',
      'Amaç', 'ONAY', 'Ali VELİ', 'şunlardır:', 'görev,', 'yürütür.', 'MÜDÜRLÜK OFİSİ', 've', '', ' ', '\t',
      '(a)', 'k)x', '1)', 'İKİNCİ BÖLÜM:', 'Madde 6’da', 'ifade eder.', '\u00a0', '\r', '\u2028', '- (1)', '### **',
    );
    const line = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 }).map((ps) => ps.join(' '));
    fc.assert(fc.property(fc.array(line, { maxLength: 25 }), (ls) => {
      const raw = ls.join('\n');
      const r = parseRegulationText(raw);
      expect(r.gap).toBeUndefined();
      expect(completenessGap(raw, r.nodes)).toBeUndefined();
    }), { numRuns: Number(process.env.PARSE_RUNS ?? 300) });
  });

  it('is browser-safe: it bundles for the browser with no Node built-in', async () => {
    const out = await build({
      entryPoints: [`${root}src/parse/text.ts`], bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent',
    });
    expect(out.errors).toEqual([]);
    expect(out.outputFiles[0]!.text).not.toMatch(/from ["']node:|require\(["'](?:node:)?(?:fs|path|crypto)["']\)/);
  });
});
