import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { Duty } from '../schema/regulation.js';
import { fold } from '../fold.js';
import { deepFreeze } from '../internal/freeze.js';
import { duty, type Index } from '../internal/registry.js';
import { foldArg } from '../internal/lookup.js';
import { checkOptions, resolveTopic, type TopicRef } from './duties-of.js';

type Entry = { duty: Duty; words: string[]; folded: string };
/** One regulation's duties in text order, and its vocabulary: every folded word, sorted, with the duties using it. */
type Search = { entries: Entry[]; words: string[]; postings: Map<string, number[]> };

const searches = new WeakMap<Index, Search>();
const corpusSearches = new WeakMap<Corpus, Search>();

/**
 * One search index over every regulation of a corpus, merged from theirs on the first search
 * across all of them: a word is found once, not once per regulation. Entries keep regulation and
 * text order, so an entry's position is its rank.
 */
function corpusSearchOf(corpus: Corpus): Search {
  let s = corpusSearches.get(corpus);
  if (s) return s;
  const entries: Entry[] = [];
  const postings = new Map<string, number[]>();
  for (const id of corpus.ids) {
    const one = searchOf(corpus.index(id));
    const base = entries.length;
    entries.push(...one.entries);
    for (const [w, list] of one.postings) {
      const p = postings.get(w);
      const shifted = list.map((n) => n + base);
      if (p) p.push(...shifted);
      else postings.set(w, shifted);
    }
  }
  s = { entries, words: [...postings.keys()].sort(), postings };
  corpusSearches.set(corpus, s);
  return s;
}

/** The search index of one regulation, built on its first search. */
function searchOf(idx: Index): Search {
  let s = searches.get(idx);
  if (s) return s;
  const entries: Entry[] = [];
  const postings = new Map<string, number[]>();
  const list = idx.reg.duties.map((d) => duty(idx, d)).sort((a, b) => idx.order.get(a.citation.id)! - idx.order.get(b.citation.id)!);
  for (const d of list) {
    const folded = fold(`${d.text} ${d.holder.name}`);
    const words = folded.split(' ');
    const n = entries.push({ duty: d, words, folded }) - 1;
    for (const w of new Set(words)) {
      const p = postings.get(w);
      if (p) p.push(n);
      else postings.set(w, [n]);
    }
  }
  s = { entries, words: [...postings.keys()].sort(), postings };
  searches.set(idx, s);
  return s;
}

/** Entries having a word that starts with `term`: a binary search for the range of such words. */
function matching(s: Search, term: string): Set<number> {
  let lo = 0;
  let hi = s.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.words[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<number>();
  for (let i = lo; i < s.words.length && s.words[i]!.startsWith(term); i++) for (const n of s.postings.get(s.words[i]!)!) out.add(n);
  return out;
}

/** Phrase occurrences weigh most; then how often the terms occur, damped by the duty's length. */
function score(e: Entry, key: string, terms: string[]): number {
  let phrases = 0;
  for (let i = e.folded.indexOf(key); i !== -1; i = e.folded.indexOf(key, i + 1)) phrases++;
  let tf = 0;
  for (const w of e.words) if (terms.some((t) => w.startsWith(t))) tf++;
  return phrases * 3 + tf / Math.sqrt(e.words.length);
}

/** Answers already given, per corpus, by folded query and filters; bounded, oldest dropped first. */
const answers = new WeakMap<Corpus, Map<string, readonly Duty[]>>();
const MAX_ANSWERS = 256;

/**
 * Searches every duty's verbatim text (and its holder's name), Turkish-aware: case, Turkish
 * letters and suffixes are forgiven (`harcama yetkilisi` finds "harcama yetkilisidir", `CIMER`
 * finds "CİMER'e"). Every word of the query must match the start of a word of the duty. Ranked by
 * how often the whole query occurs as a phrase, then by how densely its words occur, then
 * regulation and text order. Each regulation's words are indexed once, sorted, so a word is found
 * by binary search, not by a scan.
 *
 * @param query - Words to find.
 * @param options - `regulation` (id or name) and `topic` (id or Turkish name) narrow the search.
 * @returns Matching duties, best first; frozen.
 * An empty query with a `topic` lists every duty of that topic, in text order
 * (`findDuties('', { topic: 'arşiv' })`).
 *
 * @throws {MevzuatError} `INVALID_ARGUMENT` for a non-string query, an empty one without a topic, an unknown topic or option; `UNKNOWN_REGULATION`.
 * @example
 * findDuties('harcama yetkilisi').map((d) => `${d.regulation} ${d.citation.label}`)
 * //=> ['karsiyaka-halkla-iliskiler m.9/6', 'kocaeli-stk m.5/d']
 */
export function findDuties(query: string, options?: { readonly topic?: TopicRef; readonly regulation?: RegulationRef }): DeepReadonly<Duty[]> {
  return findDutiesIn(builtins(), query, options);
}

/** {@link findDuties} over a given corpus (what `createMevzuat` binds). @internal */
export function findDutiesIn(corpus: Corpus, query: string, options?: { readonly topic?: TopicRef; readonly regulation?: RegulationRef }): readonly Duty[] {
  const o = checkOptions(options, ['regulation', 'topic']);
  const topic = o.topic === undefined ? undefined : resolveTopic(o.topic);
  // an empty query with a topic lists every duty of that topic, in text order
  const key = topic !== undefined && typeof query === 'string' && query.length <= 200 && !fold(query) ? '' : foldArg(query, 'query');
  const only = o.regulation === undefined ? undefined : corpus.resolve(o.regulation);
  const cacheKey = `${only ?? ''}\u0000${topic ?? ''}\u0000${key}`;
  let cache = answers.get(corpus);
  if (!cache) answers.set(corpus, (cache = new Map()));
  const hit = cache.get(cacheKey);
  if (hit) return hit;

  const terms = key ? [...new Set(key.split(' '))] : [];
  const s = only ? searchOf(corpus.index(only)) : corpusSearchOf(corpus);
  let hits: Set<number> | undefined = key ? undefined : new Set(s.entries.keys());
  for (const t of terms) {
    const m = matching(s, t);
    if (!hits) hits = m;
    else for (const i of hits) if (!m.has(i)) hits.delete(i);
    if (!hits.size) break;
  }
  const found: { e: Entry; score: number; rank: number }[] = [];
  for (const i of hits!) {
    const e = s.entries[i]!;
    if (!topic || e.duty.topics.includes(topic)) found.push({ e, score: score(e, key, terms), rank: i });
  }
  const out = deepFreeze(found.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ e }) => e.duty));
  if (cache.size >= MAX_ANSWERS) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, out);
  return out;
}
