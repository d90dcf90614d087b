// The synthetic corpus, in a fresh `node` process on the built dist/:
//   node synthetic.mjs <dir> create   import the package, read the catalog, createMevzuat; exit
//   node synthetic.mjs <dir> first    + time the first query on one regulation (by name and by id)
//                                     and report RSS after touching 10 regulations
//   node synthetic.mjs <dir> search   + load all, then tinybench findDuties over every regulation
// <dir> holds catalog.json (what a corpus needs before loading: id, aliases, folded keys,
// repeals), one shipped JSON file per regulation, and shipped.mjs (the library's own fromShipped,
// bundled by the bench). Each lazy entry's `load` reads and rebuilds its one file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMevzuat, fold } from '../../dist/index.js';

const [dir, mode] = process.argv.slice(2);
const { fromShipped } = await import(pathToFileURL(join(dir, 'shipped.mjs')).href);
const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'));
const m = createMevzuat({
  regulations: catalog.map((c) => ({ ...c, load: () => fromShipped(readFileSync(join(dir, `${c.id}.json`), 'utf8')) })),
});

const out = { regulations: m.regulationIds.length };
if (mode === 'first') {
  // a regulation in the middle of the corpus, by a municipality name a user would type
  const pick = catalog[Math.floor(catalog.length / 2) + 3];
  const t0 = performance.now();
  m.whoSigns(pick.aliases[0], 'valilik');
  out.firstByNameMs = performance.now() - t0;
  const other = catalog[Math.floor(catalog.length / 3)];
  const t1 = performance.now();
  m.reportsTo(other.id, 'Müdür');
  out.firstByIdMs = performance.now() - t1;
  // touch 10 regulations in all, spread over the corpus
  for (let i = 0; i < 8; i++) m.inForce(catalog[Math.floor((i * catalog.length) / 8)].id, '2026-11-23');
  out.rssMb = process.memoryUsage().rss / 2 ** 20;
  out.heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
} else if (mode === 'search') {
  const { Bench } = await import('tinybench');
  const { searchPool } = await import('../cases.mjs');
  const t0 = performance.now();
  m.findDuties('satın alma');
  out.firstSearchAllMs = performance.now() - t0;
  out.hits = m.findDuties('satın alma').length;
  // the same pool of distinct two-word queries the 4-regulation bench uses (from the 4 originals)
  const pool = searchPool(m, fold, m.regulationIds.slice(0, 4), 300);
  let k = 0;
  let sink;
  const bench = new Bench({ time: Number(process.env.BENCH_TIME_MS ?? 400), warmupTime: 100, iterations: 16 });
  bench.add('memoised', () => { sink = m.findDuties('satın alma'); });
  bench.add('uncached', () => { sink = m.findDuties(pool[k++ % pool.length]); });
  await bench.run();
  for (const t of bench.tasks) out[`${t.name}Ms`] = t.result.latency.p50;
  out.rssMb = process.memoryUsage().rss / 2 ** 20;
  void sink;
} else if (mode !== 'create') throw new Error(`unknown mode ${mode}`);
process.stdout.write(JSON.stringify(out));
