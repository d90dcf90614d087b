// The library the CLI and the REPL answer from: the package's own built-in regulations, or, with
// `--dir <klasör>` (repeatable), those plus the regulation folders given, through createMevzuat.
// The folder loader is imported only when --dir is used; it registers each folder lazily (id and
// names only) and compiles a folder, or reads it from the cache, on the first question about it.
// zod and the YAML reader are loaded only when a folder has no valid cache entry.
import * as pkg from '../index.js';
import type { Mevzuat } from '../index.js';

const builtin: Mevzuat = {
  get regulations() { return pkg.regulations; },
  regulationIds: pkg.regulationIds,
  getRegulation: pkg.getRegulation,
  whoSigns: pkg.whoSigns,
  reportsTo: pkg.reportsTo,
  chainOfCommand: pkg.chainOfCommand,
  deputyOf: pkg.deputyOf,
  dutiesOf: pkg.dutiesOf,
  findDuties: pkg.findDuties,
  whoRoutesIncoming: pkg.whoRoutesIncoming,
  define: pkg.define,
  inForce: pkg.inForce,
  cite: pkg.cite,
  about: pkg.about,
  compare: pkg.compare as Mevzuat['compare'],
};

let active: Mevzuat = builtin;

/** Options of {@link useDirs}. */
export type DirOptions = {
  readonly draft?: boolean;
  /** `false` (`--no-cache`): compile every folder, use no cache. */
  readonly cache?: boolean;
  /** The environment the cache directory is found from (`MEVZUAT_CACHE_DIR`, `XDG_CACHE_HOME`). */
  readonly env?: Record<string, string | undefined>;
  /** Told about a folder that cannot even be named: it is left out, the question still answered. */
  readonly warn?: (dir: string, message: string) => void;
};

/**
 * Adds regulation folders to the set the commands answer from (none: the built-in set). Each
 * `--dir` is a regulation folder or a folder of them.
 */
export async function useDirs(dirs: readonly string[], options: DirOptions = {}): Promise<void> {
  if (!dirs.length) { active = builtin; return; }
  const { loadRegulationDirs, cacheDirectory } = await import('../node.js');
  const dir = options.cache === false ? undefined : cacheDirectory(options.env ?? process.env);
  const entries = dirs.flatMap((d) => loadRegulationDirs(d, {
    draft: options.draft === true,
    cache: dir ?? false,
    onSkip: (skipped, e) => options.warn?.(skipped, e.message),
  }));
  active = pkg.createMevzuat({ regulations: [...pkg.builtinRegulations, ...entries] });
}

/** The set the commands answer from now (the built-in one, or with --dir, that and the folders). */
export const activeMevzuat = (): Mevzuat => active;

/**
 * The package's exports, with every query and the regulation list answering from the active set.
 * Commands and the REPL use this instead of importing the queries themselves.
 */
export const lib = {
  ...pkg,
  get regulations() { return active.regulations; },
  get regulationIds() { return active.regulationIds; },
  getRegulation: (...a: Parameters<Mevzuat['getRegulation']>) => active.getRegulation(...a),
  whoSigns: (...a: Parameters<Mevzuat['whoSigns']>) => active.whoSigns(...a),
  reportsTo: (...a: Parameters<Mevzuat['reportsTo']>) => active.reportsTo(...a),
  chainOfCommand: (...a: Parameters<Mevzuat['chainOfCommand']>) => active.chainOfCommand(...a),
  deputyOf: (...a: Parameters<Mevzuat['deputyOf']>) => active.deputyOf(...a),
  dutiesOf: (...a: Parameters<Mevzuat['dutiesOf']>) => active.dutiesOf(...a),
  findDuties: (...a: Parameters<Mevzuat['findDuties']>) => active.findDuties(...a),
  whoRoutesIncoming: (...a: Parameters<Mevzuat['whoRoutesIncoming']>) => active.whoRoutesIncoming(...a),
  define: (...a: Parameters<Mevzuat['define']>) => active.define(...a),
  inForce: (...a: Parameters<Mevzuat['inForce']>) => active.inForce(...a),
  cite: (...a: Parameters<Mevzuat['cite']>) => active.cite(...a),
  about: (...a: Parameters<Mevzuat['about']>) => active.about(...a),
  compare: <T>(fn: (regulation: string) => T) => active.compare(fn),
};
