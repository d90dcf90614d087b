// `npm run fuzz [-- --runs N --seed S]`: the long fuzz run, every exported function, seed printed for reproduction.
import fc from 'fast-check';
import { calls, propertyOf } from './harness.js';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : undefined; };
const seed = arg('seed') ?? (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0;
const total = arg('runs') ?? 120_000;
const runs = Math.ceil(total / calls.length);
console.log(`fuzz: ${calls.length} functions × ${runs} inputs, seed ${seed} (repeat with --seed ${seed})`);
let failed = 0;
for (const call of calls) {
  const t0 = performance.now();
  const r = fc.check(propertyOf(call), { numRuns: runs, seed });
  const ms = (performance.now() - t0).toFixed(0);
  if (r.failed) { failed++; console.log(`✗ ${call.name} (${ms} ms)\n${fc.defaultReportMessage(r)}`); }
  else console.log(`✓ ${call.name}: ${runs} inputs (${ms} ms)`);
}
console.log(failed ? `${failed} function(s) failed; seed ${seed}` : `all ${calls.length} functions held every invariant; seed ${seed}`);
process.exit(failed ? 1 : 0);
