import type { DeepReadonly } from '../types.js';
import { builtins } from '../builtins.js';
import type { Corpus } from '../corpus.js';
import type { RegulationRef } from '../data.js';
import type { InForceAnswer } from '../schema/answers.js';
import { citations, remember, type Index } from '../internal/registry.js';
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
    fail('INVALID_ARGUMENT', `date must be a valid Date or a calendar day YYYY-MM-DD (years 1000–9999), got ${show(date)}`, date, ['YYYY-MM-DD']);
  }
  return day;
}

/**
 * Whether the regulation is in force on a day. `unknown` where the text makes entry into force
 * depend on an event it does not date (publication, an approval); `repealed` where another
 * encoded regulation repeals it and is itself in force.
 *
 * @param regulation - Id or municipality name.
 * @param date - A `Date` or ISO string; today when omitted.
 * @returns The status, the date it holds from where known, the condition in Turkish, citations.
 * @throws {MevzuatError} `UNKNOWN_REGULATION`, `INVALID_ARGUMENT` for an invalid date.
 * @example
 * inForce('konak', '2026-01-01')
 * //=> { status: 'in-force', from: '2016-10-10', citations: [{ label: 'm.20' }, { label: 'm.3' }], … }
 * inForce('konak', '2016-01-01').status  //=> 'not-yet-in-force'
 */
export function inForce(regulation: RegulationRef, date?: Date | string): DeepReadonly<InForceAnswer> {
  return inForceIn(builtins(), regulation, date);
}

/** {@link inForce} over a given corpus (what `createMevzuat` binds). @internal */
export function inForceIn(corpus: Corpus, regulation: RegulationRef, date?: unknown): InForceAnswer {
  const idx = corpus.index(regulation);
  const day = toDay(date);
  return remember(idx, `inForce:${day}`, () => answer(corpus, idx, day));
}

function answer(corpus: Corpus, idx: Index, day: string): InForceAnswer {
  const e = idx.reg.entryIntoForce;
  const base = { regulation: idx.reg.id, condition: e.condition, citations: citations(idx, e.cites) };
  if (e.rule === 'on-event' || !e.date) return { ...base, status: 'unknown' };
  if (day < e.date) return { ...base, status: 'not-yet-in-force', from: e.date };
  // repealed by another regulation of the same corpus that is itself in force on that day
  for (const other of corpus.repealersOf(idx.reg.id)) {
    const answer = inForceIn(corpus, other, day);
    if (answer.status === 'in-force' && answer.from) {
      const by = corpus.index(other);
      const r = by.reg.repeals.find((x) => x.regulation === idx.reg.id)!;
      return { regulation: idx.reg.id, status: 'repealed', from: answer.from, condition: `${by.reg.title} ile yürürlükten kaldırıldı.`, citations: citations(by, r.cites) };
    }
  }
  return { ...base, status: 'in-force', from: e.date };
}
