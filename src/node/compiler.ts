// The compiling side of a regulation folder, for `belediye-mevzuat/node`: the YAML reader, the zod
// schemas and the compiler. Loaded only when a folder must be named from its regulation.yaml or
// compiled (no valid cache entry); a question over cached folders never loads this module.
import { checkRegulationDir, type Problem } from '../compile/regulation.js';
import { readYaml } from '../compile/problems.js';
import { SafeFolder, type FolderLimits } from '../internal/safe-fs.js';
import { MevzuatError, type RegulationProblem } from '../errors.js';
import type { Regulation } from '../types.js';

/** A compiler problem as the error carries it: the path written as `duties[3].holder`. */
export function toPublic(p: Problem): RegulationProblem {
  const path = p.path?.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : String(seg)), '');
  return {
    file: p.file, message: p.message, severity: p.severity,
    ...(path && { path }), ...(p.line !== undefined && { line: p.line }), ...(p.column !== undefined && { column: p.column }),
    ...(p.value !== undefined && { value: p.value }), ...(p.suggestion !== undefined && { suggestion: p.suggestion }),
  };
}

/**
 * Reads regulation.yaml through the folder's safe reader (inside the folder, a regular file, the
 * YAML size limit, strict UTF-8), or why it cannot be read so.
 */
const readHeaderFile = (dir: string, limits: FolderLimits): { text: string } | { problem: string } => {
  const r = SafeFolder.open(dir, limits).text('regulation.yaml', { yaml: true });
  return r.ok ? { text: r.value } : { problem: r.failure.message };
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What a folder's regulation.yaml says it is (id, aliases, repealed ids), read from that file
 * alone, or why it cannot be named (a Turkish message).
 */
export function header(dir: string, limits: FolderLimits = {}): { id: string; aliases: string[]; repeals: string[] } | { problem: string } {
  let data: unknown;
  try {
    const file = readHeaderFile(dir, limits);
    if ('problem' in file) return file; // why, in Turkish (too large, a FIFO, a link out…), safe to print
    // the compiler's own YAML reader: its depth, alias and tag limits hold here too
    const read = readYaml('regulation.yaml', file.text);
    if (read.problems.length) return { problem: 'regulation.yaml okunamadı' };
    data = read.data;
  } catch (e) {
    if (e instanceof MevzuatError) throw e; // a bad limit: INVALID_ARGUMENT
    return { problem: 'regulation.yaml okunamadı' };
  }
  if (!data || typeof data !== 'object') return { problem: 'regulation.yaml bir eşleme değil' };
  const d = data as { id?: unknown; aliases?: unknown; repeals?: unknown };
  if (typeof d.id !== 'string' || !SLUG.test(d.id)) return { problem: 'regulation.yaml içinde geçerli bir id yok' };
  const aliases = Array.isArray(d.aliases) ? d.aliases.filter((a): a is string => typeof a === 'string') : [];
  const repeals = Array.isArray(d.repeals) ? d.repeals.flatMap((r) => (r && typeof r === 'object' && typeof (r as { regulation?: unknown }).regulation === 'string' ? [(r as { regulation: string }).regulation] : [])) : [];
  return { id: d.id, aliases, repeals };
}

/** Compiles a folder: the regulation unless some problem is an error, and every error. */
export function compile(dir: string, draft: boolean, limits: FolderLimits = {}): { regulation?: Regulation; errors: RegulationProblem[] } {
  const { regulation, problems } = checkRegulationDir(dir, { draft, ...limits });
  const errors = problems.filter((p) => p.severity !== 'todo').map(toPublic);
  return errors.length || !regulation ? { errors } : { regulation, errors };
}

/** The compiler as `belediye-mevzuat/node` uses it (dist/node-compiler.cjs in the built package). */
export const compiler = { header, compile };
