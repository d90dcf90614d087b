// Errors that travel: JSON with the message, Turkish and English, the parameter at fault.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MevzuatError, builtinRegulations, cite, compare, createMevzuat, define, dutiesOf, findDuties, formatMevzuatError,
  getRegulation, inForce, reportsTo, whoSigns,
} from '../src/index.js';

function caught(fn: () => unknown): MevzuatError {
  try { fn(); } catch (e) { expect(e).toBeInstanceOf(MevzuatError); return e as MevzuatError; }
  throw new Error('expected a MevzuatError');
}

/** One error of every kind the queries throw, and the parameter each INVALID_ARGUMENT names. */
const cases: [string, () => unknown, string | null][] = [
  ['unknown regulation', () => whoSigns('konya', 'valilik'), null],
  ['unknown entity', () => reportsTo('konak', 'Mudr'), null],
  ['ambiguous citation', () => cite('konak', 'm 7 c'), null],
  ['unknown citation', () => cite('konak', 'm.14/z'), null],
  ['a number as regulation', () => getRegulation(42 as never), 'regulation'],
  ['null as subject', () => reportsTo('konak', null as never), 'subject'],
  ['an empty recipient', () => whoSigns('konak', ''), 'recipient'],
  ['an unknown recipient', () => whoSigns('konak', 'valiik'), 'recipient'],
  ['an unknown topic', () => dutiesOf('konak', 'Müdür', { topic: 'fun' as never }), 'topic'],
  ['a misspelt option', () => dutiesOf('konak', 'Müdür', { topik: 'x' } as never), 'options'],
  ['an invalid date', () => inForce('konak', '2026-13-45'), 'date'],
  ['a non-string term', () => define('konak', {} as never), 'term'],
  ['an empty search', () => findDuties('...'), 'query'],
  ['a long ref', () => cite('konak', 'm'.repeat(400)), 'ref'],
  ['compare without a function', () => compare('x' as never), 'fn'],
  ['createMevzuat without a list', () => createMevzuat({} as never), 'options'],
  ['a bad regulation entry', () => createMevzuat({ regulations: [{ id: 'Bad Id', load: () => ({}) } as never] }), null],
];

describe('MevzuatError travels', () => {
  it.each(cases)('%s: JSON.stringify carries code, message, suggestions, input, problems and parameter', (_what, fn, parameter) => {
    const e = caught(fn);
    const json = JSON.parse(JSON.stringify(e));
    expect(Object.keys(json).sort()).toEqual(['code', 'input', 'message', 'parameter', 'problems', 'suggestions']);
    expect(json.message).toBe(e.message);
    expect(json.message.length).toBeGreaterThan(5);
    expect(json.parameter).toBe(parameter);
    expect(e.parameter ?? null).toBe(parameter);
    expect(JSON.stringify(e)).not.toContain('    at '); // never a stack
  });

  it.each(cases)('%s: the message exists in Turkish and in English, and they differ', (_what, fn) => {
    const e = caught(fn);
    expect(e.messages.en).toBe(e.message); // English is the library's default
    expect(e.messages.tr).not.toBe(e.messages.en);
    expect(e.messages.tr).toMatch(/[a-zçğıöşü]/u);
    expect(e.toJSON('tr').message).toBe(e.messages.tr);
    expect(e.inLocale('tr').message).toBe(e.messages.tr);
    expect(e.inLocale('tr').code).toBe(e.code);
  });

  it('INVALID_ARGUMENT names the parameter: a missing recipient is not a bare ""', () => {
    const e = caught(() => whoSigns('konak', ''));
    expect(e.parameter).toBe('recipient');
    expect(e.messages).toEqual({ en: 'recipient is empty', tr: 'alıcı boş' });
    expect(formatMevzuatError(e)).toBe('Geçersiz girdi (alıcı): ""');
    expect(formatMevzuatError(e, { locale: 'en' })).toBe('Invalid argument (recipient): ""');
  });

  it('formatMevzuatError: Turkish by default, English on request', () => {
    const e = caught(() => whoSigns('konya', 'valilik'));
    expect(formatMevzuatError(e)).toBe('Bilinmeyen mevzuat: "konya"\n  Şunu mu demek istediniz: konak-ozel-kalem');
    expect(formatMevzuatError(e, { locale: 'tr' })).toBe(formatMevzuatError(e));
    expect(formatMevzuatError(e, { locale: 'en' })).toBe('Unknown regulation: "konya"\n  Did you mean: konak-ozel-kalem');
    expect(formatMevzuatError(caught(() => cite('konak', 'm 7 c')), { locale: 'en' })).toContain('Candidates: m.7/c, m.7/ç');
  });

  it('createMevzuat({ locale: "tr" }) throws Turkish messages; the default and "en" English', () => {
    const tr = createMevzuat({ regulations: builtinRegulations, locale: 'tr' });
    const en = createMevzuat({ regulations: builtinRegulations, locale: 'en' });
    const plain = createMevzuat({ regulations: builtinRegulations });
    expect(caught(() => tr.whoSigns('konya', 'valilik')).message).toBe('"konya" adında kodlanmış bir mevzuat yok');
    expect(caught(() => tr.reportsTo('konak', 'Mudr')).message).toBe('konak-ozel-kalem içinde "Mudr" adında birim, kadro ya da makam yok');
    expect(caught(() => en.whoSigns('konya', 'valilik')).message).toBe('no encoded regulation is called "konya"');
    expect(caught(() => plain.whoSigns('konya', 'valilik')).locale).toBe('en');
    expect(tr.whoSigns('konak', 'valilik')).toEqual(plain.whoSigns('konak', 'valilik'));
    const e = caught(() => createMevzuat({ regulations: [], locale: 'de' as never }));
    expect([e.code, e.parameter]).toEqual(['INVALID_ARGUMENT', 'locale']);
  });

  it('every MevzuatError the source throws is written in both languages (no plain-string message)', () => {
    const files: string[] = [];
    const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.ts')) files.push(p); } };
    walk('src');
    const plain: string[] = [];
    for (const f of files) {
      const s = readFileSync(f, 'utf8').split('\n').filter((l) => !/^\s*(\*|\/\/)/.test(l)).join('\n'); // code, not comments
      for (const m of s.matchAll(/new MevzuatError\(\s*'[A-Z_]+',\s*([`'"])/g)) plain.push(`${f}: ${m[0]}`);
    }
    expect(files.length).toBeGreaterThan(20);
    expect(plain).toEqual([]);
  });
});
