// The folder cache's binary search index (src/node/search-bin.ts): it decodes to exactly the index
// built from the regulation, and anything out of shape is refused (the cache then rebuilds).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRegulation, regulationIds } from '../src/index.js';
import { loadRegulationDir } from '../src/node.js';
import { buildSearchIndex, checkedIndexes, type SearchIndex } from '../src/internal/search.js';
import { decodeSearchIndex, encodeSearchIndex } from '../src/node/search-bin.js';

const root = join(import.meta.dirname, '..');
const ornekkoy = loadRegulationDir(join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy'));
/** An index with its typed arrays and text views as plain lists, to compare two indexes. */
const plain = (s: SearchIndex) => JSON.parse(JSON.stringify({ ...s, texts: s.texts.map((t) => Array.from(t)), wordStems: Array.from(s.wordStems),
  postings: { start: Array.from(s.postings.start), list: Array.from(s.postings.list) }, stemPostings: { start: Array.from(s.stemPostings.start), list: Array.from(s.stemPostings.list) } }));

describe('the binary search index of the folder cache', () => {
  it('decodes to exactly the index built from the regulation, for the fixture and every built-in', () => {
    for (const reg of [ornekkoy, ...regulationIds.map((id) => getRegulation(id))]) {
      const built = buildSearchIndex(reg);
      const decoded = decodeSearchIndex(encodeSearchIndex(built));
      expect(decoded).toBeDefined();
      expect(plain(decoded!)).toEqual(plain(built));
      expect(checkedIndexes.has(decoded!)).toBe(true);
      expect(checkedIndexes.has(built)).toBe(false);
    }
  });

  it('refuses bytes that are not an index, whatever is wrong with them', () => {
    const good = encodeSearchIndex(buildSearchIndex(ornekkoy));
    const h = good.readUInt32LE(0);
    const head = JSON.parse(good.toString('utf8', 4, 4 + h));
    const withHead = (change: (x: typeof head) => void) => {
      const x = JSON.parse(JSON.stringify(head));
      change(x);
      const text = Buffer.from(JSON.stringify(x), 'utf8');
      const at = (4 + text.length + 3) & ~3;
      const out = Buffer.alloc(at + (good.length - ((4 + h + 3) & ~3)));
      out.writeUInt32LE(text.length, 0);
      text.copy(out, 4);
      good.copy(out, at, (4 + h + 3) & ~3);
      return out;
    };
    // the Int32 at position `i` of the arrays part set to `v`
    const withInt = (i: number, v: number) => { const b = Buffer.from(good); b.writeInt32LE(v, ((4 + h + 3) & ~3) + i * 4); return b; };
    const sizes = head.sizes as number[];
    const offset = (part: number) => sizes.slice(0, part).reduce((n, x) => n + x, 0);
    const bad: [string, Uint8Array][] = [
      ['empty', Buffer.alloc(0)],
      ['truncated', good.subarray(0, good.length - 4)],
      ['one byte more', Buffer.concat([good, Buffer.alloc(1)])],
      ['a header length past the end', (() => { const b = Buffer.from(good); b.writeUInt32LE(good.length, 0); return b; })()],
      ['another version', withHead((x) => { x.v = 'search-bin-0'; })],
      ['unsorted words', withHead((x) => { x.words = [...x.words].reverse(); })],
      ['unsorted stems', withHead((x) => { x.stems = [...x.stems].reverse(); })],
      ['a duty named twice', withHead((x) => { x.duties[1] = x.duties[0]; })],
      ['sizes that do not add up', withHead((x) => { x.sizes[6] += 1; })],
      ['a stem out of range', withInt(0, 1e6)],
      ['a posting out of range', withInt(offset(2), 1e6)],
      ['postings that do not start at 0', withInt(offset(1), 1)],
      ['a text position out of range', withInt(offset(6), -1)],
      ['a stem that is not its word\'s prefix', withInt(0, head.stems.findIndex((s: string) => !head.words[0].startsWith(s)))],
    ];
    for (const [what, bytes] of bad) expect(decodeSearchIndex(bytes), what).toBeUndefined();
    expect(decodeSearchIndex(good)).toBeDefined();
  });
});
