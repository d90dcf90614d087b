// Issue 19.2 and 19.4: regulation folders registered lazily, a folder of folders, and errors in a
// folder the question does not touch.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRegulations, createMevzuat, isMevzuatError, type MevzuatError } from '../src/index.js';
import { loadRegulationDir, loadRegulationDirs } from '../src/node.js';
import { lazyFolder, regulationFolders } from '../src/node/dirs.js';
import { countingCompiler, municipality } from './dirs-support.js';

const set = municipality(5);
afterAll(() => rmSync(set.root, { recursive: true, force: true }));
const lazy = (cache?: string) => {
  const c = countingCompiler();
  const entries = set.ids.map((id) => lazyFolder(join(set.root, id), { ...(cache && { cache }), version: 'test', compiler: c.compiler }));
  return { ...c, entries, m: createMevzuat({ regulations: [...builtinRegulations, ...entries] }) };
};

describe('folders registered lazily', () => {
  it('registering reads each folder\'s regulation.yaml alone and compiles nothing', () => {
    const r = lazy();
    expect(r.headers).toHaveLength(5);
    expect(r.compiles).toEqual([]);
    expect(r.m.regulationIds.slice(-5)).toEqual(set.ids);
  });

  it('a question about one folder compiles that folder alone, once; by id or by its name', () => {
    const r = lazy();
    expect(r.m.whoSigns('ornekkoy-03', 'valilik').status).toBe('explicit');
    expect(r.m.reportsTo('Örnekköy 3', 'Müdür').regulation).toBe('ornekkoy-03');
    expect(r.compiles).toEqual([join(set.root, 'ornekkoy-03')]);
    // and a built-in question compiles none
    const s = lazy();
    s.m.whoSigns('konak', 'valilik');
    expect(s.compiles).toEqual([]);
  });

  it('compare and a corpus-wide findDuties touch every folder, once', () => {
    const r = lazy();
    const ids = Object.keys(r.m.compare((id) => r.m.getRegulation(id).title));
    expect(ids).toEqual(r.m.regulationIds);
    r.m.findDuties('evrak');
    r.m.findDuties('arşiv');
    expect([...r.compiles].sort()).toEqual(set.ids.map((id) => join(set.root, id)));
  });

  it('answers what loadRegulationDir answers', () => {
    const r = lazy();
    const eager = createMevzuat({ regulations: [loadRegulationDir(join(set.root, 'ornekkoy-02'))] });
    for (const q of [(m: typeof eager) => m.whoSigns('ornekkoy-02', 'valilik'), (m: typeof eager) => m.dutiesOf('ornekkoy-02', 'Müdür'), (m: typeof eager) => m.cite('ornekkoy-02', 'm.5/1-a')]) {
      expect(JSON.parse(JSON.stringify(q(r.m)))).toEqual(JSON.parse(JSON.stringify(q(eager))));
    }
  });
});

describe('loadRegulationDirs: a folder or a folder of folders', () => {
  it('a folder of folders gives every regulation folder in it, sorted; a single folder gives itself', () => {
    expect(loadRegulationDirs(set.root, { cache: false }).map((e) => e.id)).toEqual(set.ids);
    expect(loadRegulationDirs(join(set.root, 'ornekkoy-04'), { cache: false }).map((e) => e.id)).toEqual(['ornekkoy-04']);
    expect(regulationFolders(join(set.root, 'ornekkoy-04', 'source.txt'))).toEqual([]);
  });

  it('a folder with no regulation folder, or not a folder, is INVALID_ARGUMENT', () => {
    const empty = join(set.root, '..', `${readdirSync(join(set.root, '..')).length}-empty-mevzuat`);
    mkdirSync(empty, { recursive: true });
    try {
      for (const bad of [empty, join(set.root, 'yok'), '', 42 as unknown as string]) {
        let err: unknown;
        try { loadRegulationDirs(bad); } catch (e) { err = e; }
        expect(isMevzuatError(err) && err.code).toBe('INVALID_ARGUMENT');
      }
    } finally { rmSync(empty, { recursive: true, force: true }); }
  });

  it('a folder in error stops only the questions about it', () => {
    const broken = municipality(3);
    try {
      writeFileSync(join(broken.root, 'ornekkoy-02', 'duties.yaml'), 'duties:\n  - { id: x, holder: yok-boyle-biri, cites: [art_5__para_1__point_a], topics: [] }\n');
      const m = createMevzuat({ regulations: loadRegulationDirs(broken.root, { cache: false }) });
      expect(m.whoSigns('ornekkoy-01', 'valilik').status).toBe('explicit');
      expect(m.whoSigns('ornekkoy-03', 'valilik').status).toBe('explicit');
      let err: unknown;
      try { m.whoSigns('ornekkoy-02', 'valilik'); } catch (e) { err = e; }
      expect(isMevzuatError(err) && err.code).toBe('INVALID_REGULATION');
      expect((err as MevzuatError).problems.some((p) => p.file === 'duties.yaml')).toBe(true);
    } finally { rmSync(broken.root, { recursive: true, force: true }); }
  });

  it('a folder that cannot be named is skipped through onSkip (and throws without it)', () => {
    const broken = municipality(3);
    try {
      const file = join(broken.root, 'ornekkoy-02', 'regulation.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: .*$/m, 'id: [bu bir liste]'));
      const skipped: string[] = [];
      const entries = loadRegulationDirs(broken.root, { cache: false, onSkip: (d, e) => { skipped.push(d); expect(e.code).toBe('INVALID_REGULATION'); } });
      expect(entries.map((e) => e.id)).toEqual(['ornekkoy-01', 'ornekkoy-03']);
      expect(skipped).toEqual([join(broken.root, 'ornekkoy-02')]);
      expect(() => loadRegulationDirs(broken.root, { cache: false })).toThrow(expect.objectContaining({ code: 'INVALID_REGULATION' }));
    } finally { rmSync(broken.root, { recursive: true, force: true }); }
  });

  it('with a cache, the second set of entries reads ids and regulations from it', () => {
    const cache = join(set.root, '..', `mevzuat-lazy-cache-${process.pid}`);
    try {
      lazy(cache).m.findDuties('evrak');
      const again = lazy(cache);
      expect(again.headers).toEqual([]);
      expect(again.m.findDuties('evrak').length).toBeGreaterThan(0);
      expect(again.m.whoSigns('ornekkoy-05', 'valilik').status).toBe('explicit');
      expect(again.compiles).toEqual([]);
    } finally { rmSync(cache, { recursive: true, force: true }); }
  });
});
