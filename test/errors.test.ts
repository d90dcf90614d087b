import { describe, expect, it } from 'vitest';
import {
  MevzuatError, cite, define, dutiesOf, findDuties, formatMevzuatError, getRegulation, inForce,
  isMevzuatError, reportsTo, whoSigns, compare,
} from '../src/index.js';

function caught(fn: () => unknown): MevzuatError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MevzuatError);
    return e as MevzuatError;
  }
  throw new Error('expected a MevzuatError');
}

describe('MevzuatError: every code, with suggestions', () => {
  it('UNKNOWN_REGULATION suggests the nearest regulation', () => {
    const e = caught(() => whoSigns('konya' as 'konak', 'valilik'));
    expect(e.code).toBe('UNKNOWN_REGULATION');
    expect(e.suggestions[0]).toBe('konak-ozel-kalem');
    expect(e.input).toBe('konya');
    expect(formatMevzuatError(e)).toBe('Bilinmeyen mevzuat: "konya"\n  Şunu mu demek istediniz: konak-ozel-kalem');
  });

  it('UNKNOWN_ENTITY suggests "Müdür" for "Mudr"', () => {
    const e = caught(() => reportsTo('konak', 'Mudr'));
    expect(e.code).toBe('UNKNOWN_ENTITY');
    expect(e.suggestions[0]).toBe('Müdür');
    expect(e.message).toContain('Mudr');
  });

  it('AMBIGUOUS lists every candidate: m 7 c could be m.7/c or m.7/ç', () => {
    const e = caught(() => cite('konak', 'm 7 c'));
    expect(e.code).toBe('AMBIGUOUS');
    expect(e.suggestions).toEqual(['m.7/c', 'm.7/ç']);
    expect(formatMevzuatError(e)).toContain('Adaylar: m.7/c, m.7/ç');
  });

  it('UNKNOWN_CITATION suggests labels of the same article', () => {
    const e = caught(() => cite('konak', 'm.14/z'));
    expect(e.code).toBe('UNKNOWN_CITATION');
    expect(e.suggestions).toEqual(expect.arrayContaining(['m.14/a', 'm.14/b']));
  });

  it.each([
    ['a number as regulation', () => getRegulation(42 as never)],
    ['null as subject', () => reportsTo('konak', null as never)],
    ['an empty subject', () => reportsTo('konak', '  ' as never)],
    ['an unknown recipient', () => whoSigns('konak', 'postane' as never)],
    ['an unknown topic', () => dutiesOf('konak', 'Müdür', { topic: 'fun' as never })],
    ['an invalid date', () => inForce('konak', '2026-13-45')],
    ['a Date that is not a date', () => inForce('konak', new Date('nope'))],
    ['a non-string term', () => define('konak', {} as never)],
    ['an empty search', () => findDuties('...')],
    ['a compare without a function', () => compare('x' as never)],
  ])('INVALID_ARGUMENT for %s', (_what, fn) => {
    const e = caught(fn);
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(isMevzuatError(e)).toBe(true);
  });

  it('suggests the valid recipients for an unknown one', () => {
    expect(caught(() => whoSigns('konak', 'valilk' as never)).suggestions[0]).toBe('valilik');
  });

  it('a silent regulation is an answer, not an error', () => {
    expect(() => reportsTo('konak', 'Web birimi')).not.toThrow();
    expect(define('konak', 'Genel Sekreter')).toBeUndefined();
  });
});
