// The one way a regulation folder is read (the compiler, `mevzuat check`, `--dir`,
// `loadRegulationDir`, the docs script, `mevzuat new --update`). A folder is input from whoever
// sent it, so:
//   - every path it names, and every file in it, must resolve (after realpath) inside the folder:
//     no `../`, no absolute path, no symbolic link that leads out (a link that stays inside is fine);
//   - only regular files are read: a FIFO, a device, a socket or a folder where a file is
//     expected is a problem, found by lstat before opening and by fstat of the open descriptor;
//     the open is non-blocking and does not follow a last-moment symbolic link;
//   - each file and the whole folder have a size limit (20 MB a file, 2 MB a YAML file, 100 MB a
//     folder by default; `MEVZUAT_MAX_FILE_BYTES`, `MEVZUAT_MAX_YAML_BYTES`,
//     `MEVZUAT_MAX_FOLDER_BYTES`, or the options, change them), and a
//     read never goes past the size fstat gave: nothing is read "until EOF";
//   - text is strict UTF-8: a byte that is not is reported with its file, line, column and offset.
// Failures are data (a Turkish message and a suggestion, never the content of anything outside
// the folder); the folder argument itself not being a folder is a MevzuatError INVALID_ARGUMENT.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { MevzuatError } from '../errors.js';
import { escapeInput } from './escape.js';
import { show } from './lookup.js';

/** Largest file a folder may hold, by default: 20 MB (the largest built-in `text.yaml` is 31 KB). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Largest YAML file, by default: 2 MB. Parsing YAML with positions costs about 100 times its size
 * in memory (15 MB took 1.9 GB and 20 s), so YAML has its own, lower limit.
 */
export const DEFAULT_MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Most a folder's files may hold together, by default: 100 MB. */
export const DEFAULT_MAX_FOLDER_BYTES = 100 * 1024 * 1024;

/**
 * Size limits of a folder read. Absent fields come from `MEVZUAT_MAX_FILE_BYTES` and
 * `MEVZUAT_MAX_FOLDER_BYTES` when set, else the defaults (20 MB a file, 100 MB a folder).
 *
 * @example
 * const limits: FolderLimits = { maxFileBytes: 50 * 1024 * 1024 };
 */
export type FolderLimits = {
  /** Largest single file, in bytes. */
  readonly maxFileBytes?: number;
  /** Largest YAML file, in bytes (2 MB by default, `MEVZUAT_MAX_YAML_BYTES`). */
  readonly maxYamlBytes?: number;
  /** Most bytes all files read from the folder may hold together. */
  readonly maxFolderBytes?: number;
};

/** Why a file could not be read: a Turkish message and what to do, safe to print. */
export type ReadFailure = {
  reason: 'missing' | 'dangling' | 'bad-path' | 'outside' | 'not-file' | 'too-large' | 'folder-too-large' | 'unreadable' | 'not-utf8';
  message: string;
  suggestion?: string;
  /** For `not-utf8`: where the first bad byte is (1-based line and column, 0-based byte offset). */
  line?: number;
  column?: number;
  offset?: number;
};

export type ReadResult<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure };

const MIB = 1024 * 1024;
const mb = (n: number) => (n % MIB === 0 ? `${n / MIB} MB` : `${n.toLocaleString('tr-TR')} bayt`);

/** A limit from the options, else the environment, else the default; a bad value is INVALID_ARGUMENT. */
function limit(given: unknown, envName: string, env: Record<string, string | undefined>, fallback: number, option: string): number {
  const fromEnv = given === undefined;
  const raw = fromEnv ? env[envName] : given;
  if (raw === undefined || raw === '') return fallback;
  const v = typeof raw === 'string' ? (/^\d+$/.test(raw) ? Number(raw) : Number.NaN) : raw;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
    throw new MevzuatError('INVALID_ARGUMENT', {
      en: `${fromEnv ? envName : option} must be a positive whole number of bytes, got ${show(raw)}`,
      tr: `${fromEnv ? `${envName} ortam değişkeni` : `${option} seçeneği`} pozitif bir tam bayt sayısı olmalı, verilen: ${show(raw)}`,
    }, { input: show(raw), suggestions: [String(fallback)], parameter: fromEnv ? envName : option });
  }
  return v;
}

/** The limits in force for `options` (see {@link FolderLimits}). */
export function folderLimits(options: FolderLimits = {}, env: Record<string, string | undefined> = process.env): Required<FolderLimits> {
  return {
    maxFileBytes: limit(options.maxFileBytes, 'MEVZUAT_MAX_FILE_BYTES', env, DEFAULT_MAX_FILE_BYTES, 'maxFileBytes'),
    maxYamlBytes: limit(options.maxYamlBytes, 'MEVZUAT_MAX_YAML_BYTES', env, DEFAULT_MAX_YAML_BYTES, 'maxYamlBytes'),
    maxFolderBytes: limit(options.maxFolderBytes, 'MEVZUAT_MAX_FOLDER_BYTES', env, DEFAULT_MAX_FOLDER_BYTES, 'maxFolderBytes'),
  };
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** What a non-regular file is, in Turkish. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'bir klasör';
  if (st.isFIFO()) return 'bir FIFO (adlandırılmış boru)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'bir aygıt dosyası';
  if (st.isSocket()) return 'bir soket';
  if (st.isSymbolicLink()) return 'bir sembolik bağ';
  return 'düzenli bir dosya değil';
}

const errno = (e: unknown) => (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '');

/** The byte offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (!len || i + len > n) return i;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (b[i + 1]! < lo || b[i + 1]! > hi) return i;
    for (let k = 2; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes strict UTF-8 (a leading byte-order mark is dropped). On a malformed byte, the failure
 * names the byte, its 1-based line and column (in characters) and its 0-based byte offset.
 *
 * @example
 * decodeUtf8(Buffer.from([0x41, 0xfe]), 'duties.yaml')
 * //=> { ok: false, failure: { reason: 'not-utf8', line: 1, column: 2, offset: 1, message: 'duties.yaml UTF-8 değil: 1. satırın 2. sütununda (1. bayt) 0xFE baytı …' } }
 */
export function decodeUtf8(bytes: Uint8Array, file: string): ReadResult<string> {
  try {
    return { ok: true, value: utf8.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const column = [...utf8.decode(bytes.subarray(lineStart, offset))].length + 1;
    const hex = bytes[offset]!.toString(16).padStart(2, '0').toLocaleUpperCase('tr-TR');
    return {
      ok: false,
      failure: {
        reason: 'not-utf8', line, column, offset,
        message: `${escapeInput(file)} UTF-8 değil: ${line}. satırın ${column}. sütununda (${offset}. bayt) 0x${hex} baytı geçerli bir UTF-8 dizisi değil.`,
        suggestion: "Dosyayı UTF-8 olarak kaydedin; Türkçe harfler başka bir kodlamada bozulur (ör. iconv -f WINDOWS-1254 -t UTF-8 eski.yaml > yeni.yaml).",
      },
    };
  }
}

/**
 * A regulation folder opened for reading: every read stays inside it, reads only regular files,
 * and keeps to the size limits. Each file is read at most once (by its real path).
 *
 * @example
 * const folder = SafeFolder.open('regulations/ornekkoy');
 * const text = folder.text('text.yaml');
 * if (text.ok) parse(text.value); else console.error(text.failure.message);
 */
export class SafeFolder {
  /** The folder's real path (symbolic links resolved). */
  readonly root: string;
  readonly limits: Required<FolderLimits>;
  #read = 0;
  readonly #cache = new Map<string, Buffer>();

  private constructor(root: string, limits: Required<FolderLimits>) {
    this.root = root;
    this.limits = limits;
  }

  /**
   * Opens `dir` (which may itself be reached through a symbolic link: it is what you named).
   *
   * @throws {MevzuatError} `INVALID_ARGUMENT` when `dir` is not a string naming a folder, or a limit is not a positive whole number.
   */
  static open(dir: unknown, limits: FolderLimits = {}): SafeFolder {
    const notFolder = (why: string, neden: string) => new MevzuatError('INVALID_ARGUMENT', { en: `not a folder: ${show(dir)} (${why})`, tr: `klasör değil: ${show(dir)} (${neden})` }, { input: show(dir), parameter: 'dir' });
    if (typeof dir !== 'string' || !dir || dir.includes('\0')) throw notFolder('a folder path is a non-empty string', 'klasör yolu boş olmayan bir metindir');
    const resolvedLimits = folderLimits(limits);
    let root: string;
    try {
      root = realpathSync.native(dir);
      if (!statSync(root).isDirectory()) throw notFolder('not a directory', 'bir klasör değil');
    } catch (e) {
      if (e instanceof MevzuatError) throw e;
      const code = errno(e);
      throw notFolder(code === 'ENOENT' ? 'no such folder' : code || 'unreadable', code === 'ENOENT' ? 'böyle bir klasör yok' : code || 'okunamıyor');
    }
    return new SafeFolder(root, resolvedLimits);
  }

  /** Bytes read so far, every file counted once. */
  get bytesRead(): number { return this.#read; }

  /** True when `full` is inside the folder (not the folder itself). */
  #inside(full: string): boolean {
    const rel = relative(this.root, full);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  }

  /** The real path of `rel` inside the folder, or why there is none. */
  resolve(rel: unknown): ReadResult<string> {
    const name = typeof rel === 'string' ? escapeInput(rel, 200) : show(rel);
    if (typeof rel !== 'string' || rel.trim() === '' || rel.includes('\0') || rel.length > 1024) {
      return fail('bad-path', `"${name}" bir dosya yolu değil (boş, çok uzun ya da NUL karakterli).`, 'Klasörün içindeki bir dosyanın adını klasöre göre yazın (ör. source.txt).');
    }
    if (isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel)) {
      return fail('outside', `"${name}" mutlak bir yol; bir mevzuat klasörü yalnızca kendi içindeki dosyaları, klasöre göre yazılmış yolla okur.`, 'Dosyayı klasörün içine koyun ve adını klasöre göre yazın (ör. source.txt).');
    }
    const lexical = resolve(this.root, rel);
    if (lexical === this.root) return fail('not-file', `"${name}" klasörün kendisini gösteriyor; burada bir dosya olmalı.`, 'Dosyanın adını yazın (ör. source.txt).');
    if (!this.#inside(lexical)) return fail('outside', `"${name}" klasörün dışını gösteriyor; bir mevzuat klasörü yalnızca kendi içindeki dosyaları okur.`, 'Dosyayı klasörün içine kopyalayın ve yolunu klasöre göre yazın (ör. source.txt); ../ ile başlayan yollar okunmaz.');
    let link: Stats;
    try {
      link = lstatSync(lexical);
    } catch (e) {
      if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return fail('missing', `${name} yok.`);
      return unreadable(name, e);
    }
    let real: string;
    try {
      real = realpathSync.native(lexical);
    } catch (e) {
      if (errno(e) === 'ENOENT' && link.isSymbolicLink()) return fail('dangling', `${name} var olmayan bir yeri gösteren bir sembolik bağ.`, 'Bağın yerine dosyanın kendisini koyun.');
      return unreadable(name, e);
    }
    if (!this.#inside(real)) {
      return fail('outside', `${name} klasörün dışına çıkan bir sembolik bağ (ya da böyle bir bağın altında); bir mevzuat klasörü yalnızca kendi içindeki dosyaları okur.`, 'Bağın yerine dosyanın bir kopyasını koyun; yalnızca klasörün içinde kalan sembolik bağlar izlenir.');
    }
    return { ok: true, value: real };
  }

  /** What `rel` is: a regular file inside the folder (`ok`), or why it cannot be read (`missing` when there is nothing). */
  stat(rel: unknown): ReadResult<{ path: string; size: number }> {
    const r = this.resolve(rel);
    if (!r.ok) return r;
    const name = escapeInput(String(rel), 200);
    let st: Stats;
    try { st = lstatSync(r.value); } catch (e) { return unreadable(name, e); }
    if (!st.isFile()) return fail('not-file', `${name} ${kindOf(st)}; burada düzenli bir dosya olmalı.`, 'Yerine düzenli bir dosya koyun (FIFO, aygıt, soket ve klasör okunmaz).');
    return { ok: true, value: { path: r.value, size: st.size } };
  }

  /** True when `rel` names something (anything) inside the folder. */
  exists(rel: unknown): boolean {
    const r = this.resolve(rel);
    return r.ok || r.failure.reason !== 'missing';
  }

  /** The bytes of `rel`: a regular file inside the folder, within the limits. */
  bytes(rel: unknown, options: { yaml?: boolean } = {}): ReadResult<Buffer> {
    const s = this.stat(rel);
    if (!s.ok) return s;
    const cached = this.#cache.get(s.value.path);
    if (cached && !(options.yaml && cached.length > this.limits.maxYamlBytes)) return { ok: true, value: cached };
    const name = escapeInput(String(rel), 200);
    let fd: number;
    try {
      // non-blocking: were a FIFO swapped in after the lstat, opening it does not wait for a writer
      fd = openSync(s.value.path, constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
    } catch (e) {
      if (errno(e) === 'ELOOP') return fail('outside', `${name} okunurken bir sembolik bağa dönüştü.`, 'Klasörü okunurken değiştirmeyin.');
      return unreadable(name, e);
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return fail('not-file', `${name} ${kindOf(st)}; burada düzenli bir dosya olmalı.`, 'Yerine düzenli bir dosya koyun (FIFO, aygıt, soket ve klasör okunmaz).');
      const { maxFileBytes, maxFolderBytes, maxYamlBytes } = this.limits;
      if (st.size > maxFileBytes) {
        return fail('too-large', `${name} ${mb(st.size)}; bir dosya en çok ${mb(maxFileBytes)} olabilir.`, `Bir mevzuat dosyası bu kadar büyük olmaz; dosya gerçekten bu büyüklükteyse sınırı MEVZUAT_MAX_FILE_BYTES ortam değişkeniyle (ya da maxFileBytes seçeneğiyle) yükseltin.`);
      }
      if (options.yaml && st.size > maxYamlBytes) {
        return fail('too-large', `${name} ${mb(st.size)}; bir YAML dosyası en çok ${mb(maxYamlBytes)} olabilir.`, `En büyük yerleşik text.yaml 31 KB'tır; dosya gerçekten bu büyüklükteyse sınırı MEVZUAT_MAX_YAML_BYTES ortam değişkeniyle (ya da maxYamlBytes seçeneğiyle) yükseltin.`);
      }
      if (this.#read + st.size > maxFolderBytes) {
        return fail('folder-too-large', `Klasördeki dosyalar ${name} ile birlikte ${mb(this.#read + st.size)} tutuyor; bir klasör en çok ${mb(maxFolderBytes)} olabilir.`, 'Sınırı MEVZUAT_MAX_FOLDER_BYTES ortam değişkeniyle (ya da maxFolderBytes seçeneğiyle) yükseltin.');
      }
      // exactly the size fstat gave, never "until EOF": a file that grows while read is cut there
      const buf = Buffer.allocUnsafe(st.size);
      let n = 0;
      while (n < st.size) {
        const got = readSync(fd, buf, n, st.size - n, n);
        if (got === 0) break;
        n += got;
      }
      const out = n === st.size ? buf : buf.subarray(0, n);
      this.#read += n;
      this.#cache.set(s.value.path, out);
      return { ok: true, value: out };
    } catch (e) {
      return unreadable(name, e);
    } finally {
      closeSync(fd);
    }
  }

  /** The text of `rel`, strict UTF-8 (see {@link decodeUtf8}). */
  text(rel: unknown, options: { yaml?: boolean } = {}): ReadResult<string> {
    const b = this.bytes(rel, options);
    if (!b.ok) return b;
    return decodeUtf8(b.value, String(rel));
  }
}

function fail(reason: ReadFailure['reason'], message: string, suggestion?: string): { ok: false; failure: ReadFailure } {
  return { ok: false, failure: { reason, message, ...(suggestion ? { suggestion } : {}) } };
}

/** An OS error, named by its code only (`EACCES`), never by its message (which quotes the path). */
function unreadable(name: string, e: unknown): { ok: false; failure: ReadFailure } {
  const code = errno(e);
  const why = code === 'EACCES' || code === 'EPERM' ? 'izin yok' : code === 'ELOOP' ? 'sembolik bağlar döngü kuruyor' : code === 'EISDIR' ? 'bir klasör' : /^E[A-Z0-9]+$/.test(code) ? `işletim sistemi hatası ${code}` : 'okuma hatası';
  return fail('unreadable', `${name} okunamadı (${why}).`, code === 'EACCES' || code === 'EPERM' ? 'Dosyanın okuma iznini verin (chmod u+r) ya da klasörü okuyabilen kullanıcıyla çalıştırın.' : 'Dosyayı düzenli, okunabilir bir dosyayla değiştirin.');
}
