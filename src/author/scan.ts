/**
 * Linear scanners for `mevzuat new`: what the skeleton used regular expressions for whose
 * backtracking is quadratic (or worse) on hostile input — a definition bent of 160 KB of commas, a
 * yürütme article repeating "hükümlerini " — written as single passes over the text. Each function
 * reads every character a bounded number of times, whatever the input.
 */
import type { CompiledText } from '../compile/text.js';
import type { Provision } from '../schema/text.js';

/** The longest term a Tanımlar entry may have (`Müdürlük: …`); longer heads are not terms. */
export const TERM_LIMIT = 80;

const TRAILING = /[\s,.;]/u;

/**
 * Splits a Tanımlar entry `Term: meaning,` at its first colon: the term (trimmed, 1 to 80
 * characters) and the meaning without the list's trailing spaces and punctuation. Undefined when
 * the entry has no colon within reach or nothing after it.
 *
 * @example
 * splitDefinition('Müdür: Destek Hizmetleri Müdürünü,')  //=> { term: 'Müdür', meaning: 'Destek Hizmetleri Müdürünü' }
 * splitDefinition(','.repeat(160_000))                  //=> undefined, in one pass
 */
export function splitDefinition(text: string): { term: string; meaning: string } | undefined {
  const colon = text.indexOf(':');
  // the term and the spaces before the colon; no colon in the first 80 + spaces characters: no term
  if (colon < 1) return undefined;
  const head = text.slice(0, colon).trimEnd();
  const term = head.trim();
  if (!term || head.length > TERM_LIMIT) return undefined;
  let from = colon + 1;
  while (from < text.length && /\s/u.test(text[from]!)) from++;
  let to = text.length;
  while (to > from && TRAILING.test(text[to - 1]!)) to--;
  if (to <= from) return undefined;
  return { term, meaning: text.slice(from, to) };
}

const HUKUMLERINI = 'hükümlerini';
const YURUTUR = 'yürütür';
const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/**
 * Who a yürütme sentence names: the words between "hükümlerini" and "yürütür" ("Bu Yönetmelik
 * hükümlerini Belediye Başkanı yürütür" → "Belediye Başkanı"), in one pass; undefined when the
 * sentence is not of that form.
 *
 * @example
 * executorWords('Bu yönetmelik hükümlerini Belediye Başkanı yürütür.')  //=> 'Belediye Başkanı'
 * executorWords('hükümlerini '.repeat(100_000))                        //=> undefined, in one pass
 */
export function executorWords(text: string): string | undefined {
  let at = text.indexOf(HUKUMLERINI);
  while (at >= 0 && !isSpace(text[at + HUKUMLERINI.length])) at = text.indexOf(HUKUMLERINI, at + 1);
  if (at < 0) return undefined;
  const start = at + HUKUMLERINI.length;
  // the first "yürütür" after it that a space precedes and something other than spaces separates
  for (let y = text.indexOf(YURUTUR, start + 1); y >= 0; y = text.indexOf(YURUTUR, y + 1)) {
    if (!isSpace(text[y - 1])) continue;
    const middle = text.slice(start, y);
    // the regex it replaces did not cross a line break
    if (middle.includes('\n')) return undefined;
    const who = middle.trim();
    if (who) return who;
  }
  return undefined;
}

/**
 * Every provision's leaves, indexed once: `leavesUnder(id)` is the leaf provisions at or below
 * `id`, in document order. Built in one pass over the provisions (each is filed under itself and
 * its ancestors), so asking for every article costs the size of the text, not its square.
 *
 * @example
 * const leaves = indexLeaves(compileText(nodes));
 * leaves('art_4').map((p) => p.id)  //=> ['art_4__para_1', 'art_4__para_2__point_a', …]
 */
export function indexLeaves(c: CompiledText): (id: string) => readonly Provision[] {
  const under = new Map<string, Provision[]>();
  for (const p of c.provisions) {
    if (!p.leaf) continue;
    let id = p.id;
    for (;;) {
      let list = under.get(id);
      if (!list) under.set(id, list = []);
      list.push(p);
      const cut = id.lastIndexOf('__');
      if (cut < 0) break;
      id = id.slice(0, cut);
    }
  }
  return (id) => under.get(id) ?? [];
}

/** Collapses a text into one comment-safe line: whitespace and control characters become single spaces, capped. */
export function commentText(text: string, limit = 160): string {
  let out = '';
  let space = false;
  for (const ch of text.length > limit * 4 ? text.slice(0, limit * 4) : text) {
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(ch)) { space = out.length > 0; continue; }
    if (space) { out += ' '; space = false; }
    out += ch;
    if (out.length >= limit) return `${out}…`;
  }
  return out;
}
