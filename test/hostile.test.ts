// Issue 12, library side: one regression test per defect found by fuzzing.
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import * as api from '../src/index.js';
import { foldCacheStats } from '../src/fold.js';

const codeOf = (f: () => unknown) => { try { f(); return 'no error'; } catch (e) { return api.isMevzuatError(e) ? e.code : `foreign: ${String(e)}`; } };

describe('hostile input, library side', () => {
  it('fold keeps no long strings in its cache and at most 2048 entries, so distinct huge inputs cannot fill memory', () => {
    for (let i = 0; i < 20; i++) expect(api.fold(`${i}${'Ş'.repeat(100_000)}`).length).toBe(String(i).length + 100_000);
    for (let i = 0; i < 5000; i++) api.fold(`müdür ${i}`);
    const stats = foldCacheStats();
    expect(stats.entries).toBeLessThanOrEqual(2048);
    expect(stats.longest).toBeLessThanOrEqual(300);
    expect(api.fold('ŞUBE MÜDÜRÜ')).toBe('sube muduru');
  });

  it('a Date from another realm (the REPL, vm, jsdom) is a date; a fake one is bad input, not a TypeError', () => {
    expect(api.inForce('konak', runInNewContext('new Date("2020-01-01T00:00:00Z")')).status).toBe('in-force');
    expect(codeOf(() => api.inForce('konak', Object.create(Date.prototype)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => api.inForce('konak', new Date(NaN)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => api.inForce('konak', '2023-02-30'))).toBe('INVALID_ARGUMENT');
  });

  it('a Date means its calendar day in Europe/Istanbul, on every machine', () => {
    // 21:30 UTC on 9 October 2016 is 00:30 on 10 October in Istanbul: the day Konak's text takes effect
    expect(api.inForce('konak', new Date('2016-10-09T21:30:00Z')).status).toBe('in-force');
    expect(api.inForce('konak', new Date('2016-10-09T20:59:59Z')).status).toBe('not-yet-in-force');
    expect(api.inForce('konak', '2016-10-10').status).toBe('in-force');
  });

  it('exported lists are frozen copies, and every answer is frozen at the top too', () => {
    expect(Object.isFrozen(api.regulationIds)).toBe(true);
    expect(Object.isFrozen(api.topics)).toBe(true);
    expect(Object.isFrozen(api.regulations)).toBe(true);
    expect(() => { (api.topics as string[]).length = 0; }).toThrow(TypeError);
    expect(api.topics.length).toBeGreaterThan(10);
    for (const answer of [api.dutiesOf('konak', 'Şef'), api.findDuties('evrak'), api.define('konak', 'Şef'), api.inForce('konak', '2020-01-01'), api.compare((id) => id), api.cite('konak', 'm.14/b')]) {
      expect(Object.isFrozen(answer)).toBe(true);
    }
  });

  it("never calls an argument's own toString: a function is described by its type only", () => {
    const hostile = Object.assign(() => 1, { toString: () => ({}) });
    const huge = Object.assign(function secretSource() { return 'x'.repeat(10); }, { toString: () => 'x'.repeat(1_000_000) });
    for (const bad of [hostile, huge]) {
      let error: unknown;
      try { api.whoSigns(bad as never, 'valilik'); } catch (e) { error = e; }
      expect(api.isMevzuatError(error)).toBe(true);
      const e = error as api.MevzuatError;
      expect(e.message.length).toBeLessThan(300);
      expect(e.message).not.toContain('secretSource');
      expect(e.input).toBe('function');
    }
  });

  it('escapes control characters and bidi controls in messages, and caps what is echoed', () => {
    let error: unknown;
    try { api.define('konak', `\u001b]0;pwned\u0007\u001b[2J${'x'.repeat(400)}`); } catch (e) { error = e; }
    const e = error as api.MevzuatError;
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(`${e.message}${e.input}`).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/u);
    try { api.reportsTo('konak', 'Mü\u202Edür'); } catch (x) { error = x; }
    expect((error as api.MevzuatError).input).toBe('Mü\\u{202E}dür');
  });

  it('a topic has the same 300-character limit as every other string, and is rejected at once', () => {
    expect(codeOf(() => api.dutiesOf('konak', 'Şef', { topic: 'x'.repeat(100_000_000) }))).toBe('INVALID_ARGUMENT');
  });

  it('options given as an array or with a misspelt key are refused with the right key suggested', () => {
    expect(codeOf(() => api.dutiesOf('konak', 'Şef', ['budget'] as never))).toBe('INVALID_ARGUMENT');
    let error: unknown;
    try { api.dutiesOf('konak', 'Şef', { topik: 'budget' } as never); } catch (e) { error = e; }
    expect((error as api.MevzuatError).code).toBe('INVALID_ARGUMENT');
    expect((error as api.MevzuatError).suggestions).toContain('topic');
    expect(codeOf(() => api.findDuties('evrak', { regulaton: 'konak' } as never))).toBe('INVALID_ARGUMENT');
  });

  it('topics accept their Turkish names, folded', () => {
    expect(api.dutiesOf('konak', 'Şef', { topic: 'SATIN ALMA' }).map((d) => d.citation.label)).toEqual(api.dutiesOf('konak', 'Şef', { topic: 'procurement' }).map((d) => d.citation.label));
  });

  it('revoked proxies and throwing getters are bad input, not crashes', () => {
    const p = Proxy.revocable({}, {}); p.revoke();
    expect(codeOf(() => api.reportsTo('konak', p.proxy as never))).toBe('INVALID_ARGUMENT');
    expect(api.isMevzuatError(p.proxy)).toBe(false);
    expect(codeOf(() => api.createMevzuat(p.proxy as never))).toBe('INVALID_ARGUMENT');
    const getter = Object.defineProperty({}, 'topic', { get() { throw new Error('boom'); }, enumerable: true });
    expect(codeOf(() => api.dutiesOf('konak', 'Şef', getter))).toBe('INVALID_ARGUMENT');
  });
});
