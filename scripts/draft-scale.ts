/**
 * `npx tsx scripts/draft-scale.ts [sizes…]`: how `draftFacts` grows with the number of articles, on
 * synthetic texts written with the formulas real regulations use (test/fixtures/synthetic-regulation.ts).
 * Prints, per size, the CPU time (the fastest of three runs: less sensitive than the wall clock to
 * other processes on the machine), the regular-expression executions and the reads of provision
 * fields, each with its ratio to the size before. A linear drafting gives ratios near the ratio of
 * the sizes. A measurement, never asserted: test/author-linear.test.ts bounds the work by counting.
 *
 * Two texts per size: `fixed` (the same few actors throughout, as a long regulation has) and
 * `growing` (every article names a unit and a post of its own, the worst case for the actor book).
 */
import { draftFacts } from '../src/author/facts/index.js';
import type { CompiledText } from '../src/compile/text.js';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import { syntheticRegulation } from '../test/fixtures/synthetic-regulation.js';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const list = sizes.length ? sizes : [100, 1000, 3000];
const organisation = { id: 'yazi-isleri-mudurlugu', name: 'Yazı İşleri Müdürlüğü', kind: 'mudurluk' };

/** One run: CPU milliseconds, regex executions, provision field reads, facts drafted. */
function run(text: CompiledText): { cpu: number; execs: number; reads: number; facts: number } {
  let reads = 0;
  let execs = 0;
  const provisions = text.provisions.map((p) => new Proxy(p, { get: (t, k, r) => { reads++; return Reflect.get(t, k, r); } }));
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) { execs++; return exec.call(this, s); };
  const before = process.cpuUsage();
  let facts = 0;
  try {
    const f = draftFacts({ id: 'deneme', text: { ...text, provisions }, organisation });
    facts = f.duties.length + f.rules.reporting.length + f.rules.correspondence.length + f.rules.deputies.length;
  } finally { RegExp.prototype.exec = exec; }
  const used = process.cpuUsage(before);
  return { cpu: (used.user + used.system) / 1000, execs, reads, facts };
}

const ratio = (a: number, b: number | undefined) => (b ? ` (×${(a / b).toFixed(1)})` : '');
for (const shape of ['fixed', 'growing'] as const) {
  let prev: { n: number; cpu: number; execs: number; reads: number } | undefined;
  for (const n of list) {
    const raw = syntheticRegulation(n, shape);
    const text = compileText(parseRegulationText(raw).nodes);
    const runs = [run(text), run(text), run(text)];
    const cpu = Math.min(...runs.map((r) => r.cpu));
    const { execs, reads, facts } = runs[0]!;
    console.log(`${shape.padEnd(8)} ${String(n).padStart(5)} articles${prev ? ` (×${(n / prev.n).toFixed(1)})` : ''}, ${(raw.length / 1024).toFixed(0)} KB, ${facts} facts: `
      + `CPU ${cpu.toFixed(0)} ms${ratio(cpu, prev?.cpu)}, regex runs ${execs}${ratio(execs, prev?.execs)}, provision reads ${reads}${ratio(reads, prev?.reads)}`);
    prev = { n, cpu, execs, reads };
  }
}
