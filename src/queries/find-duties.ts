import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { Duty } from '../schema/regulation.js';
import { fold } from '../fold.js';
import { deepFreeze } from '../internal/freeze.js';
import { duty, type Index } from '../internal/registry.js';
import { foldArg } from '../internal/lookup.js';
import { stemOf, words, type Postings, type SearchIndex, type Token } from '../internal/search.js';
import type { DutyInput } from '../schema/facts.js';

/** Each regulation's duties by id, for turning index positions into duties. */
const byId = new WeakMap<Index, Map<string, DeepReadonly<DutyInput>>>();

/** Turns a duty id of a regulation's search index into the query-facing duty (loading the regulation on first use). */
function dutyResolver(corpus: Corpus, id: string): (dutyId: string) => Duty {
  return (dutyId) => {
    // a cached folder's duties, as answered, without loading the folder's regulation
    const pre = corpus.prebuiltDuty(id, dutyId);
    if (pre) return pre;
    const idx = corpus.index(id);
    let m = byId.get(idx);
    if (!m) byId.set(idx, (m = new Map(idx.reg.duties.map((d) => [d.id, d]))));
    const d = m.get(dutyId);
    // a prebuilt index that names a duty the regulation does not have is not its index
    if (!d) throw new StaleIndex();
    return duty(idx, d);
  };
}

/** Thrown inside a search when a prebuilt index did not fit: the search is run again on a rebuilt index. */
class StaleIndex extends Error {}
import { checkOptions, resolveTopic, type TopicRef } from './duties-of.js';

/** A search index with its postings looked up by word or stem: prefix ranges found by binary search. */
type Terms = { readonly q: Token; readonly joined?: string }[];

/** Positions of the sorted `keys` that start with `prefix`. */
function range(keys: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < keys.length && keys[end]!.startsWith(prefix)) end++;
  return [lo, end];
}

function collect(keys: readonly string[], postings: Postings, prefix: string, into: Set<number>): void {
  const [lo, hi] = range(keys, prefix);
  // the keys of a prefix range are adjacent, so their duties are one run of the flat list
  for (let k = postings.start[lo]!, end = postings.start[hi]!; k < end; k++) into.add(postings.list[k]!);
}

/** Shortest stem the stem rule applies to: shorter Snowball stems (`sat`, `al`, `bir`) are too broad on their own. */
const STEM_MIN = 4;

/**
 * A word of a duty matches a query word when it starts with it (`harcama yetkilisi` finds
 * "harcama yetkilisidir"), or when its stem starts with the query word's stem (inflection:
 * `yazışmaları` finds "yazışma").
 */
function strict(q: Token, t: Token): boolean {
  return t.word.startsWith(q.word) || (q.stem.length >= STEM_MIN && t.stem.startsWith(q.stem));
}

/** Length of the common prefix of two strings. */
function common(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The looser match of a word that follows the previous query word in the text: Snowball strips
 * inflection, not derivation, so "satın alınması", "satın alımı", "satın alımlarını" are "satın
 * alma" only by their root. Their stems share a prefix (`al`) that leaves at most two letters of
 * either stem over. Only ever used inside a phrase, where the neighbouring word vouches for it,
 * and for a query stem of at least four letters.
 */
function loose(q: Token, t: Token): boolean {
  // a short query stem (`her`, `iç`) says too little to be matched by its root alone
  if (q.stem.length < STEM_MIN) return false;
  const c = common(q.stem, t.stem);
  return c >= 2 && c >= Math.min(q.stem.length, t.stem.length) - 2;
}

/** A duty's text as the search reads it: its words and their stems, from the index (nothing is tokenised again). */
type Read = { folded: string; tokens: Token[] };
const reads = new WeakMap<SearchIndex, (Read | undefined)[]>();
function readOf(s: SearchIndex, n: number): Read {
  let list = reads.get(s);
  if (!list) reads.set(s, (list = []));
  let r = list[n];
  if (!r) {
    const t = Array.from(s.texts[n]!, (i) => ({ word: s.words[i]!, stem: s.stems[s.wordStems[i]!]! }));
    if (t.some((x) => typeof x.word !== 'string' || typeof x.stem !== 'string')) throw new StaleIndex();
    list[n] = r = { folded: t.map((x) => x.word).join(' '), tokens: t };
  }
  return r;
}

/** Position of `word` in the sorted `keys`, or -1. */
function find(keys: readonly string[], word: string): number {
  const [lo, hi] = range(keys, word);
  return lo < hi && keys[lo] === word ? lo : -1;
}

/**
 * The query's words with their stems. A word some duty uses has its stem in that regulation's
 * index (the stemmer gave it at build time, and it gives a word one stem); only a word no index
 * has is stemmed now, so most searches never load the stemmer.
 */
function queryTokens(query: string, indexes: () => Iterable<SearchIndex>): Token[] {
  return words(query).map((w) => {
    for (const s of indexes()) {
      const i = find(s.words, w.word);
      if (i !== -1) return { word: w.word, stem: s.stems[s.wordStems[i]!]! };
    }
    return { word: w.word, stem: stemOf(w) };
  });
}

/**
 * Where the query occurs as a phrase only by the looser matches: word after word, each query
 * word matched strictly or (after the first) loosely, or two query words by one written as one
 * word ("satınalma"). Exact occurrences are counted by the folded phrase instead.
 */
function loosePhrases(t: readonly Token[], terms: Terms): number {
  let n = 0;
  for (let p = 0; p < t.length; p++) {
    let i = 0;
    let k = p;
    let relaxed = false;
    while (i < terms.length && k < t.length) {
      const term = terms[i]!;
      const next = terms[i + 1];
      if (next?.joined && t[k]!.word.startsWith(next.joined)) { relaxed = true; i += 2; k++; continue; }
      if (strict(term.q, t[k]!)) { i++; k++; continue; }
      if (i > 0 && loose(term.q, t[k]!)) { relaxed = true; i++; k++; continue; }
      break;
    }
    if (i === terms.length && relaxed) n++;
  }
  return n;
}

/** Phrase occurrences weigh most; then how often the query's words occur, damped by the duty's length. */
function score(r: Read, key: string, terms: Terms): number {
  let phrases = 0;
  // an empty key (a topic listing) has no phrase to count: indexOf('') never returns -1
  if (key) for (let i = r.folded.indexOf(key); i !== -1; i = r.folded.indexOf(key, i + 1)) phrases++;
  if (terms.length > 1) phrases += loosePhrases(r.tokens, terms);
  let tf = 0;
  for (const t of r.tokens) if (terms.some(({ q }) => strict(q, t))) tf++;
  return phrases * 3 + tf / Math.sqrt(r.tokens.length);
}

/**
 * The positions (in `s.duties`) of the duties that have every query word, found in the index;
 * `confirm` reads a candidate's text where only a phrase can decide (the looser matches).
 */
function hitsIn(s: SearchIndex, terms: Terms, confirm: (n: number) => readonly Token[]): Set<number> {
  let hits: Set<number> | undefined;
  let prev: Set<number> | undefined;
  terms.forEach(({ q, joined }, i) => {
    const m = new Set<number>();
    collect(s.words, s.postings, q.word, m);
    if (q.stem.length >= STEM_MIN) collect(s.stems, s.stemPostings, q.stem, m);
    const own = new Set(m);
    if (joined) {
      // "satınalma" stands for the previous query word and this one
      const j = new Set<number>();
      collect(s.words, s.postings, joined, j);
      for (const n of j) m.add(n);
    }
    if (i > 0 && q.stem.length >= STEM_MIN) {
      const near = new Set<number>();
      collect(s.stems, s.stemPostings, q.stem.slice(0, 2), near);
      const before = terms[i - 1]!.q;
      for (const n of near) {
        if (m.has(n) || !prev?.has(n) || (hits && !hits.has(n))) continue;
        const t = confirm(n);
        for (let k = 1; k < t.length; k++) if (strict(before, t[k - 1]!) && loose(q, t[k]!)) { m.add(n); break; }
      }
    }
    prev = own;
    if (!hits) hits = m;
    else for (const n of hits) if (!m.has(n)) hits.delete(n);
  });
  return hits ?? new Set();
}

/** Answers already given, per corpus, by folded query and filters; bounded, oldest dropped first. */
const answers = new WeakMap<Corpus, Map<string, readonly Duty[]>>();
const MAX_ANSWERS = 256;

/**
 * Searches every duty's verbatim text, Turkish-aware: case, Turkish letters and suffixes are
 * forgiven (`harcama yetkilisi` finds "harcama yetkilisidir", `CIMER` finds "CİMER'e"). Every
 * word of the query must match the start of a word of the duty, or its Snowball stem the start
 * of that word's stem (`yazışmaları` finds "yazışma"); inside a phrase a word may also share its
 * root with the query's (`satın alma` finds "satın alınması", "satın alımlarını", "hizmet satın
 * alımı", "satınalma"). A holder's name is not searched: "Satınalma Birimi" does not make its
 * unit's duties procurement duties. Ranked by how often the whole query occurs as a phrase, then
 * by how densely its words occur, then regulation and text order. Each regulation's words and
 * stems are indexed at build time (a folder's when it is compiled), sorted, so a word is found by
 * binary search, not by a scan.
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

  const ids = only ? [only] : corpus.ids;
  const qs = queryTokens(query as string, function* () { for (const id of ids) yield corpus.searchIndex(id); });
  const terms: Terms = qs.map((q, i) => (i > 0 ? { q, joined: qs[i - 1]!.word + q.word } : { q }));
  const found: { duty: Duty; score: number; rank: number }[] = [];
  let base = 0;
  for (const id of ids) {
    const searchOne = () => {
      const s = corpus.searchIndex(id);
      const resolve = dutyResolver(corpus, id);
      // an empty query (allowed with a topic only) matches every duty; the topic filters them
      const hits = key ? hitsIn(s, terms, (n) => readOf(s, n).tokens) : new Set(s.duties.keys());
      const out: typeof found = [];
      for (const n of hits) {
        const d = resolve(s.duties[n]!);
        if (!topic || d.topics.includes(topic)) out.push({ duty: d, score: score(readOf(s, n), key, terms), rank: base + n });
      }
      base += s.duties.length;
      return out;
    };
    let one: typeof found;
    const baseBefore = base;
    try { one = searchOne(); } catch (e) {
      // an index that does not fit (or, malformed past its form check, breaks the search): rebuilt from the regulation, searched again
      if (!(e instanceof StaleIndex) && !(e instanceof TypeError)) throw e;
      corpus.distrustSearchIndex(id);
      base = baseBefore;
      one = searchOne();
    }
    found.push(...one);
  }
  const out = deepFreeze(found.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ duty: d }) => d));
  if (cache.size >= MAX_ANSWERS) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, out);
  return out;
}
