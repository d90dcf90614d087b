// The fuzz suite's fixed-seed slice (about 10,000 inputs): `npm run fuzz` runs the long version.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as api from '../src/index.js';
import { calls, propertyOf } from './fuzz/harness.js';

const SEED = 20261123;
const RUNS = Math.ceil(10_000 / calls.length);

// build every index once, so slowness means a slow query, not first use
for (const id of api.regulationIds) api.findDuties('müdür', { regulation: id });

describe.each(calls.map((c) => [c.name, c] as const))('%s under fuzzing', (_name, call) => {
  it(`holds every invariant for ${RUNS} inputs (seed ${SEED})`, () => {
    expect(() => fc.assert(propertyOf(call), { numRuns: RUNS, seed: SEED })).not.toThrow();
  }, 120_000);
});

describe('the same input gives the same answer in every time zone', () => {
  const dates: unknown[] = ['2016-10-09', '2016-10-10', new Date('2016-10-09T21:30:00Z'), new Date('2016-10-09T20:59:59Z'), new Date(Date.UTC(2016, 9, 10)), '2016-10-09T23:30:00-07:00'];
  it('inForce answers alike in UTC, Los Angeles, Istanbul and Tokyo', () => {
    const saved = process.env.TZ;
    const byZone: string[] = [];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Europe/Istanbul', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        byZone.push(JSON.stringify(dates.map((d) => api.inForce('konak', d as Date).status)));
      }
    } finally {
      process.env.TZ = saved;
    }
    expect(new Set(byZone).size).toBe(1);
    // and a Date means its calendar day in Istanbul: 21:30 UTC on 9 October is 10 October there
    expect(JSON.parse(byZone[0]!)).toEqual(['not-yet-in-force', 'in-force', 'in-force', 'not-yet-in-force', 'in-force', 'in-force']);
  });
});
