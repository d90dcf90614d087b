import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { Citation } from '../schema/citation.js';
import { fold } from '../fold.js';
import { citation, labelKey, remember, type Index } from '../internal/registry.js';
import { fail, foldArg, nearest, show } from '../internal/lookup.js';

/**
 * The citation for a provision reference: a label (`'m.14/b'`, `'m.8/7'`, `'m.6'`,
 * `'m.5/1-k'`, `'madde 14/b'`, `'14/b'`) or a provision id (`'art_14__point_b'`). Every label any
 * citation carries is accepted back.
 *
 * @param regulation - Id or municipality name.
 * @param ref - The reference.
 * @returns The citation with the provision's verbatim text.
 * @throws {MevzuatError} `UNKNOWN_CITATION` with the nearest labels; `AMBIGUOUS` where only a Turkish letter tells two apart (`m 7 c`: `m.7/c` or `m.7/ç`); `UNKNOWN_REGULATION`; `INVALID_ARGUMENT`.
 * @example
 * cite('konak', 'm.9/t')
 * //=> { regulation: 'konak-ozel-kalem', article: 9, item: 't', id: 'art_9__point_t', label: 'm.9/t',
 * //     text: 'Müdürün herhangi bir sebeple bulunmadığı zamanlarda Müdürün görevlerini yürütmek.' }
 */
export function cite(regulation: RegulationRef, ref: string): DeepReadonly<Citation> {
  return citeIn(builtins(), regulation, ref);
}

/** {@link cite} over a given corpus (what `createMevzuat` binds). @internal */
export function citeIn(corpus: Corpus, regulation: RegulationRef, ref: string): Citation {
  const idx = corpus.index(regulation);
  if (typeof ref === 'string' && idx.provisions.has(ref)) return citation(idx, ref);
  // a label typed before resolves from memory (bounded); a failed lookup throws and is not kept
  const key = foldArg(ref, 'ref');
  return remember(idx, `cite:${ref}`, () => citation(idx, resolveLabel(idx, ref as string, key)));
}

function resolveLabel(idx: Index, ref: string, folded: string): string {
  const key = folded.replace(/^(madde|md|m)\s*(?=\d)/, 'm ').replace(/^(?=\d)/, 'm ');
  const id = idx.byLabel.get(labelKey(ref)) ?? idx.byLabel.get(key);
  if (id) return id;
  const candidates = idx.ambiguousLabels.get(key);
  if (candidates) fail('AMBIGUOUS', { en: `"${show(ref)}" could be ${candidates.join(' or ')}: type the Turkish letter`, tr: `"${show(ref)}" ${candidates.join(' ya da ')} olabilir: Türkçe harfi yazın` }, ref, candidates);
  const article = key.match(/^m (\d+)/)?.[1];
  const labels = [...idx.provisions.values()].map((p): [string, string] => [fold(p.label), p.label]);
  const sameArticle = article ? labels.filter(([f]) => f === `m ${article}` || f.startsWith(`m ${article} `)).map(([, l]) => l) : [];
  const near = nearest(key, labels);
  const suggestions = [...new Set([...near, ...sameArticle])].slice(0, 8);
  return fail('UNKNOWN_CITATION', { en: `${idx.reg.id} has no provision "${show(ref)}"`, tr: `${idx.reg.id} içinde "${show(ref)}" hükmü yok` }, ref, suggestions);
}
