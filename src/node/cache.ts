// The cache of compiled regulation folders: one entry per folder state, keyed by a hash of the
// folder's files (names and bytes), the package version and the compile options. An entry is
// four files, written atomically (temporary file, then rename): `<key>.meta.json` (the id, names
// and repeals, read up front; it checks itself), `<key>.reg.json` (the compiled regulation in its
// shipped form), `<key>.search.bin` (the word index of its duties, binary: see search-bin.ts) and `<key>.duties.json` (its
// duties as `findDuties` answers them, so a search needs no regulation loaded); the meta holds the
// sha256 and size of the other three, and anything that does not match is rebuilt, never trusted. A cache
// directory that cannot be written (read-only, missing, full) only costs the speed: every write
// failure is swallowed. Deleting the directory is always safe.
//
// Reads no YAML and needs no compiler: what a question over cached folders loads.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, lstatSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { SafeFolder } from '../internal/safe-fs.js';

/** Version of the entries' form; part of every key, so a new form never reads an old entry. */
export const CACHE_FORM = 4;

/** The environment variable that names the cache directory (empty: no cache). */
export const CACHE_ENV = 'MEVZUAT_CACHE_DIR';

/**
 * Reads one file of a regulation folder for the cache key: the one place folder bytes are read
 * for it, through the folder's safe reader (inside the folder only, no symbolic link out, regular
 * files only — a FIFO is never opened for reading —, within the size limits). Undefined when the
 * file cannot be read so: the folder is then not cached (compiling it reports why).
 */
export function readFolderFile(folder: SafeFolder, rel: string): Buffer | undefined {
  const r = folder.bytes(rel);
  return r.ok ? r.value : undefined;
}

/**
 * Where the cache lives: `$MEVZUAT_CACHE_DIR` when set (set but empty turns the cache off); else
 * `node_modules/.cache/belediye-mevzuat` of the nearest `node_modules` above `cwd` (the
 * convention of babel-loader, eslint, ava); else `$XDG_CACHE_HOME/belediye-mevzuat`, else
 * `~/.cache/belediye-mevzuat`. Undefined when there is nowhere to put it.
 *
 * @example
 * cacheDirectory({ MEVZUAT_CACHE_DIR: '/tmp/c' })  //=> '/tmp/c'
 */
export function cacheDirectory(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string | undefined {
  const set = env[CACHE_ENV];
  if (set !== undefined) return set === '' ? undefined : resolve(cwd, set);
  for (let d = resolve(cwd); ; d = dirname(d)) {
    const nm = join(d, 'node_modules');
    try { if (statSync(nm).isDirectory()) return join(nm, '.cache', 'belediye-mevzuat'); } catch { /* none here */ }
    if (dirname(d) === d) break;
  }
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'belediye-mevzuat');
  try { const home = homedir(); if (home) return join(home, '.cache', 'belediye-mevzuat'); } catch { /* no home */ }
  return undefined;
}

/** Most files a folder's key reads, and most bytes: past either the folder is not cached (it is still compiled). */
const KEY_FILES_MAX = 256;
const KEY_BYTES_MAX = 64 * 2 ** 20;

/**
 * The cache key of a folder: sha256 over the cache form, the package version, the options, and
 * every regular file under the folder (its path relative to the folder, its size and bytes), in
 * sorted order. Hidden files and folders (`.git`, `.DS_Store`) are left out; symbolic links are
 * not followed, special files (FIFO, device, socket) not read. Undefined when the folder is too
 * large to key or a file cannot be read safely.
 */
export function folderKey(dir: string, salt: string): string | undefined {
  const files: string[] = [];
  const walk = (d: string): boolean => {
    const names = readdirSync(d).sort();
    for (const n of names) {
      if (n.startsWith('.')) continue;
      const p = join(d, n);
      const st = lstatSync(p);
      if (st.isDirectory()) { if (!walk(p)) return false; } else if (st.isFile()) {
        files.push(p);
        if (files.length > KEY_FILES_MAX) return false;
      }
    }
    return true;
  };
  if (!walk(dir)) return undefined;
  const folder = SafeFolder.open(dir, { maxFileBytes: KEY_BYTES_MAX, maxYamlBytes: KEY_BYTES_MAX, maxFolderBytes: KEY_BYTES_MAX });
  const h = createHash('sha256').update(`belediye-mevzuat cache ${CACHE_FORM}\0${salt}\0`);
  for (const f of files) {
    const rel = relative(dir, f);
    const b = readFolderFile(folder, rel);
    if (!b) return undefined; // too large together, or not a regular file inside the folder any more
    h.update(`${rel.split('\\').join('/')}\0${b.length}\0`).update(b).update('\0');
  }
  return h.digest('hex');
}

/** What an entry tells before anything is compiled or parsed: enough to register the folder. */
export type EntryMeta = {
  readonly form: number;
  readonly key: string;
  readonly id: string;
  readonly aliases: readonly string[];
  readonly keys: readonly string[];
  readonly repeals: readonly string[];
  /** sha256 and byte length of `<key>.reg.json`, `<key>.search.bin` and `<key>.duties.json`. */
  readonly reg: { readonly sha256: string; readonly bytes: number };
  readonly search: { readonly sha256: string; readonly bytes: number };
  readonly duties: { readonly sha256: string; readonly bytes: number };
};

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isPart = (v: unknown): v is EntryMeta['reg'] => !!v && typeof v === 'object' && typeof (v as EntryMeta['reg']).sha256 === 'string' && Number.isSafeInteger((v as EntryMeta['reg']).bytes);

/** The meta file's text: the meta with a checksum of itself, so a flipped byte is seen. */
function metaText(meta: EntryMeta): string {
  const body = JSON.stringify(meta);
  return JSON.stringify({ check: sha(body), meta: body });
}

/**
 * Reads an entry's meta, or undefined when there is none, or it is corrupt, truncated, of another
 * form or key. Never throws.
 */
export function readMeta(cache: string, key: string): EntryMeta | undefined {
  try {
    const outer = JSON.parse(readFileSync(join(cache, `${key}.meta.json`), 'utf8')) as { check?: unknown; meta?: unknown };
    if (typeof outer.meta !== 'string' || outer.check !== sha(outer.meta)) return undefined;
    const m = JSON.parse(outer.meta) as EntryMeta;
    if (m.form !== CACHE_FORM || m.key !== key || typeof m.id !== 'string' || !isStrings(m.aliases) || !isStrings(m.keys) || !isStrings(m.repeals) || !isPart(m.reg) || !isPart(m.search) || !isPart(m.duties)) return undefined;
    return m;
  } catch {
    return undefined;
  }
}

/** The file name of an entry's part. */
const partFile = (key: string, part: 'reg' | 'search' | 'duties') => `${key}.${part}.${part === 'search' ? 'bin' : 'json'}`;

/**
 * Reads one part of an entry (`reg`, `search` or `duties`), or undefined when it is missing or
 * its size or checksum is not the one its meta records. Never throws.
 */
export function readPartBytes(cache: string, meta: EntryMeta, part: 'reg' | 'search' | 'duties'): Buffer | undefined {
  try {
    const buf = readFileSync(join(cache, partFile(meta.key, part)));
    if (buf.length !== meta[part].bytes || sha(buf) !== meta[part].sha256) return undefined;
    return buf;
  } catch {
    return undefined;
  }
}

/** {@link readPartBytes}, as text. */
export function readPart(cache: string, meta: EntryMeta, part: 'reg' | 'duties'): string | undefined {
  return readPartBytes(cache, meta, part)?.toString('utf8');
}

/** Writes a file atomically: a temporary file beside it, then a rename over it. */
function writeAtomic(path: string, text: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o644 });
    renameSync(tmp, path);
  } catch (e) {
    try { rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    throw e;
  }
}

/**
 * Stores an entry: its three parts first, the meta last (an entry without its meta is never read).
 * Returns false, and leaves no partial entry behind, when the cache cannot be written.
 */
export function writeEntry(cache: string, meta: Omit<EntryMeta, 'form' | 'reg' | 'search' | 'duties'>, regJson: string, search: Uint8Array, dutiesJson: string): boolean {
  try {
    if (!existsSync(cache)) mkdirSync(cache, { recursive: true });
    const full: EntryMeta = {
      form: CACHE_FORM, ...meta,
      reg: { sha256: sha(regJson), bytes: Buffer.byteLength(regJson) },
      search: { sha256: sha(search), bytes: search.byteLength },
      duties: { sha256: sha(dutiesJson), bytes: Buffer.byteLength(dutiesJson) },
    };
    writeAtomic(join(cache, partFile(meta.key, 'reg')), regJson);
    writeAtomic(join(cache, partFile(meta.key, 'search')), search);
    writeAtomic(join(cache, partFile(meta.key, 'duties')), dutiesJson);
    writeAtomic(join(cache, `${meta.key}.meta.json`), metaText(full));
    return true;
  } catch {
    return false;
  }
}
