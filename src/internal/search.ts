// The word index behind `findDuties`, in the compact form the build and the folder cache store:
// built once per regulation at compile time, loaded without tokenising any duty again, merged
// across regulations by shifting postings. Only a duty's own verbatim text is indexed: its
// holder's name is not a duty word ("Satınalma birimi" would otherwise make every duty of that
// unit a "satın alma" duty).
import { below0370, fold, NOT_WORD_0370 } from '../fold.js';
import type { DeepReadonly, Regulation } from '../types.js';
import { stemWord } from './stem.js';

/**
 * One regulation's search index, as the search reads it: its duties in text order (a duty's
 * position is its rank among equals), every folded word of their text, sorted, with the positions
 * of the duties using it, and the same for every folded Snowball stem.
 */
export type SearchIndex = {
  /** Duty ids in text order. */
  readonly duties: readonly string[];
  readonly words: readonly string[];
  readonly postings: readonly (readonly number[])[];
  readonly stems: readonly string[];
  readonly stemPostings: readonly (readonly number[])[];
  /** For each word (by position in `words`), its stem's position in `stems`. */
  readonly wordStems: readonly number[];
  /** Each duty's text as the positions of its words in `words`, in order: the duty read without tokenising it again. */
  readonly texts: readonly (readonly number[])[];
};

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
    duties: list.map((d) => d.id), words: w, postings: wp, stems: s, stemPostings: sp,
    wordStems: w.map((x) => stemAt.get(stemOf.get(x)!)!), texts: read.map((seq) => seq.map((x) => wordAt.get(x)!)),
  };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIndex = (x: unknown, n: number): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < n;

/** The stored form of an index (what the build and the folder cache write). */
export function storeSearchIndex(index: SearchIndex): StoredSearchIndex {
  return { v: SEARCH_FORM, duties: index.duties, words: index.words, stemLengths: index.wordStems.map((i) => index.stems[i]!.length), texts: index.texts };
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
  const postings: number[][] = new Array(W);
  for (let i = 0; i < W; i++) postings[i] = [];
  for (let n = 0; n < texts.length; n++) {
    const t = texts[n];
    if (!Array.isArray(t)) return undefined;
    for (let k = 0; k < t.length; k++) {
      const i = t[k] as number;
      if (!Number.isInteger(i) || i < 0 || i >= W) return undefined;
      const p = postings[i]!;
      if (p[p.length - 1] !== n) p.push(n);
    }
  }
  // a stem's duties are those of its words, merged in text order
  const stemOfWord: string[] = new Array(W);
  const byStem = new Map<string, number[]>();
  for (let i = 0; i < W; i++) {
    const stem = (stemOfWord[i] = words[i]!.slice(0, lengths[i] as number));
    const list = byStem.get(stem);
    if (list) list.push(i);
    else byStem.set(stem, [i]);
  }
  const stems = [...byStem.keys()].sort();
  const stemAt = new Map<string, number>();
  const stemPostings: number[][] = new Array(stems.length);
  for (let j = 0; j < stems.length; j++) {
    stemAt.set(stems[j]!, j);
    const of = byStem.get(stems[j]!)!;
    if (of.length === 1) { stemPostings[j] = postings[of[0]!]!; continue; }
    const merged: number[] = [];
    for (const i of of) for (const n of postings[i]!) merged.push(n);
    merged.sort((a, b) => a - b);
    let w = 0;
    for (let r = 0; r < merged.length; r++) if (r === 0 || merged[r] !== merged[r - 1]) merged[w++] = merged[r]!;
    merged.length = w;
    stemPostings[j] = merged;
  }
  const wordStems: number[] = new Array(W);
  for (let i = 0; i < W; i++) wordStems[i] = stemAt.get(stemOfWord[i]!)!;
  return {
    duties, words, postings, stems, stemPostings, wordStems,
    texts: texts as number[][],
  };
}

/**
 * The key under which the build and the folder cache attach a prebuilt index to a lazy entry (a
 * function returning it). A symbol of this module: an object from elsewhere cannot carry one, so
 * no index is ever taken from input.
 */
export const PREBUILT_SEARCH: unique symbol = Symbol('belediye-mevzuat search index');
