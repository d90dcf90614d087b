import { regulations, type RegulationRef } from '../data.js';
import type { Duty } from '../schema/regulation.js';
import { fold } from '../fold.js';
import { indexOf, type Index } from '../internal/registry.js';
import { foldArg } from '../internal/lookup.js';
import { checkTopic, dutyWithNote, type DutyFilter } from './duties-of.js';

type Entry = { duty: Duty; words: string[]; folded: string; rank: number };
let corpus: Entry[] | undefined;
const vocabulary = new Map<string, Set<number>>();

function entries(): Entry[] {
  if (corpus) return corpus;
  corpus = [];
  for (const r of regulations) {
    const idx: Index = indexOf(r.id);
    const list = r.duties.map((d) => dutyWithNote(idx, d)).sort((a, b) => idx.order.get(a.citation.id)! - idx.order.get(b.citation.id)!);
    for (const d of list) {
      const folded = fold(`${d.text} ${d.holder.name}`);
      const words = folded.split(' ');
      const n = corpus.push({ duty: d, words, folded, rank: corpus.length }) - 1;
      for (const w of new Set(words)) {
        const s = vocabulary.get(w);
        if (s) s.add(n);
        else vocabulary.set(w, new Set([n]));
      }
    }
  }
  return corpus;
}

/** Phrase occurrences weigh most; then how often the terms occur, damped by the duty's length. */
function score(e: Entry, key: string, terms: string[]): number {
  let phrases = 0;
  for (let i = e.folded.indexOf(key); i !== -1; i = e.folded.indexOf(key, i + 1)) phrases++;
  let tf = 0;
  for (const w of e.words) if (terms.some((t) => w.startsWith(t))) tf++;
  return phrases * 3 + tf / Math.sqrt(e.words.length);
}

/**
 * Searches every duty's verbatim text (and its holder's name), Turkish-aware: case, Turkish
 * letters and suffixes are forgiven (`harcama yetkilisi` finds "harcama yetkilisidir", `CIMER`
 * finds "CİMER'e"). Every word of the query must match the start of a word of the duty. Ranked by
 * how often the whole query occurs as a phrase, then by how densely its words occur, then text order.
 *
 * @param query - Words to find.
 * @param options - `regulation` (id or name) and `topic` narrow the search.
 * @returns Matching duties, best first.
 * @throws {MevzuatError} `INVALID_ARGUMENT` for an empty or non-string query or an unknown topic; `UNKNOWN_REGULATION`.
 * @example
 * findDuties('harcama yetkilisi').map((d) => `${d.regulation} ${d.citation.label}`)
 * //=> ['karsiyaka-halkla-iliskiler m.9/6', 'kocaeli-stk m.5/d']
 */
export function findDuties(query: string, options?: DutyFilter & { regulation?: RegulationRef }): Duty[] {
  const key = foldArg(query, 'query');
  const topic = checkTopic(options);
  const regulationArg = options && typeof options === 'object' ? (options as { regulation?: unknown }).regulation : undefined;
  const only = regulationArg === undefined ? undefined : indexOf(regulationArg).reg.id;
  const all = entries();
  const terms = [...new Set(key.split(' '))];
  let hits: Set<number> | undefined;
  for (const t of terms) {
    const matched = new Set<number>();
    for (const [w, ids] of vocabulary) if (w.startsWith(t)) ids.forEach((i) => matched.add(i));
    hits = hits ? new Set([...hits].filter((i) => matched.has(i))) : matched;
    if (!hits.size) return [];
  }
  return [...hits!]
    .map((i) => all[i]!)
    .filter((e) => (!only || e.duty.regulation === only) && (!topic || e.duty.topics.includes(topic)))
    .map((e) => ({ e, score: score(e, key, terms) }))
    .sort((a, b) => b.score - a.score || a.e.rank - b.e.rank)
    .map(({ e }) => e.duty);
}
