// Issue 22: hostile regulation folders. Each folder is built at test time from the fixture folder
// (test/fuzz/folders.ts: no committed binaries, devices or symbolic links) and goes through
// loadRegulationDir, checkRegulationDir and the built CLI (`check`, `list --dir … --json`).
// Every case asserts: only MevzuatError, the problem that names the cause, never the content of a
// file outside the folder in any message or output, and no hang (the FIFO returns; a generous
// timeout, never a timing assertion).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegulationDir, loadRegulationDirs } from '../src/node.js';
import { regulationFolders } from '../src/node/dirs.js';
import { checkRegulationDir } from '../src/compile/regulation.js';
import { createMevzuat, isMevzuatError, MevzuatError, type RegulationProblem } from '../src/index.js';
import { decodeUtf8, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_YAML_BYTES, SafeFolder } from '../src/internal/safe-fs.js';
import { assertBuilt, mevzuat } from './cli-support.js';
import { aliasBomb, FIXTURE, mutate, mutation, scratch, SECRET, type Scratch } from './fuzz/folders.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const made: Scratch[] = [];
const fresh = (name?: string) => { const s = scratch(name); made.push(s); return s; };
afterAll(() => { for (const s of made) s.cleanup(); });

/** The error loadRegulationDir throws for `dir`; fails the test when it returns or throws anything else. */
function loadError(dir: string, options?: object): MevzuatError {
  let thrown: unknown;
  try { loadRegulationDir(dir, options as never); } catch (e) { thrown = e; }
  if (!isMevzuatError(thrown)) throw new Error(`expected a MevzuatError, got ${thrown === undefined ? 'a regulation' : String(thrown)}`);
  return thrown;
}

/** Nothing from outside the folder, in anything. */
const clean = (text: string) => {
  expect(text).not.toContain('GIZLI');
  expect(text).not.toContain('"undefined"');
  expect(text).not.toContain('root:x:0:0');
};

type Case = {
  name: string;
  make: (s: Scratch) => void;
  /** The problem that must be among those found. */
  expect: { file: string; message: RegExp; path?: string };
};

const cases: Case[] = [
  { name: 'text.yaml source: ../ out of the folder', make: (s) => s.edit('text.yaml', 'source: source.txt', 'source: ../../secret.txt'), expect: { file: 'text.yaml', path: 'source', message: /klasörün dışını gösteriyor/ } },
  { name: 'text.yaml source: an absolute path (/etc/passwd)', make: (s) => s.edit('text.yaml', 'source: source.txt', 'source: /etc/passwd'), expect: { file: 'text.yaml', path: 'source', message: /mutlak bir yol/ } },
  { name: 'text.yaml source: ../ to a correct copy of the source outside', make: (s) => s.edit('text.yaml', 'source: source.txt', 'source: ../source-copy.txt'), expect: { file: 'text.yaml', path: 'source', message: /klasörün dışını/ } },
  { name: 'regulation.yaml - file: ../ to a file outside (no sha256 of it is shown)', make: (s) => s.edit('regulation.yaml', '  - file: source.txt', '  - file: ../secret.txt'), expect: { file: 'regulation.yaml', path: 'sources[0].file', message: /klasörün dışını/ } },
  { name: 'text.yaml a symbolic link to a file outside', make: (s) => s.link('text.yaml', join(s.base, 'secret.txt')), expect: { file: 'text.yaml', message: /klasörün dışına çıkan bir sembolik bağ/ } },
  { name: 'source.txt a symbolic link to a correct copy outside', make: (s) => s.link('source.txt', join(s.base, 'source-copy.txt')), expect: { file: 'text.yaml', path: 'source', message: /sembolik bağ/ } },
  { name: 'a file inside a symlinked subfolder that leads out', make: (s) => { symlinkSync(s.base, s.at('up')); s.edit('text.yaml', 'source: source.txt', 'source: up/secret.txt'); }, expect: { file: 'text.yaml', path: 'source', message: /sembolik bağ/ } },
  { name: 'a YAML alias bomb in duties.yaml', make: (s) => s.write('duties.yaml', `${aliasBomb}duties: []\n`), expect: { file: 'duties.yaml', message: /takma adları/ } },
  { name: 'text.yaml is a folder', make: (s) => s.dirInstead('text.yaml'), expect: { file: 'text.yaml', message: /bir klasör; burada düzenli bir dosya olmalı/ } },
  { name: 'duties.yaml is a folder', make: (s) => s.dirInstead('duties.yaml'), expect: { file: 'duties.yaml', message: /bir klasör/ } },
  { name: 'source: . (the folder itself)', make: (s) => s.edit('text.yaml', 'source: source.txt', 'source: .'), expect: { file: 'text.yaml', path: 'source', message: /klasörün kendisini/ } },
  { name: '- file: "" (an empty path)', make: (s) => s.edit('regulation.yaml', '  - file: source.txt', '  - file: ""'), expect: { file: 'regulation.yaml', path: 'sources[0].file', message: /bir dosya yolu değil/ } },
  { name: 'duties.yaml a FIFO (returns, never blocks)', make: (s) => s.fifo('duties.yaml'), expect: { file: 'duties.yaml', message: /FIFO/ } },
  { name: 'text.yaml a symbolic link to /dev/zero', make: (s) => s.link('text.yaml', '/dev/zero'), expect: { file: 'text.yaml', message: /klasörün dışına/ } },
  { name: 'source.txt a symbolic link to /dev/urandom', make: (s) => s.link('source.txt', '/dev/urandom'), expect: { file: 'text.yaml', path: 'source', message: /klasörün dışına/ } },
  { name: 'source.txt a sparse file over the 20 MB limit (never read)', make: (s) => s.sparse('source.txt', DEFAULT_MAX_FILE_BYTES + 1), expect: { file: 'text.yaml', path: 'source', message: /bir dosya en çok 20 MB olabilir/ } },
  { name: 'duties.yaml a sparse file over the 2 MB YAML limit (never read)', make: (s) => s.sparse('duties.yaml', DEFAULT_MAX_YAML_BYTES + 1), expect: { file: 'duties.yaml', message: /bir YAML dosyası en çok 2 MB olabilir/ } },
  { name: 'a dangling symbolic link', make: (s) => s.link('rules.yaml', 'nowhere.yaml'), expect: { file: 'rules.yaml', message: /var olmayan bir yeri gösteren/ } },
  { name: 'symbolic links in a loop', make: (s) => { s.link('rules.yaml', 'loop-b'); symlinkSync('rules.yaml', s.at('loop-b')); }, expect: { file: 'rules.yaml', message: /döngü/ } },
  { name: 'a non-UTF-8 byte in a unit name', make: (s) => s.write('organisation.yaml', Buffer.from(s.read('organisation.yaml').replace('Arşiv Birimi', 'ArXiv Birimi'), 'utf8').map((b) => (b === 0x58 ? 0xfe : b)) as Buffer), expect: { file: 'organisation.yaml', message: /UTF-8 değil: 14\. satırın 13\. sütununda .*0xFE/ } },
  { name: 'text.yaml not a mapping (a list)', make: (s) => s.write('text.yaml', '- a\n- b\n'), expect: { file: 'text.yaml', message: /^Dosyanın tamamı anahtar: değer eşlemesi olmalı/ } },
  { name: 'text.yaml a bare scalar', make: (s) => s.write('text.yaml', 'merhaba\n'), expect: { file: 'text.yaml', message: /^Dosyanın tamamı anahtar: değer eşlemesi olmalı/ } },
  { name: 'text.yaml nested 3,000 deep (flow)', make: (s) => s.write('text.yaml', `source: source.txt\nnodes: ${'['.repeat(3000)}${']'.repeat(3000)}\n`), expect: { file: 'text.yaml', message: /çok derin/ } },
  { name: 'rules.yaml nested 3,000 deep (compact block sequences)', make: (s) => s.write('rules.yaml', `${'- '.repeat(3000)}x\n`), expect: { file: 'rules.yaml', message: /çok derin/ } },
  { name: 'organisation.yaml nested 1,000 deep (indented block mappings)', make: (s) => s.write('organisation.yaml', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n'), expect: { file: 'organisation.yaml', message: /çok derin/ } },
  { name: 'a complex YAML key (nothing on stderr)', make: (s) => s.write('coverage.yaml', `? [a, b]\n: c\nnoFact: []\n`), expect: { file: 'coverage.yaml', message: /anahtar olarak kullanılmış/ } },
  { name: 'a custom YAML tag', make: (s) => s.edit('duties.yaml', 'duties:', 'x: !!js/function "function () {}"\nduties:'), expect: { file: 'duties.yaml', message: /bilinmeyen bir etiket/ } },
];

describe('a hostile folder through loadRegulationDir and checkRegulationDir', () => {
  it('the fixture itself loads (so each case below fails for its own reason)', () => {
    const s = fresh();
    expect(loadRegulationDir(s.dir).id).toBe('ornekkoy');
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const s = fresh();
    c.make(s);
    const e = loadError(s.dir);
    expect(e.code).toBe('INVALID_REGULATION');
    expect(e.problems).toContainEqual(expect.objectContaining({ file: c.expect.file, message: expect.stringMatching(c.expect.message), ...(c.expect.path ? { path: c.expect.path } : {}) }));
    clean(`${e.message}\n${JSON.stringify(e.problems)}`);
    const { regulation, problems } = checkRegulationDir(s.dir);
    expect(regulation).toBeUndefined();
    expect(problems.some((p) => p.severity === 'error' && p.file === c.expect.file && c.expect.message.test(p.message))).toBe(true);
    clean(JSON.stringify(problems));
  }, 60_000);

  it(isRoot ? 'an unreadable file: skipped as root, where chmod 000 does not deny reading (the check below proves the skip)' : 'an unreadable file (chmod 000) is a problem naming it, not EACCES', () => {
    const s = fresh();
    s.chmod('duties.yaml', 0o000);
    if (isRoot) {
      // root reads it anyway: the folder loads, which is all that can be said here
      expect(loadRegulationDir(s.dir).id).toBe('ornekkoy');
      return;
    }
    const e = loadError(s.dir);
    expect(e.problems).toContainEqual(expect.objectContaining({ file: 'duties.yaml', message: expect.stringMatching(/okunamadı \(izin yok\)/) }));
  });

  it('a non-UTF-8 byte is placed exactly: file, line, column, byte offset', () => {
    const bytes = Buffer.from('a: 1\nname: Ar\u015fiv\n', 'utf8');
    const bad = Buffer.from(bytes.map((b, i) => (i === 13 ? 0xfe : b)) as Buffer);
    const r = decodeUtf8(bad, 'organisation.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure).toMatchObject({ reason: 'not-utf8', line: 2, column: 9, offset: 13 });
    // a truncated sequence at the end, an overlong form and a surrogate are all refused
    for (const b of [[0x61, 0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]) expect(decodeUtf8(Buffer.from(b), 'x').ok).toBe(false);
    expect(decodeUtf8(Buffer.from('ğüşiöç İ', 'utf8'), 'x')).toEqual({ ok: true, value: 'ğüşiöç İ' });
  });

  it('a symbolic link that stays inside the folder is followed', () => {
    const s = fresh();
    mkdirSync(s.at('kaynak'));
    renameSync(s.at('source.txt'), s.at('kaynak/metin.txt'));
    symlinkSync('kaynak/metin.txt', s.at('source.txt'));
    expect(loadRegulationDir(s.dir).id).toBe('ornekkoy');
  });

  it('the size limits can be set per call and by the environment; a bad limit is INVALID_ARGUMENT', () => {
    const s = fresh();
    const e = loadError(s.dir, { maxFileBytes: 1000 });
    expect(e.problems.some((p) => /en çok 1\.000 bayt olabilir/.test(p.message))).toBe(true);
    expect(loadError(s.dir, { maxFolderBytes: 10_000 }).problems.some((p) => /bir klasör en çok 10\.000 bayt/.test(p.message))).toBe(true);
    expect(loadError(s.dir, { maxFileBytes: -1 }).code).toBe('INVALID_ARGUMENT');
    const saved = process.env.MEVZUAT_MAX_FILE_BYTES;
    try {
      process.env.MEVZUAT_MAX_FILE_BYTES = '1000';
      expect(loadError(s.dir).problems.some((p) => /1\.000 bayt/.test(p.message))).toBe(true);
      process.env.MEVZUAT_MAX_FILE_BYTES = 'çok';
      expect(loadError(s.dir).code).toBe('INVALID_ARGUMENT');
    } finally {
      if (saved === undefined) delete process.env.MEVZUAT_MAX_FILE_BYTES; else process.env.MEVZUAT_MAX_FILE_BYTES = saved;
    }
    expect(loadRegulationDir(s.dir, { maxFileBytes: 10_000_000 }).id).toBe('ornekkoy');
  });

  it('bad arguments are INVALID_ARGUMENT: null options, a revoked proxy, a non-folder, a FIFO as the folder', () => {
    const s = fresh();
    const revoked = Proxy.revocable({}, {}); revoked.revoke();
    for (const [dir, options] of [[s.dir, null], [s.dir, 42], [s.dir, revoked.proxy], [s.dir, { draft: 'yes' }], [42, undefined], ['', undefined], [join(s.dir, 'text.yaml'), undefined], [join(s.dir, 'yok'), undefined]] as const) {
      expect(loadError(dir as string, options as object).code).toBe('INVALID_ARGUMENT');
    }
    s.fifo('fifo-folder');
    expect(loadError(s.at('fifo-folder')).code).toBe('INVALID_ARGUMENT');
    expect(() => SafeFolder.open(s.at('text.yaml'))).toThrow(MevzuatError);
  });

  it('what a problem quotes from inside the folder is escaped and capped', () => {
    const s = fresh();
    s.edit('organisation.yaml', 'parent: yazi-isleri-mudurlugu', `parent: "\\e]0;pwned\\a\\e[2J\\u202e${'x'.repeat(5000)}"`);
    const e = loadError(s.dir);
    const text = `${e.message}${JSON.stringify(e.problems)}`;
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    for (const p of e.problems as RegulationProblem[]) expect((p.value ?? '').length).toBeLessThan(600);
  });
});

describe('hostile folders registered lazily (loadRegulationDirs): the same reader, limits and option checks', () => {
  const ask = (entries: readonly unknown[]) => createMevzuat({ regulations: entries as never }).whoSigns('ornekkoy', 'valilik');
  const thrown = (f: () => unknown): unknown => { try { f(); } catch (e) { return e; } return undefined; };

  it('bad options are INVALID_ARGUMENT', () => {
    const s = fresh();
    const revoked = Proxy.revocable({}, {}); revoked.revoke();
    for (const options of [null, 42, revoked.proxy, { draft: 'yes' }, { cache: 42 }, { onSkip: 'x' }, { maxFileBytes: -1 }]) {
      const e = thrown(() => loadRegulationDirs(s.dir, options as never));
      expect(isMevzuatError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
  });

  it('the size limits hold when a folder is registered or first asked about, and are part of the cache key', () => {
    const s = fresh();
    const cache = join(s.base, 'cache');
    expect(ask(loadRegulationDirs(s.dir, { cache })).status).toBe('explicit');
    // the folder was cached under the default limits: a smaller limit is not answered from that entry
    const e = thrown(() => ask(loadRegulationDirs(s.dir, { cache, maxFileBytes: 1000 })));
    expect(isMevzuatError(e) && e.code).toBe('INVALID_REGULATION');
    expect((e as MevzuatError).problems.some((p) => /en çok 1\.000 bayt olabilir/.test(p.message))).toBe(true);
  });

  it('a FIFO in the folder: keying it for the cache returns (never opens it), the question is INVALID_REGULATION', () => {
    const s = fresh();
    s.fifo('duties.yaml');
    const e = thrown(() => ask(loadRegulationDirs(s.dir, { cache: join(s.base, 'cache') })));
    expect(isMevzuatError(e) && e.code).toBe('INVALID_REGULATION');
    expect((e as MevzuatError).problems.some((p) => p.file === 'duties.yaml' && /FIFO/.test(p.message))).toBe(true);
  }, 60_000);

  it('a sub-folder that is a symbolic link leading out of the set is not registered', () => {
    const set = fresh('set');
    const outside = fresh();
    mkdirSync(join(set.base, 'kume'));
    renameSync(set.dir, join(set.base, 'kume', 'ornekkoy'));
    symlinkSync(outside.dir, join(set.base, 'kume', 'disari'));
    expect(regulationFolders(join(set.base, 'kume')).map((d) => d.split('/').pop())).toEqual(['ornekkoy']);
  });
});

describe('a hostile folder through the CLI: exit 2, JSON with --json, nothing from outside', () => {
  beforeAll(() => assertBuilt());
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const s = fresh();
    c.make(s);
    const check = await mevzuat(['check', s.dir]);
    expect(check.code).toBe(2);
    // check prints each problem as `file:line:column: hata: message`: an anchored message follows the severity
    expect(check.stdout).toMatch(new RegExp(c.expect.message.source.replace(/^\^/, '(?:^|: )'), 'm'));
    const list = await mevzuat(['list', '--dir', s.dir, '--json']);
    expect(list.code).toBe(2);
    const err = JSON.parse(list.stderr).error;
    expect(err.code).toBe('INVALID_REGULATION');
    expect(err.problems.some((p: RegulationProblem) => p.file === c.expect.file && c.expect.message.test(p.message))).toBe(true);
    for (const out of [check.stdout, check.stderr, list.stdout, list.stderr]) {
      clean(out);
      expect(out).not.toMatch(/at .*\.js:\d+|Warning|ReferenceError|EISDIR|EACCES|Maximum call stack/);
    }
    expect(check.stderr).toBe('');
  }, 60_000);

  it('two folders with one id: the reason is given, in text and in --json', async () => {
    const a = fresh();
    const b = fresh();
    const text = await mevzuat(['list', '--dir', a.dir, '--dir', b.dir]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/aynı kimlik/i);
    const json = await mevzuat(['list', '--dir', a.dir, '--dir', b.dir, '--json']);
    expect(json.code).toBe(2);
    const err = JSON.parse(json.stderr).error;
    expect(err.problems).toContainEqual(expect.objectContaining({ file: 'regulation.yaml', path: 'id', value: 'ornekkoy', message: expect.stringMatching(/aynı kimlik/i) }));
  });

  it('a folder named like a built-in regulation: the reason is given', async () => {
    const s = fresh('konak-ozel-kalem');
    s.edit('regulation.yaml', 'id: ornekkoy', 'id: konak-ozel-kalem');
    const r = await mevzuat(['list', '--dir', s.dir, '--json']);
    expect(r.code).toBe(2);
    const err = JSON.parse(r.stderr).error;
    expect(err.problems).toContainEqual(expect.objectContaining({ path: 'id', value: 'konak-ozel-kalem', message: expect.stringMatching(/aynı kimlik/i) }));
  });
});

describe('loadRegulationDir over mutated folders (fast-check, fixed seed)', () => {
  it('returns a frozen regulation or throws MevzuatError, never quoting outside content, for 60 mutated folders', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (list) => {
      const s = scratch();
      try {
        mutate(s, list);
        let out: unknown;
        try { out = loadRegulationDir(s.dir); } catch (e) {
          if (!isMevzuatError(e)) throw new Error(`escaped ${String(e)}`);
          clean(`${e.message}${JSON.stringify(e.problems)}`);
          return;
        }
        expect(Object.isFrozen(out)).toBe(true);
      } finally { s.cleanup(); }
    }), { numRuns: 60, seed: 20261202 });
  }, 120_000);
});

// the fixture is left as it was
afterAll(() => expect(readFileSync(join(FIXTURE, 'text.yaml'), 'utf8')).toMatch(/^# Metnin tamamı/));

