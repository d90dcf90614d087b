import { describe, expect, it } from 'vitest';
import { regulations, getRegulation, whoSigns, reportsTo, deputyOf, define, cite, dutiesOf } from '../src/index.js';

function everyObject(value: unknown, visit: (o: object) => void, seen = new Set<object>()) {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  visit(value);
  for (const v of Object.values(value)) everyObject(v, visit, seen);
}

describe('exported data is deeply frozen', () => {
  it('freezes every object of every regulation', () => {
    let count = 0;
    everyObject(regulations, (o) => {
      count++;
      expect(Object.isFrozen(o)).toBe(true);
    });
    expect(count).toBeGreaterThan(500);
  });
  it('refuses writes', () => {
    const reg = getRegulation('konak');
    expect(() => { (reg as { title: string }).title = 'x'; }).toThrow(TypeError);
    expect(() => { (reg.duties as unknown[]).push({}); }).toThrow(TypeError);
    const c = cite('konak', 'm.14/b');
    expect(() => { (c as { text: string }).text = 'x'; }).toThrow(TypeError);
    const d = dutiesOf('konak', 'Müdür')[0]!;
    expect(Object.isFrozen(d) && Object.isFrozen(d.citation)).toBe(true);
    const answer = whoSigns('konak', 'valilik');
    expect(() => { (answer.signers as unknown[]).pop(); }).toThrow(TypeError);
    expect(whoSigns('konak', 'valilik').signers).toHaveLength(2);
  });
});

describe('lookups are indexed, not scans', () => {
  it('answers 20 000 lookup-style queries in under half a second', () => {
    // warm the index once
    whoSigns('konak', 'valilik');
    const t0 = performance.now();
    for (let i = 0; i < 4000; i++) {
      whoSigns('konak', 'valilik');
      reportsTo('konak', 'Müdür');
      deputyOf('konak', 'Müdür');
      define('konak', 'Şef');
      cite('konak', 'm.14/b');
    }
    const ms = performance.now() - t0;
    // answers are memoised: about 1 µs a query on this machine; the bound leaves room for a busy core
    expect(ms).toBeLessThan(500);
  });
});
