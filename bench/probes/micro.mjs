// In-process timings with tinybench, in a plain `node` process on the built dist/: every query's
// warm median, findDuties memoised and uncached, and the same questions answered by better-sqlite3
// in the same process, interleaved task by task. Prints one JSON object on stdout.
//
// Calls below a microsecond are under the timer's resolution and overhead, so each tinybench
// sample is a batch of BATCH calls timed together and reported per call (`overriddenDuration`, as
// tinybench recommends for sub-overhead measurements); the median is over those batch means.
import { Bench } from 'tinybench';
import { isDeepStrictEqual } from 'node:util';
import * as m from '../../dist/index.js';
import { queries, search, searchPool } from '../cases.mjs';
import { buildDatabase, questions } from './sqlite.mjs';

const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const TIME = Number(process.env.BENCH_TIME_MS ?? 400);

const bench = new Bench({ time: TIME, warmupTime: 100, iterations: 32 });
let sink;
/** A tinybench task body running `f` BATCH times and reporting the mean per call. */
const batched = (f) => () => {
  const t0 = bench.now();
  for (let i = 0; i < BATCH; i++) sink = f();
  const dt = bench.now() - t0;
  return { overriddenDuration: dt / BATCH, overriddenIterationCost: dt };
};

// every query once, so the regulations are loaded and indexed: what follows is warm
for (const q of [...queries, search]) q.call(m);

for (const q of [...queries, search]) bench.add(q.name, batched(() => q.call(m)));

// findDuties with a different query each call: more distinct queries than it memoises (256), in a
// fixed order, so no call is answered from memory
const pool = searchPool(m, m.fold, m.regulationIds);
let k = 0;
bench.add('findDuties:uncached', batched(() => m.findDuties(pool[k++ % pool.length])));

// better-sqlite3 over the same data, same questions
const db = buildDatabase(m);
const sql = questions(db, m.fold);
/** True when the list `ours` holds every element of `theirs`. */
const covers = (ours, theirs) => { const s = new Set(ours); return theirs.every((x) => s.has(x)); };
const versus = [
  { name: 'reports-to', ours: () => m.reportsTo('konak', 'Müdür'), sqlite: () => sql.reportsTo('konak', 'Müdür'), same: (a, b) => isDeepStrictEqual(plain(a), b) },
  // the same actors step by step, and each step's line the one the SQLite reportsTo gives from the step below
  { name: 'chain', ours: () => m.chainOfCommand('kocaeli', 'Şef'), sqlite: () => sql.chainOfCommand('kocaeli', 'Şef'), same: (a, b) => {
    const steps = plain(a);
    return isDeepStrictEqual(steps.map(({ line, ...actor }) => actor), b)
      && steps.slice(1).every((st, i) => sql.reportsTo('kocaeli', steps[i].name).lines.some((l) => isDeepStrictEqual(l, st.line)));
  } },
  // the library resolves the word 'valilik' to its recipient class; SQLite is handed the class
  { name: 'who-signs', ours: () => m.whoSigns('konak', 'valilik'), sqlite: () => sql.whoSigns('konak', 'public-institution'), same: (a, b) => isDeepStrictEqual(withoutExplanation(plain(a)), b) },
  { name: 'duties-by-holder', ours: () => m.dutiesOf('konak', 'Şef'), sqlite: () => sql.dutiesOf('konak', 'Şef'), same: (a, b) => isDeepStrictEqual(plain(a), b) },
  // findDuties stems Turkish words (FTS5 has no Turkish stemmer): it must find every duty FTS5's prefix match finds, and may find more
  { name: 'duty-search', ours: () => m.findDuties('satın alma'), sqlite: () => sql.findDuties('satın alma'), same: (a, b) => covers(ids(a), ids(b)) },
];
let j = 0;
versus.push({ name: 'duty-search:uncached', ours: () => m.findDuties(pool[j++ % pool.length]), sqlite: () => sql.findDuties(pool[j++ % pool.length]), same: () => true });
const agree = {};
for (const v of versus) {
  if (v.name !== 'duty-search:uncached') agree[v.name] = v.same(v.ours(), v.sqlite());
  bench.add(`ours:${v.name}`, batched(v.ours));
  bench.add(`sqlite:${v.name}`, batched(v.sqlite));
}
// uncached search: both sides must find the same duties for every query of the pool
agree['duty-search:uncached'] = pool.every((q) => covers(ids(m.findDuties(q)), ids(sql.findDuties(q))));

await bench.run();

const out = { batch: BATCH, timeMs: TIME, poolSize: pool.length, tasks: {}, agree };
for (const t of bench.tasks) {
  const r = t.result;
  if (r.state !== 'completed') { out.tasks[t.name] = { error: String(r.error ?? r.state) }; continue; }
  out.tasks[t.name] = { medianUs: r.latency.p50 * 1000, meanUs: r.latency.mean * 1000, rmePct: r.latency.rme, samples: r.latency.samplesCount };
}
process.stdout.write(JSON.stringify(out));
void sink;

function plain(x) { return JSON.parse(JSON.stringify(x)); }
function withoutExplanation({ explanation: _e, ...rest }) { return rest; }
function ids(list) { return list.map((d) => `${d.regulation}/${d.id}`); }
