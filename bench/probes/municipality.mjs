// The municipality section's in-process probes, each in a fresh process: `node municipality.mjs
// <mode> <root>`. Prints one JSON object on stdout.
//   search   — import (timed apart), register the folders, then the first findDuties('satın alma')
//              over them (built-ins excluded): {importMs, registerMs, firstMs, hits}
//   builtin  — import, then the first findDuties('satın alma') over the built-ins: {importMs, firstMs, hits}
//   heap     — the heap used by registering the folders and creating the corpus, nothing touched:
//              {heapBytes, folders} (needs --expose-gc)
const [mode, root] = process.argv.slice(2);
const gc = globalThis.gc;
if (mode === 'heap') {
  const m = await import('../../dist/index.js');
  const { loadRegulationDirs } = await import('../../dist/node.js');
  gc?.(); gc?.();
  const before = process.memoryUsage().heapUsed;
  const entries = loadRegulationDirs(root);
  const corpus = m.createMevzuat({ regulations: entries });
  gc?.(); gc?.();
  const heapBytes = process.memoryUsage().heapUsed - before;
  if (corpus.regulationIds.length !== entries.length) throw new Error('registration lost folders');
  process.stdout.write(JSON.stringify({ heapBytes, folders: entries.length }));
} else if (mode === 'search') {
  const t0 = performance.now();
  const m = await import('../../dist/index.js');
  const { loadRegulationDirs } = await import('../../dist/node.js');
  const t1 = performance.now();
  const c = m.createMevzuat({ regulations: loadRegulationDirs(root) });
  const t2 = performance.now();
  const hits = c.findDuties('satın alma').length;
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, registerMs: t2 - t1, firstMs: t3 - t2, hits }));
} else if (mode === 'builtin') {
  const t0 = performance.now();
  const m = await import('../../dist/index.js');
  const t1 = performance.now();
  const hits = m.findDuties('satın alma').length;
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, hits }));
} else throw new Error(`unknown mode ${mode}`);
