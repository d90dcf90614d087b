import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { InForceAnswer } from '../schema/answers.js';
import { citation, citations, remember, reviewOf, type Index } from '../internal/registry.js';
import { fail, show } from '../internal/lookup.js';

let istanbul: Intl.DateTimeFormat | undefined;

/** A calendar day as `YYYY-MM-DD`, or undefined when the parts do not make a real day of years 1000–9999. */
function isoDay(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar day in Europe/Istanbul of an instant (ms since the epoch). */
function istanbulDay(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  istanbul ??= new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Istanbul', year: 'numeric', month: 'numeric', day: 'numeric', era: 'short' });
  const parts = Object.fromEntries(istanbul.formatToParts(ms).map((p) => [p.type, p.value]));
  if (parts.era !== 'AD') return undefined;
  return isoDay(Number(parts.year), Number(parts.month), Number(parts.day));
}

/**
 * The day a date argument means, as `YYYY-MM-DD`. A `YYYY-MM-DD` string is that calendar day; a
 * `Date` (from any realm: the REPL, `vm`, jsdom) or an ISO date-time string is an instant, read as
 * its calendar day in Europe/Istanbul, where the regulations apply, so the answer is the same on
 * every machine whatever its time zone.
 */
export function toDay(date: unknown): string {
  let day: string | undefined;
  if (date === undefined) day = istanbulDay(Date.now());
  else if (typeof date === 'string') {
    const m = date.length <= 40 ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
    if (m) day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (date.length <= 40 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(date)) day = istanbulDay(Date.parse(date));
  } else if (date !== null && typeof date === 'object') {
    let ms: number | undefined;
    try { ms = Date.prototype.getTime.call(date); } catch { ms = undefined; }
    if (ms !== undefined) day = istanbulDay(ms);
  }
  if (day === undefined) {
    fail('INVALID_ARGUMENT', { en: `date must be a valid Date or a calendar day YYYY-MM-DD (years 1000–9999), got ${show(date)}`, tr: `tarih geçerli bir Date ya da YYYY-AA-GG biçiminde bir gün olmalı (1000–9999 yılları), verilen: ${show(date)}` }, date, ['YYYY-MM-DD'], 'date');
  }
  return day;
}

/** Said in every answer: the package cannot see a text outside it. */
const CAVEAT = 'Bu pakette bulunmayan bir metinle yürürlükten kaldırılmış ya da değiştirilmiş olması bu yanıtta görülemez.';

/**
 * Whether the regulation is in force on a day, by one standard for every regulation:
 * - the yürürlük article dates it: `in-force` from that date (`basis: 'stated'`);
 * - it names an event that another provision dates (Konak m.20, the Meclis decision date in m.3):
 *   `in-force` from that date, `basis: 'inferred'`, with `note` saying where the date comes from
 *   and carrying that provision's [sic] notes;
 * - it names an event the text shows happened but does not date (İzmir m.13, the e-signed OLUR):
 *   `in-force`, `from` unknown, `basis: 'evident'`; before the earliest day the text allows
 *   (`notBefore`, the adoption of its own dayanak) `not-yet-in-force`;
 * - it names an event the text neither dates nor shows (Kocaeli m.14, Karşıyaka m.13): `unknown`;
 * - another encoded regulation repeals it: `repealed`.
 * Every answer's `caveat` says that a repeal by a text outside this package cannot be seen.
 *
 * @param regulation - Id or municipality name.
 * @param date - A `Date` or ISO string; today when omitted.
 * @returns The status, the date it holds from where known (`YYYY-MM-DD`), the basis, the condition in Turkish, citations.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `INVALID_ARGUMENT` for an invalid date.
 * @example
 * inForce('konak', '2026-01-01')
 * //=> { status: 'in-force', from: '2016-10-10', basis: 'inferred', citations: [{ label: 'm.20' }, { label: 'm.3' }], … }
 * inForce('konak', '2016-01-01').status  //=> 'not-yet-in-force'
 */
export function inForce(regulation: RegulationRef, date?: Date | string): DeepReadonly<InForceAnswer> {
  return inForceIn(builtins(), regulation, date);
}

/** {@link inForce} over a given corpus (what `createMevzuat` binds). @internal */
export function inForceIn(corpus: Corpus, regulation: RegulationRef, date?: unknown): InForceAnswer {
  const idx = corpus.index(regulation);
  const day = toDay(date);
  return remember(idx, `inForce:${day}`, () => {
    const a = answer(corpus, idx, day);
    return { ...a, ...review(corpus, idx, a) };
  });
}

/** The answer rests on the yürürlük fact, or, when repealed, on the repealing regulation's repeal and its own yürürlük. */
function review(corpus: Corpus, idx: Index, a: InForceAnswer): { readonly review?: 'pending' } {
  if (a.status !== 'repealed') return reviewOf(idx, [idx.reg.entryIntoForce]);
  for (const other of corpus.repealersOf(idx.reg.id)) {
    const by = corpus.index(other);
    const pending = reviewOf(by, [by.reg.repeals.find((x) => x.regulation === idx.reg.id), by.reg.entryIntoForce]);
    if (pending.review) return pending;
  }
  return {};
}

function answer(corpus: Corpus, idx: Index, day: string): InForceAnswer {
  const e = idx.reg.entryIntoForce;
  const ids = [...new Set([...e.cites, ...(e.dateSource?.cites ?? [])])];
  const base = { regulation: idx.reg.id, condition: e.condition, caveat: CAVEAT, citations: citations(idx, ids) };
  if (!e.date) {
    if (!e.evidence) return { ...base, status: 'unknown', basis: 'undated' };
    const nb = e.notBefore;
    if (nb && day < nb.date) {
      return { ...base, status: 'not-yet-in-force', basis: 'inferred', note: nb.note, citations: citations(idx, [...new Set([...ids, ...nb.cites])]) };
    }
    // before the package can show the approval existed, whether it had been given is not known
    if (e.evidentFrom && day < e.evidentFrom.date) {
      return { ...base, status: 'unknown', basis: 'undated', note: [e.evidentFrom.note, nb?.note].filter(Boolean).join(' '), citations: citations(idx, [...new Set([...ids, ...(nb?.cites ?? [])])]) };
    }
    return { ...base, status: 'in-force', basis: 'evident', note: [e.evidence, e.evidentFrom?.note, nb?.note].filter(Boolean).join(' ') };
  }
  const basis = e.dateSource ? 'inferred' as const : 'stated' as const;
  const note = e.dateSource ? [e.dateSource.note, ...sicNotes(idx, e.dateSource.cites)].join(' ') : undefined;
  const dated = { ...base, basis, ...(note && { note }) };
  if (day < e.date) return { ...dated, status: 'not-yet-in-force', from: e.date };
  // repealed by another regulation of the same corpus that is itself in force on that day
  for (const other of corpus.repealersOf(idx.reg.id)) {
    const by = corpus.index(other);
    const a = inForceIn(corpus, other, day);
    const r = by.reg.repeals.find((x) => x.regulation === idx.reg.id);
    if (r && a.status === 'in-force' && a.from) {
      return { regulation: idx.reg.id, status: 'repealed', from: a.from, basis: 'repealed', condition: `${by.reg.title} ile yürürlükten kaldırıldı.`, caveat: CAVEAT, citations: citations(by, r.cites) };
    }
  }
  return { ...dated, status: 'in-force', from: e.date };
}

/**
 * The [sic] notes on the given provisions as sentences: the provision, the words as printed, then
 * the note, which says the words were kept: "[sic]" appears once, where the note puts it (or at its end).
 */
function sicNotes(idx: Index, ids: readonly string[]): string[] {
  return (idx.reg.sic ?? []).filter((s) => ids.includes(s.provision))
    .map((s) => `${citation(idx, s.provision).label} metnindeki "${s.reading}" ibaresi: ${s.note.includes('[sic]') ? s.note : `${s.note} [sic]`}`);
}
