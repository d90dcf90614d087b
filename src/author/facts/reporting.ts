/**
 * Reporting lines: the Bağlılık article ("Yazı İşleri Müdürlüğü, Belediye Başkanına veya
 * görevlendireceği Başkan Yardımcısına bağlıdır"), and the lines a duty list states of its holder
 * ("… ve Müdüre karşı sorumludur", "Direkt olarak Müdür'e bağlıdır", "… Müdürün gözetim ve
 * denetimi altında …", "Müdürün verdiği diğer görevleri yapmak"). The subject is the actor the
 * sentence opens with, or the holder of the duty list the sentence stands in; the other actors are
 * the list before the relation's words.
 */
import type { Relation, ReportingLineInput } from '../../schema/facts.js';
import type { Provision } from '../../schema/text.js';
import { type DraftActor, clean, headKind } from './actors.js';
import type { Drafting } from './draft.js';
import { type Member, leadingActor, tokens, trailingList } from './phrases.js';
import { type Span, lite, sentences } from './text.js';

/** The relation cues, on `lite()` text. Each regex is anchored on fixed words (no nested quantifiers). */
const CUES: { re: RegExp; relation: Relation; genitive?: boolean }[] = [
  { re: /\bkarsi (?:gorevli ve )?sorumlu(?:dur|durlar|dir)?\b/g, relation: 'accountable-to' },
  // "bağlı olarak" with one of the verbs it is written with first (so that the words read end with the
  // verb), then alone (read only where the rest of the provision leaves no doubt: see `olarak`)
  { re: /\bbagli(?:dir|dirlar|dır)\b|\bbagli olarak (?:calisir|calismak|calisirlar|gorev|hizmet|faaliyet|is|yurut|calismalarini)|\bbagli olarak\b|\bbagli (?:bir birimdir|calisir)\b/g, relation: 'attached-to' },
  { re: /\b(?:gozetim|denetim)(?:i|in)? ve (?:gozetim|denetim)(?:i|in)?(?:nde| altinda)\b/g, relation: 'supervised-by', genitive: true },
];
/** Words that make a sentence say something else than the line (negation, exception, hypothesis). */
const NEGATION = /\b(degil|degildir|olmayan|olmaz|haric|disinda|sayilmaz)\b/;

/** Adverbs a text may put between the other actor and the relation's words, on `lite()` text. */
const ADVERB_BEFORE = /(?:\b(?:direk|direkt|dogrudan|dogrudan dogruya)(?: olarak)?\s*)$/;

/** Drafts the reporting lines of every provision. */
export function draftReporting(d: Drafting): void {
  const firstChild = new Map<string, Provision>();
  for (const p of d.doc.provisions) if (p.parent && !firstChild.has(p.parent)) firstChild.set(p.parent, p);
  const continued = new Set<string>();
  for (const p of d.doc.provisions) {
    if (!p.leaf) {
      // a sentence the layout broke across a container and its first child ("… Belediye Başkanına
      // veya görevlendireceği" / "Başkan Yardımcısına bağlıdır."): read once, from the container,
      // whose text holds both halves
      const c = firstChild.get(p.id);
      const at = c ? p.text.indexOf(c.text.slice(0, 40)) : -1;
      // the container's own words, without the first child's list marker ("… şunlardır:\na)")
      const own = at > 0 ? p.text.slice(0, at).trim().replace(/(?:^|\s)\(?[\p{L}\d]{1,4}\s?[.)\-–]+$/u, '').trim() : '';
      if (!/\p{L}{2}/u.test(own) || /[.;:!?]$/.test(own)) continue;
      // the line break is the layout's, not a sentence's end (spaces for line breaks keep the offsets)
      const s = sentences(p.text.replace(/\n/g, ' ')).find((x) => x.end > at);
      if (s && s.start < at && readSentence(d, p, s)) continued.add(c!.id);
      continue;
    }
    // the first sentence of a child whose container was read whole is not read again
    const spans = joinShortLeads(d, p.text, sentences(p.text));
    for (const s of continued.has(p.id) ? spans.slice(1) : spans) readSentence(d, p, s);
    readTaskedBy(d, p);
  }
}

/**
 * "Müdürlük; Başkan Yardımcısına bağlı olarak çalışır": a subject alone before a semicolon stays
 * with its sentence. A caption before one ("MADDE 6 - Bağlılık; Müdürlük, …") is no subject.
 */
function joinShortLeads(d: Drafting, text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    const lead = text.slice(s.start, s.end - 1);
    if (next && text[s.end - 1] === ';' && tokens(lead).length <= 4 && leadingActor(d.book, lead)?.words === tokens(lead).length) {
      out.push({ start: s.start, end: next.end });
      i++;
    } else out.push(s);
  }
  return out;
}

/** Postpositions (folded) that close a phrase before a list of actors: the list is not a part of that phrase. */
const CLOSES_PHRASE = /^(?:icinde|dahilinde|cercevesinde|dogrultusunda|kapsaminda|uyarinca|geregince)$/;

/**
 * In a duty list, "Başkan Yardımcısı ve Müdürün verdiği diğer görevleri yapmak": the holder is
 * tasked by each actor named (in the genitive) right before "verdiği … görev/iş". A list that is
 * not wholly actors, or a grant of power ("verdiği yetki ile"), is not one.
 */
function readTaskedBy(d: Drafting, p: Provision): void {
  const holder = d.holders.get(p.id);
  if (!holder) return;
  const l = lite(p.text);
  const m = /\bverdigi (?:(?:[a-z]+ ){0,3})(?:gorev[a-z]*|is(?:ler)?i\b|islerin)/.exec(l);
  if (!m || NEGATION.test(l) || inQuotes(p.text, m.index)) return;
  const clauseStart = Math.max(l.lastIndexOf(',', m.index), l.lastIndexOf(';', m.index), l.lastIndexOf('.', m.index)) + 1;
  const before = p.text.slice(clauseStart, m.index);
  const tail = trailingList(d.book, before);
  // the list opens the clause, or follows a postposition that closes what stands before it
  // ("Daire Başkanlığınca oluşturulan görev bölümü yapısı içinde Şube Müdürü ve Şeflerin verdiği …")
  if (!tail || (tail.rest.trim() !== '' && !CLOSES_PHRASE.test(tokens(tail.rest).pop()?.f ?? ''))) return;
  const last = tokens(before).pop()?.f ?? '';
  if (!/(nin|nun|nın|nün|in|un|ın|ün)$/.test(last)) return;
  const readFrom = p.text.slice(clauseStart, m.index + m[0].length).trim();
  for (const t of tail.members) if (t.actor !== holder) addLine(d, p, holder, t, 'tasked-by', readFrom);
}

function inQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“"«]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  return /[“«]/.test(before) ? open > close : open % 2 === 1;
}

/** A participle ("çalışan", "faaliyet gösteren", "görev yapan", "çalışmakta olan"), on `lite()` words. */
const PARTICIPLE = /^[a-z]{2,}(?:an|en)$/;

/**
 * Reads one sentence, clause by clause: each relation's words in the order written, the words
 * before each (after the one before it) naming its actors ("Birim Müdürüne bağlı olarak çalışır,
 * … müdürüne karşı sorumludur"). A later clause without a subject of its own has the earlier one's.
 * True when it drafted a line.
 */
function readSentence(d: Drafting, p: Provision, span: Span): boolean {
  const text = p.text.slice(span.start, span.end);
  const l = lite(text);
  if (NEGATION.test(l)) return false;
  const found: { m: RegExpExecArray; cue: (typeof CUES)[number] }[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(l); m; m = cue.re.exec(l)) found.push({ m, cue });
  }
  found.sort((a, b) => a.m.index - b.m.index);
  // a sentence states a few relations; a run of hundreds is no sentence to read (and would cost
  // work growing with the square of its length)
  if (found.length > MAX_CLAUSES) found.length = MAX_CLAUSES;
  let start = 0;
  let subject: DraftActor | undefined;
  let drafted = false;
  for (const { m, cue } of found) {
    if (m.index < start) continue;
    if (inQuotes(text, m.index)) { d.todo(p.id, 'Alıntı içindeki bağlılık cümlesi okunmadı'); return drafted; }
    const end = m.index + m[0].length;
    const loose = m[0] === 'bagli olarak';
    let predicate = false;
    if (m[0].startsWith('bagli olarak')) {
      // "… Müdürlüğümüze bağlı olarak iş ve işlemlerini yürüten Kent Konseyi biriminin …": the subject follows
      const after = text.slice(m.index + 'bagli olarak'.length);
      // within its own clause: the first four words, up to a punctuation mark
      let k = -1;
      const words = lite(after.slice(0, 200)).split(/\s+/).filter(Boolean);
      for (const [i, w] of words.slice(0, 4).entries()) {
        if (PARTICIPLE.test(w)) { k = i; break; }
        if (/[^a-z']/.test(w)) break;
      }
      // "… bağlı olarak çalışan bir birimdir": the participle is the predicate's, the subject is before
      predicate = k >= 0 && words[k + 1] === 'bir';
      if (k >= 0 && !predicate) {
        if (participial(d, p, text, start, m.index, m.index + 'bagli olarak'.length, k)) { drafted = true; start = m.index + 'bagli olarak'.length; continue; }
        if (!loose) d.todo(p.id, `Bağlılık cümlesi okunamadı: "${text.slice(0, 120)}"`);
        return drafted;
      }
      // "Müdüre bağlı olarak bu yönergenin … sorumlu olmak.": alone, only where no other subject can follow
      if (loose && !holderClause(p, span.start + m.index)) continue;
    }
    // "Belediye Başkanına direk bağlı olarak çalışır": an adverb before the relation's words
    const cut = m.index - (ADVERB_BEFORE.exec(l.slice(0, m.index))?.[0].length ?? 0);
    // a later clause: without the comma or "ve" that joins it to the one before
    const before = start > 0 ? text.slice(start, cut).replace(/^[\s,]*(?:(?:ve|ayrıca)\s+)?/iu, '') : text.slice(0, cut);
    const line = lineFrom(d, p, before, cue.genitive === true, subject);
    // "… bağlı olarak çalışan bir birimdir" is said of a unit
    if (predicate && line && line.from.kind !== 'unit') return drafted;
    if (!line) {
      if (!loose) d.todo(p.id, `Bağlılık cümlesi okunamadı: "${text.slice(0, 120)}"`);
      return drafted;
    }
    const readFrom = text.slice(0, end);
    for (const t of line.targets) addLine(d, p, line.from, t, cue.relation, readFrom);
    drafted = true;
    subject = line.from;
    start = end;
  }
  return drafted;
}

/**
 * Whether "bağlı olarak" alone (no verb of the list right after it) is the holder's: the provision
 * goes on to its verb ("… sorumlu olmak", "… yürütür") and names no post or unit that could be the
 * subject instead ("Müdürüne bağlı olarak yeterli sayıda şef, memur … bulunur").
 */
function holderClause(p: Provision, at: number): boolean {
  let shape = provisionShape.get(p);
  if (!shape) {
    // once per provision: where its last post or unit name begins, and whether it ends with a verb
    let lastHead = -1;
    for (const w of p.text.matchAll(/\S+/g)) if (headKind(clean(w[0])) !== undefined) lastHead = w.index;
    shape = { lastHead, verb: /(?:mak|mek|ir|ur|ar|er|dir|dur|tir|tur)[\s.,;]*$/.test(lite(p.text.slice(-40))) };
    provisionShape.set(p, shape);
  }
  return shape.verb && shape.lastHead < at;
}
const provisionShape = new WeakMap<Provision, { lastHead: number; verb: boolean }>();
/** The most relations read from one sentence. */
const MAX_CLAUSES = 8;

/**
 * "<other actor> bağlı olarak <participle> <subject>": the subject is the actor the words after the
 * participle open with, in any case ("Kent Konseyi biriminin her türlü toplantı…"); the other
 * actors are the list before, in the dative. Nothing when either is not a known actor.
 *
 * @param text - The sentence; `start`…`cue` the words before "bağlı olarak", `after` where the words after it begin.
 * @param participle - The index of the participle among the words after "bağlı olarak".
 */
function participial(d: Drafting, p: Provision, text: string, start: number, cue: number, after: number, participle: number): boolean {
  const l = lite(text);
  const before = text.slice(start, cue - (ADVERB_BEFORE.exec(l.slice(start, cue))?.[0].length ?? 0));
  const tail = trailingList(d.book, before);
  if (!tail) return false;
  const preceding = tokens(tail.rest).pop()?.f;
  if (preceding && /^(,|;|ve|veya|ile|ve\/veya|\/veya)$/.test(preceding)) return false;
  if (!/(e|a|ye|ya|ne|na)$/.test(tokens(before).pop()?.f ?? '')) return false;
  // the subject: the words after the participle, verbatim (no comma, no parenthesis among them)
  const words = [...text.slice(after).matchAll(/\S+/g)];
  for (let j = Math.min(8, words.length - participle - 1); j > 0; j--) {
    const phrase = words.slice(participle + 1, participle + 1 + j);
    if (phrase.some((w) => /[,;:()]/.test(w[0]))) continue;
    const from = d.book.resolve(phrase.map((w) => w[0]).join(' '));
    if (!from) continue;
    const targets = tail.members.filter((t) => t.actor !== from);
    if (!targets.length) return false;
    const last = phrase[phrase.length - 1]!;
    const readFrom = text.slice(start, after + last.index + last[0].length).trim();
    for (const t of targets) addLine(d, p, from, t, 'attached-to', readFrom);
    return true;
  }
  return false;
}

/** The subject and the other actors of a relation, from the words before its cue. */
function lineFrom(d: Drafting, p: Provision, before: string, genitive: boolean, subject?: DraftActor): { from: DraftActor; targets: Member[] } | undefined {
  const holder = subject ?? d.holders.get(p.id);
  const ts = tokens(before);
  const lead = leadingActor(d.book, before);
  let from: DraftActor | undefined;
  let rest = before;
  if (lead) {
    const separatorNext = lead.next === ',' || lead.next === 've' || lead.next === 'veya' || lead.next === 'ile';
    if (lead.actor === holder || !holder || !separatorNext) {
      from = lead.actor;
      rest = ts.slice(lead.words).map((t) => t.raw).join(' ');
    } else return undefined;
  } else from = holder;
  if (!from) return undefined;
  const tail = trailingList(d.book, rest);
  if (!tail) return undefined;
  // "Taşınır Kontrol Yetkilisi ve Müdüre": a member before the list that names no known actor
  const restTokens = tokens(tail.rest);
  const preceding = restTokens[restTokens.length - 1]?.f;
  if (preceding && /^(,|;|ve|veya|ile|ve\/veya|\/veya)$/.test(preceding)) return undefined;
  // with no known actor opening it, a sentence that still names a subject ("Büroda görev yapan
  // personel; …", "Büro personeli Müdüre karşı sorumludur") is not the holder's line
  if (!lead && restTokens.some((t, i) => t.f === ';' || (i < 8 && headKind(t.raw) !== undefined))) return undefined;
  // a relation's other actor stands in the dative ("Müdüre bağlıdır") or, for oversight, the genitive
  const last = tokens(rest).pop()?.f ?? '';
  if (genitive ? !/(nin|nun|in|un)$/.test(last) : !/(e|a|ye|ya|ne|na)$/.test(last)) return undefined;
  const targets = tail.members.filter((m) => m.actor !== from);
  if (!targets.length) return undefined;
  return { from, targets };
}

/** Drafts a line once per from, to, relation and provision. */
function addLine(d: Drafting, p: Provision, from: DraftActor, to: Member, relation: Relation, readFrom: string): void {
  if (!d.once('reporting', from.id, to.actor.id, relation, p.id)) return;
  const verb = relation === 'attached-to' ? 'bagli' : relation === 'accountable-to' ? 'sorumlu' : relation === 'tasked-by' ? 'gorevlendirir' : 'gozetiminde';
  const line: ReportingLineInput = {
    id: d.id(`${from.id} ${to.actor.id} ${verb}`, 10),
    from: from.id,
    to: to.actor.id,
    relation,
    cites: [p.id],
    review: 'pending',
    readFrom: cap(readFrom),
  };
  d.book.cite(from, p.id);
  d.book.cite(to.actor, p.id);
  d.rules.reporting.push(line);
}

/** At most 240 characters of a verbatim span, its end kept (where the relation's words are). */
export function cap(s: string, max = 240): string {
  if (s.length <= max) return s.trim();
  const cut = s.indexOf(' ', s.length - max);
  return s.slice(cut > 0 ? cut + 1 : s.length - max).trim();
}
