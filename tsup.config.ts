import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The library: dist/index.{js,cjs,d.ts,d.cts}. Cleaning spares dist/cli/, which the second build writes alongside. */
/**
 * yaml's `node` export is CommonJS (it requires `process`), which an ESM bundle cannot require:
 * bundle its ESM build instead, the same code. Used by the node entry and the CLI's `new`/`check`.
 */
const yamlAsEsm: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'yaml-as-esm',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: fileURLToPath(new URL('./node_modules/yaml/browser/index.js', import.meta.url)) }));
  },
};

/**
 * `belediye-mevzuat/node` must not import its compiler (zod, the YAML reader): a question over
 * cached folders never needs it. The sources import it directly (src/node/compiler-direct.ts);
 * the build replaces that module with an empty one, and dist/node.js requires
 * dist/node-compiler.cjs only when a folder has to be compiled.
 */
const compilerOnDemand: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'compiler-on-demand',
  setup(build) {
    build.onResolve({ filter: /[\\/]compiler-direct\.js$/ }, () => ({ path: 'compiler-direct', namespace: 'compiler-on-demand' }));
    build.onLoad({ filter: /.*/, namespace: 'compiler-on-demand' }, () => ({ contents: 'export const compiler = undefined;', loader: 'js' }));
  },
};

/**
 * The Turkish stemmer (`@nlpjs/lang-tr/src/stemmer-tr.js`) takes two classes from `@nlpjs/core`,
 * whose index also loads its container bootstrap, dock, logger, timers and the rest of an NLP
 * framework. Point that one import at the two modules the stemmer uses (files of the package, not
 * copies): a smaller bundle, and less code for a browser or a process to parse. The base class's
 * own container and tokenizer, which `stemWord` never touches, are left out the same way.
 */
const stemmerCoreOnly: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'stemmer-core-only',
  setup(build) {
    build.onResolve({ filter: /^@nlpjs\/core$/ }, (args) =>
      /[\\/]@nlpjs[\\/]lang-tr[\\/]src[\\/]stemmer-tr\.js$/.test(args.importer) ? { path: 'stemmer-core', namespace: 'stemmer-core-only', pluginData: { dir: args.resolveDir } } : undefined);
    build.onLoad({ filter: /^stemmer-core$/, namespace: 'stemmer-core-only' }, (args) => ({
      contents: "module.exports = { Among: require('@nlpjs/core/src/among.js'), BaseStemmer: require('@nlpjs/core/src/base-stemmer.js') };",
      loader: 'js', resolveDir: (args.pluginData as { dir: string }).dir,
    }));
    // the base class takes a dependency container and a tokenizer for its whole-text methods; the
    // package calls `stemWord` alone, which uses neither (test/package.test.ts stems through dist)
    build.onResolve({ filter: /^\.\/(container|tokenizer)$/ }, (args) =>
      /[\\/]@nlpjs[\\/]core[\\/]src[\\/]base-stemmer\.js$/.test(args.importer) ? { path: args.path.slice(2), namespace: 'stemmer-core-only' } : undefined);
    build.onLoad({ filter: /^container$/, namespace: 'stemmer-core-only' }, () => ({ contents: 'module.exports = { defaultContainer: { get: () => undefined } };', loader: 'js' }));
    build.onLoad({ filter: /^tokenizer$/, namespace: 'stemmer-core-only' }, () => ({
      contents: "module.exports = class Tokenizer { constructor() { throw new Error('internal: only stemWord of the Turkish stemmer is bundled'); } };", loader: 'js',
    }));
  },
};

/**
 * Two modules have a Node variant, chosen by the package's subpath imports (package.json
 * `imports`): Node itself gets it (condition `node`); a bundler gets the bundled one whatever its
 * platform, since the conditions bundlers set (`browser`, `module`, `webpack`) come first: a server
 * bundle has no dist/data/ beside it.
 * - `#catalog`, the built-in catalog: for bundlers src/generated/regulations.ts, each regulation's
 *   data in the bundle; for Node src/generated/catalog-node.ts, which reads a regulation's data
 *   file on the first query that needs it;
 * - `#stemmer`, the Turkish stemmer: for bundlers src/internal/stemmer-class.ts, bundled; for Node
 *   src/internal/stemmer-node.ts, which requires the bundled one on the first word stemmed.
 * The sources import the bundler variants directly (tests, scripts); the build points those two
 * imports at the subpaths instead, so that importing the package in Node parses neither the
 * regulations' data nor the stemmer. Two subpaths, not one: the stemmer's is imported by the search,
 * which the catalog imports, and one module for both would be a cycle.
 */
const nodeVariants: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'node-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\/generated\/regulations\.js$/ }, (args) => (/[\\/]src[\\/]builtins\.ts$/.test(args.importer) ? { path: '#catalog', external: true } : undefined));
    build.onResolve({ filter: /^\.\/stemmer-class\.js$/ }, (args) => (/[\\/]src[\\/]internal[\\/]stem\.ts$/.test(args.importer) ? { path: '#stemmer', external: true } : undefined));
  },
};

/** Quiet unless MEVZUAT_VERBOSE is set: `npm start` prints the answers, not the build log. Errors always print. */
const silent = !process.env.MEVZUAT_VERBOSE;

const library: Options = {
  silent,
  entry: {
    index: 'src/index.ts', schemas: 'src/schemas.ts', node: 'src/node.ts', server: 'src/server/index.ts',
    // required by dist/node.{js,cjs} only when a folder must be compiled (see compilerOnDemand)
    'node-compiler': 'src/node/compiler.ts',
    // the two variants of `#catalog` and of `#stemmer` (see nodeVariants)
    catalog: 'src/generated/regulations.ts', 'catalog-node': 'src/generated/catalog-node.ts',
    'stemmer-inline': 'src/internal/stemmer-class.ts', 'stemmer-node': 'src/internal/stemmer-node.ts',
    // one entry per built-in regulation: `belediye-mevzuat/regulations/<id>` bundles that one alone
    ...Object.fromEntries(readdirSync('src/generated/regulations').map((f) => [`regulations/${f.replace(/\.ts$/, '')}`, `src/generated/regulations/${f}`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  esbuildPlugins: [yamlAsEsm, compilerOnDemand, stemmerCoreOnly, nodeVariants],
  define: { __MEVZUAT_VERSION__: JSON.stringify(version) },
  // one copy of the shared code (MevzuatError, the corpus) for all three entries, in ESM and in CJS
  splitting: true,
  // the node entry's YAML reader is bundled, not a dependency; zod stays external (a dependency).
  // The Turkish stemmer is bundled so that its require (src/internal/stem.ts) is evaluated on the
  // first word stemmed, not at import. The library's queries import no other package (each would cost
  // Node's ESM loader a package.json read and an exports lookup); ts-pattern, which the CLI uses, is
  // bundled wherever it is used
  noExternal: ['yaml', /^@nlpjs\//, 'ts-pattern'],
  clean: ['!cli/**'],
  sourcemap: false,
  target: 'node20',
  treeshake: true,
};

/**
 * The `mevzuat` command: dist/cli/bin.cjs, CommonJS, with lazily loaded chunks beside it in
 * dist/cli/. CommonJS because a one-shot question then never starts Node's ESM loader (about six
 * milliseconds of every command on Node 20: its start, and resolving and linking each module
 * asynchronously). It requires the library from the built package (dist/index.cjs, by the relative
 * path that `src/cli/*` import as `../index.js`, typechecked against src, and which is the same from
 * every file of dist/cli/) rather than bundling a second copy of it. A relative path, not the
 * package's own name: Node resolves a name through the package's exports map, a few milliseconds of
 * every command.
 * zod stays external (a dependency); ts-pattern is bundled, as in the library; yaml, which `new` and `check`
 * need to read and write regulation folders, is a devDependency and is bundled in.
 */
const cli: Options = {
  silent,
  entry: { 'cli/bin': 'src/cli/bin.ts' },
  format: ['cjs'],
  dts: false,
  clean: false,
  // import.meta.url (src/cli/builtins.ts) from the file's own path
  shims: true,
  // the REPL, and the compiler `new` and `check` need, are chunks of their own (in dist/cli/),
  // loaded only by those commands
  splitting: true,
  esbuildOptions(options) {
    options.chunkNames = 'cli/[name]-[hash]';
  },
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  removeNodeProtocol: false,
  // the Turkish stemmer, as in the library: bundled, so its require (src/internal/stem.ts) works in ESM
  noExternal: ['yaml', /^@nlpjs\//, 'ts-pattern'],
  banner: { js: '#!/usr/bin/env node' },
  define: { __MEVZUAT_VERSION__: JSON.stringify(version) },
  esbuildPlugins: [yamlAsEsm, {
    name: 'library-from-dist',
    setup(build) {
      // src/cli/*.ts and dist/cli/*.js sit one level below src/ and dist/: the same relative path reaches the built library
      const built: Record<string, string> = { '../index.js': '../index.cjs', '../node.js': '../node.cjs', '../server/index.js': '../server.cjs' };
      build.onResolve({ filter: /^\.\.\/(index|node|server\/index)\.js$/ }, (args) => (/[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: built[args.path]!, external: true } : undefined));
    },
  }],
};

export default defineConfig([library, cli]);
