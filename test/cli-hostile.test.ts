// Hostile input against the BUILT `mevzuat` command (issue 12): every command with escape
// sequences, control characters, bidi overrides, 100 KB strings, Object.prototype names as
// options and as arguments, bad dates, --json, and closed pipes on stdout and stderr. Whatever
// it is given, the CLI exits 0 (an answer) or 2 (bad input), never 1 ("a bug"), never hangs,
// and no control character but the newline reaches stdout or stderr; what it echoes is escaped
// and capped. Subprocesses run together in beforeAll; the full cross product (every template
// with every hostile string) runs in process, through the same code the build bundles.
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { wantsJson } from '../src/cli/args.js';
import { assertBuilt, mevzuatAll, mevzuatClosed, rawControl, type Result } from './cli-support.js';

/** The first line of a report, its wrapped continuation lines joined back (the indented lines after it are suggestions and hints). */
const head = (text: string) => text.split(/\n(?= )/)[0]!.replace(/\n/g, ' ').trimEnd();

/** Escape sequences (set the window title, clear the screen), CR and backspaces, bidi overrides, C1, DEL. */
const nasty = '\u001b]0;pwned\u0007\u001b[2J\r\b\b\b\u202eknoK\u202c\u2066x\u2069\u009b31m\u0085\u007f';
/** How `nasty` must look when echoed: every control visible. */
const nastyShown = '\\e]0;pwned\\a\\e[2J\\r\\b\\b\\b\\u{202E}knoK\\u{202C}\\u{2066}x\\u{2069}\\u{9B}31m\\u{85}\\u{7F}';
/** 100 KB, with an escape sequence at the end (past any cap). */
const big = `${'a'.repeat(100_000)}\u001b[2J`;
/** A run of `big` longer than anything the CLI may echo (120 characters). */
const bigRun = 'a'.repeat(121);
const badDays = ['2020-02-30', '2021-02-29', '10.10.2016', 'Invalid Date', '2016-10-10T99:00', '+275760-09-13', '2016'];
const protoNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

/** Every command with `X` standing for the hostile text, in each place a user can type. */
const templates: string[][] = [
  ['overview', 'X'], ['list', 'X'],
  ['who-signs', 'X', '--to', 'valilik'], ['who-signs', 'konak', '--to', 'X'], ['who-signs', 'konak', 'X'],
  ['reports-to', 'X', 'Müdür'], ['reports-to', 'konak', 'X'],
  ['chain', 'X', 'Şef'], ['chain', 'konak', 'X'],
  ['deputy', 'X', 'Müdür'], ['deputy', 'konak', 'X'],
  ['duties', 'X', 'Şef'], ['duties', 'konak', 'X'], ['duties', 'konak', 'Şef', '--topic', 'X'],
  ['search', 'X'], ['search', 'evrak', 'X'], ['search', 'evrak', '--reg', 'X'], ['search', 'evrak', '--topic', 'X'],
  ['routing', 'X'], ['routing', 'konak', 'X'],
  ['define', 'X', 'Müdürlük'], ['define', 'konak', 'X'],
  ['in-force', 'X'], ['in-force', 'konak', '--on', 'X'],
  ['cite', 'X', 'm.14/b'], ['cite', 'konak', 'X'],
  ['compare', 'X'], ['compare', 'reports-to', 'X'], ['compare', 'who-signs', '--to', 'X'], ['compare', 'routing', 'X'],
  ['help', 'X'], ['X'], ['repl', 'X'],
];
const fill = (t: string[], x: string) => t.map((a) => (a === 'X' ? x : a));
/** Each command with an option named after an Object.prototype member (the names taking turns). */
const commandNames = ['overview', 'list', 'who-signs', 'reports-to', 'chain', 'deputy', 'duties', 'search', 'routing', 'define', 'in-force', 'cite', 'hakkinda', 'compare', 'help', 'repl'];
const protoOptions = commandNames.map((c, i) => [c, `--${protoNames[i % protoNames.length]}`]);

/** The checks every run passes, hostile or not. */
function wellBehaved(args: string[], out: Result): void {
  const what = args.map((a) => (a.length > 40 ? `${a.slice(0, 20)}…(${a.length})` : JSON.stringify(a))).join(' ');
  expect([0, 2], `${what}: exit code ${out.code}\n${out.stderr.slice(0, 400)}`).toContain(out.code);
  expect(out.stdout, what).not.toMatch(rawControl);
  expect(out.stderr, what).not.toMatch(rawControl);
  expect(out.stderr, what).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(out.stdout + out.stderr, what).not.toContain(bigRun);
  if (out.code === 2) expect(out.stdout, what).toBe('');
  if (wantsJson(args)) {
    if (out.code === 0) expect(() => JSON.parse(out.stdout), what).not.toThrow();
    else expect(jsonError(out), what).toBeDefined();
  }
}

type JsonError = { code: string; message: string; suggestions: string[]; input: string | null };
/** The `{ error }` object of a --json failure, checked for shape. */
function jsonError(out: Result): JsonError {
  const parsed = JSON.parse(out.stderr) as { error: JsonError };
  expect(Object.keys(parsed)).toEqual(['error']);
  const e = parsed.error;
  expect(Object.keys(e)).toEqual(['code', 'message', 'suggestions', 'input']);
  expect(e.code).toMatch(/^[A-Z_]+$/);
  expect(typeof e.message).toBe('string');
  expect(e.message.length).toBeGreaterThan(5);
  expect(Array.isArray(e.suggestions)).toBe(true);
  expect(e.input === null || typeof e.input === 'string').toBe(true);
  for (const text of [e.message, e.input ?? '', ...e.suggestions]) {
    expect(text).not.toMatch(rawControl);
    expect(text).not.toContain(bigRun);
  }
  return e;
}

/** Runs the CLI in this process; stdout a pipe (no TTY), so no colour. */
async function inProcess(argv: string[], env: Record<string, string | undefined> = {}, isTTY = false): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (t: string) => { stdout += t; }, isTTY }, stderr: { write: (t: string) => { stderr += t; } }, env });
  return { code: code ?? -1, stdout, stderr };
}

// Through the built CLI (each a process, so a selection; the cross product runs in process below):
// every template with the escape-sequence text; a 100 KB argument, --json, prototype names and bad
// dates in a place of each kind (command, regulation, subject, option value, option name).
const someTemplates = [['X'], ['list', 'X'], ['reports-to', 'X', 'Müdür'], ['reports-to', 'konak', 'X'], ['search', 'X'], ['define', 'konak', 'X'], ['duties', 'konak', 'Şef', '--topic', 'X']];
const subprocess: string[][] = [
  ...templates.map((t) => fill(t, nasty)),
  ...someTemplates.map((t) => fill(t, big)),
  ...someTemplates.map((t) => [...fill(t, nasty), '--json']),
  ...protoOptions.filter((_, i) => i % 3 === 0),
  ['constructor'], ['help', '__proto__'], ['reports-to', 'konak', 'toString'], ['define', 'konak', 'hasOwnProperty'], ['duties', 'konak', 'Şef', '--topic', 'valueOf'],
  ...badDays.map((day) => ['in-force', 'konak', '--on', day]), ['in-force', 'konak', '--on', '2020-13-45', '--json'],
  ['list', `--${'x'.repeat(100_000)}`], ['list', `--${nasty}`],
];

let results: Map<string, Result>;
const r = (...args: string[]) => {
  const out = results.get(JSON.stringify(args));
  if (!out) throw new Error(`not run: ${args.join(' ').slice(0, 80)}`);
  return out;
};

beforeAll(async () => {
  assertBuilt();
  results = await mevzuatAll(subprocess);
}, 120_000);

describe('the built CLI with hostile arguments', () => {
  it('every command, every place: exit 0 or 2, nothing raw on the terminal, no stack, no 100 KB echo', () => {
    expect(results.size).toBe(subprocess.length);
    for (const args of subprocess) wellBehaved(args, r(...args));
  });

  it('echoes hostile text escaped: an undefined term, the search header, unknown commands, errors', () => {
    const define = r('define', 'konak', nasty);
    expect(define.code).toBe(0);
    expect(define.stdout.replace(/\s*\n\s*/g, ' ').startsWith(`"${nastyShown}" konak-ozel-kalem içinde tanımlı değil`)).toBe(true);
    const search = r('search', nasty);
    expect(search.code).toBe(0);
    expect(search.stdout.replace(/\s*\n\s*/g, ' ').trim()).toBe(`"${nastyShown}" ile eşleşen görev yok.`);
    expect(head(r(nasty).stderr)).toBe(`Bilinmeyen komut: "${nastyShown}"`);
    expect(head(r('help', nasty).stderr)).toBe(`Bilinmeyen komut: "${nastyShown}"`);
    expect(head(r('list', nasty).stderr)).toBe(`Fazla argüman: "${nastyShown}"`);
    expect(head(r('compare', nasty).stderr)).toBe(`Bilinmeyen karşılaştırma: "${nastyShown}" (who-signs, reports-to, chain, routing ya da in-force)`);
    expect(head(r('reports-to', 'konak', nasty).stderr)).toMatch(/^Bilinmeyen birim, kadro ya da makam: "\\e\]0;pwned\\a\\e\[2J\\r/);
    expect(head(r('who-signs', nasty, '--to', 'valilik').stderr)).toMatch(/^Bilinmeyen mevzuat: "\\e\]0;pwned/);
    expect(head(r('list', `--${nasty}`).stderr)).toBe(`Bilinmeyen seçenek: --${nastyShown} (list komutunda)`);
  });

  it('a 100 KB argument is echoed as its first 120 characters and a count, never in full', () => {
    expect(head(r('list', big).stderr)).toBe(`Fazla argüman: "${'a'.repeat(120)}… (${big.length - 120} karakter daha)"`);
    expect(head(r(big).stderr)).toBe(`Bilinmeyen komut: "${'a'.repeat(120)}… (${big.length - 120} karakter daha)"`);
    for (const args of subprocess.filter((a) => a.includes(big))) {
      const out = r(...args);
      expect(out.stdout.length + out.stderr.length, args[0]).toBeLessThan(20_000);
    }
  });

  it('options named after Object.prototype members are unknown options: exit 2', () => {
    for (const [command, option] of protoOptions.filter((_, i) => i % 3 === 0)) {
      const out = r(command!, option!);
      expect(out.code, `${command} ${option}`).toBe(2);
      expect(out.stderr.split('\n')[0], `${command} ${option}`).toBe(`Bilinmeyen seçenek: ${option} (${command} komutunda)`);
    }
  });

  it('Object.prototype names as arguments are names like any other', () => {
    expect(r('constructor').stderr.split('\n')[0]).toBe('Bilinmeyen komut: "constructor"');
    expect(r('help', '__proto__').stderr.split('\n')[0]).toBe('Bilinmeyen komut: "__proto__"');
    expect(r('reports-to', 'konak', 'toString').code).toBe(2);
    expect(r('define', 'konak', 'hasOwnProperty').code).toBe(0); // not a defined term: an answer
    expect(r('duties', 'konak', 'Şef', '--topic', 'valueOf').code).toBe(2);
  });

  it('bad dates for in-force --on: exit 2 and a Turkish message; with --json, the JSON error', () => {
    for (const day of badDays) {
      const out = r('in-force', 'konak', '--on', day);
      expect(out.code, day).toBe(2);
      expect(out.stderr, day).toBe(`Geçersiz tarih: "${day}"\n  Tarih biçimi: YYYY-AA-GG (ör. 2016-10-10)\n`);
    }
    expect(jsonError(r('in-force', 'konak', '--on', '2020-13-45', '--json'))).toEqual({ code: 'USAGE', message: 'Geçersiz tarih: "2020-13-45"', suggestions: [], input: '2020-13-45' });
  });

  it('--json errors: one JSON object on stderr with code, message, suggestions and the input escaped; exit 2', () => {
    const unknown = jsonError(r(nasty, '--json'));
    expect(unknown).toEqual({ code: 'USAGE', message: `Bilinmeyen komut: "${nastyShown}"`, suggestions: [], input: nastyShown });
    const lib = jsonError(r('reports-to', 'konak', nasty, '--json'));
    expect(lib.code).toBe('UNKNOWN_ENTITY');
    expect(lib.input!.startsWith('\\e]0;pwned\\a')).toBe(true);
    expect(lib.message).toBe(`Bilinmeyen birim, kadro ya da makam: "${lib.input}"`);
    expect(jsonError(r('reports-to', nasty, 'Müdür', '--json')).code).toBe('UNKNOWN_REGULATION');
  });
});

describe('closed pipes are a normal end (the built CLI)', () => {
  let runs: Record<string, Result>;
  beforeAll(async () => {
    const repl = "findDuties('evrak')\n".repeat(200);
    const [answerNoStdout, badNoStderr, badNoEither, jsonNoStderr, answerNoEither, replNoStdout] = await Promise.all([
      mevzuatClosed(['search', 'evrak'], { stdout: true }),
      mevzuatClosed(['reports-to', 'konak', 'Müdürr'], { stderr: true }),
      mevzuatClosed(['list', 'fazla'], { stdout: true, stderr: true }),
      mevzuatClosed(['nope', '--json'], { stderr: true }),
      mevzuatClosed(['list'], { stdout: true, stderr: true }),
      mevzuatClosed(['repl'], { stdout: true }, { input: repl }),
    ]);
    runs = { answerNoStdout: answerNoStdout!, badNoStderr: badNoStderr!, badNoEither: badNoEither!, jsonNoStderr: jsonNoStderr!, answerNoEither: answerNoEither!, replNoStdout: replNoStdout! };
  }, 60_000);

  it('stdout closed: an answer still exits 0, silently', () => {
    expect(runs.answerNoStdout).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runs.answerNoEither).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('stderr closed: bad input still exits 2, not 1 ("a bug")', () => {
    expect(runs.badNoStderr).toEqual({ code: 2, stdout: '', stderr: '' });
    expect(runs.badNoEither).toEqual({ code: 2, stdout: '', stderr: '' });
    expect(runs.jsonNoStderr).toEqual({ code: 2, stdout: '', stderr: '' });
  });
  it('the REPL ends with 0 when its output is gone', () => {
    expect(runs.replNoStdout).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('every template with every hostile text (in process)', () => {
  const texts = [nasty, big, '', ' ', '-', '--', ...protoNames, '\u0000', 'Müdür\u0301', '\ud800', '😀'.repeat(200)];
  // never `repl --`, which would start a REPL on this process's stdin
  const runnable = templates.filter((t) => t[0] !== 'repl');
  it('exit 0 or 2, nothing raw, no 100 KB echo; --json errors are JSON', async () => {
    let n = 0;
    for (const t of runnable) {
      for (const x of texts) {
        for (const args of [fill(t, x), [...fill(t, x), '--json']]) {
          wellBehaved(args, await inProcess(args));
          n++;
        }
      }
    }
    expect(n).toBe(runnable.length * texts.length * 2);
  }, 60_000);
  it('options named after Object.prototype members, on every command, also with a value', async () => {
    for (const c of commandNames) {
      for (const name of protoNames) {
        for (const args of [[c, `--${name}`], [c, `--${name}=x`], [c, `--${name}`, '--json']]) {
          const out = await inProcess(args);
          expect(out.code, args.join(' ')).toBe(2);
          const message = args.includes('--json') ? jsonError(out).message : out.stderr.split('\n')[0];
          expect(message, args.join(' ')).toBe(`Bilinmeyen seçenek: --${name} (${c} komutunda)`);
        }
      }
    }
    expect(Object.prototype).not.toHaveProperty('json');
  });
  it('no colour for TERM=dumb or NO_COLOR, even on a terminal; colour otherwise', async () => {
    const colour = /\u001b\[/;
    expect((await inProcess(['list'], { TERM: 'xterm-256color' }, true)).stdout).toMatch(colour);
    expect((await inProcess(['list'], { TERM: 'dumb' }, true)).stdout).not.toMatch(colour);
    expect((await inProcess(['list'], { NO_COLOR: '1' }, true)).stdout).not.toMatch(colour);
    expect((await inProcess(['list'], { TERM: 'xterm-256color' }, false)).stdout).not.toMatch(colour);
  });
});
