// The word index behind `findDuties`, in the compact form the build and the folder cache store:
// built once per regulation at compile time, loaded without tokenising any duty again, merged
// across regulations by shifting postings. Only a duty's own verbatim text is indexed: its
// holder's name is not a duty word ("Satınalma birimi" would otherwise make every duty of that
// unit a "satın alma" duty).
import { fold } from '../fold.js';
import type { DeepReadonly, Regulation } from '../types.js';
import { stemWord } from './stem.js';

/**
 * One regulation's search index: its duties in text order (a duty's position is its rank among
 * equals), every folded word of their text, sorted, with the positions of the duties using it,
 * and the same for every folded Snowball stem. Plain JSON.
 */
export type SearchIndex = {
  readonly v: 1;
  /** Duty ids in text order. */
  readonly duties: readonly string[];
  readonly words: readonly string[];
  readonly postings: readonly (readonly number[])[];
  readonly stems: readonly string[];
  readonly stemPostings: readonly (readonly number[])[];
};

/** Version of {@link SearchIndex}'s form, stored in it. */
export const SEARCH_FORM = 1;

/** A word of a text as the search sees it: folded, and the folded stem of its Turkish form. */
export type Token = { readonly word: string; readonly stem: string };

/**
 * The words of a text in order, each folded (as `fold` splits it) with its folded stem. The stem
 * is taken of the word with its Turkish letters (Snowball needs them), then folded.
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of text.normalize('NFC').toLocaleLowerCase('tr-TR').split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!raw) continue;
    const pieces = fold(raw).split(' ').filter(Boolean);
    if (pieces.length === 1) {
      const stem = fold(stemWord(raw));
      // a stem is a prefix of its word; anything else (a folding quirk) is not trusted
      out.push({ word: pieces[0]!, stem: stem && pieces[0]!.startsWith(stem) ? stem : pieces[0]! });
    } else for (const p of pieces) out.push({ word: p, stem: p });
  }
  return out;
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
  const add = (m: Map<string, number[]>, k: string, n: number) => {
    const p = m.get(k);
    if (!p) m.set(k, [n]);
    else if (p[p.length - 1] !== n) p.push(n);
  };
  const list = dutiesInOrder(reg);
  list.forEach((d, n) => {
    for (const t of tokens(d.text)) {
      add(words, t.word, n);
      add(stems, t.stem, n);
    }
  });
  const [w, wp] = sortedPostings(words);
  const [s, sp] = sortedPostings(stems);
  return { v: SEARCH_FORM, duties: list.map((d) => d.id), words: w, postings: wp, stems: s, stemPostings: sp };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isPostings = (v: unknown, n: number, max: number): v is number[][] =>
  Array.isArray(v) && v.length === n && v.every((p) => Array.isArray(p) && p.every((x) => Number.isInteger(x) && x >= 0 && x < max));

/**
 * True when `value` is a search index of this form (and, given `dutyIds`, for exactly those
 * duties, in any order): a stored index that fails this is rebuilt, never trusted.
 */
export function isSearchIndexFor(value: unknown, dutyIds?: readonly string[]): value is SearchIndex {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.v !== SEARCH_FORM || !isStrings(v.duties) || !isStrings(v.words) || !isStrings(v.stems)) return false;
  const n = v.duties.length;
  const ids = new Set(v.duties);
  if (ids.size !== n || (dutyIds && (n !== dutyIds.length || !dutyIds.every((id) => ids.has(id))))) return false;
  return isPostings(v.postings, v.words.length, n) && isPostings(v.stemPostings, v.stems.length, n);
}

/**
 * The key under which the build and the folder cache attach a prebuilt index to a lazy entry (a
 * function returning it). A symbol of this module: an object from elsewhere cannot carry one, so
 * no index is ever taken from input.
 */
export const PREBUILT_SEARCH: unique symbol = Symbol('belediye-mevzuat search index');
