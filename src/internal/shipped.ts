// The shipped form of a compiled regulation: the build leaves out what can be rebuilt from the
// document (the article list and every provision's text) so the text ships once.
import type { DeepReadonly, Regulation } from '../types.js';
import type { Provision, TextNode } from '../schema/text.js';
import { provisionText } from './text.js';

/** A compiled regulation without `articles` and `provisions`: both are views of its `document`. */
export type Shipped = Omit<Regulation, 'articles' | 'provisions'>;

/** Drops what {@link fromShipped} rebuilds. */
export function toShipped(r: Regulation): Shipped {
  const { articles: _articles, provisions: _provisions, ...rest } = r;
  return rest;
}

type Node = DeepReadonly<TextNode>;

/**
 * Gives a provision its verbatim `text` as an enumerable getter computed on first read: a query
 * reads the text of the provisions it cites, not of all of them. JSON, spreading and equality see
 * an ordinary string property.
 */
function lazyText(p: Omit<Provision, 'text'>, n: Node): Provision {
  let text: string | undefined;
  return Object.defineProperty(p, 'text', { get: () => (text ??= provisionText(n)), enumerable: true, configurable: false }) as Provision;
}
/**
 * A point's key (`a`, `ç`, `aa`) from its printed number (`a)`, `(Ç)`, `b-`): Turkish lower case.
 * Most numbers are lower case already, and a locale-aware lower-casing is slow to call a hundred
 * times on a regulation's first query, so only one with a capital letter is lower-cased.
 */
function pointKey(num: string): string {
  const key = num.replace(/[()\-–\s.]/g, '');
  return /[^a-z0-9çğıöşü]/.test(key) ? key.toLocaleLowerCase('tr-TR') : key;
}
type Ctx = { id: string; art: number; label: string; sole: boolean; paragraph?: number; section?: string };

/**
 * The citable provisions of a compiled document, in document order, exactly as the compiler lists
 * them (the build checks the two agree): an article, then each of its provisions, parents first.
 */
export function provisionsOf(document: readonly Node[]): Provision[] {
  const out: Provision[] = [];
  const visit = (n: Node, ctx: Ctx | undefined, item: () => number) => {
    if (n.kind === 'article') {
      const art = Number(n.id.slice(4));
      out.push(lazyText({ id: n.id, kind: 'article', label: n.label!, altLabels: [], article: art, leaf: !n.children }, n));
      const sole = (n.children ?? []).filter((c) => c.kind === 'paragraph').length === 1;
      walk(n.children, { id: n.id, art, label: n.label!, sole });
      return;
    }
    if (!ctx) { walk(n.children, undefined); return; }
    const p = lazyText({ id: n.id, kind: n.kind as Provision['kind'], label: n.label!, altLabels: [], article: ctx.art, parent: ctx.id, leaf: !n.children }, n);
    if (ctx.paragraph !== undefined) p.paragraph = ctx.paragraph;
    if (ctx.section !== undefined) p.section = ctx.section;
    let next: Ctx = { ...ctx, id: n.id, label: n.label! };
    if (n.kind === 'paragraph') {
      p.paragraph = Number(n.id.slice(n.id.lastIndexOf('_') + 1));
      next = { ...next, paragraph: p.paragraph };
    } else if (n.kind === 'section') {
      p.section = n.heading!;
      next = { ...next, section: n.heading! };
    } else {
      const key = n.kind === 'point' ? pointKey(n.num ?? '') : String(item());
      p.item = key;
      if (n.kind === 'point' && ctx.paragraph !== undefined && ctx.section === undefined && ctx.sole) p.altLabels = [`${ctx.label}-${key}`];
    }
    out.push(p);
    walk(n.children, next);
  };
  const walk = (list: readonly Node[] | undefined, ctx: Ctx | undefined) => {
    let items = 0;
    for (const c of list ?? []) visit(c, ctx, () => ++items);
  };
  walk(document, undefined);
  return out;
}

/** Rebuilds a compiled regulation from its shipped JSON: the articles and each provision's text. */
export function fromShipped(json: string): Regulation {
  const r = JSON.parse(json) as Shipped;
  const articles: DeepReadonly<TextNode>[] = [];
  const walk = (n: DeepReadonly<TextNode>) => {
    if (n.kind === 'article') articles.push(n);
    n.children?.forEach(walk);
  };
  r.document.forEach(walk);
  return { ...r, articles, provisions: provisionsOf(r.document) };
}
