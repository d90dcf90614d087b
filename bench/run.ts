/**
 * `npm run bench`: measures every figure of issue 11 on the built package (dist/) and prints it
 * beside its target, PASS or FAIL, as a Markdown table on stdout; the same as JSON in
 * bench/results.json. Progress goes to stderr. A failed target never fails the command (exit 0);
 * only a bench that cannot run exits non-zero.
 *
 * Times that depend on the machine are measured as ratios in the same run: process start-ups are
 * interleaved, round by round in shuffled order, with a bare `node -e 0`, and compared by their
 * medians. In-process timings use tinybench (bench/probes/micro.mjs), in a plain `node` process.
 *
 * Options: `--no-build` skips `npm run build`; BENCH_ROUNDS (default 40) start-up rounds;
 * BENCH_FIRST_REPS (default 15) fresh processes per first-call figure; BENCH_TIME_MS (default 400)
 * tinybench time per task; BENCH_SYNTHETIC (default 1000) regulations in the synthetic corpus;
 * BENCH_FOLDERS (default 30) regulation folders in the municipality section.
 *
 * `--only <section>[,<section>]` runs some sections alone: `core` (size, import, queries, vs
 * SQLite, synthetic: everything but the next) and `municipality` (a municipality's own folders:
 * the folder cache, lazy loading, the prebuilt search index) and `http` (`mevzuat serve` against a bare
 * node:http server, bench/http.ts). `npm run bench -- --only municipality`.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, platform, arch, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlib } from 'node:zlib';
import { build } from 'esbuild';
import { compileRegulation, regulationDirs } from '../src/compile/regulation.js';
import { toShipped } from '../src/internal/shipped.js';
import { catalogEntry } from '../src/internal/catalog.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const FIRST_REPS = Number(process.env.BENCH_FIRST_REPS ?? 15);
const SYNTHETIC = Number(process.env.BENCH_SYNTHETIC ?? 1000);
const FOLDERS = Number(process.env.BENCH_FOLDERS ?? 30);
const only = (() => {
  const i = process.argv.indexOf('--only');
  if (i < 0) return undefined;
  const list = new Set((process.argv[i + 1] ?? '').split(',').filter(Boolean));
  const unknown = [...list].filter((x) => x !== 'core' && x !== 'municipality' && x !== 'http');
  if (!list.size || unknown.length) throw new Error(`--only takes core, municipality and/or http, got ${process.argv[i + 1] ?? 'nothing'}`);
  return list;
})();
/** True when the section is to run (every section, without --only). */
const runs = (section: 'core' | 'municipality' | 'http') => !only || only.has(section);

/** One line of the table. `pass` is undefined for figures reported without a target. */
type Row = { section: string; figure: string; measured: string; target: string; pass?: boolean; value?: number; unit?: string; detail?: Record<string, unknown> };
const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};
const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
const us = (x: number) => (x < 10 ? `${fmt(x, 2)} µs` : `${fmt(x, 1)} µs`);
const ms = (x: number) => `${fmt(x, x < 10 ? 2 : 1)} ms`;
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

/** Runs a node script and returns its stdout, or throws with its stderr. */
function node(args: readonly string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

// --- the SQLite side's own install (bench/sqlite/, kept out of the package's npm ci) -------------
if (runs('core') && !existsSync(join(root, 'bench', 'sqlite', 'node_modules', 'better-sqlite3'))) {
  log('npm ci --prefix bench/sqlite (better-sqlite3, compiled from C: a few minutes, once)');
  const r = spawnSync('npm', ['ci', '--prefix', join(root, 'bench', 'sqlite'), '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('npm ci --prefix bench/sqlite failed');
}

// --- build -------------------------------------------------------------------------------------
if (!process.argv.includes('--no-build')) {
  log('npm run build');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  os: `${platform()} ${arch()}`,
  loadBefore: loadavg().map((x) => fmt(x)).join(' '),
  loadAfter: '',
};
log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadBefore}`);

let microBatch: number | undefined;
let wallMs: Record<string, number[]> = {};
let microTasks: unknown;
// the core sections (not re-indented, to keep their history readable): everything up to the municipality section
if (runs('core')) {
// --- browser bundle ----------------------------------------------------------------------------
async function bundle(names: string): Promise<{ min: number; gzip: number; text: string; packages: Record<string, number> }> {
  const r = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(join(dist, 'index.js'))};`, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent',
  });
  const out = r.outputFiles[0]!.contents;
  const packages: Record<string, number> = {};
  for (const [path, info] of Object.entries(r.metafile.outputs).flatMap(([, o]) => Object.entries(o.inputs))) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'belediye-mevzuat';
    packages[pkg] = (packages[pkg] ?? 0) + info.bytesInOutput;
  }
  return { min: out.length, gzip: gzipSync(out, { level: zlib.Z_BEST_COMPRESSION }).length, text: Buffer.from(out).toString('utf8'), packages };
}
log('esbuild bundles');
{
  const ws = await bundle('whoSigns');
  rows.push({
    section: 'Size', figure: "browser bundle of `import { whoSigns }` (esbuild, minified, gzip -9)",
    measured: `${kb(ws.gzip)} gzip (${kb(ws.min)} minified; zod ${kb(ws.packages.zod ?? 0)})`, target: '≤ 40 KB',
    pass: ws.gzip <= 40 * 1024, value: ws.gzip / 1024, unit: 'KB', detail: { minifiedBytes: ws.min, gzipBytes: ws.gzip, bytesByPackage: ws.packages },
  });
  const f = await bundle('fold');
  const ids = JSON.parse(node(['--input-type=module', '-e', `import { regulationIds } from './dist/index.js'; process.stdout.write(JSON.stringify(regulationIds))`])) as string[];
  const data = ids.filter((id) => f.text.includes(id));
  rows.push({
    section: 'Size', figure: '… of `import { fold }` alone: regulation data tree-shaken away',
    measured: `${kb(f.gzip)} gzip (${kb(f.min)} minified); ${data.length ? `contains ${data.join(', ')}` : 'no regulation data'}`, target: 'no data',
    pass: data.length === 0, value: f.gzip / 1024, unit: 'KB', detail: { minifiedBytes: f.min, gzipBytes: f.gzip, bytesByPackage: f.packages },
  });
}

// --- zod on the import path --------------------------------------------------------------------
log('zod on the import path');
{
  const dir = mkdtempSync(join(tmpdir(), 'mevzuat-bench-resolve-'));
  const loaded = (name: string, args: string[]) => {
    const file = join(dir, `${name}.log`);
    writeFileSync(file, '');
    node(['--import', './bench/probes/resolve-log.mjs', ...args], { BENCH_RESOLVE_LOG: file });
    const urls = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    return { zod: urls.some((u) => /[\\/]node_modules[\\/]zod[\\/]/.test(u)), modules: urls.length };
  };
  const esm = loaded('esm', ['--input-type=module', '-e', "import './dist/index.js'"]);
  const cjs = loaded('cjs', ['-e', "require('./dist/index.cjs')"]);
  const cli = loaded('cli', ['dist/cli/bin.cjs', 'who-signs', 'konak', '--to', 'valilik']);
  // the detector must see zod where it is loaded, or its "no" would mean nothing
  const controlEsm = loaded('schemas-esm', ['--input-type=module', '-e', "import './dist/schemas.js'"]);
  const controlCjs = loaded('schemas-cjs', ['-e', "require('./dist/schemas.cjs')"]);
  rmSync(dir, { recursive: true, force: true });
  const works = controlEsm.zod && controlCjs.zod;
  const say = (x: { zod: boolean }) => (works ? (x.zod ? 'yes' : 'no') : 'unknown (the detector missed zod in belediye-mevzuat/schemas)');
  rows.push({ section: 'Import', figure: 'zod loaded when importing the main entry (ESM `import`)', measured: say(esm), target: 'no', pass: works && !esm.zod });
  rows.push({ section: 'Import', figure: 'zod loaded when requiring the main entry (CJS `require`)', measured: say(cjs), target: 'no', pass: works && !cjs.zod });
  rows.push({ section: 'Import', figure: 'zod loaded by `mevzuat who-signs konak --to valilik`', measured: say(cli), target: 'no', pass: works && !cli.zod });
  rows.push({ section: 'Import', figure: 'control: zod loaded by `belediye-mevzuat/schemas` (ESM / CJS)', measured: `${controlEsm.zod ? 'yes' : 'no'} / ${controlCjs.zod ? 'yes' : 'no'}`, target: 'yes (the detector works)', pass: works });
}

// --- the synthetic corpus ----------------------------------------------------------------------
log(`synthetic corpus of ${SYNTHETIC} regulations`);
const synDir = mkdtempSync(join(tmpdir(), 'mevzuat-bench-corpus-'));
process.on('exit', () => rmSync(synDir, { recursive: true, force: true }));
{
  // the four, compiled by the package's compiler, then repeated under generated ids and names
  const base = regulationDirs().map(compileRegulation);
  const catalog = [];
  for (let i = 0; i < SYNTHETIC; i++) {
    const b = base[i % base.length]!;
    const r = { ...b, id: `${b.id}-${String(i).padStart(4, '0')}`, aliases: b.aliases.map((a) => `${a} ${i}`) };
    writeFileSync(join(synDir, `${r.id}.json`), JSON.stringify(toShipped(r)));
    catalog.push(catalogEntry(r));
  }
  writeFileSync(join(synDir, 'catalog.json'), JSON.stringify(catalog));
  // the library's own fromShipped (and provisionText), bundled: what each lazy entry's load calls
  await build({ entryPoints: [join(root, 'src/internal/shipped.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(synDir, 'shipped.mjs'), logLevel: 'silent' });
}

// --- process start-up: interleaved rounds ------------------------------------------------------
type Cmd = { name: string; args: string[] };
const cmds: Cmd[] = [
  { name: 'bare', args: ['-e', '0'] },
  { name: 'bare-esm', args: ['--input-type=module', '-e', '0'] },
  { name: 'import-esm', args: ['--input-type=module', '-e', "import './dist/index.js'"] },
  { name: 'require-cjs', args: ['-e', "require('./dist/index.cjs')"] },
  { name: 'cli', args: ['dist/cli/bin.cjs', 'who-signs', 'konak', '--to', 'valilik'] },
  { name: 'synthetic-create', args: ['bench/probes/synthetic.mjs', synDir, 'create'] },
];
log(`${ROUNDS} interleaved rounds of ${cmds.map((c) => c.name).join(', ')}`);
const wall: Record<string, number[]> = Object.fromEntries(cmds.map((c) => [c.name, []]));
for (const c of cmds) node(c.args); // each must succeed (and the OS cache is warm for all alike)
for (let round = 0; round < ROUNDS; round++) {
  for (const c of [...cmds].sort(() => Math.random() - 0.5)) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.args, { cwd: root, stdio: 'ignore' });
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}`);
    wall[c.name]!.push(t);
  }
}
const bare = median(wall.bare!);
const ratio = (name: string) => median(wall[name]!) / bare;
const wallRow = (section: string, name: string, figure: string, max: number | undefined): Row => {
  const x = ratio(name);
  return {
    section, figure, measured: `${fmt(x)}× (${ms(median(wall[name]!))} vs ${ms(bare)})`, target: max === undefined ? '—' : `≤ ${max}×`,
    ...(max !== undefined && { pass: x <= max }), value: x, unit: '×', detail: { medianMs: median(wall[name]!), bareMedianMs: bare, minMs: Math.min(...wall[name]!), runs: wall[name]!.length },
  };
};
rows.push(wallRow('Import', 'bare-esm', 'for reference: `node --input-type=module -e 0` (the ESM loader alone), wall vs `node -e 0`', undefined));
rows.push(wallRow('Import', 'import-esm', "`import` of the main entry (dist/index.js), wall vs `node -e 0`", 1.3));
rows.push(wallRow('Import', 'require-cjs', '`require` of the main entry (dist/index.cjs), wall vs `node -e 0`', 1.3));
rows.push(wallRow('Import', 'cli', '`mevzuat who-signs konak --to valilik`, wall vs `node -e 0`', 1.5));

// --- first calls in fresh processes ------------------------------------------------------------
const cases = (await import('./cases.mjs')) as { queries: { name: string; label: string }[]; search: { name: string; label: string } };
log(`first calls: ${FIRST_REPS} fresh processes per query, interleaved`);
const first: Record<string, number[]> = {};
for (let rep = 0; rep < FIRST_REPS; rep++) {
  for (const q of [...cases.queries, cases.search].sort(() => Math.random() - 0.5)) {
    (first[q.name] ??= []).push((JSON.parse(node(['bench/probes/first-call.mjs', q.name])) as { ms: number }).ms);
  }
}

// --- in-process: tinybench, and better-sqlite3 -------------------------------------------------
log('tinybench: warm queries, findDuties, better-sqlite3 (about a minute)');
type Task = { medianUs: number; meanUs: number; rmePct: number; samples: number } | { error: string };
const micro = JSON.parse(node(['bench/probes/micro.mjs'])) as { batch: number; poolSize: number; tasks: Record<string, Task>; agree: Record<string, boolean> };
const warm = (name: string): number => {
  const t = micro.tasks[name];
  if (!t || 'error' in t) throw new Error(`tinybench task ${name}: ${t ? t.error : 'missing'}`);
  return t.medianUs;
};

{
  const s = cases.search;
  const w = warm(s.name);
  const u = warm('findDuties:uncached');
  const f = median(first[s.name]!);
  rows.push({ section: 'Queries', figure: `\`${s.label}\` warm median (memoised answer)`, measured: us(w), target: '≤ 5 µs', pass: w <= 5, value: w, unit: 'µs' });
  rows.push({ section: 'Queries', figure: `findDuties warm median, a different query each call (${micro.poolSize} two-word queries from the duties' text; nothing memoised)`, measured: us(u), target: '≤ 5 µs', pass: u <= 5, value: u, unit: 'µs' });
  rows.push({ section: 'Queries', figure: `\`${s.label}\` first call in a fresh process (loads all 4)`, measured: ms(f), target: '≤ 5 ms', pass: f <= 5, value: f, unit: 'ms', detail: { runsMs: first[s.name] } });
}
for (const q of cases.queries) {
  const w = warm(q.name);
  rows.push({ section: 'Queries', figure: `\`${q.label}\` warm median`, measured: us(w), target: '≤ 1 µs', pass: w <= 1, value: w, unit: 'µs' });
}
for (const q of cases.queries) {
  const f = median(first[q.name]!);
  rows.push({ section: 'Queries', figure: `\`${q.label}\` first call in a fresh process`, measured: ms(f), target: '≤ 2 ms', pass: f <= 2, value: f, unit: 'ms', detail: { runsMs: first[q.name] } });
}

const versus: [string, string][] = [
  ['reports-to', "reports-to: `reportsTo('konak', 'Müdür')`"],
  ['chain', "chain (recursive CTE): `chainOfCommand('kocaeli', 'Şef')`"],
  ['who-signs', "who-signs: `whoSigns('konak', 'valilik')`"],
  ['duties-by-holder', "duties by holder: `dutiesOf('konak', 'Şef')`"],
  ['duty-search', "duty search (FTS5): `findDuties('satın alma')`"],
  ['duty-search:uncached', 'duty search (FTS5), a different query each call (both sides)'],
];
for (const [name, figure] of versus) {
  const ours = warm(`ours:${name}`);
  const sqlite = warm(`sqlite:${name}`);
  const x = ours / sqlite;
  const same = micro.agree[name] === true;
  rows.push({
    section: 'vs SQLite', figure: `${figure}, ours / better-sqlite3`, measured: `${fmt(x, 4)}× (${us(ours)} vs ${us(sqlite)})${same ? '' : name.startsWith('duty-search') ? '; MISSES DUTIES FTS5 FINDS' : '; ANSWERS DIFFER'}`,
    target: name.startsWith('duty-search') ? '< 1×, finds every duty FTS5 finds' : '< 1×, same answer', pass: x < 1 && same, value: x, unit: '×', detail: { oursUs: ours, sqliteUs: sqlite, sameAnswer: same },
  });
}

// --- the synthetic corpus in fresh processes ---------------------------------------------------
log(`synthetic corpus: ${FIRST_REPS} fresh processes for the first query and memory`);
const syn: { firstByNameMs: number; firstByIdMs: number; rssMb: number; heapUsedMb: number }[] = [];
for (let rep = 0; rep < FIRST_REPS; rep++) syn.push(JSON.parse(node(['bench/probes/synthetic.mjs', synDir, 'first'])));
log('synthetic corpus: findDuties over every regulation (loads them all)');
const synSearch = JSON.parse(node(['--max-old-space-size=8192', 'bench/probes/synthetic.mjs', synDir, 'search'])) as { firstSearchAllMs: number; hits: number; memoisedMs: number; uncachedMs: number; rssMb: number };
{
  const n = SYNTHETIC.toLocaleString('en-US');
  rows.push(wallRow('Synthetic', 'synthetic-create', `${n} regulations: import + \`createMevzuat\` (lazy entries), wall vs \`node -e 0\``, 1.5));
  const byName = median(syn.map((s) => s.firstByNameMs));
  const byId = median(syn.map((s) => s.firstByIdMs));
  const rss = median(syn.map((s) => s.rssMb));
  rows.push({ section: 'Synthetic', figure: `${n} regulations: first query on one regulation, by name, the process's first query (\`whoSigns('Konak ${Math.floor(SYNTHETIC / 2) + 3}', 'valilik')\`)`, measured: ms(byName), target: '≤ 5 ms', pass: byName <= 5, value: byName, unit: 'ms' });
  rows.push({ section: 'Synthetic', figure: `${n} regulations: first query on another regulation, by id, once one query has run (\`reportsTo(id, 'Müdür')\`)`, measured: ms(byId), target: '≤ 5 ms', pass: byId <= 5, value: byId, unit: 'ms' });
  rows.push({ section: 'Synthetic', figure: `${n} regulations: \`findDuties('satın alma')\` over all, warm (memoised)`, measured: ms(synSearch.memoisedMs), target: '≤ 2 ms', pass: synSearch.memoisedMs <= 2, value: synSearch.memoisedMs, unit: 'ms' });
  rows.push({ section: 'Synthetic', figure: `${n} regulations: findDuties over all, warm, a different query each call`, measured: ms(synSearch.uncachedMs), target: '≤ 2 ms', pass: synSearch.uncachedMs <= 2, value: synSearch.uncachedMs, unit: 'ms' });
  rows.push({ section: 'Synthetic', figure: `${n} regulations: memory (RSS) after touching 10 regulations`, measured: `${fmt(rss, 1)} MB`, target: '≤ 100 MB', pass: rss <= 100, value: rss, unit: 'MB' });
  rows.push({ section: 'Synthetic', figure: `for reference: the first findDuties over all ${n} (loads and indexes every one); RSS then`, measured: `${ms(synSearch.firstSearchAllMs)}; ${fmt(synSearch.rssMb, 0)} MB`, target: '—', value: synSearch.firstSearchAllMs, unit: 'ms' });
}

microBatch = micro.batch;
wallMs = wall;
microTasks = micro;
} // the core sections

// --- a municipality's own folders: cache, lazy loading, prebuilt search index ---------------------
if (runs('municipality')) await municipalitySection();

// --- HTTP: mevzuat serve against a bare node:http server (bench/http.ts) ------------------------
if (runs('http')) rows.push(...await (await import('./http.js')).benchHttp(log));

// --- report ------------------------------------------------------------------------------------
machine.loadAfter = loadavg().map((x) => fmt(x)).join(' ');
const judged = rows.filter((r) => r.pass !== undefined);
const passed = judged.filter((r) => r.pass).length;
const cell = (s: string) => s.replace(/\|/g, '\\|');
const lines = [
  '## belediye-mevzuat bench',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}; load average ${machine.loadBefore} before, ${machine.loadAfter} after.`,
  `Start-ups: ${ROUNDS} interleaved rounds, medians. First calls: ${FIRST_REPS} fresh processes, median.${microBatch ? ` Warm: tinybench medians, samples of ${microBatch} calls.` : ''}${only ? ` Sections: ${[...only].join(', ')}.` : ''}`,
  '',
  '| figure | measured | target | result |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${cell(r.figure)} | ${cell(r.measured)} | ${cell(r.target)} | ${r.pass === undefined ? '—' : r.pass ? 'PASS' : '**FAIL**'} |`),
  '',
  `${passed} of ${judged.length} targets met.${passed < judged.length ? ` Failed: ${judged.filter((r) => !r.pass).map((r) => r.figure.replace(/`/g, '')).join('; ')}.` : ''}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, only ? `bench/results-${[...only].join('-')}.json` : 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, settings: { rounds: ROUNDS, firstReps: FIRST_REPS, synthetic: SYNTHETIC, folders: FOLDERS, batch: microBatch, sections: only ? [...only] : ['core', 'municipality'] }, passed, judged: judged.length, rows, wallMs, micro: microTasks }, null, 2)}\n`);
log(`wrote bench/results${only ? `-${[...only].join('-')}` : ''}.json; ${passed} of ${judged.length} targets met`);

/**
 * A municipality's own regulation folders (issue 19): FOLDERS folders made from the project's own
 * fully encoded folders (the Örnekköy fixture and the four built-in regulations' folders), copied
 * under new ids and names. Measures, as ratios in one run: a CLI question about one cached folder
 * against the same question on a built-in regulation; the first question with an empty cache, over
 * all the folders against over that one folder alone; findDuties' first call in a fresh process,
 * for the built-ins and over the folders; the heap of the folders registered but untouched.
 */
async function municipalitySection(): Promise<void> {
  const { cpSync, readdirSync } = await import('node:fs');
  const work = mkdtempSync(join(tmpdir(), 'mevzuat-bench-municipality-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const setRoot = join(work, 'set');
  mkdirSync(setRoot);
  const bases = [join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy'), ...regulationDirs()];
  const ids: string[] = [];
  for (let i = 0; i < FOLDERS; i++) {
    const from = bases[i % bases.length]!;
    const base = from.split(/[\\/]/).pop()!;
    const id = `${base}-kopya-${String(i + 1).padStart(2, '0')}`;
    const to = join(setRoot, id);
    cpSync(from, to, { recursive: true });
    const file = join(to, 'regulation.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: .*$/m, `id: ${id}`).replace(/^aliases: .*$/m, `aliases: [Kopya ${i + 1}]`));
    ids.push(id);
  }
  // the question: who signs to the Valilik, in a copy of konak-ozel-kalem, and in konak-ozel-kalem
  const konakCopy = ids.find((id) => id.startsWith('konak-ozel-kalem-'))!;
  const one = join(work, 'one');
  mkdirSync(one);
  cpSync(join(setRoot, konakCopy), join(one, konakCopy), { recursive: true });
  log(`municipality: ${FOLDERS} folders (${readdirSync(setRoot).length} on disk), question on ${konakCopy}`);

  const warmCache = join(work, 'cache-warm');
  const cli = (id: string, dir?: string) => ['dist/cli/bin.cjs', 'who-signs', id, '--to', 'valilik', ...(dir ? ['--dir', dir] : [])];
  // warm the cache: one corpus-wide search compiles and caches every folder
  node(['dist/cli/bin.cjs', 'search', 'evrak', '--dir', setRoot], { MEVZUAT_CACHE_DIR: warmCache });
  let coldN = 0;
  const coldCache = () => join(work, `cache-cold-${coldN++}`);
  type Run = { name: string; args: string[]; env: () => Record<string, string> };
  const runsList: Run[] = [
    { name: 'bare', args: ['-e', '0'], env: () => ({}) },
    { name: 'builtin', args: cli('konak'), env: () => ({ MEVZUAT_CACHE_DIR: warmCache }) },
    { name: 'cached', args: cli(konakCopy, setRoot), env: () => ({ MEVZUAT_CACHE_DIR: warmCache }) },
    { name: 'cold-all', args: cli(konakCopy, setRoot), env: () => ({ MEVZUAT_CACHE_DIR: coldCache() }) },
    { name: 'cold-one', args: cli(konakCopy, one), env: () => ({ MEVZUAT_CACHE_DIR: coldCache() }) },
  ];
  for (const r of runsList) node(r.args, r.env());
  const times: Record<string, number[]> = Object.fromEntries(runsList.map((r) => [r.name, []]));
  const rounds = Math.max(3, Math.round(ROUNDS / 2));
  log(`municipality: ${rounds} interleaved rounds of ${runsList.map((r) => r.name).join(', ')}`);
  for (let round = 0; round < rounds; round++) {
    for (const r of [...runsList].sort(() => Math.random() - 0.5)) {
      const env = { ...process.env, ...r.env() };
      const t0 = process.hrtime.bigint();
      const p = spawnSync(process.execPath, r.args, { cwd: root, env, stdio: 'ignore' });
      const t = Number(process.hrtime.bigint() - t0) / 1e6;
      if (p.status !== 0) throw new Error(`${r.name} exited ${p.status}`);
      times[r.name]!.push(t);
    }
  }
  const med = (n: string) => median(times[n]!);
  const ratioRow = (figure: string, a: string, b: string, max: number): Row => {
    const x = med(a) / med(b);
    return { section: 'Municipality', figure, measured: `${fmt(x)}× (${ms(med(a))} vs ${ms(med(b))})`, target: `≤ ${max}×`, pass: x <= max, value: x, unit: '×', detail: { [a]: times[a], [b]: times[b] } };
  };
  rows.push(ratioRow(`CLI question about one of ${FOLDERS} cached folders (\`who-signs ${konakCopy} --to valilik --dir …\`) vs the same on the built-in (\`who-signs konak --to valilik\`)`, 'cached', 'builtin', 1.5));
  rows.push(ratioRow(`… with an empty cache, over all ${FOLDERS} folders vs over that one folder alone (proportional to the folder it needs)`, 'cold-all', 'cold-one', 1.5));
  {
    const x = med('cold-all');
    rows.push({ section: 'Municipality', figure: `… with an empty cache, over all ${FOLDERS} folders: wall time (the issue's absolute bound; a ratio to bare node beside it)`, measured: `${ms(x)} (${fmt(x / med('bare'))}× bare node)`, target: '≤ 3 s', pass: x <= 3000, value: x, unit: 'ms' });
  }
  rows.push(ratioRow('for reference: `mevzuat who-signs konak --to valilik` vs `node -e 0`, in these rounds', 'builtin', 'bare', 1.5));

  log(`municipality: findDuties first calls, ${FIRST_REPS} fresh processes each, interleaved`);
  const firstBuiltin: { importMs: number; firstMs: number }[] = [];
  const firstFolders: { importMs: number; registerMs: number; firstMs: number; hits: number }[] = [];
  for (let rep = 0; rep < FIRST_REPS; rep++) {
    for (const which of ['builtin', 'search'].sort(() => Math.random() - 0.5)) {
      const out = JSON.parse(node(['bench/probes/municipality.mjs', which, setRoot], { MEVZUAT_CACHE_DIR: warmCache }));
      (which === 'builtin' ? firstBuiltin : firstFolders).push(out);
    }
  }
  const fb = median(firstBuiltin.map((x) => x.firstMs));
  const ff = median(firstFolders.map((x) => x.firstMs));
  const fr = median(firstFolders.map((x) => x.registerMs));
  rows.push({ section: 'Municipality', figure: "`findDuties('satın alma')` first call in a fresh process, the four built-ins (after the import)", measured: ms(fb), target: '≤ 5 ms', pass: fb <= 5, value: fb, unit: 'ms', detail: { runs: firstBuiltin } });
  rows.push({ section: 'Municipality', figure: `\`findDuties('satın alma')\` first call in a fresh process over ${FOLDERS} cached folders (after the import and registration)`, measured: `${ms(ff)} (${firstFolders[0]?.hits ?? 0} hits)`, target: '≤ 20 ms', pass: ff <= 20, value: ff, unit: 'ms', detail: { runs: firstFolders } });
  rows.push({ section: 'Municipality', figure: `for reference: registering ${FOLDERS} cached folders (\`loadRegulationDirs\` + \`createMevzuat\`: hashing their files, reading each entry's meta)`, measured: ms(fr), target: '—', value: fr, unit: 'ms' });

  log('municipality: heap of the folders registered, untouched');
  const heaps = Array.from({ length: Math.max(3, Math.round(FIRST_REPS / 3)) }, () => JSON.parse(node(['--expose-gc', 'bench/probes/municipality.mjs', 'heap', setRoot], { MEVZUAT_CACHE_DIR: warmCache })) as { heapBytes: number });
  const heap = median(heaps.map((h) => h.heapBytes));
  rows.push({ section: 'Municipality', figure: `heap of ${FOLDERS} folders registered (cached) but untouched`, measured: `${fmt(heap / 2 ** 20, 2)} MB`, target: '< 5 MB', pass: heap < 5 * 2 ** 20, value: heap / 2 ** 20, unit: 'MB', detail: { runsBytes: heaps.map((h) => h.heapBytes) } });
}
