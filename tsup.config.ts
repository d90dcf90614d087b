import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The library: dist/index.{js,cjs,d.ts,d.cts}. Cleaning spares dist/cli.js, which the second build writes alongside. */
/** Quiet unless MEVZUAT_VERBOSE is set: `npm start` prints the answers, not the build log. Errors always print. */
const silent = !process.env.MEVZUAT_VERBOSE;

const library: Options = {
  silent,
  entry: {
    index: 'src/index.ts', schemas: 'src/schemas.ts', node: 'src/node.ts',
    // one entry per built-in regulation: `belediye-mevzuat/regulations/<id>` bundles that one alone
    ...Object.fromEntries(readdirSync('src/generated/regulations').map((f) => [`regulations/${f.replace(/\.ts$/, '')}`, `src/generated/regulations/${f}`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  // one copy of the shared code (MevzuatError, the corpus) for all three entries, in ESM and in CJS
  splitting: true,
  // the node entry's YAML reader is bundled, not a dependency; zod stays external (a dependency)
  noExternal: ['yaml'],
  clean: ['!cli.js'],
  sourcemap: false,
  target: 'node20',
  treeshake: true,
};

/**
 * The `mevzuat` command: dist/cli.js, ESM, one file. It imports the library from the built
 * dist/index.js next to it rather than bundling a second copy of the data, so `src/cli/*` import
 * `../index.js` (typechecked against src) and this build points that import at `./index.js`.
 * zod, ts-pattern and date-fns stay external (they are dependencies).
 */
const cli: Options = {
  silent,
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  // the REPL is a chunk of its own, imported only by `mevzuat repl`
  splitting: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  removeNodeProtocol: false,
  banner: { js: '#!/usr/bin/env node' },
  define: { __MEVZUAT_VERSION__: JSON.stringify(version) },
  esbuildPlugins: [{
    name: 'library-from-dist',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/(index|node)\.js$/ }, (args) => (/[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: args.path.replace('../', './'), external: true } : undefined));
    },
  }],
};

export default defineConfig([library, cli]);
