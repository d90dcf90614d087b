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

function pointLetter(num: string | undefined): string {
  const letter = (num ?? '').replace(/[()\-–\s.]/g, '').toLocaleLowerCase('tr-TR');
  if (!/^\p{L}+$/u.test(letter)) throw new Error(`point without a letter: ${JSON.stringify(num)}`);
  return letter;
}

export type CompiledText = { document: TextNode[]; articles: TextNode[]; provisions: Provision[] };

export function compileText(nodes: TextNodeInput[]): CompiledText {
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

  function article(n: TextNodeInput): TextNode {
    const art = articleNumber(n);
    const id = `art_${art}`;
    const label = `m.${art}`;
    const paragraphs = (n.children ?? []).filter((c) => c.kind === 'paragraph').length;
    const out: TextNode = { id, kind: 'article', ...copy(n), label };
    provisions.push({ id, kind: 'article', label, altLabels: [], article: art, text: provisionText(n), leaf: !n.children, ...{} });
    if (n.children) out.children = children(n.children, { id, art, label, soleParagraph: paragraphs === 1 });
    articles.push(out);
    return out;
  }

  type Ctx = { id: string; art: number; label: string; soleParagraph: boolean; paragraph?: number; section?: string; inPoint?: boolean };

  function children(list: TextNodeInput[], ctx: Ctx): TextNode[] {
    let para = 0;
    let item = 0;
    return list.map((c) => {
      let id: string;
      let label: string;
      const alt: string[] = [];
      const cite: Pick<Provision, 'paragraph' | 'section' | 'item'> = {};
      if (ctx.paragraph !== undefined) cite.paragraph = ctx.paragraph;
      if (ctx.section !== undefined) cite.section = ctx.section;
      let next: Ctx;
      switch (c.kind) {
        case 'paragraph': {
          if (ctx.paragraph !== undefined || ctx.inPoint) throw new Error(`${ctx.id}: a paragraph inside a paragraph or point`);
          para += 1;
          const m = c.num?.match(/\d+/);
          const p = m ? Number(m[0]) : para;
          id = `${ctx.id}__para_${p}`;
          label = `${ctx.label}/${p}`;
          cite.paragraph = p;
          next = { ...ctx, id, label, paragraph: p };
          break;
        }
        case 'point':
        case 'item': {
          if (ctx.inPoint) throw new Error(`${ctx.id}: points nested in points are not modelled`);
          const key = c.kind === 'point' ? pointLetter(c.num) : String(++item);
          id = `${ctx.id}__${c.kind}_${c.kind === 'point' ? letterToAscii(key) : key}`;
          cite.item = key;
          if (ctx.paragraph !== undefined && ctx.section === undefined) {
            const articleLabel = `m.${ctx.art}`;
            // An unlabelled entry always keeps its paragraph (`m.2/1-3`): `m.2/3` would read as paragraph 3,
            // and `m.2/1` would collide with the paragraph itself.
            if (ctx.soleParagraph && c.kind === 'point') {
              label = `${articleLabel}/${key}`;
              alt.push(`${ctx.label}-${key}`);
            } else label = `${ctx.label}-${key}`;
          } else label = `${ctx.label}/${key}`;
          next = { ...ctx, id, label, inPoint: true };
          break;
        }
        case 'section': {
          if (!c.heading) throw new Error(`${ctx.id}: a section needs its heading`);
          const heading = ws(c.heading);
          id = `${ctx.id}__sec_${slugify(heading)}`;
          label = `${ctx.label}/${heading}`;
          cite.section = heading;
          next = { ...ctx, id, label, section: heading };
          break;
        }
        default:
          throw new Error(`${ctx.id}: a ${c.kind} cannot stand inside an article`);
      }
      const node: TextNode = { id, kind: c.kind, ...copy(c), label };
      provisions.push({
        id, kind: c.kind, label, altLabels: alt, article: ctx.art, ...cite,
        text: provisionText(c), parent: ctx.id, leaf: !c.children,
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
