// The word index behind `findDuties`, in the compact form the build and the folder cache store:
// built once per regulation at compile time, loaded without tokenising any duty again, merged
// across regulations by shifting postings. Only a duty's own verbatim text is indexed: its
// holder's name is not a duty word ("Satınalma birimi" would otherwise make every duty of that
// unit a "satın alma" duty).
import { below0370, fold, NOT_WORD_0370 } from '../fold.js';
import type { DeepReadonly, Regulation } from '../types.js';
import type { Duty } from '../schema/regulation.js';
import { stemWord } from './stem.js';

/**
 * Where each key of a sorted key list occurs: the duty positions of key `i` are
 * `list[start[i]]` up to (not including) `list[start[i + 1]]`, ascending. One flat list, so the
 * keys of a prefix range are one run of it, and loading an index allocates four arrays, not one
 * per word.
 */
export type Postings = { readonly start: Int32Array; readonly list: Int32Array };

/**
 * One regulation's search index, as the search reads it: its duties in text order (a duty's
 * position is its rank among equals), every folded word of their text, sorted, with the positions
 * of the duties using it, and the same for every folded Snowball stem.
 */
export type SearchIndex = {
  /** Duty ids in text order. */
  readonly duties: readonly string[];
  readonly words: readonly string[];
  readonly postings: Postings;
  readonly stems: readonly string[];
  readonly stemPostings: Postings;
  /** For each word (by position in `words`), its stem's position in `stems`. */
  readonly wordStems: Int32Array;
  /** Each duty's text as the positions of its words in `words`, in order: the duty read without tokenising it again. */
  readonly texts: readonly ArrayLike<number>[];
};

/** Postings from each key's duties as an ascending list (what {@link buildSearchIndex} collects). */
function flatten(lists: readonly (readonly number[])[]): Postings {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const list = new Int32Array(start[lists.length]!);
  for (let i = 0; i < lists.length; i++) list.set(lists[i]!, start[i]!);
  return { start, list };
}

/**
 * A search index as the build and the folder cache store it (plain JSON): only what cannot be
 * derived. A word's stem is a prefix of it (see {@link stemOf}), so its length says it; the
 * postings are where each word occurs in `texts`. {@link expandSearchIndex} rebuilds the rest
 * without tokenising or stemming anything, so the stored form is half the size of the index.
 */
export type StoredSearchIndex = {
  readonly v: 3;
  readonly duties: readonly string[];
  /** Folded words, sorted (by UTF-16 code units), each once. */
  readonly words: readonly string[];
  /** For each word, the length of its folded stem (a prefix of the word). */
  readonly stemLengths: readonly number[];
  readonly texts: readonly (readonly number[])[];
};

/** Version of {@link StoredSearchIndex}'s form, stored in it. */
export const SEARCH_FORM = 3;

/** A word of a text as the search sees it: folded, and the folded stem of its Turkish form. */
export type Token = { readonly word: string; readonly stem: string };

/**
 * The words of a text in order, each folded (as `fold` splits it) with its folded stem. The stem
 * is taken of the word with its Turkish letters (Snowball needs them), then folded.
 */
export function tokens(text: string): Token[] {
  return words(text).map((w) => ({ word: w.word, stem: stemOf(w) }));
}

/**
 * The words of a text as {@link tokens} splits them, each with the Turkish-lower-case form it was
 * folded from (what its stem is taken of; absent for the pieces of a word that folds to several).
 */
export function words(text: string): { word: string; raw?: string }[] {
  const out: { word: string; raw?: string }[] = [];
  const lower = text.normalize('NFC').toLocaleLowerCase('tr-TR');
  // the explicit ranges give the same split below U+0370, without building \p{…} on first use
  for (const raw of lower.split(below0370(lower) ? NOT_WORD_0370 : /[^\p{L}\p{N}\p{M}]+/u)) {
    if (!raw) continue;
    const pieces = fold(raw).split(' ').filter(Boolean);
    if (pieces.length === 1) out.push({ word: pieces[0]!, raw });
    else for (const p of pieces) out.push({ word: p });
  }
  return out;
}

/** The folded stem of a word of {@link words}: a prefix of the word, or the word itself. */
export function stemOf(w: { word: string; raw?: string }): string {
  if (w.raw === undefined) return w.word;
  const stem = fold(stemWord(w.raw));
  // a stem is a prefix of its word; anything else (a folding quirk) is not trusted
  return stem && w.word.startsWith(stem) ? stem : w.word;
}

/** The duties of a regulation in text order (by the provision each cites first), with the text each is searched by. */
export function dutiesInOrder(reg: DeepReadonly<Regulation>): { id: string; text: string }[] {
  const order = new Map<string, number>();
  const texts = new Map<string, string>();
  reg.provisions.forEach((p, i) => order.set(p.id, i));
  const list = reg.duties.map((d) => ({ id: d.id, cite: d.cites[0]!, excerpt: d.excerpt }));
  list.sort((a, b) => order.get(a.cite)! - order.get(b.cite)!);
  for (const p of reg.provisions) texts.set(p.id, p.text);
  return list.map((d) => ({ id: d.id, text: d.excerpt ?? texts.get(d.cite) ?? '' }));
}

function sortedPostings(map: Map<string, number[]>): [string[], number[][]] {
  const keys = [...map.keys()].sort();
  return [keys, keys.map((k) => map.get(k)!)];
}

/**
 * Builds the search index of a compiled regulation (the build and the folder cache call this).
 *
 * @example
 * const index = buildSearchIndex(compiled);
 * index.duties.length === compiled.duties.length  //=> true
 */
export function buildSearchIndex(reg: DeepReadonly<Regulation>): SearchIndex {
  const words = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const stemOf = new Map<string, string>();
  const read: string[][] = [];
  const add = (m: Map<string, number[]>, k: string, n: number) => {
    const p = m.get(k);
    if (!p) m.set(k, [n]);
    else if (p[p.length - 1] !== n) p.push(n);
  };
  const list = dutiesInOrder(reg);
  list.forEach((d, n) => {
    const seq: string[] = [];
    for (const t of tokens(d.text)) {
      add(words, t.word, n);
      add(stems, t.stem, n);
      // a word has one stem whatever its place (the stemmer sees the word alone)
      if (!stemOf.has(t.word)) stemOf.set(t.word, t.stem);
      seq.push(t.word);
    }
    read.push(seq);
  });
  const [w, wp] = sortedPostings(words);
  const [s, sp] = sortedPostings(stems);
  const wordAt = new Map(w.map((x, i) => [x, i]));
  const stemAt = new Map(s.map((x, i) => [x, i]));
  return {
    duties: list.map((d) => d.id), words: w, postings: flatten(wp), stems: s, stemPostings: flatten(sp),
    wordStems: Int32Array.from(w, (x) => stemAt.get(stemOf.get(x)!)!), texts: read.map((seq) => seq.map((x) => wordAt.get(x)!)),
  };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIndex = (x: unknown, n: number): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < n;

/** The stored form of an index (what the build and the folder cache write). */
export function storeSearchIndex(index: SearchIndex): StoredSearchIndex {
  return { v: SEARCH_FORM, duties: index.duties, words: index.words, stemLengths: Array.from(index.wordStems, (i) => index.stems[i]!.length), texts: index.texts.map((t) => Array.from(t)) };
}

/**
 * The index a stored one stands for, exactly as {@link buildSearchIndex} would make it from the
 * regulation (a test proves it for the built-ins); `undefined` when `value` is not a stored index
 * (the wrong form or version, unsorted words, a stem longer than its word, a word position out of
 * range), so that one is rebuilt, never trusted. Only the package's own indexes reach this (the
 * build's, and the cache's, whose bytes are checked by sha256 first); a duty id the regulation
 * lacks is caught by the search itself, which then rebuilds the index (see findDuties).
 */
export function expandSearchIndex(value: unknown): SearchIndex | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (v.v !== SEARCH_FORM || !isStrings(v.duties) || !isStrings(v.words) || !Array.isArray(v.stemLengths) || !Array.isArray(v.texts)) return undefined;
  const { duties, words } = v;
  const lengths = v.stemLengths as unknown[];
  const texts = v.texts as unknown[];
  if (lengths.length !== words.length || texts.length !== duties.length || new Set(duties).size !== duties.length) return undefined;
  for (let i = 0; i < words.length; i++) {
    if (!words[i] || (i > 0 && !(words[i - 1]! < words[i]!))) return undefined;
    if (!Number.isInteger(lengths[i]) || (lengths[i] as number) < 1 || (lengths[i] as number) > words[i]!.length) return undefined;
  }
  const W = words.length;
  const T = texts.length;
  // each word's stem, numbered in the order first met, then in sorted order
  const stemId = new Map<string, number>();
  const firstMet = new Int32Array(W);
  for (let i = 0; i < W; i++) {
    const stem = words[i]!.slice(0, lengths[i] as number);
    let k = stemId.get(stem);
    if (k === undefined) stemId.set(stem, (k = stemId.size));
    firstMet[i] = k;
  }
  const stems = [...stemId.keys()].sort();
  const rank = new Int32Array(stems.length);
  for (let j = 0; j < stems.length; j++) rank[stemId.get(stems[j]!)!] = j;
  const wordStems = new Int32Array(W);
  for (let i = 0; i < W; i++) wordStems[i] = rank[firstMet[i]!]!;

  // the postings of words and of stems, by counting: a first pass sizes each key's run, a second
  // fills it. Texts are read in order, so every run is ascending; `last` keeps a duty once per key.
  const S = stems.length;
  const wordStart = new Int32Array(W + 1);
  const stemStart = new Int32Array(S + 1);
  const lastWord = new Int32Array(W).fill(-1);
  const lastStem = new Int32Array(S).fill(-1);
  for (let n = 0; n < T; n++) {
    const t = texts[n];
    if (!Array.isArray(t)) return undefined;
    for (let k = 0; k < t.length; k++) {
      const i = t[k] as number;
      if (!Number.isInteger(i) || i < 0 || i >= W) return undefined;
      if (lastWord[i] !== n) { lastWord[i] = n; wordStart[i + 1]!++; }
      const j = wordStems[i]!;
      if (lastStem[j] !== n) { lastStem[j] = n; stemStart[j + 1]!++; }
    }
  }
  for (let i = 0; i < W; i++) wordStart[i + 1]! += wordStart[i]!;
  for (let j = 0; j < S; j++) stemStart[j + 1]! += stemStart[j]!;
  const wordList = new Int32Array(wordStart[W]!);
  const stemList = new Int32Array(stemStart[S]!);
  const wordFill = wordStart.slice(0, W);
  const stemFill = stemStart.slice(0, S);
  lastWord.fill(-1);
  lastStem.fill(-1);
  for (let n = 0; n < T; n++) {
    const t = texts[n] as number[];
    for (let k = 0; k < t.length; k++) {
      const i = t[k]!;
      if (lastWord[i] !== n) { lastWord[i] = n; wordList[wordFill[i]!++] = n; }
      const j = wordStems[i]!;
      if (lastStem[j] !== n) { lastStem[j] = n; stemList[stemFill[j]!++] = n; }
    }
  }
  return {
    duties, words, postings: { start: wordStart, list: wordList }, stems, stemPostings: { start: stemStart, list: stemList }, wordStems,
    texts: texts as number[][],
  };
}

/**
 * The key under which the build and the folder cache attach a prebuilt index to a lazy entry (a
 * function returning it). A symbol of this module: an object from elsewhere cannot carry one, so
 * no index is ever taken from input.
 */
export const PREBUILT_SEARCH: unique symbol = Symbol('belediye-mevzuat search index');

/**
 * Indexes this package built or decoded and checked itself (the folder cache's binary form): a
 * prebuilt entry may return one of these instead of a stored form, and it is used as it is. Only
 * this package's code can add to it.
 */
export const checkedIndexes = new WeakSet<SearchIndex>();

/**
 * The key under which the folder cache and the Node catalog attach a regulation's duties as
 * `findDuties` answers them (a function returning the list in their stored form, see
 * {@link storedDuty}, in any order, or a lookup of one by id), so that a search needs no regulation loaded: each one is checked against the shape of a duty before it is used, and
 * the regulation is loaded as usual when one is missing or malformed. Like {@link PREBUILT_SEARCH},
 * a symbol of this module: never taken from input.
 */
export const PREBUILT_DUTIES: unique symbol = Symbol('belediye-mevzuat duties');

/**
 * A duty as the build's data files and the folder cache store it (see {@link PREBUILT_DUTIES}):
 * its text left out where it is its citation's (most duties: the whole provision).
 */
export const storedDuty = (d: DeepReadonly<Duty>): object => (d.text === d.citation.text ? { ...d, text: undefined } : d);
/** A stored duty as the search answers it; anything else is passed on as it is, for the corpus to refuse. */
export function answeredDuty(d: unknown): unknown {
  if (!d || typeof d !== 'object' || 'text' in d) return d;
  const { id, regulation, holder, citation, topics, ...rest } = d as Record<string, unknown>;
  const c = citation as { text?: unknown } | null | undefined;
  // in the order the regulation's own index builds it, so that JSON of either is the same bytes
  return c && typeof c === 'object' && typeof c.text === 'string' ? { id, regulation, holder, text: c.text, citation, topics, ...rest } : d;
}

/**
 * Duties in the Node catalog's line form (dist/data/<id>.duties.jsonl): the first line the JSON
 * list of their ids, then each duty's stored form (see {@link storedDuty}) on a line of its own,
 * in the same order. A search parses the lines of the duties it found, not the whole file.
 */
export function encodeDutyLines(duties: readonly DeepReadonly<Duty>[]): string {
  return `${[JSON.stringify(duties.map((d) => d.id)), ...duties.map((d) => JSON.stringify(storedDuty(d)))].join('\n')}\n`;
}

/**
 * A lookup of the duties of {@link encodeDutyLines}' text (as a string, or as its UTF-8 bytes, which
 * are then decoded a line at a time: a search reads a few duties of a file, not all of it) by id,
 * each line parsed when first asked for. Anything that is not that form gives no duty (the
 * regulation then answers).
 */
export function dutyLines(text: string | Uint8Array): (id: string) => unknown {
  const NL = typeof text === 'string' ? '\n' : 10;
  const next = (from: number): number => (text as { indexOf: (x: unknown, from?: number) => number }).indexOf(NL, from);
  const at0 = next(0);
  const slice = (a: number, b: number): string => (typeof text === 'string' ? text.slice(a, b) : (decoder ??= new TextDecoder()).decode(text.subarray(a, b)));
  if (at0 === -1) return () => undefined;
  let ids: unknown;
  try { ids = JSON.parse(slice(0, at0)); } catch { return () => undefined; }
  if (!Array.isArray(ids)) return () => undefined;
  const at = new Map<unknown, number>(ids.map((x: unknown, i) => [x, i]));
  let starts: number[] | undefined;
  return (id) => {
    const i = at.get(id);
    if (i === undefined) return undefined;
    if (!starts) {
      starts = [];
      for (let p = at0; p !== -1 && p < text.length - 1; p = next(p + 1)) starts.push(p + 1);
    }
    const a = starts[i];
    if (a === undefined) return undefined;
    const end = next(a);
    try { return JSON.parse(slice(a, end === -1 ? text.length : end)); } catch { return undefined; }
  };
}
let decoder: { decode(bytes: Uint8Array): string } | undefined;
