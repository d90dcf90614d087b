import { format } from 'date-fns/format';
import { isBefore } from 'date-fns/isBefore';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { startOfDay } from 'date-fns/startOfDay';
import { regulations, type RegulationRef } from '../data.js';
import type { InForceAnswer } from '../schema/answers.js';
import { citations, indexOf } from '../internal/registry.js';
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
export function inForce(regulation: RegulationRef, date?: Date | string): InForceAnswer {
  const idx = indexOf(regulation);
  const day = toDay(date);
  const e = idx.reg.entryIntoForce;
  const base = { regulation: idx.reg.id, condition: e.condition, citations: citations(idx, e.cites) };
  if (e.rule === 'on-event' || !e.date) return { ...base, status: 'unknown' };
  const from = parseISO(e.date);
  if (isBefore(day, from)) return { ...base, status: 'not-yet-in-force', from: e.date };
  // repealed by another encoded regulation that is itself in force on that day
  for (const other of regulations) {
    for (const r of other.repeals) {
      if (r.regulation !== idx.reg.id) continue;
      const answer = inForce(other.id, day);
      if (answer.status === 'in-force' && answer.from) {
        const by = indexOf(other.id);
        return { regulation: idx.reg.id, status: 'repealed', from: answer.from, condition: `${other.title} ile yürürlükten kaldırıldı.`, citations: citations(by, r.cites) };
      }
    }
  }
  return { ...base, status: 'in-force', from: iso(from) };
}
