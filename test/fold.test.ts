import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collator, fold, getRegulation, reportsTo } from '../src/index.js';
import { below0370, NOT_LETTER_OR_DIGIT_0370, NOT_WORD_0370 } from '../src/fold.js';

describe('fold: one Turkish-aware key for every lookup', () => {
  it.each([
    ['ŞUBE MÜDÜRÜ', 'sube muduru'],
    ['İZMİR', 'izmir'],
    ['IZMIR', 'izmir'],
    ['ızmır', 'izmir'],
    ['Çağrı Merkezi', 'cagri merkezi'],
    ['KARŞIYAKA', 'karsiyaka'],
    ['Öğrenci', 'ogrenci'],
    ['  Müdür’ün  ', 'mudur un'],
    ['Esnaf ve Sanatkâr', 'esnaf ve sanatkar'],
    ['m.14/b', 'm 14 b'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('treats composed and decomposed letters alike (NFC first)', () => {
    expect(fold('Mu\u0308du\u0308r')).toBe(fold('Müdür'));
    expect(fold('I\u0307zmir')).toBe('izmir');
  });

  it('differs from a bare toLowerCase on the Turkish I', () => {
    // 'I'.toLowerCase() is 'i' but in Turkish it is 'ı'; both fold to 'i', and İ never leaves a stray dot
    expect('İ'.toLowerCase()).not.toBe('i');
    expect(fold('İ')).toBe('i');
  });

  it('is what subject lookups use: MUDUR, müdür and Müdür are the same', () => {
    for (const s of ['MUDUR', 'müdür', 'Müdür', 'MÜDÜR', 'mudur']) expect(reportsTo('konak', s).subject.id).toBe('mudur');
    expect(getRegulation('KONAK' as 'Konak').id).toBe('konak-ozel-kalem');
  });

  it('leaves display text alone: names keep their letters', () => {
    expect(reportsTo('konak', 'ozel kalem mudurlugu').subject.name).toBe('Özel Kalem Müdürlüğü');
  });
});

describe('collator: Turkish alphabetical order', () => {
  it('sorts ç after c, ı before i, ş after s, ü after u', () => {
    expect(['şef', 'sivil', 'çağrı', 'cimer', 'iş', 'ılık', 'üst', 'uzman'].sort(collator.compare))
      .toEqual(['cimer', 'çağrı', 'ılık', 'iş', 'sivil', 'şef', 'uzman', 'üst']);
  });
});

describe('fold and the search split: the explicit ranges below U+0370 are the Unicode classes', () => {
  // the reference: what fold and words computed with \p{…} alone, before the fast path
  const reference = (text: string) =>
    text.normalize('NFC').toLocaleLowerCase('tr-TR').normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const below = Array.from({ length: 0x370 }, (_, i) => String.fromCharCode(i));

  it('classifies every code point below U+0370 as \\p{L}, \\p{N} and \\p{M} do', () => {
    const wrong = below.filter((ch) => {
      const letterOrDigit = /[\p{L}\p{N}]/u.test(ch);
      const word = letterOrDigit || /\p{M}/u.test(ch);
      const fastLetterOrDigit = !new RegExp(NOT_LETTER_OR_DIGIT_0370.source).test(ch);
      const fastWord = !NOT_WORD_0370.test(ch);
      return letterOrDigit !== fastLetterOrDigit || word !== fastWord || below0370(ch) !== true;
    });
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
    expect(below0370('\u0370')).toBe(false);
    expect(below0370('ş')).toBe(true);
  });

  it('folds every code point below U+0370, alone and between letters, as the \\p{…} form does', () => {
    for (const ch of below) for (const s of [ch, `a${ch}b`, `Ş${ch}İ ${ch}${ch}ğ`]) expect(fold(s), JSON.stringify(s)).toBe(reference(s));
  });

  it('folds random Turkish-and-Latin text as the \\p{…} form does (text beyond U+0370 takes the \\p{…} path)', () => {
    const alphabet = [...'aAçÇğĞıIiİöÖşŞüÜâÂîÎûÛ ,.;:-_/()[]\'"0123456789\u0307\u0301\u00aa\u00b2\u00bd\u00b5\u02c6\u2019\u0394\u03bc'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (cs) => {
      const s = cs.join('');
      expect(fold(s)).toBe(reference(s));
    }), { numRuns: 2000 });
  });
});
