// The folder cache's form of a search index, and the Node catalog's (dist/data/<id>.search.bin):
// binary, so that a search reads each index without parsing its numbers or rebuilding its
// postings. A bundle carries the compact JSON form instead (`StoredSearchIndex`), which is
// smaller; this one is larger on disk and loads in a fraction of the time.
//
// Layout (little-endian): a uint32 byte length H, then H bytes of UTF-8 JSON
// `{ v, duties, words, stems, sizes }`, zero padding to a multiple of 4, then the Int32 arrays
// `wordStems`, `postings.start`, `postings.list`, `stemPostings.start`, `stemPostings.list`,
// `textStart`, `tokens` (each duty's words: `tokens[textStart[n]]` to `tokens[textStart[n + 1] - 1]`),
// of the sizes the JSON gives. Every part is checked on reading; anything out of shape is not an
// index (the caller rebuilds it from the regulation).
import { checkedIndexes, type Postings, type SearchIndex } from '../internal/search.js';

/** Version of the binary form, stored in it. */
const BIN_FORM = 'search-bin-1';

/** The binary form of an index. */
export function encodeSearchIndex(index: SearchIndex): Buffer {
  const textStart = new Int32Array(index.texts.length + 1);
  index.texts.forEach((t, n) => (textStart[n + 1] = textStart[n]! + t.length));
  const tokens = new Int32Array(textStart[index.texts.length]!);
  index.texts.forEach((t, n) => tokens.set(Array.from(t), textStart[n]!));
  const arrays = [index.wordStems, index.postings.start, index.postings.list, index.stemPostings.start, index.stemPostings.list, textStart, tokens];
  const header = Buffer.from(JSON.stringify({ v: BIN_FORM, duties: index.duties, words: index.words, stems: index.stems, sizes: arrays.map((a) => a.length) }), 'utf8');
  const at = (4 + header.length + 3) & ~3;
  const out = Buffer.alloc(at + arrays.reduce((n, a) => n + a.length * 4, 0));
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  let o = at;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++, o += 4) out.writeInt32LE(a[i]!, o);
  }
  return out;
}

/** True on a little-endian machine, where the stored Int32s are read as they lie. */
const LITTLE_ENDIAN = new Uint8Array(new Int32Array([1]).buffer)[0] === 1;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const strictlySorted = (a: readonly string[]) => a.every((x, i) => x !== '' && (i === 0 || a[i - 1]! < x));

/** Postings that are postings: `start` rises from 0 to the list's end, each run ascends within `[0, n)`. */
function isPostings(p: Postings, keys: number, n: number): boolean {
  if (p.start.length !== keys + 1 || p.start[0] !== 0 || p.start[keys] !== p.list.length) return false;
  for (let i = 0; i < keys; i++) {
    const a = p.start[i]!;
    const b = p.start[i + 1]!;
    if (b < a) return false;
    for (let k = a; k < b; k++) {
      const d = p.list[k]!;
      if (d < 0 || d >= n || (k > a && d <= p.list[k - 1]!)) return false;
    }
  }
  return true;
}

/**
 * The index a binary form stands for, or undefined when `bytes` is not one (another form, sizes
 * that do not add up, unsorted words or stems, a stem that is not its word's prefix, a position
 * out of range). Never throws.
 *
 * @param options - `trusted`: the bytes are what this package wrote (the Node catalog's data
 * files, which a test proves are the indexes the regulations give; a folder cache's part whose
 * sha256 its meta records): only the form and the sizes are checked, not every word and position,
 * so that a first search reads its indexes in a fraction of a millisecond each. A position out of
 * range is then met by the search itself, which rebuilds the index from the regulation.
 */
export function decodeSearchIndex(bytes: Uint8Array, options?: { readonly trusted?: boolean }): SearchIndex | undefined {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.length < 4) return undefined;
    const h = buf.readUInt32LE(0);
    if (4 + h > buf.length) return undefined;
    const head = JSON.parse(buf.toString('utf8', 4, 4 + h)) as Record<string, unknown>;
    const { duties, words, stems, sizes } = head;
    if (head.v !== BIN_FORM || !isStrings(duties) || !isStrings(words) || !isStrings(stems) || !Array.isArray(sizes) || sizes.length !== 7) return undefined;
    if (!sizes.every((x) => Number.isSafeInteger(x) && x >= 0)) return undefined;
    const at = (4 + h + 3) & ~3;
    const total = (sizes as number[]).reduce((n, x) => n + x, 0);
    if (buf.length !== at + total * 4) return undefined;
    // the package's own bytes, aligned, are read where they lie; anything else is copied (aligned,
    // whatever the buffer's offset), so that a caller's later change to the buffer cannot reach the index
    const ints = options?.trusted && LITTLE_ENDIAN && (buf.byteOffset + at) % 4 === 0
      ? new Int32Array(buf.buffer, buf.byteOffset + at, total)
      : new Int32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + total * 4));
    if (!LITTLE_ENDIAN) for (let i = 0, o = at; i < total; i++, o += 4) ints[i] = buf.readInt32LE(o);
    let k = 0;
    const next = (n: number) => ints.subarray(k, (k += n));
    const [W, S, T] = [words.length, stems.length, duties.length];
    const wordStems = next(sizes[0]);
    const postings = { start: next(sizes[1]), list: next(sizes[2]) };
    const stemPostings = { start: next(sizes[3]), list: next(sizes[4]) };
    const textStart = next(sizes[5]);
    const tokens = next(sizes[6]);
    if (wordStems.length !== W || textStart.length !== T + 1 || textStart[0] !== 0 || textStart[T] !== tokens.length) return undefined;
    if (postings.start.length !== W + 1 || stemPostings.start.length !== S + 1) return undefined;
    if (!options?.trusted && !checked(duties, words, stems, wordStems, postings, stemPostings, textStart, tokens)) return undefined;
    const texts: Int32Array[] = new Array(T);
    for (let n = 0; n < T; n++) texts[n] = tokens.subarray(textStart[n], textStart[n + 1]);
    const index: SearchIndex = { duties, words, postings, stems, stemPostings, wordStems, texts };
    checkedIndexes.add(index);
    return index;
  } catch {
    return undefined;
  }
}

/** Every word, stem and position of a decoded index in its place (what an untrusted one must pass). */
function checked(duties: readonly string[], words: readonly string[], stems: readonly string[], wordStems: Int32Array, postings: Postings, stemPostings: Postings, textStart: Int32Array, tokens: Int32Array): boolean {
  const [W, S, T] = [words.length, stems.length, duties.length];
  if (new Set(duties).size !== T) return false;
  if (!strictlySorted(words) || !strictlySorted(stems)) return false;
  for (let i = 0; i < W; i++) {
    const j = wordStems[i]!;
    if (j < 0 || j >= S || !words[i]!.startsWith(stems[j]!)) return false;
  }
  if (!isPostings(postings, W, T) || !isPostings(stemPostings, S, T)) return false;
  for (let n = 0; n < T; n++) if (textStart[n + 1]! < textStart[n]!) return false;
  for (let t = 0; t < tokens.length; t++) if (tokens[t]! < 0 || tokens[t]! >= W) return false;
  return true;
}
