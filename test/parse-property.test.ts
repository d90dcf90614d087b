/**
 * Held-out robustness: regulations generated in mixed numbering styles (fast-check, fixed seed,
 * bounded by count), and the parser's work growing linearly with the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText, parseWork } from '../src/parse/text.js';
import { ProvisionId } from '../src/schema/common.js';
import type { TextNodeInput } from '../src/schema/text.js';

const TR = 'abcçdefgğhıijklmnoöprsştuüvyz';
const TR_UPPER = 'ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ';
/** The n-th key (0-based) of a lettered list: a … z, then aa, bb, … (Turkish order). */
const letterAt = (n: number, upper = false) => {
  const alphabet = upper ? TR_UPPER : TR;
  return n < alphabet.length ? alphabet[n]! : alphabet[n - alphabet.length]!.repeat(2);
};

type Style = { family: 'lower' | 'upper' | 'digit' | 'bullet'; mark: (n: number) => string };
const STYLES: Style[] = [
  { family: 'lower', mark: (n) => `${letterAt(n)}) ` },
  { family: 'lower', mark: (n) => `${letterAt(n)}- ` },
  { family: 'lower', mark: (n) => `${letterAt(n)}. ` },
  { family: 'lower', mark: (n) => `(${letterAt(n)}) ` },
  { family: 'lower', mark: (n) => `${letterAt(n)}\t` .replace('\t', ')\t') },
  { family: 'upper', mark: (n) => `${letterAt(n, true)}) ` },
  { family: 'upper', mark: (n) => `${letterAt(n, true)} – ` },
  { family: 'digit', mark: (n) => `${n + 1}. ` },
  { family: 'digit', mark: (n) => `${n + 1}- ` },
  { family: 'digit', mark: (n) => `${n + 1}) ` },
  { family: 'digit', mark: (n) => `${n + 1}-) ` },
  { family: 'digit', mark: (n) => `${n + 1} - ` },
  { family: 'bullet', mark: () => '• ' },
  { family: 'bullet', mark: () => '- ' },
];

type List = { style: number; entries: { children: List | undefined }[] };

const listArb = (depth: number): fc.Arbitrary<List> => fc.record({
  style: fc.nat({ max: STYLES.length - 1 }),
  entries: fc.array(depth < 2 ? fc.record({ children: fc.option(listArb(depth + 1), { nil: undefined, freq: 4 }) }) : fc.constant({ children: undefined }), { minLength: 1, maxLength: depth === 0 ? 34 : 5 }),
});

const ARTICLE_NUM = [(n: number) => `MADDE ${n} –`, (n: number) => `MADDE ${n}-`, (n: number) => `Madde ${n}:`, (n: number) => `MADDE ${n}) -`, (n: number) => `MADDE ${n} -`];
const CAPTIONS = ['Amaç', 'Kapsam', 'Dayanak', 'Tanımlar', 'Görevler', 'Evrakların Arşivlenmesi', 'Yetki ve Sorumluluk', 'BAĞLILIK', 'Teşkilat Yapısı:'];
const articleArb = fc.record({
  num: fc.nat({ max: ARTICLE_NUM.length - 1 }),
  caption: fc.nat({ max: CAPTIONS.length - 1 }),
  captionOnLine: fc.boolean(),
  partBefore: fc.option(fc.constantFrom('İKİNCİ BÖLÜM', 'ÜÇÜNCÜ KISIM', 'DÖRDÜNCÜ BÖLÜM'), { nil: undefined, freq: 4 }),
  paragraphs: fc.array(fc.option(listArb(0), { nil: undefined }), { minLength: 0, maxLength: 3 }),
  list: fc.option(listArb(0), { nil: undefined }),
});

/** Writes a generated regulation out; `markers` are the lines printed as a list marker or heading. */
type Article = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;
function write(articles: Article[], blank: boolean) {
  const lines: string[] = ['T.C.', 'DENEMEKÖY BELEDİYESİ', 'DESTEK HİZMETLERİ MÜDÜRLÜĞÜ GÖREV YÖNETMELİĞİ'];
  const markers: { line: number; num: string }[] = [];
  const articleLines: number[] = [];
  let counter = 0;
  const writeList = (list: List, families: string[]) => {
    // a nested list takes a family none of its ancestors uses
    let style = STYLES[list.style]!;
    if (families.includes(style.family)) style = STYLES.find((s) => !families.includes(s.family))!;
    const count = style.family === 'lower' ? list.entries.length : Math.min(list.entries.length, style.family === 'upper' ? 8 : 20);
    list.entries.slice(0, count).forEach((e, i) => {
      counter++;
      const mark = style.mark(i);
      const last = i === count - 1;
      // as real lists print them: duties ending in a comma, definitions, bare unit names
      const form = counter % 3;
      const text = e.children ? `Birim ${counter} görevleri şunlardır:`
        : form === 0 ? `Görev ${counter} yürütmek${last ? '.' : ','}`
          : form === 1 ? `Terim ${counter}\t: Denemeköy Belediyesi birimini${last ? ' ifade eder.' : ','}`
            : `Şube ${counter} Birimi`;
      lines.push(`${mark}${text}`);
      markers.push({ line: lines.length, num: mark.trim() });
      if (e.children) writeList(e.children, [...families, style.family]);
    });
  };
  articles.forEach((a, k) => {
    const n = k + 1;
    if (a.partBefore) { lines.push(a.partBefore, 'Genel Hükümler'); }
    const num = ARTICLE_NUM[a.num]!(n);
    const caption = CAPTIONS[a.caption]!;
    const onLine = a.captionOnLine && !/[:]$/.test(caption) && caption !== 'BAĞLILIK';
    if (!onLine) lines.push(caption);
    const head = `${onLine ? `${caption} ` : ''}${num}`;
    if (a.paragraphs.length) {
      a.paragraphs.forEach((p, j) => {
        const words = p ? `Müdürlüğün ${n}. madde görevleri şunlardır:` : `Bu fıkra ${n}.${j + 1} hükmüdür.`;
        if (j === 0) lines.push(`${head} (1) ${words}`);
        else lines.push(`(${j + 1}) ${words}`);
        markers.push({ line: lines.length, num: `(${j + 1})` });
        if (j === 0) articleLines.push(lines.length);
        if (p) writeList(p, []);
      });
    } else if (a.list) {
      lines.push(`${head} Müdürlüğün görevleri şunlardır:`);
      articleLines.push(lines.length);
      writeList(a.list, []);
    } else {
      lines.push(`${head} Bu madde ${n} hükmüdür.`);
      articleLines.push(lines.length);
    }
  });
  // lines copied from a web page come with a blank line between them, or not
  return { raw: lines.join(blank ? '\n\n' : '\n'), markers: markers.map((m) => ({ ...m, line: blank ? 2 * m.line - 1 : m.line })), articleLines: articleLines.map((l) => (blank ? 2 * l - 1 : l)) };
}

describe('held-out: regulations generated in mixed numbering styles', () => {
  it('complete, as many articles as printed, unique ids and labels, each generated marker its own provision', () => {
    fc.assert(fc.property(fc.array(articleArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (articles, blank) => {
      const { raw, markers, articleLines } = write(articles, blank);
      const r = parseRegulationText(raw);
      expect(r.gap).toBeUndefined();
      const c = compileText(r.nodes);
      expect(c.articles).toHaveLength(articles.length);
      const ids = c.provisions.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      ids.forEach((id) => expect(ProvisionId.safeParse(id).success).toBe(true));
      const labels = c.provisions.flatMap((p) => [p.label, ...p.altLabels]);
      expect(new Set(labels).size).toBe(labels.length);
      // where each node starts, and what it prints as its number
      const starts = new Map<number, string[]>();
      const walk = (ns: readonly TextNodeInput[]) => ns.forEach((n) => {
        const line = r.lineOf.get(n)!;
        if (!starts.has(line)) starts.set(line, []);
        starts.get(line)!.push(`${n.kind}:${n.num ?? ''}`);
        walk(n.children ?? []);
      });
      walk(r.nodes);
      for (const line of articleLines) expect(starts.get(line)?.some((s) => s.startsWith('article:'))).toBe(true);
      for (const m of markers) {
        const at = starts.get(m.line) ?? [];
        expect(at.some((s) => s.endsWith(`:${m.num === '-' ? '' : m.num}`) && !s.startsWith('article:')), `line ${m.line} "${m.num}": ${at.join(' ')}\n${raw}`).toBe(true);
      }
      expect(r.problems.filter((p) => p.kind === 'internal' || p.kind === 'marker-as-text')).toEqual([]);
    }), { seed: Number(process.env.PARSE_SEED ?? 17), numRuns: Number(process.env.PARSE_RUNS ?? 60) });
  });
});

describe('parsing is linear in the text size', () => {
  /** A regulation of n articles in the Gebze styles: captions, fıkras, nested bents and entries. */
  const text = (n: number) => {
    const out = ['T.C.', 'DENEMEKÖY BELEDİYESİ', 'ZABITA MÜDÜRLÜĞÜ YÖNETMELİĞİ', 'BİRİNCİ KISIM', 'Genel Hükümler'];
    for (let k = 1; k <= n; k++) {
      out.push(k % 3 === 0 ? `Görevler ${k}` : 'Görevler', '', `MADDE ${k}- (1) Müdürlüğün görevleri şunlardır:`, '');
      for (let j = 0; j < 6; j++) {
        out.push(`${TR[j]})\tBirim ${j} görevleri:`, '');
        for (let i = 1; i <= 3; i++) out.push(`${i}-Görev ${k}.${j}.${i} yürütmek:`, '', '- Alt görev,', '');
      }
      out.push('(2) Müdür bu görevleri yürütür.', '');
      if (k % 50 === 0) out.push('İKİNCİ BÖLÜM', 'Son Hükümler', '');
    }
    return out.join('\n');
  };

  it('4 times the text takes about 4 times the work (10 KB … 640 KB), with the same structure per article', () => {
    const sizes = [12, 48, 192, 768];
    const measured = sizes.map((n) => {
      const raw = text(n);
      const r = parseRegulationText(raw);
      expect(r.gap).toBeUndefined();
      const c = compileText(r.nodes);
      expect(c.articles).toHaveLength(n);
      expect(c.provisions.length).toBe(n * (1 + 2 + 6 + 6 * 3 * 2));
      return { bytes: raw.length, work: parseWork() };
    });
    expect(measured[0]!.bytes).toBeGreaterThan(10_000);
    expect(measured.at(-1)!.bytes).toBeGreaterThan(600_000);
    const perByte = measured.map((m) => m.work / m.bytes);
    // work per byte stays flat: a quadratic step would grow it 64-fold from the first size to the last
    expect(Math.max(...perByte) / Math.min(...perByte)).toBeLessThan(1.25);
  });
});
