/**
 * Compiles an authored text tree (`text.yaml`) into ids, labels and flat provisions, and checks
 * that the tree holds every character of the source.
 */
import type { Provision, TextNode, TextNodeInput } from '../schema/text.js';
import { letterToAscii, slugify } from '../fold.js';
import { provisionText } from '../internal/text.js';
import type { DeepReadonly } from '../types.js';

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

function articleNumber(n: TextNodeInput): number {
  const m = n.num?.match(/\d+/);
  if (m && n.number !== undefined && n.number !== Number(m[0])) throw new Error(`article ${JSON.stringify(n.num)} is given number ${n.number}, but prints ${m[0]}`);
  if (m) return Number(m[0]);
  if (n.number !== undefined) return n.number;
  throw new Error(`article without a number: ${JSON.stringify(n.num)} (where the text prints none, give it \`number:\`)`);
}

/** The article's kind as its number prints it: `GEÇİCİ MADDE 1` (temporary), `EK MADDE 2` (additional). */
function articlePrefix(n: TextNodeInput): 'gecici' | 'ek' | undefined {
  const f = (n.num ?? '').toLocaleUpperCase('tr-TR');
  return /^GEÇİCİ\s/u.test(f) ? 'gecici' : /^EK\s/u.test(f) ? 'ek' : undefined;
}

/**
 * A bent's key as printed, surrounding punctuation set aside and lower-cased (Turkish rules):
 * `a)` → `a`, `(b)` → `b`, `A –` → `a`, `çç)` → `çç`, `a1)` → `a1`, `j.1)` → `j.1`; with `roman`
 * (a sibling prints `II`, `III`, `IV`…) `I.` → `i`, `II.` → `ii` (else `I)` is the letter `ı`).
 */
function pointKey(num: string | undefined, roman = false): string {
  const printed = (num ?? '').replace(/^[(\s]+/, '').replace(/[\s)\-–—.]+$/, '').replace(/\s+/g, '');
  const key = roman && /^[IVX]+$/.test(printed)
    ? printed.replace(/[IVX]/g, (c) => ({ I: 'i', V: 'v', X: 'x' })[c]!)
    : printed.toLocaleLowerCase('tr-TR');
  if (!/^[\p{L}\d.]+$/u.test(key) || !/\p{L}/u.test(key)) throw new Error(`point without a letter: ${JSON.stringify(num)}`);
  return key;
}

/**
 * A bent key in an id: ASCII, Turkish letters doubled (`ç` → `cc`); a doubled letter joined by a
 * hyphen so it never meets a Turkish one (`cc)` → `c-c`, `çç)` → `cc-cc`, while `ç)` → `cc`); the
 * dot of `j.1` dropped (`j1`).
 */
function pointIdKey(key: string): string {
  const doubled = /^(\p{L})\1$/u.exec(key);
  if (doubled) return `${letterToAscii(doubled[1]!)}-${letterToAscii(doubled[1]!)}`;
  return letterToAscii(key).replace(/\./g, '');
}

/**
 * Counts the runs of a list among siblings: a bent or entry key seen before in the current run
 * opens the next run (a list that starts again at `a)` after "Ayrıca;", a letter printed twice), and
 * every entry of run n is told apart. For articles, fıkras and sections only the repeated number is:
 * its n-th time. 1 adds nothing; n adds `_n` to the id and `#n` to the label.
 */
function runs() {
  const state = new Map<string, { run: number; seen: Set<string> }>();
  const times = new Map<string, number>();
  return (kind: string, key: string): number => {
    // articles, fıkras, sections: only the number printed again is told apart (its n-th time)
    if (kind !== 'point' && kind !== 'item') {
      const n = (times.get(`${kind}\u0000${key}`) ?? 0) + 1;
      times.set(`${kind}\u0000${key}`, n);
      return n;
    }
    let s = state.get(kind);
    if (!s) state.set(kind, (s = { run: 1, seen: new Set() }));
    if (s.seen.has(key)) { s.run += 1; s.seen.clear(); }
    s.seen.add(key);
    return s.run;
  };
}

export type CompiledText = { document: TextNode[]; articles: TextNode[]; provisions: Provision[] };

export function compileText(nodes: readonly TextNodeInput[]): CompiledText {
  const provisions: Provision[] = [];
  const articles: TextNode[] = [];
  const counters: Record<string, number> = { title: 0, part: 0, heading: 0, closing: 0 };

  function top(n: TextNodeInput): TextNode {
    if (n.kind === 'article') return article(n);
    if (n.kind === 'title' || n.kind === 'heading' || n.kind === 'closing' || n.kind === 'part') {
      const k = ++counters[n.kind]!;
      const id = `${n.kind === 'heading' ? 'hdg' : n.kind}_${k}`;
      const out: TextNode = { id, kind: n.kind, ...copy(n) };
      if (n.children) {
        if (n.kind !== 'part') throw new Error(`${id}: only a part may hold children`);
        out.children = n.children.map(top);
      }
      return out;
    }
    throw new Error(`a ${n.kind} cannot stand outside an article`);
  }

  function copy(n: TextNodeInput) {
    if (n.number !== undefined && n.kind !== 'article') throw new Error(`only an article may be given a number (${n.kind} ${JSON.stringify(n.num ?? n.text ?? '')})`);
    const o: Partial<TextNode> = {};
    if (n.heading) o.heading = ws(n.heading);
    if (n.num) o.num = ws(n.num);
    if (n.title) o.title = ws(n.title);
    if (n.text) o.text = ws(n.text);
    return o;
  }

  const articleRun = runs();
  function article(n: TextNodeInput): TextNode {
    const art = articleNumber(n);
    const prefix = articlePrefix(n);
    const run = articleRun(prefix ?? '', String(art));
    const id = `art_${prefix ? `${prefix}_` : ''}${art}${run > 1 ? `_${run}` : ''}`;
    const base = `${prefix === 'gecici' ? 'geçici ' : prefix === 'ek' ? 'ek ' : ''}m.${art}`;
    const label = `${base}${run > 1 ? `#${run}` : ''}`;
    const paragraphs = (n.children ?? []).filter((c) => c.kind === 'paragraph').length;
    const out: TextNode = { id, kind: 'article', ...copy(n), label };
    provisions.push({
      id, kind: 'article', label, altLabels: [], article: art,
      ...(prefix && { articleKind: prefix === 'gecici' ? 'temporary' as const : 'additional' as const }),
      text: provisionText(n), leaf: !n.children,
    });
    if (n.children) out.children = children(n.children, { id, art, label, articleLabel: label, alt: [], soleParagraph: paragraphs === 1, ...(prefix && { prefix }) });
    articles.push(out);
    return out;
  }

  type Ctx = {
    id: string; art: number; label: string; articleLabel: string; alt: string[]; soleParagraph: boolean;
    prefix?: 'gecici' | 'ek'; paragraph?: number; section?: string;
    /** Inside a bent or entry: the key path from the outermost entry (`c-1`). */
    entry?: string;
  };

  function children(list: TextNodeInput[], ctx: Ctx): TextNode[] {
    let para = 0;
    let item = 0;
    const run = runs();
    // roman numerals among the siblings (II, III, IV…): I, V, X are numerals there, not letters
    const roman = list.some((c) => c.kind === 'point' && /^\(?(?:II|III|IV|VI|VII|VIII|IX|XI|XII)[\s.)\-–—]/.test(c.num ?? ''));
    return list.map((c) => {
      let id: string;
      let label: string;
      let alt: string[] = [];
      const cite: Pick<Provision, 'paragraph' | 'section' | 'item'> = {};
      if (ctx.paragraph !== undefined) cite.paragraph = ctx.paragraph;
      if (ctx.section !== undefined) cite.section = ctx.section;
      let next: Ctx;
      switch (c.kind) {
        case 'paragraph': {
          if (ctx.paragraph !== undefined || ctx.entry !== undefined) throw new Error(`${ctx.id}: a paragraph inside a paragraph or point`);
          para += 1;
          const m = c.num?.match(/\d+/);
          const p = m ? Number(m[0]) : para;
          const r = run('paragraph', String(p));
          id = `${ctx.id}__para_${p}${r > 1 ? `_${r}` : ''}`;
          label = `${ctx.label}/${p}${r > 1 ? `#${r}` : ''}`;
          cite.paragraph = p;
          next = { ...ctx, id, label, alt: [], paragraph: p };
          break;
        }
        case 'point':
        case 'item': {
          // an entry's key: the bent letter as printed, the number an entry prints, else its place
          const printed = c.kind === 'item' ? c.num?.match(/^\D*?(\d+(?:\.\d+)*)/)?.[1] : undefined;
          const key = c.kind === 'point' ? pointKey(c.num, roman) : printed ? printed.split('.').map(Number).join('.') : String(++item);
          const r = run(c.kind, key);
          const shown = `${key}${r > 1 ? `#${r}` : ''}`;
          id = `${ctx.id}__${c.kind}_${c.kind === 'point' ? pointIdKey(key) : key.replace(/\./g, '-')}${r > 1 ? `_${r}` : ''}`;
          cite.item = ctx.entry !== undefined ? `${ctx.entry}-${shown}` : shown;
          if (ctx.entry !== undefined) {
            // a level below a bent or entry: `m.9/c-1`, then `m.9/c-1-2`
            label = `${ctx.label}-${shown}`;
            alt = ctx.alt.map((a) => `${a}-${shown}`);
          } else if (ctx.paragraph !== undefined && ctx.section === undefined) {
            // An unlabelled entry always keeps its paragraph (`m.2/1-3`): `m.2/3` would read as paragraph 3,
            // and `m.2/1` would collide with the paragraph itself.
            if (ctx.soleParagraph && c.kind === 'point') {
              label = `${ctx.articleLabel}/${shown}`;
              alt.push(`${ctx.label}-${shown}`);
            } else label = `${ctx.label}-${shown}`;
          } else label = `${ctx.label}/${shown}`;
          next = { ...ctx, id, label, alt, entry: cite.item };
          break;
        }
        case 'section': {
          if (!c.heading) throw new Error(`${ctx.id}: a section needs its heading`);
          if (ctx.entry !== undefined) throw new Error(`${ctx.id}: a section inside a point`);
          const heading = ws(c.heading);
          const r = run('section', heading);
          id = `${ctx.id}__sec_${slugify(heading)}${r > 1 ? `_${r}` : ''}`;
          label = `${ctx.label}/${heading}${r > 1 ? `#${r}` : ''}`;
          cite.section = heading;
          next = { ...ctx, id, label, alt: [], section: heading };
          break;
        }
        default:
          throw new Error(`${ctx.id}: a ${c.kind} cannot stand inside an article`);
      }
      const node: TextNode = { id, kind: c.kind, ...copy(c), label };
      provisions.push({
        id, kind: c.kind, label, altLabels: alt, article: ctx.art,
        ...(ctx.prefix && { articleKind: ctx.prefix === 'gecici' ? 'temporary' as const : 'additional' as const }),
        ...cite, text: provisionText(c), parent: ctx.id, leaf: !c.children,
      });
      if (c.children) node.children = children(c.children, next);
      return node;
    });
  }

  const document = nodes.map(top);
  // provisions were pushed parent-first in document order already
  return { document, articles, provisions };
}

/** Strips Markdown markup a transcription added (bold, heading marks, bullet dashes). */
export function stripMarkup(source: string): string {
  return source
    .replace(/\*\*/g, '')
    .replace(/^[ \t]*#+[ \t]*/gm, '')
    .replace(/^[ \t]*-[ \t]+/gm, '');
}

/** Every non-space character of the structure, in the order the source prints it. */
export function serialise(nodes: readonly (TextNodeInput | DeepReadonly<TextNode>)[]): string {
  const out: string[] = [];
  const walk = (n: TextNodeInput | DeepReadonly<TextNode>) => {
    for (const s of [n.heading, n.num, n.title, n.text]) if (s) out.push(s);
    (n.children as readonly (TextNodeInput | DeepReadonly<TextNode>)[] | undefined)?.forEach(walk);
  };
  nodes.forEach(walk);
  return out.join('').replace(/\s+/g, '');
}

/**
 * Compares the source, markup stripped, with the structure, character for character (whitespace
 * aside). Returns undefined when they agree, else where they part.
 */
export function completenessGap(source: string, nodes: readonly (TextNodeInput | DeepReadonly<TextNode>)[]): string | undefined {
  const a = stripMarkup(source).replace(/\s+/g, '');
  const b = serialise(nodes);
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `structure parts from source at character ${i}:\n  source:    …${a.slice(Math.max(0, i - 40), i + 60)}\n  structure: …${b.slice(Math.max(0, i - 40), i + 60)}`;
}
