// Issue 14 end to end: a municipality's text that is not one of the four → `mevzuat new` → the facts
// filled in → `mevzuat check` → loaded at run time → cited answers from createMevzuat, from the CLI
// with --dir (and the REPL), and a generated docs page.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRegulations, createMevzuat, isMevzuatError, regulationIds, type Regulation } from '../src/index.js';
import { loadRegulationDir } from '../src/node.js';
import { generateSite } from '../scripts/docs/generate.js';
import { fromFolders } from '../scripts/docs/site.js';
import { assertBuilt, mevzuat, root, squash } from './cli-support.js';

const source = join(root, 'test/fixtures/ornekkoy/source.txt');
const encoded = join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy');
let dir = '';
let ornekkoy: Regulation;

beforeAll(async () => {
  assertBuilt();
  const work = mkdtempSync(join(tmpdir(), 'mevzuat-byo-'));
  dir = join(work, 'ornekkoy');
  const made = await mevzuat(['new', source, '--id', 'ornekkoy', '--out', dir]);
  expect(made.code, made.stderr).toBe(0);
  // the skeleton is not yet a regulation: check refuses it, naming the fields left to write
  const fresh = await mevzuat(['check', dir]);
  expect(fresh.code).toBe(2);
  expect(fresh.stdout).toMatch(/regulation\.yaml:\d+:\d+: hata: "summary" boş olamaz/);
  // the facts, as legal staff would write them (the encoded fixture); text.yaml stays the parser's
  for (const f of ['regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml', 'coverage.yaml']) cpSync(join(encoded, f), join(dir, f));
  const checked = await mevzuat(['check', dir]);
  expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  ornekkoy = loadRegulationDir(dir);
}, 120_000);

describe('a regulation of your own, from text to answers', () => {
  it('the parser wrote the same text tree the encoder wrote by hand', () => {
    expect(readFileSync(join(dir, 'text.yaml'), 'utf8').length).toBeGreaterThan(1000);
    expect(ornekkoy.provisions.length).toBe(loadRegulationDir(encoded).provisions.length);
  });

  it('createMevzuat answers from it, with citations, beside the built-in regulations', () => {
    const m = createMevzuat({ regulations: [...builtinRegulations, ornekkoy] });
    expect(m.regulationIds).toEqual([...regulationIds, 'ornekkoy']);
    const signs = m.whoSigns('Örnekköy', 'valilik');
    expect(signs.status).toBe('explicit');
    expect(signs.signers.map((s) => s.name)).toContain('Belediye Başkanı');
    expect(signs.citations[0]!.text).toContain('Valilik');
    expect(ornekkoy.provisions.some((p) => p.id === signs.citations[0]!.id)).toBe(true);
    // the built-in regulations answer as before, in the same instance
    expect(m.whoSigns('konak', 'valilik').citations[0]!.label).toBe('m.14/b');
    // and the set is the caller's: the package's own exports do not know Örnekköy
    expect(() => m.whoSigns('nowhere', 'valilik')).toThrow(/nowhere/);
  });

  it('every leaf provision of it is a fact or marked, like the built-in ones', () => {
    const m = createMevzuat({ regulations: [ornekkoy] });
    for (const p of ornekkoy.provisions.filter((x) => x.leaf)) expect(m.cite('ornekkoy', p.label).text).toBe(p.text);
  });

  it('a broken folder is refused whole, with every problem located', () => {
    const work = mkdtempSync(join(tmpdir(), 'mevzuat-byo-bad-'));
    const bad = join(work, 'ornekkoy');
    cpSync(dir, bad, { recursive: true });
    const duties = readFileSync(join(bad, 'duties.yaml'), 'utf8');
    writeFileSync(join(bad, 'duties.yaml'), duties.replace(/holder: mudur\b/, 'holder: mudr'));
    let error: unknown;
    try { loadRegulationDir(bad); } catch (e) { error = e; }
    expect(isMevzuatError(error) && error.code).toBe('INVALID_REGULATION');
    const p = (error as { problems: readonly { file: string; line?: number; value?: string; suggestion?: string }[] }).problems[0]!;
    expect([p.file, p.value]).toEqual(['duties.yaml', 'mudr']);
    expect(p.line).toBeGreaterThan(0);
    expect(p.suggestion).toContain('mudur');
  });

  it('the CLI answers from it with --dir, cited, and the REPL too', async () => {
    const r = await mevzuat(['who-signs', 'ornekkoy', '--to', 'valilik', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(squash(r.stdout)).toContain('Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası');
    expect(r.stdout).toMatch(/Dayanak\n {2}m\.\d+/);
    const json = JSON.parse((await mevzuat(['who-signs', 'ornekkoy', '--to', 'valilik', '--dir', dir, '--json'])).stdout);
    expect(json).toEqual(createMevzuat({ regulations: [ornekkoy] }).whoSigns('ornekkoy', 'valilik'));
    // without --dir it is unknown: bad input, exit 2
    expect((await mevzuat(['who-signs', 'ornekkoy', '--to', 'valilik'])).code).toBe(2);
    const repl = await mevzuat(['repl', '--dir', dir], { input: "whoSigns('ornekkoy', 'valilik').status\n" });
    expect(repl.stdout.trim()).toBe("'explicit'");
  });

  it('the docs generator builds its pages, answered through the same set', () => {
    const set = fromFolders([dir], { only: true });
    const site = generateSite(set.regulations, { today: '2026-11-23', queries: set.queries });
    const page = site.files.get('mevzuat/ornekkoy/index.md');
    expect(page).toBeDefined();
    expect(page).toContain('Örnekköy');
    const text = site.files.get('mevzuat/ornekkoy/metin.md')!;
    expect(text).toContain(ornekkoy.provisions.find((p) => p.leaf)!.id);
  });
});
