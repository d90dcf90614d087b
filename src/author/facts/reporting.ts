/**
 * Reporting lines: the Bağlılık article ("Yazı İşleri Müdürlüğü, Belediye Başkanına veya
 * görevlendireceği Başkan Yardımcısına bağlıdır"), and the lines a duty list states of its holder
 * ("… ve Müdüre karşı sorumludur", "Direkt olarak Müdür'e bağlıdır", "… Müdürün gözetim ve
 * denetimi altında …"). The subject is the actor the sentence opens with, or the holder of the
 * duty list the sentence stands in; the other actors are the list before the relation's words.
 */
import type { Relation, ReportingLineInput } from '../../schema/facts.js';
import type { Provision } from '../../schema/text.js';
import type { DraftActor } from './actors.js';
import type { Drafting } from './draft.js';
import { type Member, leadingActor, tokens, trailingList } from './phrases.js';
import { type Span, lite, sentences } from './text.js';

/** The relation cues, on `lite()` text. Each regex is anchored on fixed words (no nested quantifiers). */
const CUES: { re: RegExp; relation: Relation; genitive?: boolean }[] = [
  { re: /\bkarsi (?:gorevli ve )?sorumlu(?:dur|durlar|dir)?\b/g, relation: 'accountable-to' },
  { re: /\bbagli(?:dir|dirlar|dır)\b|\bbagli olarak (?:calisir|calismak|calisirlar|gorev|hizmet|faaliyet|is|yurut|calismalarini)|\bbagli (?:bir birimdir|calisir)\b/g, relation: 'attached-to' },
  { re: /\b(?:gozetim|denetim)(?:i|in)? ve (?:gozetim|denetim)(?:i|in)?(?:nde| altinda)\b/g, relation: 'supervised-by', genitive: true },
];
/** Words that make a sentence say something else than the line (negation, exception, hypothesis). */
const NEGATION = /\b(degil|degildir|olmayan|olmaz|haric|disinda|sayilmaz)\b/;

/** Drafts the reporting lines of every provision. */
export function draftReporting(d: Drafting): void {
  for (const p of d.doc.provisions) {
    if (!p.leaf) continue;
    for (const s of sentences(p.text)) readSentence(d, p, s);
  }
}

function inQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“"«]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  return /[“«]/.test(before) ? open > close : open % 2 === 1;
}

function readSentence(d: Drafting, p: Provision, span: Span): void {
  const text = p.text.slice(span.start, span.end);
  const l = lite(text);
  if (NEGATION.test(l)) return;
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    const m = cue.re.exec(l);
    if (!m) continue;
    if (inQuotes(text, m.index)) { d.todo(p.id, 'Alıntı içindeki bağlılık cümlesi okunmadı'); return; }
    const before = text.slice(0, m.index);
    const line = lineFrom(d, p, before, cue.genitive === true);
    if (!line) { d.todo(p.id, `Bağlılık cümlesi okunamadı: "${text.slice(0, 120)}"`); return; }
    const readFrom = text.slice(0, m.index + m[0].length);
    for (const t of line.targets) addLine(d, p, line.from, t, cue.relation, readFrom);
    return;
  }
}

/** The subject and the other actors of a relation, from the words before its cue. */
function lineFrom(d: Drafting, p: Provision, before: string, genitive: boolean): { from: DraftActor; targets: Member[] } | undefined {
  const holder = d.holders.get(p.id);
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
  const preceding = tokens(tail.rest).pop()?.f;
  if (preceding && /^(,|ve|veya|ile|ve\/veya|\/veya)$/.test(preceding)) return undefined;
  // a relation's other actor stands in the dative ("Müdüre bağlıdır") or, for oversight, the genitive
  const last = tokens(rest).pop()?.f ?? '';
  if (genitive ? !/(nin|nun|in|un)$/.test(last) : !/(e|a|ye|ya|ne|na)$/.test(last)) return undefined;
  const targets = tail.members.filter((m) => m.actor !== from);
  if (!targets.length) return undefined;
  return { from, targets };
}

function addLine(d: Drafting, p: Provision, from: DraftActor, to: Member, relation: Relation, readFrom: string): void {
  if (d.rules.reporting.some((r) => r.from === from.id && r.to === to.actor.id && r.relation === relation && r.cites[0] === p.id)) return;
  const verb = relation === 'attached-to' ? 'bagli' : relation === 'accountable-to' ? 'sorumlu' : 'gozetiminde';
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
