// The packed tarball works from a separate project, through import and require, with types.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fold, getRegulation, regulationIds } from '../src/index.js';

const root = resolve(import.meta.dirname, '..');
let project = '';

beforeAll(() => {
  expect(existsSync(join(root, 'dist/index.js')), 'run npm run build first (npm test does)').toBe(true);
  const out = mkdtempSync(join(tmpdir(), 'mevzuat-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const tarball = join(out, packed[0].filename);
  project = join(out, 'consumer');
  const pkgDir = join(project, 'node_modules', 'belediye-mevzuat');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  // the runtime dependencies, as npm would install them
  mkdirSync(join(project, 'node_modules', '@hono'), { recursive: true });
  for (const dep of ['zod', 'hono', '@hono/node-server', '@hono/zod-openapi', '@asteasolutions', 'openapi3-ts', 'yaml', '@hono/zod-validator', '@nlpjs']) {
    if (existsSync(join(root, 'node_modules', dep))) symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep));
  }
  writeFileSync(join(project, 'package.json'), '{"name":"consumer","private":true}');
}, 60_000);

describe('npm pack', () => {
  it('ships only dist, README, CHANGELOG, LICENSE and package.json', () => {
    const files = readdirSync(join(project, 'node_modules/belediye-mevzuat'), { recursive: true }).map(String).sort();
    expect(files).toEqual(expect.arrayContaining(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']));
    expect(files.filter((f) => f.startsWith('src') || f.startsWith('regulations') || f.startsWith('test'))).toEqual([]);
  });

  it('declares zod, the stemmer and (for the server subpath) Hono as its only dependencies, and bundles none of them but the stemmer', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/belediye-mevzuat/package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@hono/node-server', '@hono/zod-openapi', '@nlpjs/lang-tr', 'hono', 'zod']);
    expect(pkg.sideEffects).toBe(false);
    const dist = join(project, 'node_modules/belediye-mevzuat/dist');
    const esm = readFileSync(join(dist, 'index.js'), 'utf8');
    // the main entry needs no zod at all, not even an import of it; the schemas subpath imports it
    const mainGraph = [esm, ...[...esm.matchAll(/from '(\.\/chunk-[^']+)'/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'))].join('\n');
    expect(mainGraph).not.toMatch(/from ['"]zod['"]/);
    // nor the HTTP framework: only belediye-mevzuat/server imports it
    expect(mainGraph).not.toMatch(/from ['"](@hono\/[a-z-]+|hono(\/[a-z-]+)?)['"]/);
    expect(readFileSync(join(dist, 'server.js'), 'utf8')).toMatch(/from ['"]@hono\/zod-openapi['"]/);
    // the library's queries use no pattern-matching package: importing it resolves no other package
    // (each costs an import a few milliseconds), and nothing of ts-pattern is left for a bundler to shake
    expect(mainGraph).not.toMatch(/from ['"]ts-pattern['"]/);
    expect(mainGraph).not.toMatch(/@ts-pattern\/matcher/);
    const graph = (entry: string) => { const text = readFileSync(join(dist, entry), 'utf8'); return [text, ...[...text.matchAll(/from '\.\/(chunk-[^']+)'/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'))].join('\n'); };
    expect(graph('schemas.js')).toMatch(/from ['"]zod['"]/);
    expect(readdirSync(dist, { recursive: true }).map(String).filter((f) => /\.c?js$/.test(f)).map((f) => readFileSync(join(dist, f), 'utf8')).join('\n')).not.toMatch(/class ZodError/);
  });

  it('ships only the CLI chunks dist/cli/bin.cjs reaches (none left from an earlier build)', () => {
    const dist = join(project, 'node_modules/belediye-mevzuat/dist');
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = join(dirname(file), m[1]!);
        if (target.startsWith(join(dist, 'cli'))) visit(target);
      }
    };
    visit(join(dist, 'cli/bin.cjs'));
    const chunks = readdirSync(join(dist, 'cli')).map((f) => join(dist, 'cli', f));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('stems through the built package, ESM and CJS: a word no duty has verbatim is found by its stem', () => {
    // the build bundles only the stemmer's stemWord (tsup.config.ts): this proves the bundled stemmer runs
    const word = 'arşivlerinin';
    const used = regulationIds.flatMap((id) => getRegulation(id).provisions.map((p) => p.text)).some((t) => fold(t).split(' ').includes(fold(word)));
    expect(used).toBe(false);
    const esm = execFileSync('node', ['--input-type=module', '-e', `import { findDuties } from 'belediye-mevzuat'; console.log(findDuties('${word}').length)`], { cwd: project, encoding: 'utf8' });
    const cjs = execFileSync('node', ['-e', `console.log(require('belediye-mevzuat').findDuties('${word}').length)`], { cwd: project, encoding: 'utf8' });
    expect(Number(esm)).toBeGreaterThan(0);
    expect(Number(cjs)).toBe(Number(esm));
  });

  it('can be imported (ESM) and required (CJS) by another project', () => {
    const esm = execFileSync('node', ['--input-type=module', '-e', "import { whoSigns } from 'belediye-mevzuat'; console.log(whoSigns('konak', 'valilik').citations[0].label)"], { cwd: project, encoding: 'utf8' });
    expect(esm.trim()).toBe('m.14/b');
    const cjs = execFileSync('node', ['-e', "const m = require('belediye-mevzuat'); console.log(m.deputyOf('Konak', 'Müdür').deputies[0].name, m.MevzuatError.name)"], { cwd: project, encoding: 'utf8' });
    expect(cjs.trim()).toBe('Şef MevzuatError');
  });

  it('a CommonJS TypeScript consumer: import k = require(regulations/<id>) compiles to what runs (the entry itself, no .default)', () => {
    writeFileSync(join(project, 'consumer.cts'), [
      "import konak = require('belediye-mevzuat/regulations/konak-ozel-kalem');",
      "import lib = require('belediye-mevzuat');",
      'const m = lib.createMevzuat({ regulations: [konak] });',
      "console.log(konak.id, m.whoSigns('konak', 'valilik').citations[0]!.label);",
      '',
    ].join('\n'));
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    execFileSync('node', [tsc, '--strict', '--skipLibCheck', '--module', 'node16', '--moduleResolution', 'node16', '--target', 'es2022', '--outDir', 'out', 'consumer.cts'], { cwd: project, encoding: 'utf8' });
    expect(execFileSync('node', ['out/consumer.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('konak-ozel-kalem m.14/b');
    // and the ESM side keeps its default import
    writeFileSync(join(project, 'consumer.mts'), "import konak from 'belediye-mevzuat/regulations/konak-ozel-kalem';\nimport { createMevzuat } from 'belediye-mevzuat';\nconsole.log(createMevzuat({ regulations: [konak] }).regulationIds.join());\n");
    execFileSync('node', [tsc, '--strict', '--skipLibCheck', '--module', 'node16', '--moduleResolution', 'node16', '--target', 'es2022', '--outDir', 'out', 'consumer.mts'], { cwd: project, encoding: 'utf8' });
    expect(execFileSync('node', ['out/consumer.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('konak-ozel-kalem');
  }, 60_000);

  it('ships the JSON Schemas at belediye-mevzuat/schemas/json/<name>.json, and the server subpath', () => {
    const script = "const fs = require('node:fs'); const s = JSON.parse(fs.readFileSync(require.resolve('belediye-mevzuat/schemas/json/error.json'), 'utf8')); console.log(s.properties.parameter !== undefined, typeof require('belediye-mevzuat/server').createApp);";
    expect(execFileSync('node', ['-e', script], { cwd: project, encoding: 'utf8' }).trim()).toBe('true function');
  });

  it('reads no files at import time', () => {
    const script = "import fs from 'node:fs'; const seen = []; for (const k of ['readFileSync', 'readFile', 'openSync', 'existsSync']) { const o = fs[k]; fs[k] = (...a) => { seen.push(String(a[0])); return o(...a); }; } const m = await import('belediye-mevzuat'); m.whoSigns('konak', 'valilik'); console.log(JSON.stringify(seen.filter((p) => !p.includes('node_modules'))));";
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
  });

  it('carries types a TypeScript project can check against', () => {
    // and a consumer mistake is caught: the check must be able to fail
    writeFileSync(join(project, 'bad.ts'), "import { whoSigns } from 'belediye-mevzuat';\nconst n: 'explicit' = whoSigns('konak-ozel-kalem', 'valilik').status;\nexport { n };\n");
    let diagnostics = '';
    try {
      execFileSync('node', [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'bad.ts'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      diagnostics = String((e as { stdout?: string }).stdout);
    }
    expect(diagnostics).toMatch(/error TS2322: Type '"explicit" \| "responsible-only" \| "not-regulated"' is not assignable to type '"explicit"'/);
    writeFileSync(join(project, 'check.ts'), "import { whoSigns, type WhoSignsAnswer } from 'belediye-mevzuat';\nconst a: WhoSignsAnswer = whoSigns('konak-ozel-kalem', 'valilik');\n// @ts-expect-error answers are readonly\na.signers.push(a.signers[0]!);\nexport const s: 'explicit' | 'responsible-only' | 'not-regulated' = a.status;\n");
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    for (const mod of [['--module', 'nodenext', '--moduleResolution', 'nodenext'], ['--module', 'commonjs', '--moduleResolution', 'node10']]) {
      // tsc exits non-zero (and execFileSync throws with its diagnostics) on any type error
      expect(() => execFileSync('node', [tsc, '--noEmit', '--strict', '--skipLibCheck', ...mod, 'check.ts'], { cwd: project, encoding: 'utf8' })).not.toThrow();
    }
  }, 60_000);
});
