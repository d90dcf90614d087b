// The built package in Node reads the built-in regulations from files (dist/data/), one regulation
// at a time, and requires the Turkish stemmer only when a word has to be stemmed (the package's
// `#catalog` and `#stemmer` imports, condition `node`); a bundler gets every regulation and the
// stemmer in the bundle instead. Both must answer exactly as the sources do.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { builtinRegulations, findDuties, whoSigns } from '../src/index.js';
import { buildIndex, duty } from '../src/internal/registry.js';
import { answeredDuty, buildSearchIndex, dutyLines } from '../src/internal/search.js';
import { toShipped } from '../src/internal/shipped.js';
import { decodeSearchIndex } from '../src/node/search-bin.js';
import type { Regulation } from '../src/types.js';

const root = resolve(import.meta.dirname, '..');
const data = join(root, 'dist/data');
/** Typed arrays as plain arrays, for comparing two forms of one index. */
const plain = (x: unknown): unknown => (ArrayBuffer.isView(x) ? Array.from(x as Int32Array) : Array.isArray(x) ? x.map(plain) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)])) : x);

beforeAll(() => {
  expect(existsSync(join(root, 'dist/catalog-node.js')), 'run npm run build first (npm test does)').toBe(true);
});

describe('the Node catalog’s data files', () => {
  it('are, for every built-in regulation, its compiled text, the index its duties give and each duty as the search answers it', () => {
    expect(builtinRegulations.length).toBeGreaterThan(0);
    for (const entry of builtinRegulations) {
      const reg = (entry as { load: () => Regulation }).load();
      expect(readFileSync(join(data, `${reg.id}.reg.json`), 'utf8')).toBe(JSON.stringify(toShipped(reg)));
      const bytes = readFileSync(join(data, `${reg.id}.search.bin`));
      // the trusted read (what the catalog does) and the full check agree, and both are the built index
      const trusted = decodeSearchIndex(bytes, { trusted: true });
      expect(decodeSearchIndex(bytes)).toBeDefined();
      expect(plain(trusted)).toEqual(plain(buildSearchIndex(reg)));
      const lookup = dutyLines(readFileSync(join(data, `${reg.id}.duties.jsonl`), 'utf8'));
      const idx = buildIndex(reg);
      expect(reg.duties.length).toBeGreaterThan(0);
      for (const d of reg.duties) expect(JSON.stringify(answeredDuty(lookup(d.id))), `${reg.id} ${d.id}`).toBe(JSON.stringify(duty(idx, d)));
      expect(lookup('no-such-duty')).toBeUndefined();
    }
  });

  it('a duty-lines text that is not one gives no duty rather than a wrong one', () => {
    for (const text of ['', 'x', '{"a":1}\n{}\n', '["a"]\nnot json\n', '["a","b"]\n{"id":"a"}\n']) {
      const lookup = dutyLines(text);
      expect(() => lookup('b')).not.toThrow();
      expect(lookup('b')).toBeUndefined();
    }
    expect(dutyLines('["a","b"]\n{"id":"a"}\n{"id":"b"}\n')('b')).toEqual({ id: 'b' });
    // as bytes (what the catalog reads), decoded a line at a time, Turkish letters and all
    const bytes = new TextEncoder().encode('["a","ş"]\n{"id":"a","t":"Müdürlüğü"}\n{"id":"ş","t":"Şef"}\n');
    expect([dutyLines(bytes)('ş'), dutyLines(bytes)('a'), dutyLines(bytes)('x')]).toEqual([{ id: 'ş', t: 'Şef' }, { id: 'a', t: 'Müdürlüğü' }, undefined]);
    for (const text of ['', 'x', '["a"]\nnot json\n']) expect(dutyLines(new TextEncoder().encode(text))('a')).toBeUndefined();
  });
});

/**
 * A script run by Node against a built package: logs the data files its process reads and whether
 * the stemmer was required, around one question about Konak, one duty search and one search that
 * needs a word stemmed. `main` is how the package is reached (an ESM import or a require).
 */
function probe(dir: string, format: 'esm' | 'cjs'): { afterWhoSigns: string[]; stemmerAfterWhoSigns: boolean; afterSearch: string[]; whoSigns: string; search: string; stemmerAtEnd: boolean } {
  const body = `
const fs = process.getBuiltinModule ? process.getBuiltinModule('node:fs') : require('node:fs');
const { createRequire } = process.getBuiltinModule ? process.getBuiltinModule('node:module') : require('node:module');
const seen = [];
const read = fs.readFileSync;
fs.readFileSync = function (p, ...rest) { const s = String(p instanceof URL ? p.pathname : p); if (s.includes('/dist/data/')) seen.push(s.slice(s.lastIndexOf('/') + 1)); return read.call(this, p, ...rest); };
const stemmer = () => Object.keys(createRequire(${JSON.stringify(join(dir, 'x.js'))}).cache).some((k) => k.endsWith('stemmer-inline.cjs'));
const run = (m) => {
  const out = {};
  out.whoSigns = JSON.stringify(m.whoSigns('konak-ozel-kalem', 'valilik'));
  out.afterWhoSigns = [...seen];
  out.stemmerAfterWhoSigns = stemmer();
  out.search = JSON.stringify(m.findDuties('satın alma'));
  out.afterSearch = [...seen];
  m.findDuties('kütüphanelerimizdekilerden');
  out.stemmerAtEnd = stemmer();
  process.stdout.write(JSON.stringify(out));
};`;
  const script = format === 'esm'
    ? `${body}\nrun(await import(${JSON.stringify(join(dir, 'dist/index.js'))}));`
    : `${body}\nrun(require(${JSON.stringify(join(dir, 'dist/index.cjs'))}));`;
  const file = join(mkdtempSync(join(tmpdir(), 'mevzuat-probe-')), format === 'esm' ? 'probe.mjs' : 'probe.cjs');
  writeFileSync(file, script);
  return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' }));
}

describe('the built package in Node', () => {
  for (const format of ['esm', 'cjs'] as const) {
    it(`(${format}) reads one regulation's file for a question about it, no regulation for a search, the stemmer only for a word to stem, and answers as the sources do`, () => {
      const p = probe(root, format);
      expect(p.whoSigns).toBe(JSON.stringify(whoSigns('konak-ozel-kalem', 'valilik')));
      expect(p.afterWhoSigns).toEqual(['konak-ozel-kalem.reg.json']);
      expect(p.stemmerAfterWhoSigns).toBe(false);
      expect(p.search).toBe(JSON.stringify(findDuties('satın alma')));
      expect(JSON.parse(p.search).length).toBeGreaterThan(0);
      // the search read indexes and duties, and no regulation's text beyond Konak's
      const searchFiles = p.afterSearch.slice(p.afterWhoSigns.length);
      expect(searchFiles.length).toBeGreaterThan(0);
      expect(searchFiles.every((f) => /\.(search\.bin|duties\.jsonl)$/.test(f)), searchFiles.join()).toBe(true);
      expect(p.stemmerAtEnd).toBe(true);
    });
  }

  it('a damaged data file is not trusted: the regulation itself answers, and the answers are the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mevzuat-damaged-'));
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const ids = builtinRegulations.map((r) => r.id);
    // an index cut short, duties that are not duties, an index of another regulation
    truncateSync(join(dir, 'dist/data', `${ids[0]}.search.bin`), 10);
    writeFileSync(join(dir, 'dist/data', `${ids[1]}.duties.jsonl`), readFileSync(join(root, 'dist/data', `${ids[1]}.duties.jsonl`), 'utf8').split('\n').map((l, i) => (i === 0 ? l : '{"id":1}')).join('\n'));
    cpSync(join(root, 'dist/data', `${ids[2]}.search.bin`), join(dir, 'dist/data', `${ids[3]}.search.bin`));
    for (const format of ['esm', 'cjs'] as const) {
      const p = probe(dir, format);
      expect(p.search).toBe(JSON.stringify(findDuties('satın alma')));
      expect(p.whoSigns).toBe(JSON.stringify(whoSigns('konak-ozel-kalem', 'valilik')));
    }
    // a regulation whose text is gone cannot answer: a clear error, in Turkish too, never a stack trace
    rmSync(join(dir, 'dist/data', `${ids[2]}.reg.json`));
    const out = execFileSync(process.execPath, ['-e', `try { require(${JSON.stringify(join(dir, 'dist/index.cjs'))}).whoSigns(${JSON.stringify(ids[2])}, 'valilik'); } catch (e) { process.stdout.write(JSON.stringify({ code: e.code, tr: e.messages.tr, suggestions: e.suggestions })); }`], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ code: 'INVALID_REGULATION', tr: `yerleşik "${ids[2]}" mevzuatının veri dosyası (dist/data/${ids[2]}.reg.json) eksik ya da bozuk: belediye-mevzuat paketini yeniden kurun`, suggestions: ['npm install belediye-mevzuat', 'a bundle: bundle with the "module" condition (esbuild, Vite and webpack set it), which carries the data'] });
  });
});

describe('the built package in a bundle', () => {
  // a bundler takes the bundled data whatever its platform: a server bundle (platform node) has no
  // dist/data/ beside it, and bundlers set the `module` (or `browser`, `webpack`) condition Node does not
  for (const [platform, format] of [['browser', 'esm'], ['node', 'esm'], ['node', 'cjs']] as const) {
    it(`an esbuild bundle (platform ${platform}, ${format}) carries every regulation and the stemmer, reads no file, and answers as the sources do`, async () => {
      const out = await build({ entryPoints: [join(root, 'dist/index.js')], bundle: true, platform, format, write: false, logLevel: 'silent', absWorkingDir: root, metafile: true });
      const inputs = Object.keys(out.metafile!.inputs);
      expect(inputs).toContain('dist/catalog.js');
      expect(inputs.filter((f) => /catalog-node|stemmer-node/.test(f))).toEqual([]);
      const text = out.outputFiles[0]!.text;
      expect(text).not.toMatch(/\.readFileSync\(|stemmer-inline\.cjs|\.search\.bin/);
      // run from a folder of its own, with no dist/data/ beside it
      const file = join(mkdtempSync(join(tmpdir(), 'mevzuat-bundle-')), format === 'esm' ? 'bundle.mjs' : 'bundle.cjs');
      writeFileSync(file, text);
      const m = (format === 'esm' ? await import(file) : createRequire(import.meta.url)(file)) as typeof import('../src/index.js');
      expect(JSON.stringify(m.whoSigns('konak-ozel-kalem', 'valilik'))).toBe(JSON.stringify(whoSigns('konak-ozel-kalem', 'valilik')));
      expect(JSON.stringify(m.findDuties('satın alma'))).toBe(JSON.stringify(findDuties('satın alma')));
      // a word no index has: stemmed by the bundled stemmer
      expect(JSON.stringify(m.findDuties('kütüphanelerimizdekilerden yazışmalarının'))).toBe(JSON.stringify(findDuties('kütüphanelerimizdekilerden yazışmalarının')));
    });
  }
});
