// Probe for issue 22.6: the time `mevzuat new`'s pure part (draftRegulation) takes against the
// input's size, for well-formed texts of 1k/4k/16k articles and for the pathological inputs that
// were quadratic before (a definition bent of commas, repeated "hükümlerini ", identical terms).
// Prints one line per case with the ratio to the size a quarter as large: linear stays near 4×.
// Not run by the tests; run by hand: npx tsx bench/probes/new-linear.ts [--small]
import { draftRegulation } from '../../src/author/skeleton.js';

const small = process.argv.includes('--small');
const time = (raw: string) => {
  const t = performance.now();
  draftRegulation({ id: 'probe', raw, sha256: '0'.repeat(64), receivedAs: 'probe.txt' });
  return performance.now() - t;
};
const cases: [string, (n: number) => string, number[]][] = [
  ['articles', (n) => Array.from({ length: n }, (_, i) => `MADDE ${i + 1} – (1) Müdürlük evrakı kaydeder.\n(2) Müdür havale eder.`).join('\n'), [1000, 4000, 16000]],
  ['definition commas (KB)', (n) => `Tanımlar\nMADDE 1 – (1) Bu yönetmelikte geçen;\na) Müdür: ${','.repeat(n * 1000)}\n`, [40, 160, 640]],
  ['"hükümlerini " (KB)', (n) => `Yürütme\nMADDE 1 – (1) ${'hükümlerini '.repeat(Math.round(n * 1000 / 12))}\n`, [56, 224, 896]],
  ['identical terms', (n) => `Tanımlar\nMADDE 1 – (1) Bu yönetmelikte geçen;\n${Array.from({ length: n }, (_, i) => `${i + 1}) Müdür: Müdürü,`).join('\n')}\n`, [400, 1600, 6400]],
];
for (const [name, make, sizes] of cases) {
  let prev: number | undefined;
  for (const n of small ? sizes.slice(0, 2) : sizes) {
    const ms = time(make(n));
    console.log(`${name.padEnd(24)} ${String(n).padStart(6)}  ${ms.toFixed(0).padStart(7)} ms${prev ? `  ×${(ms / prev).toFixed(1)}` : ''}`);
    prev = ms;
  }
}
