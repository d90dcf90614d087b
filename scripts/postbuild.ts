/**
 * Build step after tsup (`npm run build`):
 * 1. `dist/regulations/*.d.cts` say `export = regulation`: tsup writes each regulation's CommonJS
 *    module as `module.exports = entry` (its one export is the default), so the declaration must
 *    say so too, or `import k = require(…)` compiles and `k.default` is undefined at run time.
 * 2. `dist/cli/` keeps only the chunks `dist/cli/bin.cjs` reaches: the library build spares that folder
 *    (the two builds run side by side), so chunks of earlier builds would otherwise pile up there
 *    and ship in the package.
 * 3. The data files of the Node catalog (`#catalog`, src/generated/catalog-node.ts): each
 *    built-in regulation's shipped JSON, word index (binary) and answered duties, copied to dist/data/
 *    (stale ones removed), each checked against the string its bundled module embeds.
 * 4. The JSON Schemas of the answers and the error (scripts/json-schemas.ts).
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { expandSearchIndex } from '../src/internal/search.js';
import { decodeSearchIndex } from '../src/node/search-bin.js';

const dir = 'dist/regulations';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.d.cts'))) {
  const js = readFileSync(join(dir, f.replace(/\.d\.cts$/, '.cjs')), 'utf8');
  const dts = readFileSync(join(dir, f), 'utf8');
  if (!/^module\.exports = [\w$.]+;\s*$/m.test(js)) throw new Error(`${dir}/${f.replace(/\.d\.cts$/, '.cjs')}: expected module.exports = <entry>; the CJS declaration fix no longer applies`);
  const fixed = dts.replace(/^export \{ (\w+) as default \};\s*$/m, 'export = $1;\n');
  if (fixed === dts && !/^export = \w+;/m.test(dts)) throw new Error(`${dir}/${f}: no default export to rewrite`);
  writeFileSync(join(dir, f), fixed);
}

// the files dist/cli/bin.cjs reaches through relative requires (static, and lazy ones for dynamic imports)
const reached = new Set<string>();
const visit = (file: string) => {
  if (reached.has(file)) return;
  reached.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = normalize(join(dirname(file), m[1]!));
    // the library itself (../index.cjs and the like) is not a chunk of the command
    if (target.startsWith('dist/cli/')) visit(target);
  }
};
visit('dist/cli/bin.cjs');
// the command's entry of earlier builds, one level up
rmSync('dist/cli.js', { force: true });
const stale = readdirSync('dist/cli').map((f) => join('dist/cli', f)).filter((f) => !reached.has(f));
for (const f of stale) rmSync(f);

rmSync('dist/data', { recursive: true, force: true });
cpSync('src/generated/data', 'dist/data', { recursive: true });
for (const f of readdirSync('src/generated/regulations')) {
  const id = f.replace(/\.ts$/, '');
  const module = readFileSync(join('src/generated/regulations', f), 'utf8');
  const embedded = (name: string) => JSON.parse(new RegExp(`^const ${name} = (".*");$`, 'm').exec(module)?.[1] ?? '""') as string;
  const file = (part: string) => join('dist/data', `${id}.${part}.json`);
  if (!existsSync(file('reg')) || embedded('json') !== readFileSync(file('reg'), 'utf8')) throw new Error(`${file('reg')}: not the data its bundled module embeds (run npm run build)`);
  // the same index in its two forms: compact in the bundle, whole in the file
  const bin = join('dist/data', `${id}.search.bin`);
  const shipped = existsSync(bin) && decodeSearchIndex(readFileSync(bin));
  // compared as plain arrays: the two forms hold the same numbers in different array types
  const plain = (x: unknown): unknown => (ArrayBuffer.isView(x) ? Array.from(x as Int32Array) : Array.isArray(x) ? x.map(plain) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)])) : x);
  if (!shipped || !isDeepStrictEqual(plain(shipped), plain(expandSearchIndex(JSON.parse(embedded('search')))))) throw new Error(`${bin}: not the index its bundled module embeds (run npm run build)`);
  if (!existsSync(join('dist/data', `${id}.duties.jsonl`))) throw new Error(`dist/data/${id}.duties.jsonl: missing`);
}

await import('./json-schemas.js');
