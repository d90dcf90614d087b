import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The library: dist/index.{js,cjs,d.ts,d.cts}. Cleaning spares dist/cli.js, which the second build writes alongside. */
const library: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: ['!cli.js'],
  sourcemap: false,
  target: 'node20',
  treeshake: true,
};

/**
 * The `mevzuat` command: dist/cli.js, ESM, one file. It imports the library from the built
 * dist/index.js next to it rather than bundling a second copy of the data, so `src/cli/*` import
 * `../index.js` (typechecked against src) and this build points that import at `./index.js`.
 * zod, ts-pattern and date-fns stay external (they are dependencies); yaml, which `new` and `check`
 * need to read and write regulation folders, is a devDependency and is bundled in.
 */
const cli: Options = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  splitting: false,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  removeNodeProtocol: false,
  noExternal: ['yaml'],
  banner: { js: '#!/usr/bin/env node' },
  define: { __MEVZUAT_VERSION__: JSON.stringify(version) },
  esbuildPlugins: [{
    // yaml's `node` export is CommonJS (it requires `process`), which an ESM bundle cannot require:
    // bundle its ESM build instead, the same code
    name: 'yaml-as-esm',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: fileURLToPath(new URL('./node_modules/yaml/browser/index.js', import.meta.url)) }));
    },
  }, {
    name: 'library-from-dist',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => (/[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: './index.js', external: true } : undefined));
    },
  }],
};

export default defineConfig([library, cli]);
