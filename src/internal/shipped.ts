// The shipped form of a compiled regulation: the build leaves out what can be rebuilt from the
// document (the article list and every provision's text) so the text ships once.
import type { DeepReadonly, Regulation } from '../types.js';
import type { Provision, TextNode } from '../schema/text.js';
import { provisionText } from './text.js';

/** A compiled regulation without `articles` and without provision texts. */
export type Shipped = Omit<Regulation, 'articles' | 'provisions'> & { provisions: readonly Omit<DeepReadonly<Provision>, 'text'>[] };

/** Drops what {@link fromShipped} rebuilds. */
export function toShipped(r: Regulation): Shipped {
  const { articles: _articles, provisions, ...rest } = r;
  return { ...rest, provisions: provisions.map(({ text: _text, ...p }) => p) };
}

/** Rebuilds a compiled regulation from its shipped JSON: the articles and each provision's text. */
export function fromShipped(json: string): Regulation {
  const r = JSON.parse(json) as Shipped;
  const byId = new Map<string, DeepReadonly<TextNode>>();
  const articles: DeepReadonly<TextNode>[] = [];
  const walk = (n: DeepReadonly<TextNode>) => {
    byId.set(n.id, n);
    if (n.kind === 'article') articles.push(n);
    n.children?.forEach(walk);
  };
  r.document.forEach(walk);
  return { ...r, articles, provisions: r.provisions.map((p) => ({ ...p, text: provisionText(byId.get(p.id)!) })) };
}
