import { compiled, regulationIds, type RegulationAlias, type RegulationId } from './generated/regulations.js';
import type { Regulation as RegulationData } from './schema/regulation.js';
import type { Provision, TextNode } from './schema/text.js';
import { provisionText } from './internal/text.js';
import { deepFreeze } from './internal/freeze.js';

/**
 * A compiled regulation, its `id` narrowed to the encoded ids. Deeply frozen.
 *
 * @example
 * const reg: Regulation = getRegulation('konak');
 * reg.units.map((u) => u.name)  //=> ['Özel Kalem Müdürlüğü', 'İdari İşler birimi', …]
 */
export type Regulation = Readonly<Omit<RegulationData, 'id'> & { id: RegulationId }>;

/**
 * What a `regulation` argument accepts: an id or a municipality name (`'Konak'`, `'konak'`). Case and Turkish letters are also forgiven at run time.
 *
 * @example
 * whoSigns('konak-ozel-kalem', 'valilik')  // an id
 * whoSigns('Konak', 'valilik')             // a municipality name
 */
export type RegulationRef = RegulationId | RegulationAlias;

export type { RegulationAlias, RegulationId };

/**
 * Every encoded regulation, in id order. Deeply frozen.
 *
 * @example
 * regulations.map((r) => r.id)
 * //=> ['izmir-kentsel-adalet', 'karsiyaka-halkla-iliskiler', 'kocaeli-stk', 'konak-ozel-kalem']
 */
export const regulations: readonly Regulation[] = deepFreeze((JSON.parse(compiled) as Shipped[]).map(load));

type Shipped = Omit<Regulation, 'articles' | 'provisions'> & { provisions: Omit<Provision, 'text'>[] };

/** Rebuilds what the build leaves out so the text is shipped once: the articles and each provision's text. */
function load(r: Shipped): Regulation {
  const byId = new Map<string, TextNode>();
  const articles: TextNode[] = [];
  const walk = (n: TextNode) => {
    byId.set(n.id, n);
    if (n.kind === 'article') articles.push(n);
    n.children?.forEach(walk);
  };
  r.document.forEach(walk);
  return { ...r, articles, provisions: r.provisions.map((p) => ({ ...p, text: provisionText(byId.get(p.id)!) })) };
}

export { regulationIds };
