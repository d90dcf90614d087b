// `npm run fuzz [-- --runs N --seed S]`: the long fuzz run, every exported function, seed printed for reproduction.
import fc from 'fast-check';
import { calls, propertyOf } from './harness.js';
import { mutate, mutation, scratch } from './folders.js';
import { loadRegulationDir } from '../../src/node.js';
import { isMevzuatError } from '../../src/index.js';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : undefined; };
const seed = arg('seed') ?? (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0;
const total = arg('runs') ?? 120_000;
const runs = Math.ceil(total / calls.length);
console.log(`fuzz: ${calls.length} functions × ${runs} inputs, seed ${seed} (repeat with --seed ${seed})`);
let failed = 0;
for (const call of calls) {
  const t0 = performance.now();
  const r = fc.check(propertyOf(call, true), { numRuns: runs, seed });
  const ms = (performance.now() - t0).toFixed(0);
  if (r.failed) { failed++; console.log(`✗ ${call.name} (${ms} ms)\n${fc.defaultReportMessage(r)}`); }
  else console.log(`✓ ${call.name}: ${runs} inputs (${ms} ms)`);
}
// mutated regulation folders through loadRegulationDir (--folders N, 500 by default)
{
  const folderRuns = arg('folders') ?? 500;
  const t0 = performance.now();
  const r = fc.check(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (list) => {
    const s = scratch();
    try {
      mutate(s, list);
      try { loadRegulationDir(s.dir); } catch (e) {
        if (!isMevzuatError(e)) throw new Error(`escaped ${String(e)}`);
        if (`${e.message}${JSON.stringify(e.problems)}`.includes('GIZLI')) throw new Error('outside content in a message');
      }
    } finally { s.cleanup(); }
  }), { numRuns: folderRuns, seed });
  const ms = (performance.now() - t0).toFixed(0);
  if (r.failed) { failed++; console.log(`✗ loadRegulationDir over mutated folders (${ms} ms)\n${fc.defaultReportMessage(r)}`); }
  else console.log(`✓ loadRegulationDir: ${folderRuns} mutated folders (${ms} ms)`);
}
console.log(failed ? `${failed} function(s) failed; seed ${seed}` : `all ${calls.length} functions held every invariant; seed ${seed}`);
process.exit(failed ? 1 : 0);
