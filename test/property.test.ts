// Throw anything at every query: the only outcomes are an answer or a MevzuatError, each fast.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as api from '../src/index.js';

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 500, maxLength: 5000 }),
  fc.constantFrom('konak', 'Konak', 'KARŞIYAKA', 'Müdür', 'MUDUR', 'Şef', 'valilik', 'm.14/b', 'm.7/ç', 'art_9__point_t', 'İ̇', '\u0000', '💥', 'constructor', '__proto__', 'toString', 'hasOwnProperty'),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.bigInt(), fc.date({ noInvalidDate: false }),
  fc.object(), fc.array(fc.anything(), { maxLength: 3 }),
  fc.constant({ id: 'mudur' }), fc.constant({ topic: 'budget' }), fc.constant({ regulation: 'konak' }),
  fc.constant(Symbol('x')), fc.constant(() => 1),
);
const regulationLike = fc.oneof(anyValue, fc.constantFrom(...api.regulationIds, 'Konak', 'konak'));

const queries: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ['getRegulation', (a) => api.getRegulation(a as never)],
  ['whoSigns', (a, b) => api.whoSigns(a as never, b as never)],
  ['reportsTo', (a, b) => api.reportsTo(a as never, b as never)],
  ['chainOfCommand', (a, b) => api.chainOfCommand(a as never, b as never)],
  ['deputyOf', (a, b) => api.deputyOf(a as never, b as never)],
  ['dutiesOf', (a, b, c) => api.dutiesOf(a as never, b as never, c as never)],
  ['findDuties', (a, b) => api.findDuties(a as never, b as never)],
  ['whoRoutesIncoming', (a) => api.whoRoutesIncoming(a as never)],
  ['define', (a, b) => api.define(a as never, b as never)],
  ['inForce', (a, b) => api.inForce(a as never, b as never)],
  ['cite', (a, b) => api.cite(a as never, b as never)],
  ['compare', (a) => api.compare(a as never)],
];

// build every index once, so the timing below measures queries, not first use
for (const id of api.regulationIds) api.findDuties('müdür', { regulation: id });

describe.each(queries)('%s', (_name, query) => {
  it('answers or throws MevzuatError, never anything else, each call fast', () => {
    fc.assert(
      fc.property(regulationLike, anyValue, anyValue, (a, b, c) => {
        const t0 = performance.now();
        try {
          query(a, b, c);
        } catch (e) {
          if (!(e instanceof api.MevzuatError)) throw new Error(`escaped: ${String(e)}`);
          expect(e.suggestions).toBeInstanceOf(Array);
          expect(typeof e.message).toBe('string');
        }
        // generous for a loaded 2-core CI machine; calls take microseconds
        expect(performance.now() - t0).toBeLessThan(100);
      }),
      { numRuns: 300 },
    );
  });
});
