/**
 * `belediye-mevzuat/node`: reading regulation folders from disk, for Node only. The folders have
 * the layout of the package's own `regulations/<id>/` (see its README); they are validated and
 * compiled by the same compiler the package's build uses, and the result is cached (see
 * {@link loadRegulationDirs}).
 *
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { LazyRegulation } from './corpus.js';
import { MevzuatError, type RegulationProblem } from './errors.js';
import { deepFreeze } from './internal/freeze.js';
import { show } from './internal/lookup.js';
import type { Regulation } from './types.js';
import { cacheDirectory } from './node/cache.js';
import { compileOrThrow, isFolder, lazyFolder, regulationFolders, type FolderCompiler } from './node/dirs.js';
import * as direct from './node/compiler-direct.js';

declare const __MEVZUAT_VERSION__: string | undefined;
/** The package version, part of every cache key (set by the build). */
const version = typeof __MEVZUAT_VERSION__ === 'string' ? __MEVZUAT_VERSION__ : '0.0.0-dev';

let loaded: FolderCompiler | undefined;
/**
 * The compiler, loaded on first need. From the sources it is imported directly; the built package
 * leaves it out of this module and requires its own `node-compiler.cjs` (zod, the YAML reader) only
 * when a folder has to be compiled, so a question over cached folders never loads it.
 */
function compiler(): FolderCompiler {
  if (loaded) return loaded;
  if (direct.compiler) return (loaded = direct.compiler);
  // CommonJS (dist/node.cjs) has __filename; ESM (dist/node.js) has import.meta.url
  const req = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
  return (loaded = (req('./node-compiler.cjs') as { compiler: FolderCompiler }).compiler);
}

/**
 * Reads a regulation folder (`source.txt`, `text.yaml`, `regulation.yaml`, `organisation.yaml`,
 * `duties.yaml`, `rules.yaml`, `coverage.yaml`), validates it against the schemas and every rule the
 * build enforces, and compiles it: the result goes to `createMevzuat`. Nothing half-loaded is ever
 * returned. Always compiles (no cache); {@link loadRegulationDirs} registers folders lazily, cached.
 *
 * @param dir - The folder; its name must be the regulation's id.
 * @param options - `draft: true` accepts a regulation still being encoded: uncovered provisions and
 *   missing fact files are not errors, so its text (`cite`) and whatever facts it has can be queried.
 * @returns The compiled regulation, deeply frozen.
 * @throws {MevzuatError} `INVALID_REGULATION` listing every problem (file, line, column, path,
 *   value); `INVALID_ARGUMENT` when `dir` is not a folder.
 * @example
 * const ornekkoy = loadRegulationDir('./regulations/ornekkoy-yazi-isleri');
 * createMevzuat({ regulations: [ornekkoy] }).whoSigns('ornekkoy', 'valilik').status  //=> 'explicit'
 */
export function loadRegulationDir(dir: string, options: { readonly draft?: boolean } = {}): Regulation {
  if (typeof dir !== 'string' || !dir || !isFolder(dir)) {
    throw new MevzuatError('INVALID_ARGUMENT', { en: `not a folder: ${show(dir)}`, tr: `klasör değil: ${show(dir)}` }, { input: show(dir), parameter: 'dir' });
  }
  return deepFreeze(compileOrThrow(compiler(), resolve(dir), options.draft === true));
}

/** Options of {@link loadRegulationDirs}. */
export type LoadDirsOptions = {
  /** Accept regulations still being encoded (as `loadRegulationDir`'s `draft`). */
  readonly draft?: boolean;
  /**
   * `false`: compile every folder on its first query, read and write no cache. A string: the cache
   * directory. Default: `$MEVZUAT_CACHE_DIR`, else `node_modules/.cache/belediye-mevzuat` of the
   * nearest `node_modules` above the working directory, else `$XDG_CACHE_HOME/belediye-mevzuat` or
   * `~/.cache/belediye-mevzuat`.
   */
  readonly cache?: false | string;
  /**
   * Called for a folder that cannot even be named (no readable `regulation.yaml` id): it is left
   * out and the others are still returned. Without it such a folder throws.
   */
  readonly onSkip?: (dir: string, error: MevzuatError) => void;
};

/**
 * Registers regulation folders for `createMevzuat`, lazily: `root` is one regulation folder, or a
 * folder of them (a municipality's set: every sub-folder with a `regulation.yaml`). Only each
 * folder's id and names are read now (from the cache, or from its `regulation.yaml` alone); a
 * folder is compiled, or read from the cache, on the first query that needs it, so a question
 * about one regulation touches one folder, and a folder in error stops only the questions about
 * it (`mevzuat check` reports it).
 *
 * Compiling is cached, keyed by a hash of the folder's files and the package version: a changed,
 * added or removed file makes a new entry. Entries check themselves (sha256), so a corrupt one is
 * compiled afresh, never trusted; a cache that cannot be written costs only the speed. The cache
 * is safe to delete at any time.
 *
 * @param root - A regulation folder, or a folder of regulation folders.
 * @param options - `draft`, `cache` (`false` or a directory), `onSkip`.
 * @returns Lazy entries, in folder-name order.
 * @throws {MevzuatError} `INVALID_ARGUMENT` when `root` is not a folder or holds no regulation
 *   folder; `INVALID_REGULATION` for a folder that cannot be named, unless `onSkip` is given.
 * @example
 * import { createMevzuat, builtinRegulations } from 'belediye-mevzuat';
 * import { loadRegulationDirs } from 'belediye-mevzuat/node';
 * const m = createMevzuat({ regulations: [...builtinRegulations, ...loadRegulationDirs('./mevzuat')] });
 * m.whoSigns('ornekkoy', 'valilik').status  // compiles (or reads from the cache) ornekkoy alone
 * @example
 * loadRegulationDirs('./mevzuat', { cache: false })  // always compile, never touch a cache
 */
export function loadRegulationDirs(root: string, options: LoadDirsOptions = {}): LazyRegulation[] {
  if (typeof root !== 'string' || !root || !isFolder(root)) throw new MevzuatError('INVALID_ARGUMENT', { en: `not a folder: ${show(root)}`, tr: `klasör değil: ${show(root)}` }, { input: show(root), parameter: 'root' });
  const dirs = regulationFolders(root);
  if (!dirs.length) throw new MevzuatError('INVALID_ARGUMENT', { en: `no regulation folder (with a regulation.yaml) in ${show(root)}`, tr: `${show(root)} içinde mevzuat klasörü (regulation.yaml taşıyan) yok` }, { input: show(root), parameter: 'root' });
  const cache = options.cache === false ? undefined : typeof options.cache === 'string' ? options.cache : cacheDirectory();
  const out: LazyRegulation[] = [];
  for (const d of dirs) {
    try {
      out.push(lazyFolder(d, { draft: options.draft === true, ...(cache !== undefined && { cache }), version, compiler }));
    } catch (e) {
      if (!options.onSkip || !(e instanceof MevzuatError)) throw e;
      options.onSkip(d, e);
    }
  }
  return out;
}

export { cacheDirectory } from './node/cache.js';
export type { RegulationProblem };
