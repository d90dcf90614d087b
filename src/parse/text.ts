/**
 * Parses a regulation's raw text, as municipalities publish it, into the text tree `text.yaml`
 * holds: title lines, bölüm, headings, madde, fıkra, bent, unlabelled entries, in-article sections
 * and closing lines. Pure TypeScript, no file or Node API: it runs in a browser too.
 *
 * Where the text does not say which reading is meant, the parser keeps the text verbatim in the
 * safer reading and reports the line (`problems`) instead of guessing silently.
 */
import type { TextNodeInput } from '../schema/text.js';
import { compileText, completenessGap } from '../compile/text.js';
import { MevzuatError } from '../errors.js';
import {
  allCaps, endsComplete, endsOpen, followsLetter, marker, namesKind, nextLetter, sourceLines, startsLower,
  type Family, type ListMarker, type Marker, type SourceLine,
} from './lines.js';

/**
 * What a {@link ParseProblem} is about, so a caller can group or explain it:
 *
 * - `no-article`: no line reads as a MADDE heading; `article-number`: a MADDE printed without its
 *   number; `article-order`: a number out of sequence; `article-duplicate`: a number printed twice.
 * - `part-title`: a KISIM/BÖLÜM line without a title, or with a doubtful one.
 * - `marker-as-text`: a line that looks like a list marker (`e-Devlet`, `c) bentleri`) taken as
 *   running text; `list-order`: a marker out of sequence, taken as its own entry;
 *   `list-restart`: a list starting again at `a)` (labels get `#2`); `list-style`: a new way of
 *   numbering at the same level; `list-nesting`: an entry read as nested under a line that does not
 *   announce a list; `unmarked-line`: a line without a marker among list entries.
 * - `paragraph-order`, `paragraph-place`: fıkra numbers out of sequence or out of place;
 *   `sic`: a fıkra number misprinted (`(l)` for `(1)`), read as meant, the print kept.
 * - `caption`: a line whose role (caption or text) is doubtful; `empty-article`: an article
 *   without text; `lead-text`: unnumbered text before the first fıkra.
 * - `internal`: the parser's own failure (tree does not hold the text, or does not compile).
 *
 * @example
 * parseRegulationText(text).problems.filter((p) => p.kind === 'list-restart').map((p) => p.line)  //=> [65]
 */
export type ParseProblemKind =
  | 'no-article' | 'article-number' | 'article-order' | 'article-duplicate' | 'part-title'
  | 'marker-as-text' | 'list-order' | 'list-restart' | 'list-style' | 'list-nesting' | 'unmarked-line'
  | 'paragraph-order' | 'paragraph-place' | 'sic' | 'caption' | 'empty-article' | 'lead-text' | 'internal';

/**
 * Something the parser could not decide, with the 1-based line it concerns; `message` is Turkish.
 * `text` is the source line it concerns (whitespace collapsed, cut at 240 characters), unescaped:
 * escape it (`escapeInput`) before printing it. `kind` says what the problem is about. Every
 * problem is a warning (a todo for the editor), never an error: the tree holds the text anyway.
 *
 * @example
 * parseRegulationText('MADDE – Bu Yönetmeliğin amacı …').problems[0]
 * //=> { line: 1, message: '"MADDE –": maddenin numarası yazılmamış. …', text: 'MADDE – Bu Yönetmeliğin amacı …', kind: 'article-number' }
 */
export type ParseProblem = { line: number; message: string; text?: string; kind?: ParseProblemKind };

/**
 * A misprinted number the parser read as meant (`(l)` for `(1)`): the text keeps the print, and
 * this is what a `sic:` note in `regulation.yaml` records. `provision` is the id the node gets.
 *
 * @example
 * parseRegulationText('MADDE 1 – (l) Bu Yönetmelik …').sic[0]
 * //=> { line: 1, provision: 'art_1__para_1', printed: '(l)', reading: '(1)', note: '…' }
 */
export type ParseSic = { line: number; provision: string | undefined; printed: string; reading: string; note: string };

/**
 * What {@link parseRegulationText} returns, deeply frozen (the tree, the problems, the map; copy a
 * node before editing it).
 *
 * - `nodes`: the tree, in the shape of `text.yaml`'s `nodes`.
 * - `problems`: what could not be decided, by line; empty when the parse is certain.
 * - `sic`: misprinted numbers read as meant.
 * - `gap`: undefined when the tree holds every non-space character of the text, in order (the
 *   same proof the build runs); otherwise where the two part.
 * - `lineOf`: the source line each node starts on (a read-only map).
 * - `wrapped`: true when the lines were judged wrapped mid-sentence (PDF extraction), so a line
 *   without a marker always continues the one before.
 *
 * @example
 * const r: ParseResult = parseRegulationText(readFileSync('source.txt', 'utf8'));
 * r.gap === undefined && r.problems.length === 0  //=> true for a text the parser read with certainty
 */
export type ParseResult = {
  readonly nodes: TextNodeInput[];
  readonly problems: ParseProblem[];
  readonly sic: readonly ParseSic[];
  readonly gap: string | undefined;
  readonly lineOf: ReadonlyMap<TextNodeInput, number>;
  readonly wrapped: boolean;
};

type Line = SourceLine & { mark: Marker | undefined };

type Unit = {
  kind: 'paragraph' | 'point' | 'item' | 'section' | 'plain';
  num?: string;
  number?: number;
  text: string;
  line: number;
  /** The words after the article number, on the MADDE line itself. */
  onArticleLine?: boolean;
  /** The list entry (index in the article's units) this one is nested under. */
  parent?: number;
  /** A misprinted fıkra number (`l` of `(l)`). */
  sic?: string;
};

const CLOSING_WORDS = /^(?:OLUR|ONAY|ONAYLANMIŞTIR|UYGUNDUR|TASDİK OLUNUR|KABUL EDİLMİŞTİR|ONAYLAYAN|HAZIRLAYAN|KONTROL EDEN)\.?$/u;

function closingSignal(t: string): boolean {
  const upper = t.toLocaleUpperCase('tr-TR');
  return CLOSING_WORDS.test(upper)
    || /elektronik imza|e-imza/u.test(t.toLocaleLowerCase('tr-TR'))
    || /^\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{2,4}$/.test(t)
    // a name: Buğra GÖKÇE, Dr. Ayşe YILMAZ (a surname in capitals)
    || /^(?:\p{Lu}[\p{Ll}.]*\s+){1,3}\p{Lu}{2,}$/u.test(t);
}

/** A line that can be a caption: no marker, short, not ending a sentence, not starting in lower case. */
function captionLike(l: Line): boolean {
  return !l.mark && l.text.length <= 160 && !/[.,]$/.test(l.text) && !startsLower(l.text) && /\p{L}/u.test(l.text);
}

/** A caption standing alone between articles must look like one (not the end of a run-on paragraph). */
function strongCaption(l: Line): boolean {
  return l.mdHeading || allCaps(l.text) || /[;:]$/.test(l.text);
}

/**
 * Counts lines that plainly continue a sentence from the line before (no punctuation at the end,
 * lower case at the start). Many of them mean the text was wrapped to a width (PDF extraction).
 */
function detectWrapped(lines: Line[]): boolean {
  let wraps = 0;
  work += lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]!.mark && endsOpen(lines[i - 1]!.text) && startsLower(lines[i]!.text)) wraps++;
  }
  return wraps >= 3 && wraps >= lines.length * 0.05;
}

/**
 * Steps of work the last parse took (lines visited, list levels searched, entries walked back):
 * what the linearity test bounds, by count and not by time. @internal
 */
let work = 0;
/**
 * @internal The work counter of the last {@link parseRegulationText} call.
 * @example
 * parseRegulationText(text); parseWork()  //=> about 3 steps a line for a plain text
 */
export const parseWork = (): number => work;

/** The line as a problem quotes it: whitespace collapsed, at most 240 characters. */
const quote = (t: string) => (t.length > 240 ? `${t.slice(0, 239)}…` : t);

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) deepFreeze(v, seen);
    Object.freeze(value);
  }
  return value;
}

/** A Map that refuses to change once built (`Object.freeze` alone leaves `set` working). */
function frozenMap<K, V>(m: Map<K, V>): ReadonlyMap<K, V> {
  const refuse = () => { throw new TypeError('parseRegulationText: the result is frozen'); };
  Object.defineProperties(m, { set: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
  return Object.freeze(m);
}

/**
 * Parses a regulation's raw text into its provision tree.
 *
 * Reads what municipalities print: `MADDE 5-`, `Madde 5:`, `MADDE 11) -`, `GEÇİCİ MADDE 1`,
 * `EK MADDE 2`, `KISIM` and `BÖLÜM`, captions above the article or on its own line; fıkra `(1)`
 * (and `(l)`, `(I)` misprinted for `(1)`, kept as printed with a `sic` entry); bents `a)` … `z)`,
 * `aa)` …, `a-`, `a.`, `(a)`, `A)`, `A –`, `a1)`, `j.1)`, roman `I.`; entries `1.`, `1-`, `1)`,
 * `2-)`; dashes and bullets; lists nested in lists (`c) 1. -`). Wherever a line could be read two
 * ways it is read one way and reported (`problems`, with the line and its text).
 *
 * @param raw - The text as received (plain text, PDF extraction or Markdown).
 * @returns The tree, what could not be decided (by line), and the completeness proof; deeply frozen.
 * @throws {MevzuatError} `INVALID_ARGUMENT` when `raw` is not a string.
 * @example
 * const { nodes, problems, gap } = parseRegulationText('AMAÇ\nMADDE 1 – Bu Yönetmeliğin amacı …');
 * nodes  //=> [{ kind: 'article', heading: 'AMAÇ', num: 'MADDE 1 –', text: 'Bu Yönetmeliğin amacı …' }]
 * problems.length  //=> 0
 * gap  //=> undefined
 */
export function parseRegulationText(raw: string): ParseResult {
  if (typeof raw !== 'string') {
    throw new MevzuatError('INVALID_ARGUMENT', {
      en: `parseRegulationText expects the text as a string, got ${describe(raw)}`,
      tr: `parseRegulationText metni bir dizi (string) olarak bekler, verilen: ${describe(raw)}`,
    }, {
      input: describe(raw), suggestions: ['readFileSync(path, "utf8")'], parameter: 'raw',
    });
  }
  work = 0;
  const r = parse(raw);
  return Object.freeze({
    nodes: deepFreeze(r.nodes), problems: deepFreeze(r.problems), sic: deepFreeze(r.sic),
    gap: r.gap, lineOf: frozenMap(r.lineOf), wrapped: r.wrapped,
  });
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

type Raw = { nodes: TextNodeInput[]; problems: ParseProblem[]; sic: ParseSic[]; gap: string | undefined; lineOf: Map<TextNodeInput, number>; wrapped: boolean };

function parse(raw: string): Raw {
  const lines: Line[] = sourceLines(raw).map((l) => ({ ...l, mark: marker(l) }));
  const textOf = new Map(lines.map((l) => [l.no, l.text]));
  const problems: ParseProblem[] = [];
  const sicNodes: { node: TextNodeInput; line: number; printed: string }[] = [];
  const lineOf = new Map<TextNodeInput, number>();
  const problem = (line: number, kind: ParseProblemKind, message: string) => {
    const text = textOf.get(line);
    problems.push({ line, message, ...(text !== undefined && { text: quote(text) }), kind });
  };
  const at = <T extends TextNodeInput>(node: T, line: number): T => { lineOf.set(node, line); return node; };
  const wrapped = detectWrapped(lines);
  // a line that starts like an article heading but is not one ("Madde 6’da belirtilen …") is reported
  for (const l of lines) {
    if (!l.mark && /^(?:GEÇİCİ\s+|Geçici\s+|EK\s+|Ek\s+)?(?:MADDE|Madde)\s*\d/u.test(l.text)) {
      problem(l.no, 'marker-as-text', 'Bu satır madde başlığı gibi başlıyor, ama numaradan sonra "–", "-" ya da ":" yok; önceki metnin devamı sayıldı. Bir madde başlığıysa numaradan sonra ayıracı yazın.');
    }
  }

  const structural = lines.flatMap((l, i) => (l.mark?.kind === 'article' || l.mark?.kind === 'part' ? [i] : []));
  if (structural.length === 0 || !structural.some((i) => lines[i]!.mark!.kind === 'article')) {
    problem(lines[0]?.no ?? 1, 'no-article', 'Metinde madde bulunamadı: hiçbir satır "MADDE 1 –", "Madde 1-" ya da "MADDE 1:" biçiminde başlamıyor. Metnin tamamı başlık satırı sayıldı.');
    const nodes = lines.map((l) => at<TextNodeInput>({ kind: 'title', text: l.text }, l.no));
    return { nodes, problems, sic: [], gap: completenessGap(raw, nodes), lineOf, wrapped };
  }

  const nodes: TextNodeInput[] = [];
  let part: TextNodeInput | undefined;
  const place = (n: TextNodeInput) => {
    if (part && n.kind !== 'closing') (part.children ??= []).push(n);
    else nodes.push(n);
  };

  // before the first bölüm or madde: the title lines, then (before a madde) its caption
  const first = structural[0]!;
  const pre = lines.slice(0, first);
  let carried: Line[] = [];
  if (lines[first]!.mark!.kind === 'part') {
    pre.forEach((l) => nodes.push(at({ kind: 'title', text: l.text }, l.no)));
  } else {
    let kindAt = -1;
    pre.forEach((l, i) => { if (namesKind(l.text)) kindAt = i; });
    const titleEnd = kindAt >= 0 ? kindAt + 1 : pre.length > 0 && captionLike(pre.at(-1)!) ? pre.length - 1 : pre.length;
    pre.slice(0, titleEnd).forEach((l) => nodes.push(at({ kind: 'title', text: l.text }, l.no)));
    carried = pre.slice(titleEnd);
  }

  let lastArticle: number | undefined;
  const seenArticles = new Map<string, number>();
  structural.forEach((idx, k) => {
    const line = lines[idx]!;
    work += 1 + (structural[k + 1] ?? lines.length) - idx;
    const mark = line.mark!;
    const nextIdx = structural[k + 1];
    const next = nextIdx === undefined ? undefined : lines[nextIdx]!.mark!.kind;
    const seg = lines.slice(idx + 1, nextIdx ?? lines.length);

    if (mark.kind === 'part') {
      const m = mark;
      part = at({ kind: 'part', num: m.num }, line.no);
      if (carried.length) carried.forEach((l) => nodes.push(at({ kind: 'heading', text: l.text }, l.no)));
      carried = [];
      nodes.push(part);
      let rest = seg;
      if (m.rest) part.title = m.rest;
      else if (seg.length) {
        let title = seg[0]!.text;
        rest = seg.slice(1);
        // a title wrapped over two lines ("… Atanması," / "Görev, Yetki ve Sorumlulukları"), the article's caption left
        if (/[,]$|\s(?:ve|ile|veya)$/u.test(title) && rest.length >= (next === 'article' ? 2 : 1) && captionLike(rest[0]!)) {
          title = `${title} ${rest[0]!.text}`;
          rest = rest.slice(1);
        } else if (!captionLike(seg[0]!)) {
          problem(seg[0]!.no, 'part-title', `"${m.num}" satırından sonra başlık beklenirdi; bu satır başlık gibi görünmüyor ama başlık sayıldı.`);
        }
        part.title = title;
      } else if (next !== 'part') problem(line.no, 'part-title', `"${m.num}" başlığı yok.`);
      if (next === 'article') carried = rest;
      else rest.forEach((l) => place(at({ kind: 'heading', text: l.text }, l.no)));
      return;
    }

    // an article: its own caption was carried over from the lines before it (or printed on its line)
    const m = mark as Extract<Marker, { kind: 'article' }>;
    const node: TextNodeInput = at({ kind: 'article', num: m.num }, line.no);
    if (m.caption !== undefined) {
      carried.forEach((l) => place(at({ kind: 'heading', text: l.text }, l.no)));
      node.heading = m.caption;
    } else if (carried.length) {
      const own = carried.at(-1)!;
      carried.slice(0, -1).forEach((l) => place(at({ kind: 'heading', text: l.text }, l.no)));
      node.heading = own.text;
    }
    carried = [];
    if (m.number === undefined) {
      const expected = (lastArticle ?? 0) + 1;
      problem(line.no, 'article-number', `"${m.num}": maddenin numarası yazılmamış. Sırasına göre ${expected}. madde olabilir, ama metin bunu söylemiyor; text.yaml'da bu maddeye "number: ${expected}" yazarak karar verin ve regulation.yaml'daki sic notlarına ekleyin.`);
      lastArticle = expected;
    } else {
      const key = `${m.prefix ?? ''}${m.number}`;
      const before = seenArticles.get(key);
      if (before !== undefined) {
        problem(line.no, 'article-duplicate', `"${m.num}": bu madde numarası ${before}. satırda da geçiyor. İkisi de ayrı madde olarak alındı; ikincisinin etiketi "#2" ile ayrılır (ör. m.${m.number}#2). Metni kontrol edin.`);
      } else seenArticles.set(key, line.no);
      if (m.prefix === undefined) {
        if (lastArticle !== undefined && m.number !== lastArticle + 1 && before === undefined) {
          problem(line.no, 'article-order', `"${m.num}": madde numarası sırayı bozuyor (önceki madde ${lastArticle}). Metni kontrol edin.`);
        }
        lastArticle = m.number;
      }
    }

    let body = seg;
    let closing: Line[] = [];
    let trailing: Line[] = [];
    const rest = m.rest;
    const boundaryBefore = (b: Line[], j: number): boolean => {
      if (j === 0) return rest !== '' && (endsComplete(rest) || b[j]!.mdHeading || !wrapped);
      return endsComplete(b[j - 1]!.text) || b[j]!.mdHeading || (!wrapped && !!b[j - 1]!.mark);
    };
    if (next === undefined) {
      // signature and approval lines after the last article
      for (let i = 0; i < body.length && closing.length === 0; i++) {
        if (body[i]!.mark || !boundaryBefore(body, i)) continue;
        for (let j = i; j < Math.min(body.length, i + 4); j++) {
          work++;
          if (closingSignal(body[j]!.text)) { closing = body.slice(i); body = body.slice(0, i); break; }
          if (body[j]!.mark || body[j]!.text.split(' ').length > 6 || /[.,;]$/.test(body[j]!.text)) break;
        }
      }
    } else if (next === 'article' && !(lines[nextIdx!]!.mark as { caption?: string }).caption) {
      // the next article's caption, and captions standing alone before it
      let end = body.length;
      const j = end - 1;
      if (j >= 0 && captionLike(body[j]!) && boundaryBefore(body, j)) end = j;
      else if (j >= 1 && startsLower(body[j]!.text) && !body[j]!.mark && !/[.,]$/.test(body[j]!.text)
        && captionLike(body[j - 1]!) && boundaryBefore(body, j - 1) && body[j - 1]!.text.length + body[j]!.text.length <= 160) {
        // a caption wrapped over two lines
        const joined = { ...body[j - 1]!, text: `${body[j - 1]!.text} ${body[j]!.text}` };
        body = [...body.slice(0, j - 1), joined];
        end = j - 1;
      } else if (j >= 0 && captionLike(body[j]!) && !boundaryBefore(body, j)) {
        // captions of their own before it ("Sınav Sonucunun Duyurulması" of an article the text left out)
        let k = j - 1;
        while (k >= 0 && j - k <= 2 && !wrapped && captionLike(body[k]!) && body[k]!.text.length <= 100 && !boundaryBefore(body, k)) k--;
        if (k >= 0 && j - k <= 2 && !wrapped && captionLike(body[k]!) && body[k]!.text.length <= 100 && boundaryBefore(body, k)) {
          for (let h = k; h < j; h++) problem(body[h]!.no, 'caption', 'Bu satır, maddesi olmayan ayrı bir başlık sayıldı (ardından bir başlık daha ve madde geliyor). Metni kontrol edin.');
          end = k;
        } else {
          problem(body[j]!.no, 'caption', 'Bu satır sonraki maddenin başlığı da olabilir, önceki cümlenin devamı da; önceki cümlenin devamı sayıldı. Metni kontrol edin.');
        }
      }
      while (end < body.length && end - 1 >= 0 && captionLike(body[end - 1]!) && boundaryBefore(body, end - 1) && strongCaption(body[end - 1]!)) end--;
      trailing = body.slice(end);
      body = body.slice(0, end);
    }

    Object.assign(node, articleBody(rest, line.no, body, { wrapped, problem, at, sic: (n, l, printed) => sicNodes.push({ node: n, line: l, printed }) }));
    place(node);
    carried = trailing;
    closing.forEach((l) => nodes.push(at({ kind: 'closing', text: l.text }, l.no)));
  });

  nodes.forEach(canonical);
  const gap = completenessGap(raw, nodes);
  if (gap) problem(1, 'internal', `Ayrıştırılan ağaç metnin tamamını tutmuyor (ayrıştırıcı hatası, lütfen bildirin): ${gap}`);
  const ids = new Map<TextNodeInput, string>();
  try {
    const numbered = nodes.some((n) => n.kind === 'article' && !/\d/.test(n.num ?? '')) || nodes.some((n) => n.children?.some((c) => c.kind === 'article' && !/\d/.test(c.num ?? '')));
    if (!numbered) {
      const { document, provisions } = compileText(nodes);
      const walk = (ins: readonly TextNodeInput[], outs: readonly { id: string; children?: unknown[] }[]) => ins.forEach((n, i) => {
        ids.set(n, outs[i]!.id);
        if (n.children) walk(n.children, outs[i]!.children as { id: string }[]);
      });
      walk(nodes, document);
      const seen = new Set<string>();
      for (const p of provisions) {
        if (seen.has(p.id)) problem(1, 'internal', `${p.label} iki kez geçiyor (${p.id}); metindeki numaralandırmayı kontrol edin.`);
        seen.add(p.id);
      }
    }
  } catch (e) {
    problem(1, 'internal', `Ağaç derlenemedi: ${(e as Error).message}`);
  }
  const sic = sicNodes.map(({ node, line, printed }): ParseSic => ({
    line, provision: ids.get(node), printed, reading: '(1)',
    note: `Metinde fıkra numarası "${printed}" olarak basılmış; "(1)" okunur.`,
  }));
  return { nodes, problems, sic, gap, lineOf, wrapped };
}

/** Puts a node's keys in the order the source prints them (as `text.yaml` reads), in place. */
function canonical(n: TextNodeInput): void {
  const { kind, heading, num, title, text, number, children } = n;
  for (const k of Object.keys(n)) delete (n as Record<string, unknown>)[k];
  Object.assign(n, { kind }, heading !== undefined && { heading }, num !== undefined && { num }, title !== undefined && { title },
    text !== undefined && { text }, number !== undefined && { number }, children !== undefined && { children });
  children?.forEach(canonical);
}

type BodyContext = {
  wrapped: boolean;
  problem: (line: number, kind: ParseProblemKind, message: string) => void;
  at: <T extends TextNodeInput>(node: T, line: number) => T;
  sic: (node: TextNodeInput, line: number, printed: string) => void;
};

/** One open level of a list: its style, the last key it printed and the unit that printed it. */
type Level = { style: string; family: Family; key: string; number: number | undefined; unit: number; sub?: number };

const isFirst = (m: ListMarker) => (m.family === 'bullet' ? true : m.family === 'lower' || m.family === 'upper' ? m.key === 'a' : m.number === 1);

function follows(level: Level, m: ListMarker): boolean {
  if (m.family === 'bullet') return level.style === m.style;
  if (level.family !== m.family) return false;
  // a list may start at a) anywhere: that is a new list, never the next letter of one
  if (m.family === 'lower' || m.family === 'upper') return m.key !== 'a' && followsLetter(level.key, m.key);
  if (m.family === 'sub') return level.key.replace(/\d+$/, '') === m.key.replace(/\d+$/, '') && m.number === (level.number ?? 0) + 1;
  return m.number === (level.number ?? 0) + 1;
}

/** Whether an entry's words promise a list under it ("… şunlardır:", "aşağıda belirtilen şekildedir."). */
const announces = (t: string) => /[:;]["'”’)]*$/u.test(t) || endsOpen(t) || /aşağıd|şunlardır|şöyledir|belirtil|sayılmıştır|sıralanmıştır/u.test(t.toLocaleLowerCase('tr-TR'));

/** The title, text and children of one article, from the words on its MADDE line and its body lines. */
function articleBody(rest: string, articleLine: number, body: Line[], ctx: BodyContext): Partial<TextNodeInput> {
  const { wrapped, problem, at } = ctx;
  const units: Unit[] = [];
  /** Open list levels, outermost first; emptied by a fıkra or a section. */
  let stack: Level[] = [];
  /** Styles of lists already closed in this fıkra (a list starting again at `a)`). */
  let closedStyles = new Set<string>();
  let lastPara = 0;

  const entries: Line[] = rest ? [{ no: articleLine, text: rest, mdHeading: false, mdBullet: false, mark: marker({ no: articleLine, text: rest, mdHeading: false, mdBullet: false }) }, ...body] : body;

  // the run of list entries ending at the last unit, when each is a bare name without punctuation
  const bareEnumeration = () => {
    let n = 0;
    for (let i = units.length - 1; i >= 0 && (units[i]!.kind === 'point' || units[i]!.kind === 'item'); i--) {
      work++;
      if (!endsOpen(units[i]!.text)) return false;
      n++;
    }
    return n >= 2;
  };
  const continues = (prev: Unit | undefined, l: Line): boolean => {
    if (!prev || prev.kind === 'section') return false;
    if (prev.text === '') return true;
    if (wrapped) return true;
    // "a) …Müdürlüğü / b) …Müdürlüğü / ve bu Müdürlüklere bağlı … oluşturulur.": the closing words of the chapeau, not of bent b
    if (endsOpen(prev.text) && startsLower(l.text)) return !((prev.kind === 'point' || prev.kind === 'item') && bareEnumeration());
    return false;
  };
  const runsOn = (prev: Unit | undefined) => !!prev && ((wrapped && endsOpen(prev.text)) || (prev.text.match(/\(/g) ?? []).length > (prev.text.match(/\)/g) ?? []).length);
  /** The outermost level of the list a plain line closed: the list may go on after it ("1- …", a line, "2- …"). */
  let closedTop: Level | undefined;
  const resetLists = () => { stack.forEach((s) => closedStyles.add(s.style)); if (stack[0]) closedTop = stack[0]; stack = []; };

  /** Where a list marker goes: its parent unit (or none) and the level it takes; undefined: it is text. */
  const placeEntry = (m: ListMarker, l: Line, prev: Unit | undefined): { depth: number; m: ListMarker } | 'join' | undefined => {
    // a single I, V, X continuing a list of capital letters is a letter, not a roman numeral
    if (m.letter !== undefined && stack.some((s) => s.family === 'upper' && followsLetter(s.key, m.letter!))) {
      m = { ...m, family: 'upper', style: m.style.replace('roman', 'upper'), key: m.letter, number: undefined };
    }
    if (m.family === 'decimal') {
      // 1.1. beside entry 1 (or 1.1.1 beside 1.1): at the level of the entry its first number names
      const head = Number(m.key.split('.')[0]);
      for (let d = stack.length - 1; d >= 0; d--) {
        if (stack[d]!.family === 'digit' && stack[d]!.number === head) return { depth: d, m };
      }
      problem(l.no, 'list-order', `"${m.num}": ondalık numara, ama önünde "${head}" numaralı bir sıra yok; yeni bir sıra olarak alındı. Metni kontrol edin.`);
      return { depth: Math.max(0, stack.length - 1), m };
    }
    if (m.weak && prev && prev.text === '' && (prev.kind === 'point' || prev.kind === 'item')) {
      problem(l.no, 'marker-as-text', `"${m.num}" sıra işareti gibi başlıyor, ama işaretten sonra boşluk yok ve önceki "${prev.num ?? ''}" satırının metni yok; onun metni sayıldı. Metni kontrol edin.`);
      return 'join';
    }
    for (let d = stack.length - 1; d >= 0; d--) if (stack[d]!.style === m.style && follows(stack[d]!, m)) return { depth: d, m };
    for (let d = stack.length - 1; d >= 0; d--) if (follows(stack[d]!, m)) return { depth: d, m };
    if (m.family === 'sub') {
      // a1), j.1): beside the bent it extends (a), j)), not nested in it
      for (let d = stack.length - 1; d >= 0; d--) {
        if (stack[d]!.family === 'lower' && stack[d]!.key === m.key.replace(/\.?\d+$/, '') && m.number === (stack[d]!.sub ?? 0) + 1) return { depth: d, m };
      }
    }
    if (stack.length === 0 && closedTop && follows(closedTop, m)) return { depth: 0, m };
    const same = (() => { for (let d = stack.length - 1; d >= 0; d--) if (stack[d]!.style === m.style) return d; return -1; })();
    const kin = (() => { for (let d = stack.length - 1; d >= 0; d--) if (stack[d]!.family === m.family) return d; return -1; })();
    if (isFirst(m)) {
      if (same >= 0) {
        problem(l.no, 'list-restart', `"${m.num}": aynı düzeydeki sıra yeniden başlıyor; ikinci bir liste olarak alındı (etiketleri "#2" ile ayrılır). Metni kontrol edin.`);
        return { depth: same, m };
      }
      if (stack.length === 0) {
        if (closedStyles.has(m.style) && m.family !== 'bullet' && lastPara > 0) {
          problem(l.no, 'list-restart', `"${m.num}": bu fıkrada aynı biçimde bir sıra daha önce başlamıştı; ikinci bir liste olarak alındı (etiketleri "#2" ile ayrılır).`);
        }
        return { depth: 0, m };
      }
      const top = units[stack.at(-1)!.unit]!;
      if (announces(top.text)) return { depth: stack.length, m };
      if (m.weak) {
        problem(l.no, 'marker-as-text', `"${m.num}" sıra işareti gibi başlıyor, ama işaretten sonra boşluk yok ve burada yeni bir sıra beklenmiyordu; önceki satırın devamı değil, düz metin sayıldı. Metni kontrol edin.`);
        return undefined;
      }
      problem(l.no, 'list-style', `"${m.num}": yeni bir numaralandırma başlıyor, ama önceki satır ("${top.num ?? ''}") bir alt sıra bildirmiyor; önceki satırla aynı düzeyde sayıldı. Metni kontrol edin.`);
      return { depth: stack.length - 1, m };
    }
    if (m.weak) {
      problem(l.no, 'marker-as-text', `"${m.num}" sıra işareti gibi başlıyor, ama işaretten sonra boşluk yok ve sıraya uymuyor; düz metin sayıldı. Metni kontrol edin.`);
      return undefined;
    }
    const expected = (lv: Level | undefined) => (lv === undefined ? '' : lv.family === 'lower' || lv.family === 'upper' ? `${nextLetter(lv.key)})` : lv.family === 'digit' ? `${(lv.number ?? 0) + 1}` : '');
    const d = same >= 0 ? same : kin;
    if (runsOn(prev) && (d >= 0 || stack.length === 0)) {
      problem(l.no, 'marker-as-text', `"${m.num}" bent gibi başlıyor, ama burada "${expected(stack[d]) || 'a)'}" beklenirdi ve önceki satır cümlenin ortasında bitiyor; önceki satırın devamı sayıldı. Metni kontrol edin.`);
      return 'join';
    }
    if (d >= 0) {
      const what = m.family === 'lower' || m.family === 'upper' ? 'bent' : 'sıra';
      problem(l.no, 'list-order', `"${m.num}": ${what} sırası bozuk, burada "${expected(stack[d])}" beklenirdi; yeni ${what === 'bent' ? 'bent' : 'sıra'} sayıldı. Metni kontrol edin.`);
      return { depth: d, m };
    }
    const start = m.family === 'digit' ? '1' : m.family === 'roman' ? 'I' : m.family === 'upper' ? 'A)' : 'a)';
    problem(l.no, 'list-order', `"${m.num}": sıra "${start}" ile başlamıyor; yeni bir bent/sıra olarak alındı. Metni kontrol edin.`);
    return { depth: stack.length === 0 ? 0 : stack.length - 1, m };
  };

  entries.forEach((l, i) => {
    work += 1 + 4 * stack.length;
    const onArticleLine = !!rest && i === 0;
    let m = l.mark;
    const prev = units.at(-1);
    let unit: Unit | undefined;
    // (l), (I) printed for (1), unless they continue a list of (k), (h)…
    if (m?.kind === 'paragraph' && m.sic !== undefined) {
      const letter = m.sic === 'l' ? 'l' : 'ı';
      if (stack.some((s) => s.style.endsWith(':()') && followsLetter(s.key, letter))) {
        m = { kind: 'point', family: m.sic === 'l' ? 'lower' : 'upper', style: m.sic === 'l' ? 'lower:()' : 'upper:()', key: m.sic === 'l' ? 'l' : 'ı', num: m.num, rest: m.rest };
      }
    }
    if (m?.kind === 'paragraph') {
      if (m.sic !== undefined) {
        problem(l.no, 'sic', `"${m.num}": fıkra numarası "(1)" yerine "${m.num}" basılmış olmalı; birinci fıkra sayıldı, metin olduğu gibi kaldı (regulation.yaml'a sic notu).`);
      }
      unit = { kind: 'paragraph', num: m.num, number: m.number, text: m.rest, line: l.no, ...(m.sic !== undefined && { sic: m.num }) };
      stack = []; closedStyles = new Set(); closedTop = undefined; lastPara = m.number;
    } else if (m && (m.kind === 'point' || m.kind === 'numbered' || m.kind === 'bullet')) {
      const placed = placeEntry(m, l, prev);
      if (placed === 'join') { prev!.text = prev!.text ? `${prev!.text} ${l.text}` : l.text; return; }
      if (placed) {
        const { depth, m: mk } = placed;
        const parent = depth > 0 ? stack[depth - 1]!.unit : undefined;
        unit = {
          kind: mk.kind === 'point' ? 'point' : 'item', ...(mk.num ? { num: mk.num } : {}), text: mk.rest, line: l.no,
          ...(parent !== undefined && { parent }),
        };
        const index = units.length;
        // a1) stands beside a) without taking its place in the order
        const keep = (mk.family === 'sub' && stack[depth]?.family === 'lower') || (mk.family === 'decimal' && stack[depth]?.family === 'digit');
        stack = stack.slice(0, depth + 1);
        stack[depth] = keep ? { ...stack[depth]!, unit: index, sub: mk.number } : { style: mk.style, family: mk.family, key: mk.key, number: mk.number, unit: index };
      }
    } else if (!m && !onArticleLine && allCaps(l.text) && l.text.length <= 100 && !/[.,;]$/.test(l.text)
      && (!prev || prev.kind === 'section' || endsComplete(prev.text) || !wrapped)) {
      unit = { kind: 'section', text: l.text, line: l.no };
      resetLists(); closedStyles = new Set(); closedTop = undefined;
    } else if (!m && !onArticleLine && wrapped && prev && prev.kind !== 'section' && /^\p{Lu}/u.test(l.text) && /:$/.test(l.text) && l.text.length <= 80
      && (prev.kind === 'point' || prev.kind === 'item') && entries[i + 1]?.mark && entries[i + 1]!.mark!.kind !== 'paragraph') {
      // "Organizasyon Yapısı:" after a bent, before a new list: a heading, not the end of the bent
      unit = { kind: 'section', text: l.text, line: l.no };
      resetLists(); closedStyles = new Set(); closedTop = undefined;
    }
    if (!unit && !m && prev && (prev.kind === 'point' || prev.kind === 'item') && /:["'”’)]*$/u.test(prev.text)
      && !(entries[i + 1]?.mark && entries[i + 1]!.mark!.kind !== 'paragraph')) {
      // "c) … Sorumlulukları:" then the words it announces, on a line of their own: the entry's text goes on
      prev.text = `${prev.text} ${l.text}`;
      return;
    }
    if (!unit && !m && stack.length >= 2 && prev && (prev.kind === 'point' || prev.kind === 'item')) {
      // inside a nested list a line without a marker stays in it: the words of the entry before it
      // when they run on in lower case, else an unnumbered line beside it (reported)
      if (startsLower(l.text) || prev.text === '') { prev.text = prev.text ? `${prev.text} ${l.text}` : l.text; return; }
      const parent = stack[stack.length - 2]!.unit;
      problem(l.no, 'unmarked-line', `Bu satırın sıra işareti yok; "${units[parent]!.num ?? ''}" altındaki sıranın numarasız bir satırı sayıldı. Metni kontrol edin.`);
      unit = { kind: 'item', text: l.text, line: l.no, parent };
    }
    if (!unit) {
      if (continues(prev, l)) { prev!.text = prev!.text ? `${prev!.text} ${l.text}` : l.text; return; }
      unit = { kind: 'plain', text: l.text, line: l.no };
      resetLists();
    }
    if (onArticleLine) unit.onArticleLine = true;
    units.push(unit);
  });

  const out: Partial<TextNodeInput> = {};
  // the words on the MADDE line: the first sentence of the body, the chapeau of a list of entries, or a title
  let shift = 0;
  const head = units[0];
  let chapeauOfEntries = false;
  if (head?.onArticleLine && head.kind === 'plain' && units.length > 1) {
    if (/\.["'”’)]*$/u.test(head.text)) { /* a sentence: the body starts on the MADDE line */ }
    else if (/[;:]$/.test(head.text) && units.length >= 3 && units.slice(1).every((u) => u.kind === 'plain')) chapeauOfEntries = true;
    else { out.title = head.text; shift = 1; }
  }
  const all = units;
  const us = units.slice(shift);

  const made = new Map<number, TextNodeInput>();
  const indexOf = new Map(all.map((u, i) => [u, i]));
  const leaf = (u: Unit): TextNodeInput => {
    const n = at<TextNodeInput>({
      kind: u.kind === 'point' ? 'point' : 'item',
      ...(u.num ? { num: u.num } : {}),
      ...(u.text ? { text: u.text } : {}),
    }, u.line);
    made.set(indexOf.get(u)!, n);
    return n;
  };
  // entries under a paragraph, a section or the article: sections group what follows them; nested entries go under their parent
  const list = (group: Unit[]): TextNodeInput[] => {
    const outList: TextNodeInput[] = [];
    let section: TextNodeInput | undefined;
    for (const u of group) {
      work++;
      if (u.kind === 'section') {
        section = at<TextNodeInput>({ kind: 'section', heading: u.text }, u.line);
        outList.push(section);
        continue;
      }
      if (u.kind === 'paragraph') {
        problem(u.line, 'paragraph-place', `"${u.num}" fıkrası beklenmedik bir yerde; metni kontrol edin.`);
      }
      const n = leaf(u);
      const parent = u.parent !== undefined ? made.get(u.parent) : undefined;
      if (parent) (parent.children ??= []).push(n);
      else if (section) (section.children ??= []).push(n);
      else outList.push(n);
    }
    return outList;
  };
  const setText = (u: Unit) => { if (u.text) out.text = u.text; };
  const paragraphNode = (p: Unit): TextNodeInput => {
    const para = at<TextNodeInput>({ kind: 'paragraph', ...(p.num ? { num: p.num } : {}), ...(p.text ? { text: p.text } : {}) }, p.line);
    if (p.sic) ctx.sic(para, p.line, p.sic);
    return para;
  };

  if (chapeauOfEntries) {
    setText(us[0]!);
    out.children = us.slice(1).map(leaf);
  } else if (us.length === 0) {
    if (!out.title) problem(articleLine, 'empty-article', 'Maddenin metni yok.');
  } else if (us.length === 1 && us[0]!.kind === 'plain') {
    setText(us[0]!);
  } else if (us.some((u) => u.kind === 'paragraph')) {
    const firstPara = us.findIndex((u) => u.kind === 'paragraph');
    const lead = us.slice(0, firstPara);
    const children: TextNodeInput[] = [];
    if (lead.length === 1 && lead[0]!.kind === 'plain') setText(lead[0]!);
    else if (lead.length) {
      problem(lead[0]!.line, 'lead-text', 'Maddenin ilk fıkrasından önce numarasız metin var; maddenin kendi sırası olarak verildi.');
      children.push(...list(lead));
    }
    let last = 0;
    for (let i = firstPara; i < us.length;) {
      const p = us[i]!;
      let j = i + 1;
      while (j < us.length && us[j]!.kind !== 'paragraph') j++;
      if (p.number !== last + 1) problem(p.line, 'paragraph-order', `"${p.num}": fıkra numarası sırayı bozuyor (önceki fıkra ${last}).`);
      last = p.number!;
      const para = paragraphNode(p);
      const sub = list(us.slice(i + 1, j));
      if (sub.length) para.children = sub;
      children.push(para);
      i = j;
    }
    out.children = children;
  } else if (us[0]!.kind !== 'plain' || us.every((u) => u.kind !== 'plain') || us.some((u) => u.kind === 'section')) {
    if (us[0]!.kind === 'plain' && us.some((u) => u.kind === 'section')) {
      const firstSection = us.findIndex((u) => u.kind === 'section');
      const lead = us.slice(0, firstSection);
      if (lead.length === 1) { setText(lead[0]!); out.children = list(us.slice(firstSection)); }
      else out.children = list(us);
    } else out.children = list(us);
  } else {
    // unnumbered paragraphs: each sentence block opens one, and the entries after it are its own
    const children: TextNodeInput[] = [];
    for (let i = 0; i < us.length;) {
      const p = us[i]!;
      let j = i + 1;
      while (j < us.length && us[j]!.kind !== 'plain') j++;
      const para = at<TextNodeInput>({ kind: 'paragraph', text: p.text }, p.line);
      const sub = list(us.slice(i + 1, j));
      if (sub.length) para.children = sub;
      children.push(para);
      i = j;
    }
    out.children = children;
  }
  return out;
}
