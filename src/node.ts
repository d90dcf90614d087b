/**
 * `belediye-mevzuat/node`: reading regulation folders from disk, for Node only. The folders have
 * the layout of the package's own `regulations/<id>/` (see its README); they are validated and
 * compiled by the same compiler the package's build uses.
 *
 * @packageDocumentation
 */
import { basename, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { checkRegulationDir, type Problem } from './compile/regulation.js';
import { MevzuatError, type RegulationProblem } from './errors.js';
import { escapeInput } from './internal/escape.js';
import { deepFreeze } from './internal/freeze.js';
import { show } from './internal/lookup.js';
import type { Regulation } from './types.js';

/**
 * Reads a regulation folder (`source.txt`, `text.yaml`, `regulation.yaml`, `organisation.yaml`,
 * `duties.yaml`, `rules.yaml`, `coverage.yaml`), validates it against the schemas and every rule the
 * build enforces, and compiles it: the result goes to `createMevzuat`. Nothing half-loaded is ever
 * returned.
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
  if (typeof dir !== 'string' || !dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new MevzuatError('INVALID_ARGUMENT', { en: `not a folder: ${show(dir)}`, tr: `klasör değil: ${show(dir)}` }, { input: show(dir), parameter: 'dir' });
  }
  const full = resolve(dir);
  const { regulation, problems } = checkRegulationDir(full, { draft: options.draft === true });
  const errors: RegulationProblem[] = problems.filter((p) => p.severity !== 'todo').map(toPublic);
  if (errors.length || !regulation) {
    const shown = errors.slice(0, 3).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('; ');
    throw new MevzuatError('INVALID_REGULATION', { en: `${basename(full)}: ${errors.length} problem(s): ${shown}`, tr: `${basename(full)}: ${errors.length} sorun: ${shown}` }, { input: escapeInput(basename(full)), problems: errors });
  }
  return deepFreeze(regulation);
}

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
