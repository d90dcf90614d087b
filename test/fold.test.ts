import { describe, expect, it } from 'vitest';
import { collator, fold, getRegulation, reportsTo } from '../src/index.js';

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
