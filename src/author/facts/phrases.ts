/**
 * Lists of actors as the text coordinates them: "Belediye Başkanına veya görevlendireceği Başkan
 * Yardımcısına", "sorumlu personel, Şef ve Müdürün", "Belediye Başkanının veya yetki verdiği Başkan
 * Yardımcısının". A list is read only when every one of its members names a known actor.
 */
import { fold } from '../../fold.js';
import { ActorBook, type DraftActor, clean } from './actors.js';

/** A connector between two members of a list, as written. */
export type Connector = ',' | 've' | 'veya' | 've/veya' | 'ile' | 'ya da';

/** One member of a list. */
export type Member = {
  actor: DraftActor;
  /** True when a qualifier makes the member act by delegation ("yetki verdiği Başkan Yardımcısı"). */
  delegation: boolean;
  /** The qualifier written before the member ("görevlendireceği", "ilgili", "sorumlu", "yazıyı tanzim eden"), verbatim. */
  qualifier?: string;
  /** The connector written before this member (none for the first). */
  connector?: Connector;
};

const SEPARATORS = new Set([',', 've', 'veya', 'ile', 've/veya', '/veya', 'ya', 'yahut']);
const ADVERBS = new Set(['direkt', 'direk', 'dogrudan', 'olarak', 'ayrica', 'de', 'da']);
/** Relative qualifiers ("görevlendireceği", "yetki verdiği"…) as folded word sequences; true = delegation. */
const RELATIVES: [string[], boolean][] = [
  [['yetki', 'verdigi'], true], [['yetki', 'verecegi'], true], [['yetkilendirdigi'], true], [['yetkilendirecegi'], true],
  [['gorevlendirecegi'], false], [['gorevlendirdigi'], false], [['bagli', 'oldugu'], false], [['bagli', 'bulundugu'], false],
  [['ilgili'], false], [['yetkili'], false], [['sorumlu'], false], [['yaziyi', 'tanzim', 'eden'], false], [['yaziyi', 'hazirlayan'], false],
  [['tanzim', 'eden'], false], [['hazirlayan'], false], [['gorevli'], false],
];

type Token = { raw: string; f: string };

/**
 * Words and commas of a phrase, each with its folded form. A semicolon or a colon is a token of its
 * own (folded `;`): no list of actors runs across one ("Büroda görev yapan personel; Kurul Müdürü …").
 */
export function tokens(phrase: string): Token[] {
  const out: Token[] = [];
  for (const w of clean(phrase).replace(/,/g, ' , ').replace(/([;:])/g, ' $1 ').split(/\s+/)) {
    if (!w) continue;
    if (w === ',') { out.push({ raw: ',', f: ',' }); continue; }
    if (w === ';' || w === ':') { out.push({ raw: w, f: ';' }); continue; }
    const f = /^\/?veya$/iu.test(w) ? (w.startsWith('/') ? '/veya' : 'veya') : /^ve\/veya$/iu.test(w) ? 've/veya' : fold(w);
    if (f) out.push({ raw: w, f });
  }
  return out;
}

function relativeAt(ts: Token[], i: number): [number, boolean] | undefined {
  for (const [words, deleg] of RELATIVES) if (words.every((w, k) => ts[i + k]?.f === w)) return [words.length, deleg];
  return undefined;
}

/**
 * Reads a whole phrase as a list of actors; nothing when any part of it names no known actor.
 *
 * @example
 * parseList(book, 'Belediye Başkanına veya görevlendireceği Başkan Yardımcısına')
 * //=> [{ actor: belediye-baskani, … }, { actor: baskan-yardimcisi, qualifier: 'görevlendireceği', connector: 'veya', … }]
 */
export function parseList(book: ActorBook, phrase: string): Member[] | undefined {
  return parseTokens(book, tokens(phrase));
}

function parseTokens(book: ActorBook, ts: Token[]): Member[] | undefined {
  const out: Member[] = [];
  let connector: Connector | undefined;
  let qualifier: string | undefined;
  let delegation = false;
  let lastWasMember = false;
  let i = 0;
  while (i < ts.length) {
    const t = ts[i]!;
    if (SEPARATORS.has(t.f)) {
      if (t.f === 'ya' && ts[i + 1]?.f === 'da') { if (qualifier === undefined) connector = 'ya da'; i += 2; }
      else if (t.f === 've' && ts[i + 1]?.f === '/veya') { if (qualifier === undefined) connector = 've/veya'; i += 2; }
      else { if (qualifier === undefined) connector = t.f === '/veya' ? 'veya' : (t.f as Connector); i += 1; }
      lastWasMember = false;
      continue;
    }
    if (ADVERBS.has(t.f)) { i += 1; continue; }
    const rel = relativeAt(ts, i);
    if (rel) {
      // "Belediye Başkanının görevlendireceği Başkan Yardımcısı": the member just read is the qualifier's agent
      if (lastWasMember && out.length) {
        const agent = out.pop()!;
        connector = agent.connector;
        qualifier = `${agent.actor.name} ${ts.slice(i, i + rel[0]).map((x) => x.raw).join(' ')}`;
      } else qualifier = [qualifier, ts.slice(i, i + rel[0]).map((x) => x.raw).join(' ')].filter(Boolean).join(' ve ');
      delegation ||= rel[1];
      i += rel[0];
      lastWasMember = false;
      continue;
    }
    let found: { actor: DraftActor; end: number } | undefined;
    for (let j = Math.min(ts.length, i + 10); j > i; j--) {
      if (SEPARATORS.has(ts[j - 1]!.f) && ts[j - 1]!.f !== 've') continue;
      if (ts.slice(i, j).some((x) => x.f === ',' || x.f === ';')) continue;
      const a = book.resolve(ts.slice(i, j).map((x) => x.raw).join(' '));
      if (a) { found = { actor: a, end: j }; break; }
    }
    if (!found) return undefined;
    // two actors with nothing between them are not a list ("Büro personeli Müdüre": an unknown name, then an actor)
    if (lastWasMember) return undefined;
    const m: Member = { actor: found.actor, delegation };
    if (qualifier) m.qualifier = qualifier;
    if (connector && out.length) m.connector = connector;
    out.push(m);
    connector = undefined; qualifier = undefined; delegation = false;
    lastWasMember = true;
    i = found.end;
  }
  if (qualifier || !out.length) return undefined;
  return out;
}

/**
 * The longest list of actors that ends a phrase ("… yürütmekten Müdür'e" → [Müdür]), with the
 * number of words it takes; nothing when the phrase does not end with an actor.
 */
export function trailingList(book: ActorBook, phrase: string, maxWords = 16): { members: Member[]; words: number; rest: string } | undefined {
  const ts = tokens(phrase);
  let best: { members: Member[]; k: number } | undefined;
  for (let k = 1; k <= Math.min(ts.length, maxWords); k++) {
    const part = ts.slice(ts.length - k);
    if (SEPARATORS.has(part[0]!.f) || ADVERBS.has(part[0]!.f)) continue;
    const members = parseTokens(book, part);
    if (members) best = { members, k };
  }
  if (!best) return undefined;
  return { members: best.members, words: best.k, rest: ts.slice(0, ts.length - best.k).map((t) => t.raw).join(' ') };
}

/**
 * The actor a clause opens with, in the nominative ("Birim sorumlusu iş ve eylemleri ile …"), with
 * the words it takes; nothing when the clause does not open with one.
 */
export function leadingActor(book: ActorBook, phrase: string): { actor: DraftActor; words: number; next?: string } | undefined {
  const ts = tokens(phrase);
  for (let j = Math.min(ts.length, 8); j > 0; j--) {
    const words = ts.slice(0, j);
    if (words.some((t) => t.f === ',' || t.f === ';')) continue;
    const raw = words.map((t) => t.raw).join(' ');
    const a = book.resolve(raw);
    if (!a) continue;
    const last = words[j - 1]!.f;
    // the phrase must end where one of the actor's names ends (nominative), not in an inflected form
    if (!book.lastWordsOf(a).has(last)) return undefined;
    const next = ts[j]?.f;
    return { actor: a, words: j, ...(next ? { next } : {}) };
  }
  return undefined;
}
