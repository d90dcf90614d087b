import { fold } from '../fold.js';
import type { Regulation } from '../types.js';

/** What a corpus needs to know of a regulation before loading it: id, names and their folded keys, and what it repeals. */
export function catalogEntry(r: Regulation): { id: string; aliases: readonly string[]; keys: string[]; repeals: string[] } {
  return {
    id: r.id,
    aliases: r.aliases,
    keys: [...new Set([r.id, ...r.aliases].map(fold))],
    repeals: r.repeals.flatMap((x) => (x.regulation ? [x.regulation] : [])),
  };
}
