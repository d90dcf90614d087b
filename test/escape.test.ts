// escapeInput, terminalSafe, jsonSafe: what the CLI and the REPL do to untrusted text before it
// reaches a terminal.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ECHO_LIMIT, escapeInput, jsonSafe, terminalSafe } from '../src/internal/escape.js';

/** Anything a terminal acts on: C0 (newline aside, where allowed), DEL, C1, bidi controls, separators, lone surrogates. */
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const rawOrNewline = new RegExp(`${raw.source}|\\n`);

describe('escapeInput', () => {
  it('makes escape sequences, controls and bidi overrides visible', () => {
    expect(escapeInput('\u001b]0;pwned\u0007\u001b[2J')).toBe('\\e]0;pwned\\a\\e[2J');
    expect(escapeInput('evrak\r\b\b\b')).toBe('evrak\\r\\b\\b\\b');
    expect(escapeInput('a\nb\tc\u0000')).toBe('a\\nb\\tc\\u{0}');
    expect(escapeInput('\u202eabc\u202c \u2066x\u2069 \u200f \u061c')).toBe('\\u{202E}abc\\u{202C} \\u{2066}x\\u{2069} \\u{200F} \\u{61C}');
    expect(escapeInput('\u009b31m \u0085 \u007f')).toBe('\\u{9B}31m \\u{85} \\u{7F}');
    expect(escapeInput('a\u2028b\u2029')).toBe('a\\u{2028}b\\u{2029}');
    expect(escapeInput('x\ud800y\udfff')).toBe('x\\u{D800}y\\u{DFFF}');
  });
  it('keeps Turkish letters, NFD forms, emoji and every other printable character', () => {
    const text = 'Özel Kalem Müdürlüğü — İĞÜŞÖÇ ığüşöç «» 😀 e\u0301 ‹›';
    expect(escapeInput(text)).toBe(text);
  });
  it('cuts long input, says how much was left out, and never splits a surrogate pair', () => {
    expect(escapeInput('a'.repeat(200), 10)).toBe('aaaaaaaaaa… (190 karakter daha)');
    expect(escapeInput('a'.repeat(ECHO_LIMIT))).toBe('a'.repeat(ECHO_LIMIT));
    expect(escapeInput('a'.repeat(ECHO_LIMIT + 1))).toBe(`${'a'.repeat(ECHO_LIMIT)}… (1 karakter daha)`);
    expect(escapeInput('abc😀', 3)).toBe('abc… (2 karakter daha)');
    expect(escapeInput('ab😀c', 3)).toBe('ab😀… (1 karakter daha)');
    expect(escapeInput('abc', 0)).toBe('… (3 karakter daha)');
  });
  it('is bounded by the limit, whatever the input (1 MB of escapes gives a short line)', () => {
    const out = escapeInput('\u001b'.repeat(1_000_000));
    expect(out).toBe(`${'\\e'.repeat(ECHO_LIMIT)}… (${1_000_000 - ECHO_LIMIT} karakter daha)`);
  });
  it('property: no raw control character survives, and the output is bounded', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (s, limit) => {
      const out = escapeInput(s, limit);
      expect(out).not.toMatch(rawOrNewline);
      expect(out.length).toBeLessThanOrEqual(limit * 9 + 40);
    }), { seed: 12, numRuns: 500 });
  });
});

describe('terminalSafe', () => {
  it('defuses every escape sequence and control character but keeps newlines', () => {
    expect(terminalSafe('a\u001b[2Jb\nc\r\u0007')).toBe('a\\e[2Jb\nc\\r\\a');
    expect(terminalSafe('\u001b[31mred\u001b[39m')).toBe('\\e[31mred\\e[39m');
    expect(terminalSafe('\u202e\u2067')).toBe('\\u{202E}\\u{2067}');
  });
  it('with sgr, keeps colour sequences and only them', () => {
    expect(terminalSafe('\u001b[1mMüdür\u001b[22m', { sgr: true })).toBe('\u001b[1mMüdür\u001b[22m');
    expect(terminalSafe('\u001b]0;pwned\u0007\u001b[2J\u001b[1;31m', { sgr: true })).toBe('\\e]0;pwned\\a\\e[2J\u001b[1;31m');
  });
  it('leaves text that is already safe exactly as it is (the data is printed as is)', () => {
    const text = 'Madde 14 – (1) Özel Kalem Müdürlüğü…\n  b) Valilik, Kaymakamlık';
    expect(terminalSafe(text)).toBe(text);
  });
  it('property: nothing raw but newlines survives; no cut', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      const out = terminalSafe(s);
      expect(out).not.toMatch(raw);
      expect(out.length).toBeGreaterThanOrEqual(s.length);
    }), { seed: 7, numRuns: 500 });
  });
});

describe('jsonSafe', () => {
  it('writes what a terminal acts on as \\u escapes; the JSON means the same', () => {
    const value = { input: '\u202eabc\u009b2J\u2028', n: [1, 'Müdür'], e: '\u001b' };
    const out = jsonSafe(value, 2);
    expect(out).toContain('"\\u202eabc\\u009b2J\\u2028"');
    expect(out).not.toMatch(raw);
    expect(JSON.parse(out)).toEqual(value);
    expect(jsonSafe(undefined)).toBe('null');
  });
  it('property: parses back to the same value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const out = jsonSafe(v);
      expect(out).not.toMatch(raw);
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
    }), { seed: 3, numRuns: 300 });
  });
});
