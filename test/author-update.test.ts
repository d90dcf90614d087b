// Issue 17.3, the pure part of `mevzuat new --update`: provision references carried from the tree
// facts were written against to the repaired one, and what a person wrote told from what was drafted.
import { describe, expect, it } from 'vitest';
import { compileText } from '../src/compile/text.js';
import { isHuman, keptFacts, provisionMap } from '../src/author/update.js';
import type { TextNodeInput } from '../src/schema/text.js';

const art = (n: number, paras: string[]): TextNodeInput => ({ kind: 'article', num: `MADDE ${n} –`, children: paras.map((text) => ({ kind: 'paragraph', text })) });
const before = compileText([art(1, ['Müdür gelen evrakı kaydeder.', 'Arşiv dosyalarını Müdür düzenler.', 'Yazışmaları Müdür yürütür.'])]);

describe('provisionMap', () => {
  it('keeps an id that reads the same, follows a provision by its text, and one merged into another', () => {
    const after = compileText([art(1, ['Müdür gelen evrakı kaydeder. Arşiv dosyalarını Müdür düzenler.', 'Yazışmaları Müdür yürütür.'])]);
    const to = provisionMap(before, after);
    expect(['art_1', 'art_1__para_1', 'art_1__para_2', 'art_1__para_3'].map(to)).toEqual(['art_1', 'art_1__para_1', 'art_1__para_1', 'art_1__para_2']);
  });
  it('a provision gone whose id now names another is reported as taken, never silently kept', () => {
    const after = compileText([art(1, ['Müdür gelen evrakı kaydeder.', 'Başka bir cümle.'])]);
    const to = provisionMap(before, after);
    expect(to('art_1__para_2')).toBeUndefined();
    const ids = new Set(after.provisions.map((p) => p.id));
    const { keep, moved } = keptFacts({ 'duties.yaml': { duties: [{ id: 'arsiv', holder: 'mudur', cites: ['art_1__para_2'], topics: ['documents'] }] } }, to, (x) => ids.has(x));
    expect(moved).toEqual([{ file: 'duties.yaml', from: 'art_1__para_2', taken: true }]);
    expect(keep.duties).toHaveLength(1);
  });
});

it('isHuman: pending and placeholder material is the machine\'s; everything else the person\'s', () => {
  expect(isHuman({ id: 'x', review: 'pending' })).toBe(false);
  expect(isHuman({ id: 'x', name: 'YAZILACAK' })).toBe(false);
  expect(isHuman({ id: 'x', review: 'done' })).toBe(true);
  expect(isHuman({ id: 'x', cites: ['art_1'] })).toBe(true);
});
