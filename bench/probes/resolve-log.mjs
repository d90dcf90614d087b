// `node --import ./resolve-log.mjs …`: registers a resolve hook that appends every module URL
// the process resolves (ESM imports) to the file named by BENCH_RESOLVE_LOG, and on exit appends
// every CommonJS module in require.cache, so the bench can tell whether zod was loaded.
import { createRequire, register } from 'node:module';
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RESOLVE_LOG;
if (!file) throw new Error('BENCH_RESOLVE_LOG is not set');
register('./resolve-hook.mjs', import.meta.url, { data: { file } });
process.on('exit', () => {
  const cache = createRequire(import.meta.url).cache;
  const keys = Object.keys(cache);
  if (keys.length) appendFileSync(file, keys.map((k) => `cjs:${k}`).join('\n') + '\n');
});
