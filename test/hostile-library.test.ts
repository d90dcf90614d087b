// Issue 22, library side (points 8 and 9): wrong types are MevzuatError INVALID_ARGUMENT, never a
// TypeError; formatMevzuatError describes anything; createMevzuat does not freeze what it is
// given; a lazy load that throws is not retried and its error comes again.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { loadRegulationDir } from '../src/node.js';
import { FIXTURE } from './fuzz/folders.js';

const codeOf = (f: () => unknown) => { try { f(); return 'no error'; } catch (e) { return api.isMevzuatError(e) ? e.code : `foreign: ${String(e)}`; } };
const revoked = () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; };
const throwing = new Proxy([], {
  get() { throw new Error('get'); }, has() { throw new Error('has'); }, ownKeys() { throw new Error('ownKeys'); }, getOwnPropertyDescriptor() { throw new Error('gopd'); },
});

describe('wrong types are INVALID_ARGUMENT', () => {
  it.each([
    ['fold(null)', () => api.fold(null as never)],
    ['fold(42)', () => api.fold(42 as never)],
    ['fold(undefined)', () => api.fold(undefined as never)],
    ['escapeInput(42)', () => api.escapeInput(42 as never)],
    ['escapeInput(null)', () => api.escapeInput(null as never)],
    ["escapeInput('x', 'a')", () => api.escapeInput('x', 'a' as never)],
    ["escapeInput('x', -1)", () => api.escapeInput('x', -1)],
    ['findDuties with a revoked proxy as options', () => api.findDuties('evrak', revoked() as never)],
    ['dutiesOf with a revoked proxy as options', () => api.dutiesOf('konak', 'Şef', revoked() as never)],
    ['createMevzuat with a throwing proxy as regulations', () => api.createMevzuat({ regulations: throwing })],
    ['createMevzuat with a revoked proxy as regulations', () => api.createMevzuat({ regulations: revoked() as never })],
  ])('%s', (_name, f) => {
    expect(codeOf(f)).toBe('INVALID_ARGUMENT');
  });

  it('the right types still work', () => {
    expect(api.fold('ŞUBE MÜDÜRÜ')).toBe('sube muduru');
    expect(api.escapeInput('\u001b[2J', Infinity)).toBe('\\e[2J');
    expect(api.findDuties('evrak', { regulation: 'konak' }).length).toBeGreaterThan(0);
  });
});

describe('formatMevzuatError describes anything, in Turkish', () => {
  it.each([
    ['{}', {}, 'Beklenmeyen hata (belediye-mevzuat hatası değil): object'],
    ['null', null, 'Beklenmeyen hata (belediye-mevzuat hatası değil): null'],
    ["new Error('x')", new Error('x'), 'Beklenmeyen hata (belediye-mevzuat hatası değil): x'],
    ['an Error with escape sequences', new Error('\u001b]0;pwned\u0007'), 'Beklenmeyen hata (belediye-mevzuat hatası değil): \\e]0;pwned\\a'],
    ['a revoked proxy', revoked(), 'Beklenmeyen hata (belediye-mevzuat hatası değil): object'],
    ['a number', 42, 'Beklenmeyen hata (belediye-mevzuat hatası değil): number'],
  ])('%s', (_name, value, text) => {
    expect(api.formatMevzuatError(value as never)).toBe(text);
  });

  it('a MevzuatError made by hand with raw controls is escaped; one shaped like it (another bundle) is formatted', () => {
    const e = new api.MevzuatError('UNKNOWN_ENTITY', 'x', { input: '\u202eabc', suggestions: ['\u001b[2Jm'], problems: [{ file: 'a\u001b.yaml', message: 'm\u0007', value: 'v\u202e' }] });
    const text = api.formatMevzuatError(e);
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(text).toContain('Bilinmeyen birim, kadro ya da makam: "\\u{202E}abc"');
    expect(api.formatMevzuatError({ code: 'UNKNOWN_REGULATION', input: 'konya', suggestions: ['konak-ozel-kalem'] } as never)).toBe('Bilinmeyen mevzuat: "konya"\n  Şunu mu demek istediniz: konak-ozel-kalem');
  });
});

describe('createMevzuat and what it is given', () => {
  it("does not freeze the caller's own compiled object: a copy is frozen, answers do not follow later edits", () => {
    const own = JSON.parse(JSON.stringify(loadRegulationDir(FIXTURE))) as api.Regulation;
    const m = api.createMevzuat({ regulations: [own] });
    expect(m.whoSigns('ornekkoy', 'valilik').status).toBe('explicit');
    expect(Object.isFrozen(own)).toBe(false);
    expect(Object.isFrozen(own.units)).toBe(false);
    expect(Object.isFrozen(m.getRegulation('ornekkoy'))).toBe(true);
    const name = m.getRegulation('ornekkoy').units[0]!.name;
    (own.units[0] as { name: string }).name = 'Değiştirildi';
    expect(m.getRegulation('ornekkoy').units[0]!.name).toBe(name);
  });

  it('a deeply frozen regulation (what loadRegulationDir returns) is used as it is, not copied', () => {
    const frozen = loadRegulationDir(FIXTURE);
    expect(api.createMevzuat({ regulations: [frozen] }).getRegulation('ornekkoy')).toBe(frozen);
  });

  it('a lazy load that throws is called once; the same error comes on every later query', () => {
    let calls = 0;
    const m = api.createMevzuat({ regulations: [{ id: 'bozuk', aliases: ['Bozuk'], load: () => { calls++; throw new Error('disk gone'); } }] });
    const errors: unknown[] = [];
    for (const q of [() => m.getRegulation('bozuk'), () => m.whoSigns('bozuk', 'valilik'), () => m.cite('bozuk', 'm.1')]) {
      try { q(); } catch (e) { errors.push(e); }
    }
    expect(calls).toBe(1);
    expect(errors).toHaveLength(3);
    expect(new Set(errors).size).toBe(1);
    expect(api.isMevzuatError(errors[0]) && errors[0].code).toBe('INVALID_REGULATION');
  });

  it('a lazy load returning something malformed is not retried either', () => {
    let calls = 0;
    const m = api.createMevzuat({ regulations: [{ id: 'yarim', load: () => { calls++; return { id: 'yarim' } as never; } }] });
    expect(codeOf(() => m.getRegulation('yarim'))).toBe('INVALID_REGULATION');
    expect(codeOf(() => m.getRegulation('yarim'))).toBe('INVALID_REGULATION');
    expect(calls).toBe(1);
  });
});
