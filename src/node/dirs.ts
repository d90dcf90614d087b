// Regulation folders as lazy corpus entries: registering a folder reads its id, names and repeals
// (from its cache entry, or from regulation.yaml alone), and the folder is compiled — or read from
// the cache — on the first query that needs it. The compiler (zod, the YAML reader) is reached only
// through `compiler()`, so a question over cached folders never loads it.
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { LazyRegulation } from '../corpus.js';
import { MevzuatError, type RegulationProblem } from '../errors.js';
import { escapeInput } from '../internal/escape.js';
import { catalogEntry } from '../internal/catalog.js';
import { fold } from '../fold.js';
import { show } from '../internal/lookup.js';
import { buildSearchIndex, checkedIndexes, PREBUILT_DUTIES, PREBUILT_SEARCH, storedDuty, type SearchIndex } from '../internal/search.js';
import { buildIndex, duty } from '../internal/registry.js';
import { fromShipped, toShipped } from '../internal/shipped.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FOLDER_BYTES, DEFAULT_MAX_YAML_BYTES, type FolderLimits } from '../internal/safe-fs.js';
import type { Regulation } from '../types.js';
import type { Duty } from '../schema/regulation.js';
import { folderKey, readMeta, readPart, readPartBytes, writeEntry } from './cache.js';
import { decodeSearchIndex, encodeSearchIndex } from './search-bin.js';

/** What registering and compiling a folder needs of the compiler; `belediye-mevzuat/node` supplies it. */
export type FolderCompiler = {
  /** The id, aliases and repealed ids as regulation.yaml states them, or why the folder cannot be named. */
  readonly header: (dir: string, limits?: FolderLimits) => { id: string; aliases: string[]; repeals: string[] } | { problem: string };
  /** The compiled regulation unless some problem is an error, and every error (every file read through the safe reader, within `limits`). */
  readonly compile: (dir: string, draft: boolean, limits?: FolderLimits) => { regulation?: Regulation; errors: RegulationProblem[] };
};

/**
 * Compiles a folder or throws INVALID_REGULATION listing every problem; the one error both
 * `loadRegulationDir` and a lazy folder's first query give.
 */
export function compileOrThrow(compiler: FolderCompiler, full: string, draft: boolean, limits: FolderLimits = {}): Regulation {
  const { regulation, errors } = compiler.compile(full, draft, limits);
  if (errors.length || !regulation) {
    // the problems are escaped by the compiler; the folder's name is escaped here
    const shown = errors.slice(0, 3).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('; ');
    const name = escapeInput(basename(full));
    throw new MevzuatError('INVALID_REGULATION', { en: `${name}: ${errors.length} problem(s): ${shown}`, tr: `${name}: ${errors.length} sorun: ${shown}` }, { input: name, problems: errors });
  }
  return regulation;
}

/** Options of {@link lazyFolder}. */
export type FolderOptions = {
  readonly draft?: boolean;
  /** The size limits of the folder's reads (see `LoadOptions`); part of the cache key. */
  readonly limits?: FolderLimits;
  /** The cache directory; undefined: no cache. */
  readonly cache?: string;
  /** Part of every cache key: the package version. */
  readonly version: string;
  readonly compiler: () => FolderCompiler;
};

/** True when `dir` is a folder (an unreadable or missing path is not). */
export function isFolder(dir: string): boolean {
  try { return statSync(dir).isDirectory(); } catch { return false; }
}

/**
 * A lazy corpus entry for one regulation folder. Throws MevzuatError when the folder cannot even
 * be named (not a folder, no readable regulation.yaml id); any other problem is thrown by the
 * entry's `load`, on the first query that needs the folder.
 */
export function lazyFolder(dir: string, options: FolderOptions): LazyRegulation {
  if (typeof dir !== 'string' || !dir || !isFolder(dir)) throw new MevzuatError('INVALID_ARGUMENT', { en: `not a folder: ${show(dir)}`, tr: `klasör değil: ${show(dir)}` }, { input: show(dir), parameter: 'dir' });
  const full = resolve(dir);
  const draft = options.draft === true;
  const cache = options.cache;
  const limits = options.limits ?? {};
  // size limits other than the defaults are part of the key: a folder cached under larger limits is not answered under smaller ones
  const sized = [limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, limits.maxYamlBytes ?? DEFAULT_MAX_YAML_BYTES, limits.maxFolderBytes ?? DEFAULT_MAX_FOLDER_BYTES];
  const defaultSized = sized[0] === DEFAULT_MAX_FILE_BYTES && sized[1] === DEFAULT_MAX_YAML_BYTES && sized[2] === DEFAULT_MAX_FOLDER_BYTES;
  const salt = `${options.version}\0draft=${draft}${defaultSized ? '' : `\0limits=${sized.join(',')}`}`;
  let key: string | undefined;
  if (cache) { try { key = folderKey(full, salt); } catch { key = undefined; } }
  const meta = cache && key ? readMeta(cache, key) : undefined;
  const shownName = escapeInput(basename(full));
  const names = meta && meta.id === basename(full) ? meta : (() => {
    const h = options.compiler().header(full, limits);
    if ('problem' in h) throw new MevzuatError('INVALID_REGULATION', { en: `${shownName}: ${h.problem}`, tr: `${shownName}: ${h.problem}` }, { input: shownName, problems: [{ file: 'regulation.yaml', message: h.problem, severity: 'error' }] });
    if (h.id !== basename(full)) throw new MevzuatError('INVALID_REGULATION', { en: `${shownName}: regulation.yaml id ${show(h.id)} is not the folder's name`, tr: `${shownName}: regulation.yaml kimliği ${show(h.id)} klasörün adıyla aynı değil` }, { input: shownName, problems: [{ file: 'regulation.yaml', path: 'id', message: 'id klasörün adıyla aynı değil', value: h.id, severity: 'error' }] });
    return { ...h, keys: [...new Set([h.id, ...h.aliases].map(fold))] };
  })();

  let compiled: Regulation | undefined;
  let search: SearchIndex | undefined;
  const get = (): Regulation => {
    if (compiled) return compiled;
    if (meta && names === meta) {
      const text = readPart(cache!, meta, 'reg');
      if (text !== undefined) {
        try {
          const r = fromShipped(text);
          if (r.id === meta.id) return (compiled = r);
        } catch { /* corrupt past its checksum: compiled below */ }
      }
    }
    const r = compileOrThrow(options.compiler(), full, draft, limits);
    search = buildSearchIndex(r);
    checkedIndexes.add(search);
    // stored only if the folder is still what was keyed: a file changed meanwhile gets a new key next time
    if (cache && key) {
      let now: string | undefined;
      try { now = folderKey(full, salt); } catch { now = undefined; }
      if (now === key) {
        // the duties exactly as the search answers them from the compiled regulation
        const idx = buildIndex(r);
        writeEntry(cache, { key, ...catalogEntry(r) }, JSON.stringify(toShipped(r)), encodeSearchIndex(search), JSON.stringify(r.duties.map((d) => storedDuty(duty(idx, d)))));
      }
    }
    return (compiled = r);
  };
  const prebuilt = (): unknown => {
    if (search) return search;
    if (meta && names === meta) {
      const bytes = readPartBytes(cache!, meta, 'search');
      // bytes whose sha256 the meta vouches for are what this package wrote: read without the full
      // check (a search that meets a position out of range rebuilds the index from the regulation)
      const index = bytes && decodeSearchIndex(bytes, { trusted: true });
      if (index) return index;
    }
    get();
    return search; // undefined when read from the cache: the corpus builds it from the regulation
  };
  // only from the cache: a folder compiled in this process answers from its own index
  const prebuiltDuties = (): unknown => {
    if (compiled || !meta || names !== meta) return undefined;
    const text = readPart(cache!, meta, 'duties');
    return text === undefined ? undefined : JSON.parse(text);
  };
  return Object.freeze({
    id: names.id, aliases: Object.freeze([...names.aliases]), keys: Object.freeze([...names.keys]), repeals: Object.freeze([...names.repeals]),
    load: get,
    [PREBUILT_SEARCH]: prebuilt,
    [PREBUILT_DUTIES]: prebuiltDuties,
  });
}

/**
 * The regulation folders a path names: itself when it holds a `regulation.yaml`, else every
 * sub-folder that holds one (a municipality's set), sorted. Empty when it names neither. A
 * sub-folder that is a symbolic link is taken only when it leads to a folder inside `path`.
 */
export function regulationFolders(path: string): string[] {
  const full = resolve(path);
  if (!isFolder(full)) return [];
  if (isFile(join(full, 'regulation.yaml'))) return [full];
  let names: string[];
  let root: string;
  try { names = readdirSync(full); root = realpathSync.native(full); } catch { return []; }
  const inside = (p: string): boolean => {
    try {
      if (!lstatSync(p).isSymbolicLink()) return true;
      const rel = relative(root, realpathSync.native(p));
      return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    } catch { return false; }
  };
  return names.filter((n) => !n.startsWith('.') && inside(join(full, n)) && isFile(join(full, n, 'regulation.yaml'))).sort().map((n) => join(full, n));
}

function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}
