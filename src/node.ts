/**
 * `belediye-mevzuat/node`: reading regulation folders from disk, for Node only. The folders have
 * the layout of the package's own `regulations/<id>/` (see its README); they are validated and
 * compiled by the same compiler the package's build uses.
 *
 * @packageDocumentation
 */
import { basename, resolve } from 'node:path';
import { checkRegulationDir, type Problem } from './compile/regulation.js';
import { MevzuatError, type RegulationProblem } from './errors.js';
import { escapeInput } from './internal/escape.js';
import { deepFreeze } from './internal/freeze.js';
import { readProperty, show } from './internal/lookup.js';
import { SafeFolder } from './internal/safe-fs.js';
import type { Regulation } from './types.js';

/**
 * Reads a regulation folder (`source.txt`, `text.yaml`, `regulation.yaml`, `organisation.yaml`,
 * `duties.yaml`, `rules.yaml`, `coverage.yaml`), validates it against the schemas and every rule the
 * build enforces, and compiles it: the result goes to `createMevzuat`. Nothing half-loaded is ever
 * returned.
 *
 * @param dir - The folder; its name must be the regulation's id.
 * Safe on a folder from anyone: every file it names must be inside it (no `../`, no absolute path,
 * no symbolic link leading out), only regular files are read (no FIFO, device or socket), each file
 * at most 20 MB (a YAML file 2 MB) and the folder at most 100 MB (see {@link LoadOptions}), text strict UTF-8, YAML
 * without custom tags, with at most 100 alias expansions and 64 levels of nesting. Whatever goes
 * wrong is a problem of the `INVALID_REGULATION` error, never the content of a file outside.
 *
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
  if (typeof dir !== 'string' || !dir) throw new MevzuatError('INVALID_ARGUMENT', `not a folder: ${show(dir)}`, { input: show(dir) });
  const draft = readOption(options, 'draft');
  if (draft !== undefined && typeof draft !== 'boolean') throw new MevzuatError('INVALID_ARGUMENT', `options.draft must be true or false, got ${show(draft)}`, { input: show(draft) });
  const maxFileBytes = readOption(options, 'maxFileBytes') as number | undefined;
  const maxFolderBytes = readOption(options, 'maxFolderBytes') as number | undefined;
  const maxYamlBytes = readOption(options, 'maxYamlBytes') as number | undefined;
  const limits = { ...(maxFileBytes !== undefined && { maxFileBytes }), ...(maxYamlBytes !== undefined && { maxYamlBytes }), ...(maxFolderBytes !== undefined && { maxFolderBytes }) };
  // the folder itself: a string naming a directory (INVALID_ARGUMENT otherwise); what it holds is read only through the safe reader
  SafeFolder.open(dir, limits);
  const full = resolve(dir);
  const { regulation, problems } = checkRegulationDir(full, { draft: draft === true, ...limits });
  const errors: RegulationProblem[] = problems.filter((p) => p.severity !== 'todo').map(toPublic);
  if (errors.length || !regulation) {
    const shown = errors.slice(0, 3).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('; ');
    throw new MevzuatError('INVALID_REGULATION', `${escapeInput(basename(full))}: ${errors.length} problem(s): ${shown}`, { input: escapeInput(basename(full)), problems: errors });
  }
  return deepFreeze(regulation);
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
  if (!isObject) throw new MevzuatError('INVALID_ARGUMENT', `options must be an object such as { draft: true }, got ${show(options)}`, { input: show(options), suggestions: ['{ draft: true }'] });
  return readProperty(options, key, 'options');
}

export { SafeFolder, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_YAML_BYTES, DEFAULT_MAX_FOLDER_BYTES, decodeUtf8 } from './internal/safe-fs.js';
export type { FolderLimits, ReadFailure, ReadResult } from './internal/safe-fs.js';

export type { RegulationProblem };

/** A compiler problem as the error carries it: the path written as `duties[3].holder`. */
function toPublic(p: Problem): RegulationProblem {
  const path = p.path?.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : String(seg)), '');
  return {
    file: p.file, message: p.message, severity: p.severity,
    ...(path && { path }), ...(p.line !== undefined && { line: p.line }), ...(p.column !== undefined && { column: p.column }),
    ...(p.value !== undefined && { value: p.value }), ...(p.suggestion !== undefined && { suggestion: p.suggestion }),
  };
}
