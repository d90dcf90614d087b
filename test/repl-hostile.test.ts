// The REPL against hostile input (issue 12), in process: completion that does bounded work on a
// 40,000-character line, lines that try to drive the terminal (escape sequences, bidi overrides,
// C1 controls, in strings, dot-commands, errors and syntax errors), and no colour for TERM=dumb.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { PassThrough, Writable } from 'node:stream';
import type { REPLServer } from 'node:repl';
import { complete } from '../src/cli/complete.js';
import { CODE_COMPLETE_MAX, replCompleter, startRepl } from '../src/cli/repl.js';
import { rawControl } from './cli-support.js';

/** The first line of a report, its wrapped continuation lines joined back (the indented lines after it are suggestions and hints). */
const head = (text: string) => text.split(/\n(?= )/)[0]!.replace(/\n/g, ' ').trimEnd();

/**
 * Runs `f` with RegExp.prototype.exec counted: the longest string any pattern was matched
 * against, and the total length matched. Every regex use (exec, test, replace, match, split)
 * goes through `exec` once it is replaced, so this bounds the pattern work of `f`.
 */
function regexWork<T>(f: () => T): { value: T; longest: number; total: number } {
  const exec = RegExp.prototype.exec;
  let longest = 0;
  let total = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const n = String(s).length;
    longest = Math.max(longest, n);
    total += n;
    return exec.call(this, s);
  };
  try {
    return { value: f(), longest, total };
  } finally {
    RegExp.prototype.exec = exec;
  }
}

const n = 40_000;
const longLines: [name: string, line: string][] = [
  ['an object key 40,000 characters long', `{ ${'a'.repeat(n)} '`],
  ['20,000 open calls', `${'f('.repeat(n / 2)}'`],
  ['an identifier 40,000 characters long', `${'x'.repeat(n)}('`],
  ['a partial 40,000 characters long', `reportsTo('konak', '${'ü'.repeat(n)}`],
  ['a first argument 40,000 characters long', `whoSigns('${'a'.repeat(n)}', '`],
  ['a dot-command with a long subject', `.bagli konak ${'a'.repeat(n)}`],
  ['a dot-command with a long unterminated quote', `.bagli "${'a'.repeat(n)}`],
  ['white space before a dot-command', `${' '.repeat(n)}.bagli konak M`],
  ['commas and brackets', `f(${'[{,'.repeat(n / 3)}'`],
  ['escaped quotes', `'${"\\'".repeat(n / 2)}`],
  // a pattern with two ways to take a backslash backtracks exponentially on this (2^150 paths)
  ['backslashes in a first argument that is not a literal', `whoSigns('${'\\\\'.repeat(150)}a' + 1, '`],
];

describe('completion does bounded work on a 40,000-character line', () => {
  // regulations load (and their text is rebuilt, by patterns over the data) on first use: do that first, so only work on the line is counted
  beforeAll(() => { for (const r of lib.regulations) expect(r.id).toBeTruthy(); });
  it.each(longLines)('%s: no pattern sees more than a few hundred characters of it', (_name, line) => {
    const { longest, total } = regexWork(() => complete(line));
    expect(longest).toBeLessThanOrEqual(500);
    expect(total).toBeLessThan(50_000); // linear in the data's names, not in the line (a quadratic scan is ~10⁹)
  });
  it('still completes at the end of a long line: the one pass reads the whole line', () => {
    const line = `${'x = 1; '.repeat(n / 7)}reportsTo('konak', 'Web b`;
    const { value, longest } = regexWork(() => complete(line));
    expect(value).toEqual([['Web birimi'], 'Web b']);
    expect(longest).toBeLessThanOrEqual(500);
    expect(complete(`${'(['.repeat(1000)}${')]'.repeat(1000)}dutiesOf('konak', 'Şef', { topic: 'proc`)![0]).toEqual(['procurement']);
  });
  it('a partial longer than any name completes to nothing', () => {
    expect(complete(`reportsTo('konak', '${'a'.repeat(301)}`)![0]).toEqual([]);
    expect(complete(`.bagli konak ${'a'.repeat(301)}`)![0]).toEqual([]);
  });
  it('Object.prototype names are not dot-commands', () => {
    expect(complete('.constructor konak M')).toBeUndefined();
    expect(complete('.__proto__ x')).toBeUndefined();
    expect(complete('.toString x')).toBeUndefined();
  });

  it('node:repl’s own completer gets lines up to CODE_COMPLETE_MAX characters only', async () => {
    const calls: string[] = [];
    const base = function (this: REPLServer, line: string, cb: (e: Error | null, r?: [string[], string]) => void) {
      calls.push(line);
      cb(null, [['whoSigns'], line]);
    };
    const completer = replCompleter(base);
    const ask = (line: string) => new Promise<[string[], string] | undefined>((done) => completer.call({} as REPLServer, line, (_e, r) => done(r)));
    expect(await ask('whoS')).toEqual([['whoSigns'], 'whoS']);
    expect(await ask('a'.repeat(n))).toEqual([[], '']);
    expect(await ask(`${'a.'.repeat(n / 2)}`)).toEqual([[], '']);
    expect(await ask('b'.repeat(CODE_COMPLETE_MAX))).toEqual([['whoSigns'], 'b'.repeat(CODE_COMPLETE_MAX)]);
    expect(calls.map((l) => l.length)).toEqual([4, CODE_COMPLETE_MAX]);
  });
});

/** Waits, a turn of the event loop at a time (at most 10 s), until `ready()` holds. */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !ready(); i++) await new Promise((done) => setTimeout(done, 10));
}

/** A writable that remembers what was written; isTTY set as asked. */
class Sink extends Writable {
  text = '';
  constructor(readonly isTTY: boolean, readonly columns = 80) { super(); }
  override _write(chunk: Buffer, _enc: string, done: () => void) { this.text += chunk.toString(); done(); }
}

/** Feeds `lines` to a REPL reading a pipe (as `… | mevzuat repl`), in process; resolves with what it wrote once input ends. */
function piped(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new Sink(false);
  const server = startRepl({ input, output, env: {} });
  return new Promise((done) => {
    server.on('exit', () => done(output.text));
    input.end(lines.map((l) => `${l}\n`).join(''));
  });
}

// no CR or LF: the REPL reads lines, and a raw CR ends one
const nasty = '\u001b]0;pwned\u0007\u001b[2J\b\u202eknoK\u202c\u2066x\u2069\u009b31m\u0085';
const nastyShown = '\\e]0;pwned\\a\\e[2J\\b\\u{202E}knoK\\u{202C}\\u{2066}x\\u{2069}\\u{9B}31m\\u{85}';
/** `nasty` written as a JavaScript string literal's content (the REPL reads code). */
const nastyCode = JSON.stringify(nasty).slice(1, -1);

describe('hostile lines in the REPL (piped, in process)', () => {
  const steps: [string, string][] = [
    ['dot-search', `.ara ${nasty}`],
    ['dot-entity', `.bagli konak ${nasty}`],
    ['dot-regulation', `.imza ${nasty} valilik`],
    ['search', `findDuties('${nastyCode}')`],
    ['error', `reportsTo('konak', '${nastyCode}')`],
    ['syntax', `${nasty} x`],
    ['thrown', `throw new Error('${nastyCode}')`],
    ['string', `'${nastyCode}'`],
    ['big', `reportsTo('konak', '${'a'.repeat(100_000)}\\u001b[2J')`],
    ['end', "'son'"],
  ];
  let out: Record<string, string>;
  let all: string;
  const started: REPLServer[] = [];
  afterAll(() => { for (const s of started) s.close(); });

  it('runs every line; nothing raw reaches the output', async () => {
    all = await piped(steps.flatMap(([, line], i) => [`'§${i}'`, line]));
    const parts = all.split(/^'§(\d+)'\n/m);
    out = {};
    for (let i = 1; i < parts.length; i += 2) out[steps[Number(parts[i])]![0]] = parts[i + 1]!;
    expect(Object.keys(out)).toEqual(steps.map(([k]) => k));
    expect(all).not.toMatch(rawControl);
    expect(all).not.toContain('a'.repeat(121));
  });
  it('dot-commands and answers quote the user’s text escaped', () => {
    const noSpace = (t: string) => t.replace(/\s+/g, ''); // wrapping may break the escaped text anywhere
    expect(noSpace(out['dot-search']!)).toBe(noSpace(`"${nastyShown}" ile eşleşen görev yok.`));
    expect(noSpace(out.search!)).toBe(noSpace(`"${nastyShown}" ile eşleşen görev yok.`));
    expect(head(out['dot-entity']!)).toBe(`Bilinmeyen birim, kadro ya da makam: "${nastyShown}"`);
    expect(head(out['dot-regulation']!)).toBe(`Bilinmeyen mevzuat: "${nastyShown}"`);
    expect(head(out.error!)).toBe(`Bilinmeyen birim, kadro ya da makam: "${nastyShown}"`);
  });
  it('errors from code, and the line a syntax error quotes, are defused too', () => {
    expect(out.syntax).toContain('\\e]0;pwned\\a\\e[2J');
    expect(out.syntax).toContain('SyntaxError');
    expect(out.thrown).toContain(`Uncaught Error: ${nastyShown}`);
    expect(out.string).toBe(`'\\x1B]0;pwned\\x07\\x1B[2J\\b\\u{202E}knoK\\u{202C}\\u{2066}x\\u{2069}\\x9B31m\\x85'\n`);
  });
  it('a 100 KB argument is echoed capped', () => {
    expect(out.big!.length).toBeLessThan(1000);
    expect(out.end).toBe("'son'\n");
  });

  it('on a terminal with colour, colours stay and an injected escape sequence is defused', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = new Sink(true);
    const server = startRepl({ input, output, env: { MEVZUAT_REPL_HISTORY: '', TERM: 'xterm-256color' } });
    started.push(server);
    input.write(`throw new Error('\\u001b[8mhidden\\u001b]0;pwned\\u0007')\r`);
    input.write(`reportsTo('konak', '\\u001b[8mx')\r`);
    await until(() => output.text.includes('Bilinmeyen birim'));
    expect(output.text).toMatch(/\u001b\[3[0-9]m/); // colour is on
    expect(output.text).not.toContain('\u001b[8m');
    expect(output.text).not.toContain('\u001b]0;');
    expect(output.text).toContain('\\e[8mhidden\\e]0;pwned\\a');
    expect(output.text).toContain('Bilinmeyen birim, kadro ya da makam: "\\e[8mx"');
  });

  it('TERM=dumb: no colour on a terminal (banner, answers, errors)', async () => {
    const colour = /\u001b\[[0-9;]*m/;
    const run = (env: Record<string, string>) => {
      const input = Object.assign(new PassThrough(), { isTTY: true });
      const output = new Sink(true);
      const server = startRepl({ input, output, env: { MEVZUAT_REPL_HISTORY: '', ...env } });
      started.push(server);
      input.write("reportsTo('konak', 'Müdürr')\r");
      return output;
    };
    const dumb = run({ TERM: 'dumb' });
    const xterm = run({ TERM: 'xterm-256color' });
    await until(() => dumb.text.includes('Bilinmeyen birim') && xterm.text.includes('Bilinmeyen birim'));
    expect(xterm.text).toMatch(colour);
    expect(dumb.text).toContain('Bilinmeyen birim, kadro ya da makam: "Müdürr"');
    expect(dumb.text).not.toMatch(colour);
  });
});
