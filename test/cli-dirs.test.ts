// Issue 19 on the command line (the built dist/cli/bin.cjs): --dir with a folder of folders, the cache
// the CLI writes and then reads, --no-cache, a folder that cannot be named, and what a cached
// question loads (no zod, no YAML reader, no compiler).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, mevzuat, root } from './cli-support.js';
import { municipality } from './dirs-support.js';

const set = municipality(4);
const work = mkdtempSync(join(tmpdir(), 'mevzuat-cli-dirs-'));
beforeAll(() => assertBuilt());
afterAll(() => { rmSync(set.root, { recursive: true, force: true }); rmSync(work, { recursive: true, force: true }); });
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.meta.json')) : []);

/** The modules a run of the CLI (or of a script, `-e …`) loaded (ESM resolutions and CommonJS require.cache). */
function loaded(args: string[], env: Record<string, string>): string[] {
  const log = join(work, `loaded-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  execFileSync(process.execPath, ['--import', join(root, 'bench/probes/resolve-log.mjs'), ...(args[0]?.startsWith('-') ? args : [cli, ...args])], { cwd: root, env: { ...process.env, ...env, BENCH_RESOLVE_LOG: log }, stdio: 'ignore' });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('mevzuat --dir over a municipality\'s folders', () => {
  it('a folder of folders: a question about one compiles and caches that one alone; the next reads the cache', async () => {
    const cache = join(work, 'c1');
    const env = { MEVZUAT_CACHE_DIR: cache };
    const first = await mevzuat(['who-signs', 'ornekkoy-02', '--to', 'valilik', '--dir', set.root, '--json'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).status).toBe('explicit');
    expect(entries(cache)).toHaveLength(1);
    const again = await mevzuat(['who-signs', 'ornekkoy-02', '--to', 'valilik', '--dir', set.root, '--json'], { env });
    expect(again.stdout).toBe(first.stdout);
    expect(entries(cache)).toHaveLength(1);
    // a corpus-wide search touches (and caches) all of them
    const search = await mevzuat(['search', 'evrak', '--dir', set.root, '--json'], { env });
    expect(search.code, search.stderr).toBe(0);
    expect(entries(cache)).toHaveLength(4);
  });

  it('--no-cache reads and writes no cache', async () => {
    const cache = join(work, 'c2');
    const r = await mevzuat(['who-signs', 'ornekkoy-01', '--to', 'valilik', '--dir', set.root, '--no-cache'], { env: { MEVZUAT_CACHE_DIR: cache } });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(cache)).toBe(false);
  });

  it('a folder it cannot name is left out with a warning; the question is still answered', async () => {
    const broken = municipality(2);
    try {
      writeFileSync(join(broken.root, 'ornekkoy-01', 'regulation.yaml'), 'id: [\u001b[31m');
      const r = await mevzuat(['who-signs', 'ornekkoy-02', '--to', 'valilik', '--dir', broken.root], { env: { MEVZUAT_CACHE_DIR: '' } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/uyarı: .*ornekkoy-01 klasörü adlandırılamadı/);
      expect(r.stderr).not.toMatch(/\u001b/);
      expect(r.stdout).toMatch(/İmza/);
    } finally { rmSync(broken.root, { recursive: true, force: true }); }
  });

  it('the REPL takes a folder of folders too', async () => {
    const r = await mevzuat(['repl', '--dir', set.root], { input: "whoSigns('ornekkoy-04', 'valilik').status\n", env: { MEVZUAT_CACHE_DIR: join(work, 'c3') } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/explicit/);
  });

  it('a question over cached folders loads neither zod nor the YAML reader nor the compiler; an uncached one does', () => {
    const cache = join(work, 'c4');
    const args = ['who-signs', 'ornekkoy-03', '--to', 'valilik', '--dir', set.root];
    const cold = loaded(args, { MEVZUAT_CACHE_DIR: cache });
    // a folder not yet cached is named from its regulation.yaml: cache them all first
    loaded(['search', 'evrak', '--dir', set.root], { MEVZUAT_CACHE_DIR: cache });
    expect(entries(cache)).toHaveLength(4);
    const warm = loaded(args, { MEVZUAT_CACHE_DIR: cache });
    const heavy = (urls: string[]) => urls.filter((u) => /[\\/]node_modules[\\/](zod|yaml)[\\/]|node-compiler/.test(u));
    // the detector sees the compiler where it is loaded, or its "none" would mean nothing
    expect(heavy(cold).length).toBeGreaterThan(0);
    expect(heavy(warm)).toEqual([]);
    // the library the same way: belediye-mevzuat/node over cached folders
    const script = `import { createMevzuat } from './dist/index.js'; import { loadRegulationDirs } from './dist/node.js';
      const m = createMevzuat({ regulations: loadRegulationDirs(${JSON.stringify(set.root)}) });
      if (m.whoSigns('ornekkoy-01', 'valilik').status !== 'explicit' || !m.findDuties('evrak').length) process.exit(3);`;
    expect(heavy(loaded(['--input-type=module', '-e', script], { MEVZUAT_CACHE_DIR: cache }))).toEqual([]);
    expect(heavy(loaded(['--input-type=module', '-e', script], { MEVZUAT_CACHE_DIR: join(work, 'c5') })).length).toBeGreaterThan(0);
  });
});
