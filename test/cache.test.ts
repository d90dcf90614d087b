// Issue 19.1: the cache of compiled folders. Every test compares the answers from a cached folder
// with those of a fresh compile (loadRegulationDir), after the entry has been damaged or the folder
// changed, and counts what the compiler was asked to do.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMevzuat } from '../src/index.js';
import { PREBUILT_DUTIES } from '../src/internal/search.js';
import { loadRegulationDir } from '../src/node.js';
import { cacheDirectory, CACHE_ENV, folderKey, readMeta } from '../src/node/cache.js';
import { lazyFolder } from '../src/node/dirs.js';
import { decodeSearchIndex, encodeSearchIndex } from '../src/node/search-bin.js';
import { createHash } from 'node:crypto';
import { answers, copyAs, countingCompiler } from './dirs-support.js';

let work = '';
let dir = '';
let cache = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'mevzuat-cache-'));
  dir = copyAs(work, 'ornekkoy', 0);
  cache = join(work, 'cache');
});
afterEach(() => {
  try { chmodSync(cache, 0o755); } catch { /* not there */ }
  rmSync(work, { recursive: true, force: true });
});

const fresh = () => answers([loadRegulationDir(dir)], 'ornekkoy');
/** One registration and its answers, with what the compiler did. */
function ask(cacheDir: string | null = cache) {
  const c = countingCompiler();
  const entry = lazyFolder(dir, { ...(cacheDir !== null && { cache: cacheDir }), version: 'test', compiler: c.compiler });
  return { answers: answers([entry], 'ornekkoy'), compiles: c.compiles.length, headers: c.headers.length };
}
const entryFiles = () => (existsSync(cache) ? readdirSync(cache).filter((f) => !f.endsWith('.tmp')).sort() : []);
const part = (suffix: string) => join(cache, entryFiles().find((f) => f.endsWith(suffix))!);

describe('the folder cache', () => {
  it('compiles a folder once: the second registration reads it from the cache, without the compiler', () => {
    const first = ask();
    expect(first).toMatchObject({ compiles: 1, headers: 1 });
    expect(entryFiles().map((f) => f.replace(/^[0-9a-f]{64}/, 'KEY'))).toEqual(['KEY.duties.json', 'KEY.meta.json', 'KEY.reg.json', 'KEY.search.bin']);
    const second = ask();
    expect(second).toMatchObject({ compiles: 0, headers: 0 });
    expect(second.answers).toEqual(fresh());
    expect(first.answers).toEqual(second.answers);
  });

  for (const [what, damage] of [
    ['a truncated regulation', () => truncateSync(part('.reg.json'), 100)],
    ['an empty regulation', () => truncateSync(part('.reg.json'), 0)],
    ['a flipped byte in the regulation', () => flip(part('.reg.json'))],
    ['a flipped byte in the meta', () => flip(part('.meta.json'))],
    ['a truncated meta', () => truncateSync(part('.meta.json'), 40)],
    ['a missing regulation', () => rmSync(part('.reg.json'))],
    ['a meta that is not JSON', () => writeFileSync(part('.meta.json'), 'null')],
  ] as const) {
    it(`${what} is detected and rebuilt, never trusted`, () => {
      ask();
      damage();
      const after = ask();
      expect(after.answers).toEqual(fresh());
      // the damaged entry was not used as it was: the compiler ran (the meta's own damage: from regulation.yaml too)
      expect(after.compiles + after.headers).toBeGreaterThan(0);
      // and the entry is whole again
      expect(ask()).toMatchObject({ compiles: 0, headers: 0 });
    });
  }

  for (const [what, damage] of [
    ['a flipped byte in the search index', () => flip(part('.search.bin'))],
    // well-formed, and it would find nothing: only its checksum gives it away
    ['a search index replaced by an empty one', () => writeFileSync(part('.search.bin'), JSON.stringify({ v: 1, duties: [], words: [], postings: [], stems: [], stemPostings: [] }))],
  ] as const) {
    it(`${what}: the index is rebuilt from the regulation, not read`, () => {
      ask();
      damage();
      const after = ask();
      expect((after.answers as { search: string[] }).search.length).toBeGreaterThan(0);
      expect(after.answers).toEqual(fresh());
    });
  }

  it('a search index re-signed in its meta (its checksum right) but out of shape is caught by the search: the answers are still right', () => {
    ask();
    // read without the full check (its checksum vouches for it): positions out of range must still
    // never give a wrong or missing answer
    const index = decodeSearchIndex(readFileSync(part('.search.bin')))!;
    const broken = { ...index, postings: { start: index.postings.start, list: index.postings.list.map(() => 9999) }, texts: index.texts.map((t) => Int32Array.from(t, () => 99999)) };
    const bytes = encodeSearchIndex(broken);
    // the full check refuses it; read as the cache reads a part its checksum vouches for, it is taken
    expect(decodeSearchIndex(bytes)).toBeUndefined();
    expect(decodeSearchIndex(bytes, { trusted: true })).toBeDefined();
    writeFileSync(part('.search.bin'), bytes);
    // the meta re-signed as the cache signs it: the part's checksum, then the meta's own
    const sha = (x: string | Uint8Array) => createHash('sha256').update(x).digest('hex');
    const outer = JSON.parse(readFileSync(part('.meta.json'), 'utf8')) as { meta: string };
    const meta = JSON.parse(outer.meta) as Record<string, unknown>;
    meta.search = { sha256: sha(bytes), bytes: bytes.length };
    const body = JSON.stringify(meta);
    writeFileSync(part('.meta.json'), JSON.stringify({ check: sha(body), meta: body }));
    // the cache takes the entry (nothing is compiled), and its index as it is
    const m = readMeta(cache, readdirSync(cache).find((f) => f.endsWith('.meta.json'))!.replace(/\.meta\.json$/, ''));
    expect(m).toBeDefined();
    const after = searchFirst();
    expect(after.compiles).toBe(0);
    expect(after.found.length).toBeGreaterThan(0);
    expect(after.found).toEqual(freshSearch());
  });

  /** The first search of a fresh registration (nothing else asked first), whole duties, and what the compiler did. */
  function searchFirst() {
    const c = countingCompiler();
    const m = createMevzuat({ regulations: [lazyFolder(dir, { cache, version: 'test', compiler: c.compiler })] });
    return { found: JSON.parse(JSON.stringify(m.findDuties('evrak', { regulation: 'ornekkoy' }))) as unknown[], compiles: c.compiles.length };
  }
  const freshSearch = () => JSON.parse(JSON.stringify(createMevzuat({ regulations: [loadRegulationDir(dir)] }).findDuties('evrak', { regulation: 'ornekkoy' })));

  it('a search over a cached folder answers from its prebuilt duties, exactly as the compiled regulation does, without reading the regulation', () => {
    ask();
    const expected = freshSearch();
    expect(expected.length).toBeGreaterThan(0);
    // the regulation part gone: only the search index and the duties can answer, and the compiler is not asked
    rmSync(part('.reg.json'));
    expect(searchFirst()).toEqual({ found: expected, compiles: 0 });
    // the same bytes, key order included (the cache leaves out a duty's text where it is its citation's)
    expect(JSON.stringify(searchFirst().found)).toBe(JSON.stringify(expected));
  });

  for (const [what, damage] of [
    ['a flipped byte in the duties', () => flip(part('.duties.json'))],
    ['a truncated duties part', () => truncateSync(part('.duties.json'), 50)],
    ['a missing duties part', () => rmSync(part('.duties.json'))],
  ] as const) {
    it(`${what}: the search answers from the regulation instead, the same`, () => {
      ask();
      damage();
      const after = searchFirst();
      expect(after.found).toEqual(freshSearch());
      expect(after.found.length).toBeGreaterThan(0);
    });
  }

  it('prebuilt duties that are not the shape of a duty are never handed out: the regulation answers', () => {
    const compiled = loadRegulationDir(dir);
    const good = createMevzuat({ regulations: [compiled] }).findDuties('evrak', { regulation: 'ornekkoy' });
    const forged = good.map((d) => ({ ...d, text: 'uydurma metin', holder: { ...d.holder, kind: 'başkan' } }));
    const extra = good.map((d) => ({ ...d, extra: true }));
    const other = good.map((d) => ({ ...d, regulation: 'baska' }));
    for (const list of [forged, extra, other, 'not a list', [null, 1, 'x']]) {
      const entry = { id: 'ornekkoy', aliases: [], repeals: [], load: () => compiled, [PREBUILT_DUTIES]: () => list };
      const found = createMevzuat({ regulations: [entry] }).findDuties('evrak', { regulation: 'ornekkoy' });
      expect(JSON.parse(JSON.stringify(found))).toEqual(JSON.parse(JSON.stringify(good)));
    }
  });

  it('a flipped byte that keeps the regulation JSON valid is still caught (checksum, not parse)', () => {
    ask();
    const f = part('.reg.json');
    const text = readFileSync(f, 'utf8');
    const i = text.indexOf('Müdür');
    expect(i).toBeGreaterThan(0);
    writeFileSync(f, `${text.slice(0, i)}Mudur${text.slice(i + 5)}`);
    const after = ask();
    expect(after.compiles).toBe(1);
    expect(after.answers).toEqual(fresh());
  });

  it('a read-only cache directory still answers right, and never crashes', () => {
    ask();
    chmodSync(cache, 0o555);
    expect(ask().answers).toEqual(fresh());
    // an entry that cannot be replaced: damaged, and the directory read-only
    chmodSync(cache, 0o755);
    flip(part('.reg.json'));
    chmodSync(cache, 0o555);
    expect(ask().answers).toEqual(fresh());
  });

  it('a cache that cannot be written at all (its path runs through a file) answers right and writes nothing', () => {
    writeFileSync(join(work, 'a-file'), '');
    const blocked = join(work, 'a-file', 'cache');
    expect(ask(blocked).answers).toEqual(fresh());
    expect(ask(blocked).compiles).toBe(1);
    expect(statSync(join(work, 'a-file')).isFile()).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    ask();
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a changed file makes a new entry: the answer is the new text\'s, not the cached one', () => {
    ask();
    const file = join(dir, 'regulation.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Örnekköy Belediye Başkanlığı Yazı İşleri Müdürlüğü Görev Yönetmeliği (değişik)'));
    const after = ask();
    expect(after.compiles).toBe(1);
    expect((after.answers as { title: string }).title).toMatch(/değişik/);
    expect(after.answers).toEqual(fresh());
    expect(entryFiles()).toHaveLength(8);
  });

  it('an added file makes a new entry, and removing it again finds the old one', () => {
    const before = folderKey(dir, 'test');
    ask();
    writeFileSync(join(dir, 'notlar.txt'), 'hukuk müşavirliğine soruldu');
    expect(folderKey(dir, 'test')).not.toBe(before);
    expect(ask().compiles).toBe(1);
    rmSync(join(dir, 'notlar.txt'));
    expect(folderKey(dir, 'test')).toBe(before);
    expect(ask()).toMatchObject({ compiles: 0, headers: 0 });
  });

  it('a removed file the folder needs is an error on the question, never the cached answer', () => {
    ask();
    rmSync(join(dir, 'duties.yaml'));
    const c = countingCompiler();
    const entry = lazyFolder(dir, { cache, version: 'test', compiler: c.compiler });
    expect(() => answers([entry], 'ornekkoy')).toThrow(expect.objectContaining({ code: 'INVALID_REGULATION' }));
  });

  it('the key covers the package version and the options', () => {
    expect(folderKey(dir, 'a')).not.toBe(folderKey(dir, 'b'));
    ask();
    const key = folderKey(dir, 'test\0draft=false')!;
    expect(readMeta(cache, key)?.id).toBe('ornekkoy');
    expect(readMeta(cache, folderKey(dir, 'other\0draft=false')!)).toBeUndefined();
  });

  it('without a cache, compiles on the first question and writes nothing', () => {
    const r = ask(null);
    expect(r.compiles).toBe(1);
    expect(r.answers).toEqual(fresh());
    expect(existsSync(cache)).toBe(false);
  });
});

describe('where the cache lives', () => {
  it(`${CACHE_ENV} names it; set but empty, there is none`, () => {
    expect(cacheDirectory({ [CACHE_ENV]: '/tmp/mevzuat-c' })).toBe('/tmp/mevzuat-c');
    expect(cacheDirectory({ [CACHE_ENV]: 'rel' }, '/srv/app')).toBe('/srv/app/rel');
    expect(cacheDirectory({ [CACHE_ENV]: '' })).toBeUndefined();
  });

  it('inside a project, node_modules/.cache/belediye-mevzuat of the nearest node_modules up from the working directory', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    mkdirSync(join(project, 'src', 'deep'), { recursive: true });
    expect(cacheDirectory({}, join(project, 'src', 'deep'))).toBe(join(project, 'node_modules', '.cache', 'belediye-mevzuat'));
  });

  it('outside one, $XDG_CACHE_HOME, else ~/.cache', () => {
    // a directory with no node_modules above it (tmp, unless the machine has a /node_modules)
    if (existsSync('/node_modules') || existsSync(join(tmpdir(), 'node_modules'))) return;
    expect(cacheDirectory({ XDG_CACHE_HOME: '/x/cache' }, work)).toBe('/x/cache/belediye-mevzuat');
    expect(cacheDirectory({}, work)).toMatch(/[\\/]\.cache[\\/]belediye-mevzuat$/);
  });
});

function flip(file: string): void {
  const b = readFileSync(file);
  const i = Math.floor(b.length / 2);
  b[i] = b[i]! ^ 0x01;
  writeFileSync(file, b);
}
