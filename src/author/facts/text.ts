/**
 * The text side of the fact drafting: a view of the compiled text tree (provisions by id, their
 * own lines, the articles' captions) and `lite()`, the positional counterpart of `fold()`.
 *
 * `fold()` is the matching key for names (it collapses punctuation, so positions are lost);
 * `lite()` lower-cases with the Turkish locale and strips the diacritics one character for one,
 * so a match found in `lite(text)` is the same span of the verbatim `text`: that span is what a
 * drafted fact's `readFrom` quotes.
 */
import type { CompiledText } from '../../compile/text.js';
import type { Provision, TextNode } from '../../schema/text.js';
import { fold } from '../../fold.js';
import { push } from '../../internal/multimap.js';

const PLAIN: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u', '’': "'", '‘': "'", '`': "'", '´': "'" };

/**
 * Turkish-locale lower case without diacritics, one UTF-16 unit for one, so that indices into the
 * result are indices into the input. Apostrophes of every kind become `'`.
 *
 * @param s - Verbatim text.
 * @returns A string of the same length, for positional matching.
 * @example
 * lite("Müdür'e BAĞLIDIR")  //=> "mudur'e baglidir"
 */
export function lite(s: string): string {
  const lower = s.toLocaleLowerCase('tr-TR');
  if (lower.length === s.length) return lower.replace(/[çğıöşüâîû’‘`´]/g, (c) => PLAIN[c]!);
  let out = '';
  for (const c of s) {
    let l = c.toLocaleLowerCase('tr-TR');
    if (l.length !== c.length) l = c;
    out += PLAIN[l] ?? l;
  }
  return out;
}

/** A span of a provision's verbatim text. */
export type Span = { start: number; end: number };

/** What follows an ordinal's dot ("48. maddesi", "2. fıkra", "3. bent"). */
const ORDINAL_NEXT = /^\s+(?:madde|maddesi|maddesinde|maddesinin|maddede|fıkra|fikra|bent|bend|sınıf|derece)/iu;

/** Sentences of a text (split after `.`, `;`, `:` followed by a space or a line end), as spans. */
export function sentences(text: string, { semicolons = true }: { semicolons?: boolean } = {}): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = semicolons ? /[.;:!?](?=\s|$)|\n/g : /[.:!?](?=\s|$)|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // "Kanununun 48. Maddesi", "15. fıkrası": an ordinal's dot ends no sentence
    if (m[0] === '.' && /\d$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && ORDINAL_NEXT.test(text.slice(m.index + 1, m.index + 12))) continue;
    const end = m.index + (m[0] === '\n' ? 0 : 1);
    if (text.slice(start, end).trim()) out.push(trim(text, { start, end }));
    start = m.index + 1;
  }
  if (text.slice(start).trim()) out.push(trim(text, { start, end: text.length }));
  return out;
}

/** A span without the spaces at its ends. */
export function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The compiled text, indexed for the drafting: provisions by id, the tree node of each id, the
 * article each provision belongs to.
 */
export class Doc {
  readonly provisions: readonly Provision[];
  readonly articles: readonly TextNode[];
  readonly byId = new Map<string, Provision>();
  readonly nodes = new Map<string, TextNode>();
  /** Title lines of the document (letterhead, unit name, title). */
  readonly titles: string[] = [];
  /** The provisions under each id (the id's own first), in document order: built once, so no pass scans the text per article. */
  private readonly subtree = new Map<string, Provision[]>();
  /** The leaves among them. */
  private readonly leafSubtree = new Map<string, Provision[]>();
  private readonly folded = new Map<TextNode, string>();

  constructor(text: CompiledText) {
    this.provisions = text.provisions;
    this.articles = text.articles;
    for (const p of text.provisions) {
      if (!this.byId.has(p.id)) this.byId.set(p.id, p);
      // every id a provision is under: its own, and each prefix of it that ends before a "__"
      for (let at = p.id.length; at > 0; at = p.id.lastIndexOf('__', at - 1)) {
        const id = p.id.slice(0, at);
        push(this.subtree, id, p);
        if (p.leaf) push(this.leafSubtree, id, p);
      }
    }
    const walk = (n: TextNode) => { if (!this.nodes.has(n.id)) this.nodes.set(n.id, n); n.children?.forEach(walk); };
    text.document.forEach(walk);
    for (const n of text.document) if (n.kind === 'title' && n.text) this.titles.push(n.text);
  }

  /** The article a provision belongs to. */
  articleOf(p: Provision): TextNode | undefined {
    return this.nodes.get(`art_${p.article}`);
  }

  /** The caption printed above an article and its title, as one string ("" when neither). */
  caption(a: TextNode): string {
    return [a.heading, a.title].filter((s): s is string => !!s).join(' ');
  }

  /** A provision's own line: its section heading, or its title and text, without its children. */
  own(p: Provision): string {
    const n = this.nodes.get(p.id);
    if (!n) return p.text.split('\n')[0] ?? '';
    if (n.kind === 'section') return n.heading ?? '';
    return [n.title, n.text].filter((s): s is string => !!s).join(' ');
  }

  /** The leaf provisions under (or equal to) an id, in document order. */
  leavesUnder(id: string): Provision[] {
    return [...(this.leafSubtree.get(id) ?? [])];
  }

  /** Every provision under an id (the id's own first), in document order. */
  under(id: string): Provision[] {
    return [...(this.subtree.get(id) ?? [])];
  }

  /** An article's caption, folded (once per article, however many passes ask). */
  foldedCaption(a: TextNode): string {
    let f = this.folded.get(a);
    if (f === undefined) { f = fold(this.caption(a)); this.folded.set(a, f); }
    return f;
  }

  /** The first article whose caption (folded) passes the test. */
  articleWhere(test: (folded: string) => boolean): TextNode | undefined {
    return this.articles.find((a) => test(this.foldedCaption(a)));
  }
}


/** Cuts a verbatim span to at most `max` characters, at a word boundary. */
export function excerpt(text: string, max = 160): string {
  const t = text.split('\n')[0]!.trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return t.slice(0, cut > 40 ? cut : max).trimEnd();
}
