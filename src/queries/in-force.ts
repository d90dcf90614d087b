import { format } from 'date-fns/format';
import { isBefore } from 'date-fns/isBefore';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { startOfDay } from 'date-fns/startOfDay';
import { regulations, type RegulationRef } from '../data.js';
import type { InForceAnswer } from '../schema/answers.js';
import { citation, citations, indexOf, type Index } from '../internal/registry.js';
import { fail, show } from '../internal/lookup.js';

function toDay(date: unknown): Date {
  if (date === undefined) return startOfDay(new Date());
  if (date instanceof Date) {
    if (isValid(date)) return startOfDay(date);
  } else if (typeof date === 'string' && date.length <= 40) {
    const d = parseISO(date);
    if (isValid(d)) return startOfDay(d);
  }
  return fail('INVALID_ARGUMENT', `date must be a valid Date or ISO date string (YYYY-MM-DD), got ${show(date)}`, date);
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

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
export function inForce(regulation: RegulationRef, date?: Date | string): InForceAnswer {
  const idx = indexOf(regulation);
  const day = toDay(date);
  return answer(idx, day);
}

function answer(idx: Index, day: Date): InForceAnswer {
  const e = idx.reg.entryIntoForce;
  const ids = [...new Set([...e.cites, ...(e.dateSource?.cites ?? [])])];
  const base = { regulation: idx.reg.id, condition: e.condition, caveat: CAVEAT, citations: citations(idx, ids) };
  if (!e.date) {
    if (!e.evidence) return { ...base, status: 'unknown', basis: 'undated' };
    const nb = e.notBefore;
    if (nb && isBefore(day, parseISO(nb.date))) {
      return { ...base, status: 'not-yet-in-force', basis: 'inferred', note: nb.note, citations: citations(idx, [...new Set([...ids, ...nb.cites])]) };
    }
    return { ...base, status: 'in-force', basis: 'evident', note: [e.evidence, nb?.note].filter(Boolean).join(' ') };
  }
  const basis = e.dateSource ? 'inferred' as const : 'stated' as const;
  const note = e.dateSource ? [e.dateSource.note, ...sicNotes(idx, e.dateSource.cites)].join(' ') : undefined;
  const dated = { ...base, basis, ...(note && { note }) };
  const from = parseISO(e.date);
  if (isBefore(day, from)) return { ...dated, status: 'not-yet-in-force', from: e.date };
  // repealed by another encoded regulation that is itself in force on that day
  for (const other of regulations) {
    for (const r of other.repeals) {
      if (r.regulation !== idx.reg.id) continue;
      const by = indexOf(other.id);
      const a = answer(by, day);
      if (a.status === 'in-force' && a.from) {
        return { regulation: idx.reg.id, status: 'repealed', from: a.from, basis: 'repealed', condition: `${other.title} ile yürürlükten kaldırıldı.`, caveat: CAVEAT, citations: citations(by, r.cites) };
      }
    }
  }
  return { ...dated, status: 'in-force', from: iso(from) };
}

/** The [sic] notes on the given provisions, each with its label: the answer carries them. */
function sicNotes(idx: Index, ids: readonly string[]): string[] {
  return (idx.reg.sic ?? []).filter((s) => ids.includes(s.provision))
    .map((s) => `[sic] ${citation(idx, s.provision).label}: "${s.reading}": ${s.note}`);
}
