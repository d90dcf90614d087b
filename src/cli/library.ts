// The library the CLI and the REPL answer from: the package's own built-in regulations, or, with
// `--dir <klasör>` (repeatable), those plus the regulation folders given, through createMevzuat.
// The folder loader (and with it zod and the YAML reader) is imported only when --dir is used.
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
  compare: pkg.compare as Mevzuat['compare'],
};

let active: Mevzuat = builtin;

/** Adds regulation folders to the set the commands answer from (none: the built-in set). */
export async function useDirs(dirs: readonly string[], options: { draft?: boolean } = {}): Promise<void> {
  if (!dirs.length) { active = builtin; return; }
  const { loadRegulationDir } = await import('../node.js');
  active = pkg.createMevzuat({ regulations: [...pkg.builtinRegulations, ...dirs.map((d) => loadRegulationDir(d, options))] });
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
  compare: <T>(fn: (regulation: string) => T) => active.compare(fn),
};
