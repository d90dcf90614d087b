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
import {
  allCaps, endsComplete, endsOpen, followsLetter, marker, namesKind, nextLetter, sourceLines, startsLower,
  type Marker, type SourceLine,
} from './lines.js';

/**
 * Something the parser could not decide, with the 1-based line it concerns; `message` is Turkish.
 *
 * @example
 * parseRegulationText('MADDE – Bu Yönetmeliğin amacı …').problems[0]
 * //=> { line: 1, message: 'Madde numarası yok: …' }
 */
export type ParseProblem = { line: number; message: string };

/**
 * What {@link parseRegulationText} returns.
 *
 * - `nodes`: the tree, in the shape of `text.yaml`'s `nodes`.
 * - `problems`: what could not be decided, by line; empty when the parse is certain.
 * - `gap`: undefined when the tree holds every non-space character of the text, in order (the
 *   same proof the build runs); otherwise where the two part.
 * - `lineOf`: the source line each node starts on.
 * - `wrapped`: true when the lines were judged wrapped mid-sentence (PDF extraction), so a line
 *   without a marker always continues the one before.
 *
 * @example
 * const r: ParseResult = parseRegulationText(readFileSync('source.txt', 'utf8'));
 * r.gap === undefined && r.problems.length === 0  //=> true for a text the parser read with certainty
 */
export type ParseResult = {
  nodes: TextNodeInput[];
  problems: ParseProblem[];
  gap: string | undefined;
  lineOf: Map<TextNodeInput, number>;
  wrapped: boolean;
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
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]!.mark && endsOpen(lines[i - 1]!.text) && startsLower(lines[i]!.text)) wraps++;
  }
  return wraps >= 3 && wraps >= lines.length * 0.05;
}

/**
 * Parses a regulation's raw text into its provision tree.
 *
 * @param raw - The text as received (plain text, PDF extraction or Markdown).
 * @returns The tree, what could not be decided (by line), and the completeness proof.
 * @example
 * const { nodes, problems, gap } = parseRegulationText('AMAÇ\nMADDE 1 – Bu Yönetmeliğin amacı …');
 * nodes  //=> [{ kind: 'article', heading: 'AMAÇ', num: 'MADDE 1 –', text: 'Bu Yönetmeliğin amacı …' }]
 * problems.length  //=> 0
 * gap  //=> undefined
 */
export function parseRegulationText(raw: string): ParseResult {
  const lines: Line[] = sourceLines(raw).map((l) => ({ ...l, mark: marker(l) }));
  const problems: ParseProblem[] = [];
  const lineOf = new Map<TextNodeInput, number>();
  const problem = (line: number, message: string) => problems.push({ line, message });
  const at = <T extends TextNodeInput>(node: T, line: number): T => { lineOf.set(node, line); return node; };
  const wrapped = detectWrapped(lines);

  const structural = lines.flatMap((l, i) => (l.mark?.kind === 'article' || l.mark?.kind === 'part' ? [i] : []));
  if (structural.length === 0 || !structural.some((i) => lines[i]!.mark!.kind === 'article')) {
    problem(lines[0]?.no ?? 1, 'Metinde madde bulunamadı: hiçbir satır "MADDE 1 –", "Madde 1-" ya da "MADDE 1:" biçiminde başlamıyor. Metnin tamamı başlık satırı sayıldı.');
    const nodes = lines.map((l) => at<TextNodeInput>({ kind: 'title', text: l.text }, l.no));
    return { nodes, problems, gap: completenessGap(raw, nodes), lineOf, wrapped };
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
  structural.forEach((idx, k) => {
    const line = lines[idx]!;
    const m = line.mark!;
    const nextIdx = structural[k + 1];
    const next = nextIdx === undefined ? undefined : lines[nextIdx]!.mark!.kind;
    const seg = lines.slice(idx + 1, nextIdx ?? lines.length);

    if (m.kind === 'part') {
      part = at({ kind: 'part', num: m.num }, line.no);
      if (carried.length) carried.forEach((l) => nodes.push(at({ kind: 'heading', text: l.text }, l.no)));
      carried = [];
      nodes.push(part);
      let rest = seg;
      if (m.rest) part.title = m.rest;
      else if (seg.length) {
        part.title = seg[0]!.text;
        if (!captionLike(seg[0]!)) problem(seg[0]!.no, `"${m.num}" satırından sonra bölümün başlığı beklenirdi; bu satır başlık gibi görünmüyor ama başlık sayıldı.`);
        rest = seg.slice(1);
      } else problem(line.no, `"${m.num}" bölümünün başlığı yok.`);
      if (next === 'article') carried = rest;
      else rest.forEach((l) => place(at({ kind: 'heading', text: l.text }, l.no)));
      return;
    }

    // an article: its own caption was carried over from the lines before it
    const node: TextNodeInput = at({ kind: 'article', num: m.num }, line.no);
    if (carried.length) {
      const own = carried.at(-1)!;
      carried.slice(0, -1).forEach((l) => place(at({ kind: 'heading', text: l.text }, l.no)));
      node.heading = own.text;
    }
    carried = [];
    if (m.kind === 'article') {
      if (m.number === undefined) {
        const expected = (lastArticle ?? 0) + 1;
        problem(line.no, `"${m.num}": maddenin numarası yazılmamış. Sırasına göre ${expected}. madde olabilir, ama metin bunu söylemiyor; text.yaml'da bu maddeye "number: ${expected}" yazarak karar verin ve regulation.yaml'daki sic notlarına ekleyin.`);
        lastArticle = expected;
      } else {
        if (lastArticle !== undefined && m.number !== lastArticle + 1) {
          problem(line.no, `"${m.num}": madde numarası sırayı bozuyor (önceki madde ${lastArticle}). Metni kontrol edin.`);
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
          if (closingSignal(body[j]!.text)) { closing = body.slice(i); body = body.slice(0, i); break; }
          if (body[j]!.mark || body[j]!.text.split(' ').length > 6 || /[.,;]$/.test(body[j]!.text)) break;
        }
      }
    } else if (next === 'article') {
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
      }
      while (end < body.length && end - 1 >= 0 && captionLike(body[end - 1]!) && boundaryBefore(body, end - 1) && strongCaption(body[end - 1]!)) end--;
      trailing = body.slice(end);
      body = body.slice(0, end);
    }

    Object.assign(node, articleBody(rest, line.no, body, { wrapped, problem, at }));
    place(node);
    carried = trailing;
    closing.forEach((l) => nodes.push(at({ kind: 'closing', text: l.text }, l.no)));
  });

  nodes.forEach(canonical);
  const gap = completenessGap(raw, nodes);
  if (gap) problem(0, `Ayrıştırılan ağaç metnin tamamını tutmuyor (ayrıştırıcı hatası, lütfen bildirin): ${gap}`);
  if (!problems.length) {
    try {
      const { provisions } = compileText(nodes);
      const seen = new Set<string>();
      for (const p of provisions) {
        if (seen.has(p.id)) problem(0, `${p.label} iki kez geçiyor (${p.id}); metindeki numaralandırmayı kontrol edin.`);
        seen.add(p.id);
      }
    } catch (e) {
      problem(0, `Ağaç derlenemedi: ${(e as Error).message}`);
    }
  }
  return { nodes, problems, gap, lineOf, wrapped };
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
  problem: (line: number, message: string) => void;
  at: <T extends TextNodeInput>(node: T, line: number) => T;
};

/** The title, text and children of one article, from the words on its MADDE line and its body lines. */
function articleBody(rest: string, articleLine: number, body: Line[], ctx: BodyContext): Partial<TextNodeInput> {
  const { wrapped, problem, at } = ctx;
  const units: Unit[] = [];
  let lastLetter: string | undefined;
  let lastNumber: number | undefined;

  const entries: Line[] = rest ? [{ no: articleLine, text: rest, mdHeading: false, mdBullet: false, mark: marker({ no: articleLine, text: rest, mdHeading: false, mdBullet: false }) }, ...body] : body;

  // the run of list entries ending at the last unit, when each is a bare name without punctuation
  const bareEnumeration = () => {
    let n = 0;
    for (let i = units.length - 1; i >= 0 && (units[i]!.kind === 'point' || units[i]!.kind === 'item'); i--) {
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

  entries.forEach((l, i) => {
    const onArticleLine = !!rest && i === 0;
    const m = l.mark;
    const prev = units.at(-1);
    let unit: Unit | undefined;
    if (m?.kind === 'paragraph') {
      unit = { kind: 'paragraph', num: m.num, number: m.number, text: m.rest, line: l.no };
      lastLetter = undefined; lastNumber = undefined;
    } else if (m?.kind === 'point') {
      const inOrder = followsLetter(lastLetter, m.letter);
      // out of order after a line that runs on ("… (a, \n c) bentleri …"): the sentence goes on
      const runsOn = !!prev && (endsOpen(prev.text) || (prev.text.match(/\(/g) ?? []).length > (prev.text.match(/\)/g) ?? []).length);
      if (inOrder || !runsOn) {
        if (!inOrder) problem(l.no, `"${m.num}": bent sırası bozuk, burada "${nextLetter(lastLetter)})" beklenirdi; yeni bent sayıldı. Metni kontrol edin.`);
        unit = { kind: 'point', num: m.num, text: m.rest, line: l.no };
        lastLetter = m.letter; lastNumber = undefined;
      } else {
        problem(l.no, `"${m.num}" bent gibi başlıyor, ama burada "${nextLetter(lastLetter)})" beklenirdi ve önceki satır cümlenin ortasında bitiyor; önceki satırın devamı sayıldı. Metni kontrol edin.`);
        prev!.text = `${prev!.text} ${l.text}`;
        return;
      }
    } else if (m?.kind === 'numbered') {
      if (m.number === 1 || (lastNumber !== undefined && m.number === lastNumber + 1)) {
        if (prev?.kind === 'point' && /:$/.test(prev.text)) {
          problem(l.no, `"${m.num}": bent içindeki alt sıralama modellenmiyor; bu satır bentle aynı düzeyde bir sıra olarak verildi.`);
        }
        unit = { kind: 'item', num: m.num, text: m.rest, line: l.no };
        lastNumber = m.number;
      } else if (lastNumber !== undefined && m.number > lastNumber + 1) {
        problem(l.no, `"${m.num}" sıra numarası gibi başlıyor, ama burada "${lastNumber + 1}" beklenirdi; satır sıra olarak alınmadı. Metni kontrol edin.`);
      }
    } else if (m?.kind === 'bullet') {
      unit = { kind: 'item', ...(m.num ? { num: m.num } : {}), text: m.rest, line: l.no };
    } else if (!m && !onArticleLine && allCaps(l.text) && l.text.length <= 100 && !/[.,;]$/.test(l.text)
      && (!prev || prev.kind === 'section' || endsComplete(prev.text) || !wrapped)) {
      unit = { kind: 'section', text: l.text, line: l.no };
      lastLetter = undefined; lastNumber = undefined;
    }
    if (!unit) {
      if (continues(prev, l)) { prev!.text = prev!.text ? `${prev!.text} ${l.text}` : l.text; return; }
      unit = { kind: 'plain', text: l.text, line: l.no };
    }
    if (onArticleLine) unit.onArticleLine = true;
    units.push(unit);
  });

  const out: Partial<TextNodeInput> = {};
  // the words on the MADDE line: the first sentence of the body, the chapeau of a list of entries, or a title
  const head = units[0];
  let chapeauOfEntries = false;
  if (head?.onArticleLine && head.kind === 'plain' && units.length > 1) {
    if (/\.["'”’)]*$/u.test(head.text)) { /* a sentence: the body starts on the MADDE line */ }
    else if (/[;:]$/.test(head.text) && units.length >= 3 && units.slice(1).every((u) => u.kind === 'plain')) chapeauOfEntries = true;
    else { out.title = head.text; units.shift(); }
  }

  const leaf = (u: Unit): TextNodeInput => at<TextNodeInput>({
    kind: u.kind === 'point' ? 'point' : 'item',
    ...(u.num ? { num: u.num } : {}),
    ...(u.text ? { text: u.text } : {}),
  }, u.line);
  // entries under a paragraph, a section or the article: sections group what follows them
  const list = (us: Unit[]): TextNodeInput[] => {
    const outList: TextNodeInput[] = [];
    let section: TextNodeInput | undefined;
    for (const u of us) {
      if (u.kind === 'section') {
        section = at<TextNodeInput>({ kind: 'section', heading: u.text }, u.line);
        outList.push(section);
        continue;
      }
      if (u.kind === 'paragraph') {
        problem(u.line, `"${u.num}" fıkrası beklenmedik bir yerde; metni kontrol edin.`);
      }
      const n = leaf(u);
      if (section) (section.children ??= []).push(n);
      else outList.push(n);
    }
    return outList;
  };
  const setText = (u: Unit) => { if (u.text) out.text = u.text; };

  if (chapeauOfEntries) {
    setText(units[0]!);
    out.children = units.slice(1).map(leaf);
  } else if (units.length === 0) {
    if (!out.title) problem(articleLine, 'Maddenin metni yok.');
  } else if (units.length === 1 && units[0]!.kind === 'plain') {
    setText(units[0]!);
  } else if (units.some((u) => u.kind === 'paragraph')) {
    const firstPara = units.findIndex((u) => u.kind === 'paragraph');
    const lead = units.slice(0, firstPara);
    const children: TextNodeInput[] = [];
    if (lead.length === 1 && lead[0]!.kind === 'plain') setText(lead[0]!);
    else if (lead.length) {
      problem(lead[0]!.line, 'Maddenin ilk fıkrasından önce numarasız metin var; maddenin kendi sırası olarak verildi.');
      children.push(...list(lead));
    }
    let lastPara = 0;
    for (let i = firstPara; i < units.length;) {
      const p = units[i]!;
      let j = i + 1;
      while (j < units.length && units[j]!.kind !== 'paragraph') j++;
      if (p.number !== lastPara + 1) problem(p.line, `"${p.num}": fıkra numarası sırayı bozuyor (önceki fıkra ${lastPara}).`);
      lastPara = p.number!;
      const para = at<TextNodeInput>({ kind: 'paragraph', num: p.num!, ...(p.text ? { text: p.text } : {}) }, p.line);
      const sub = list(units.slice(i + 1, j));
      if (sub.length) para.children = sub;
      children.push(para);
      i = j;
    }
    out.children = children;
  } else if (units[0]!.kind !== 'plain' || units.every((u) => u.kind !== 'plain') || units.some((u) => u.kind === 'section')) {
    if (units[0]!.kind === 'plain' && units.some((u) => u.kind === 'section')) {
      const firstSection = units.findIndex((u) => u.kind === 'section');
      const lead = units.slice(0, firstSection);
      if (lead.length === 1) { setText(lead[0]!); out.children = list(units.slice(firstSection)); }
      else out.children = list(units);
    } else out.children = list(units);
  } else {
    // unnumbered paragraphs: each sentence block opens one, and the entries after it are its own
    const children: TextNodeInput[] = [];
    for (let i = 0; i < units.length;) {
      const p = units[i]!;
      let j = i + 1;
      while (j < units.length && units[j]!.kind !== 'plain') j++;
      const para = at<TextNodeInput>({ kind: 'paragraph', text: p.text }, p.line);
      const sub = list(units.slice(i + 1, j));
      if (sub.length) para.children = sub;
      children.push(para);
      i = j;
    }
    out.children = children;
  }
  return out;
}
