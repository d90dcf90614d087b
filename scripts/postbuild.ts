/**
 * Build step after tsup (`npm run build`):
 * 1. `dist/regulations/*.d.cts` say `export = regulation`: tsup writes each regulation's CommonJS
 *    module as `module.exports = entry` (its one export is the default), so the declaration must
 *    say so too, or `import k = require(…)` compiles and `k.default` is undefined at run time.
 * 2. The JSON Schemas of the answers and the error (scripts/json-schemas.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'dist/regulations';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.d.cts'))) {
  const js = readFileSync(join(dir, f.replace(/\.d\.cts$/, '.cjs')), 'utf8');
  const dts = readFileSync(join(dir, f), 'utf8');
  if (!/^module\.exports = [\w$.]+;\s*$/m.test(js)) throw new Error(`${dir}/${f.replace(/\.d\.cts$/, '.cjs')}: expected module.exports = <entry>; the CJS declaration fix no longer applies`);
  const fixed = dts.replace(/^export \{ (\w+) as default \};\s*$/m, 'export = $1;\n');
  if (fixed === dts && !/^export = \w+;/m.test(dts)) throw new Error(`${dir}/${f}: no default export to rewrite`);
  writeFileSync(join(dir, f), fixed);
}

await import('./json-schemas.js');
