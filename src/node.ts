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
import { readProperty, show } from './internal/lookup.js';
import { SafeFolder, folderLimits, type FolderLimits } from './internal/safe-fs.js';
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
 * Safe on a folder from anyone: every file it names must be inside it (no `../`, no absolute path,
 * no symbolic link leading out), only regular files are read (no FIFO, device or socket), each file
 * at most 20 MB (a YAML file 2 MB) and the folder at most 100 MB (see {@link LoadOptions}), text strict UTF-8, YAML
 * without custom tags, with at most 100 alias expansions and 64 levels of nesting. Whatever goes
 * wrong is a problem of the `INVALID_REGULATION` error, never the content of a file outside.
 *
 * @param dir - The folder; its name must be the regulation's id.
 * @param options - `draft: true` accepts a regulation still being encoded: uncovered provisions and
 *   missing fact files are not errors, so its text (`cite`) and whatever facts it has can be queried.
 *   `maxFileBytes`, `maxYamlBytes`, `maxFolderBytes` change the size limits.
 * @returns The compiled regulation, deeply frozen.
 * @throws {MevzuatError} `INVALID_REGULATION` listing every problem (file, line, column, path,
 *   value); `INVALID_ARGUMENT` when `dir` is not a folder or `options` is not an options object.
 * @example
 * const ornekkoy = loadRegulationDir('./regulations/ornekkoy-yazi-isleri');
 * createMevzuat({ regulations: [ornekkoy] }).whoSigns('ornekkoy', 'valilik').status  //=> 'explicit'
 */
export function loadRegulationDir(dir: string, options: LoadOptions = {}): Regulation {
  if (typeof dir !== 'string' || !dir || !isFolder(dir)) {
    throw new MevzuatError('INVALID_ARGUMENT', { en: `not a folder: ${show(dir)}`, tr: `klasör değil: ${show(dir)}` }, { input: show(dir), parameter: 'dir' });
  }
  const { draft, limits } = readLoadOptions(options);
  // the folder itself: a string naming a directory (INVALID_ARGUMENT otherwise); what it holds is read only through the safe reader
  SafeFolder.open(dir, limits);
  return deepFreeze(compileOrThrow(compiler(), resolve(dir), draft, limits));
}

/**
 * Options of {@link loadRegulationDir}.
 *
 * @example
 * loadRegulationDir('./ornekkoy', { draft: true, maxFileBytes: 50 * 1024 * 1024 });
 */
export type LoadOptions = {
  /** Accept a regulation still being encoded (uncovered provisions, missing fact files). */
  readonly draft?: boolean;
  /** Largest file the folder may hold, in bytes: 20 MB unless `MEVZUAT_MAX_FILE_BYTES` says otherwise. */
  readonly maxFileBytes?: number;
  /** Largest YAML file, in bytes: 2 MB unless `MEVZUAT_MAX_YAML_BYTES` says otherwise. */
  readonly maxYamlBytes?: number;
  /** Most its files may hold together, in bytes: 100 MB unless `MEVZUAT_MAX_FOLDER_BYTES` says otherwise. */
  readonly maxFolderBytes?: number;
};

/** Reads one option from an options argument that may be anything (null, a revoked proxy). */
function readOption(options: unknown, key: string): unknown {
  if (options === undefined) return undefined;
  let isObject = false;
  try { isObject = options !== null && typeof options === 'object' && !Array.isArray(options); } catch { /* a revoked proxy */ }
  if (!isObject) {
    throw new MevzuatError('INVALID_ARGUMENT', {
      en: `options must be an object such as { draft: true }, got ${show(options)}`,
      tr: `seçenekler { draft: true } gibi bir nesne olmalı, verilen: ${show(options)}`,
    }, { input: show(options), suggestions: ['{ draft: true }'], parameter: 'options' });
  }
  return readProperty(options, key, 'options');
}

/** `draft` and the size limits of a {@link LoadOptions} that may be anything; INVALID_ARGUMENT when they are not what they should be. */
function readLoadOptions(options: unknown): { draft: boolean; limits: FolderLimits } {
  const draft = readOption(options, 'draft');
  if (draft !== undefined && typeof draft !== 'boolean') {
    throw new MevzuatError('INVALID_ARGUMENT', { en: `options.draft must be true or false, got ${show(draft)}`, tr: `draft seçeneği true ya da false olmalı, verilen: ${show(draft)}` }, { input: show(draft), parameter: 'options' });
  }
  const maxFileBytes = readOption(options, 'maxFileBytes') as number | undefined;
  const maxFolderBytes = readOption(options, 'maxFolderBytes') as number | undefined;
  const maxYamlBytes = readOption(options, 'maxYamlBytes') as number | undefined;
  const given = { ...(maxFileBytes !== undefined && { maxFileBytes }), ...(maxYamlBytes !== undefined && { maxYamlBytes }), ...(maxFolderBytes !== undefined && { maxFolderBytes }) };
  // checked (a bad value or environment variable is INVALID_ARGUMENT) and fixed now: the cache key holds them
  return { draft: draft === true, limits: folderLimits(given) };
}

export { SafeFolder, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_YAML_BYTES, DEFAULT_MAX_FOLDER_BYTES, decodeUtf8 } from './internal/safe-fs.js';
export type { FolderLimits, ReadFailure, ReadResult } from './internal/safe-fs.js';

/** Options of {@link loadRegulationDirs}. */
export type LoadDirsOptions = LoadOptions & {
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
 * is safe to delete at any time. Every folder is read as {@link loadRegulationDir} reads it (inside
 * the folder only, regular files only, within the size limits).
 *
 * @param root - A regulation folder, or a folder of regulation folders.
 * @param options - `draft`, `cache` (`false` or a directory), `onSkip`, and the size limits of {@link LoadOptions}.
 * @returns Lazy entries, in folder-name order.
 * @throws {MevzuatError} `INVALID_ARGUMENT` when `root` is not a folder or holds no regulation
 *   folder, or `options` is not an options object; `INVALID_REGULATION` for a folder that cannot
 *   be named, unless `onSkip` is given.
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
  const { draft, limits } = readLoadOptions(options);
  const cacheOption = readOption(options, 'cache');
  if (cacheOption !== undefined && cacheOption !== false && typeof cacheOption !== 'string') {
    throw new MevzuatError('INVALID_ARGUMENT', { en: `options.cache must be false or a directory, got ${show(cacheOption)}`, tr: `cache seçeneği false ya da bir klasör olmalı, verilen: ${show(cacheOption)}` }, { input: show(cacheOption), parameter: 'options' });
  }
  const onSkip = readOption(options, 'onSkip');
  if (onSkip !== undefined && typeof onSkip !== 'function') {
    throw new MevzuatError('INVALID_ARGUMENT', { en: `options.onSkip must be a function, got ${show(onSkip)}`, tr: `onSkip seçeneği bir işlev olmalı, verilen: ${show(onSkip)}` }, { input: show(onSkip), parameter: 'options' });
  }
  const dirs = regulationFolders(root);
  if (!dirs.length) throw new MevzuatError('INVALID_ARGUMENT', { en: `no regulation folder (with a regulation.yaml) in ${show(root)}`, tr: `${show(root)} içinde mevzuat klasörü (regulation.yaml taşıyan) yok` }, { input: show(root), parameter: 'root' });
  const cache = cacheOption === false ? undefined : typeof cacheOption === 'string' ? cacheOption : cacheDirectory();
  const out: LazyRegulation[] = [];
  for (const d of dirs) {
    try {
      out.push(lazyFolder(d, { draft, limits, ...(cache !== undefined && { cache }), version, compiler }));
    } catch (e) {
      if (typeof onSkip !== 'function' || !(e instanceof MevzuatError)) throw e;
      (onSkip as NonNullable<LoadDirsOptions['onSkip']>)(d, e);
    }
  }
  return out;
}

export { cacheDirectory } from './node/cache.js';
export type { RegulationProblem };
