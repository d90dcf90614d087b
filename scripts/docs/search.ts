/**
 * The docs site's local search (VitePress + MiniSearch), Turkish-aware.
 *
 * `processTerm`, `processQueryTerm`, `tokenize`, `tokenizeQuery` and `boostDocument` are serialised
 * by VitePress into the client (`Function.prototype.toString`, then `new Function`), so each must
 * be SELF-CONTAINED: no imports, no helpers, no closures. The term functions are built with
 * `new Function` around the library's `fold` (src/fold.ts) and its stemmer (src/internal/stem.ts)
 * bundled inline; test/docs/generate.test.ts proves they agree with the library.
 *
 * `splitIntoSections` runs only at build time (VitePress drops `_`-prefixed options before
 * serialising), so it may use anything.
 */
import { buildSync } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The library's Turkish stemmer (`stemWord` from src/internal/stem.ts, Snowball's Turkish
 * algorithm) bundled by esbuild into one self-contained script, at build time. The search
 * functions below carry it in their own body, because VitePress serialises them into the client
 * with `Function#toString`.
 */
export const STEMMER_SCRIPT: string = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, '../..');
  const r = buildSync({
    stdin: { contents: "export { stemWord } from './src/internal/stem.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, format: 'iife', globalName: '__mevzuatStemBundle', minify: true, write: false, platform: 'neutral', mainFields: ['main'],
    // the stemmer needs two classes of @nlpjs/core, not its container, logger and the rest
    alias: { '@nlpjs/core': join(here, 'nlpjs-core-slim.cjs') },
  });
  return r.outputFiles[0]!.text;
})();

/** The body shared by the two term functions: the stemmer (made once per page), `fold`, `stem`. */
const PRELUDE = `
var g = typeof globalThis !== 'undefined' ? globalThis : self;
var stemWord = g.__mevzuatStem || (g.__mevzuatStem = (function () { ${STEMMER_SCRIPT}; return __mevzuatStemBundle.stemWord; })());
function fold(t) {
  return t.normalize('NFC').toLocaleLowerCase('tr-TR').normalize('NFKD').replace(/\\p{M}+/gu, '').replace(/ı/g, 'i').replace(/[^\\p{L}\\p{N}]+/gu, ' ').trim();
}
`;

/**
 * Folds one indexed term exactly as `fold()` in src/fold.ts does (NFC, Turkish-locale lower case,
 * NFKD, combining marks stripped, `ı`→`i`, runs of non-letters/digits to one space, trimmed) and
 * adds its folded Turkish stem, so `valiliğe` is found as `valilik` and `valiliğe`. Returns `null`
 * for a term that folds to nothing, so MiniSearch drops it. SELF-CONTAINED (see the top of the file).
 */
export const processTerm = new Function('term', `${PRELUDE}
  var folded = fold(term);
  if (folded === '') return null;
  if (/\\d/.test(folded)) return folded;
  var stem = fold(stemWord(term));
  return stem && stem !== folded ? [folded, stem] : folded;
`) as (term: string) => string | string[] | null;

/**
 * The query side of {@link processTerm}: one term per word. A word written with Turkish letters is
 * looked up by its stem (`valiliğe` → `valilik`, which every inflected form was indexed under); a
 * word typed without them (`valilige`) by its fold, which prefix search matches against the folded
 * forms. SELF-CONTAINED.
 */
export const processQueryTerm = new Function('term', `${PRELUDE}
  var folded = fold(term);
  if (folded === '') return null;
  if (/\\d/.test(folded) || !/[^\\x00-\\x7f]/.test(term.normalize('NFC'))) return folded;
  return fold(stemWord(term)) || folded;
`) as (term: string) => string | null;

/**
 * Splits indexed text into words (MiniSearch's own split: spaces and punctuation), and adds:
 * each pair of neighbouring words written together (`satın alma` is also `satınalma`, so a reader
 * typing "satinalma" finds it), and each provision label as one word (`m.14/b` → `m14b`,
 * `m.5/3-a` → `m53a` and `m5a`), so a citation finds its provision. SELF-CONTAINED.
 */
export const tokenize = function tokenize(text: string): string[] {
  const words = text.split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean);
  const out = words.slice();
  // pairs of real words only (three letters or more each): not "m" + "14", not "ve" + a word
  for (let i = 0; i + 1 < words.length; i++) if (/^\p{L}{3,}$/u.test(words[i]!) && /^\p{L}{3,}$/u.test(words[i + 1]!)) out.push(words[i]! + words[i + 1]!);
  const labels = text.match(/(?:^|[^\p{L}\p{N}])m\.\s?\d+(?:\/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)?)*/gu) ?? [];
  for (const l of labels) {
    const parts = l.replace(/^[^m]*m\.\s?/u, '').split(/[/-]/);
    out.push('m' + parts.join(''));
    // "m.14/1-b" is also "madde 14 b": the fıkra left out
    if (parts.length === 3 && /^\d+$/.test(parts[1]!)) out.push('m' + parts[0] + parts[2]);
  }
  return out;
};

/**
 * Splits a query into words, a citation first made one word as the index has it: "m.14/b",
 * "m. 14/b", "md. 14 b", "madde 14 b" → `m14b`; "madde 5/3-a" → `m53a`. SELF-CONTAINED.
 */
export const tokenizeQuery = function tokenizeQuery(text: string): string[] {
  const cited = text.replace(/(?:^|(?<=[^\p{L}\p{N}]))(?:madde|md|m)\.?\s*(\d+)((?:\s*[/\-\s]\s*(?:\d+|\p{L})(?![\p{L}\p{N}]))*)/giu,
    (_m, num: string, rest: string) => ` m${num}${rest.replace(/[^\p{L}\p{N}]+/gu, '')} `);
  return cited.split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean);
};

/**
 * Weights each document for ranking: the law first. The developers' part of the site (the API
 * reference under `/api/`) counts a fiftieth of a legal page, the authoring guide a tenth, the
 * answer book half, so a word that also occurs in a code example never puts the developer pages
 * above the provision that rules it. Serialised into the client like {@link processTerm}: SELF-CONTAINED.
 */
export const boostDocument = function boostDocument(id: string): number {
  return id.indexOf('/api/') === 0 ? 0.02 : id.indexOf('/kilavuz') === 0 ? 0.1 : id.indexOf('/cevaplar/') === 0 ? 0.5 : 1;
};

/** A search section as VitePress's local search indexes it. */
export type SearchSection = { anchor: string; titles: string[]; text: string };

/** The element the full-text pages wrap each provision's own line in, with what search needs. */
export const SECTION_RE = /<(p|h3) class="hukum-satir" data-ara="([^"]*)" data-ust="([^"]*)" data-baslik="([^"]*)"[^>]*>([\s\S]*?)<\/\1>/g;

/** Is this source file a generated page (`mevzuat/…`)? */
export const isGeneratedPage = (file: string) => /(^|[\\/])mevzuat[\\/].+\.md$/.test(file);
/** Is this source file a page of the API reference (`api/…`)? */
export const isApiPage = (file: string) => /(^|[\\/])api[\\/].+\.md$/.test(file);

/** Is this source file a full-text page (`mevzuat/<id>/metin.md`)? */
export const isTextPage = (file: string) => /[\\/]mevzuat[\\/][^\\/]+[\\/]metin\.md$/.test(file);

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
/** Entities that are safe to decode for the index (MiniSearch would index their digits otherwise). */
const softDecode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&#123;/g, '{').replace(/&#125;/g, '}');

/**
 * Splits a full-text page into one search section per provision (so every hit points at
 * `metin.html#art_14__point_b`); other pages are split by their headings, as VitePress does.
 * Titles stay HTML-escaped: the search box shows them with `v-html`.
 */
export function* splitTextPage(html: string): Generator<SearchSection> {
  for (const m of html.matchAll(SECTION_RE)) {
    const [, , anchor, parent, title, body] = m;
    const text = softDecode(stripTags(body!));
    if (!text) continue;
    yield { anchor: anchor!, titles: [parent!, title!].filter(Boolean).map(softDecode), text };
  }
}

/** A heading VitePress can link to: `<hN id=… >text <a class="header-anchor" href="#id" …>…</a></hN>`. */
const HEADING_RE = /<h([1-6])([^>]*)>([\s\S]*?)<a class="header-anchor" href="#([^"]*)"[^>]*>[\s\S]*?<\/a><\/h\1>/g;
const attr = (attrs: string, name: string) => attrs.match(new RegExp(`${name}="([^"]*)"`))?.[1];

/**
 * Splits a page by its headings (the page's `<h1>` included) into search sections whose titles
 * name where they are: first the context (`data-baglam` on the `<h1>`, the regulation or "API"),
 * then the page (`data-sayfa`, else the `<h1>` text), then the headings above the section.
 * `until` cuts the page where the rest is indexed otherwise (the provisions of a full text).
 */
export function* splitByHeadings(html: string, opts: { context?: string; until?: RegExp } = {}): Generator<SearchSection> {
  const cut = opts.until ? html.search(opts.until) : -1;
  const body = cut >= 0 ? html.slice(0, cut) : html;
  const heads = [...body.matchAll(HEADING_RE)];
  let context = opts.context;
  let page: string | undefined;
  const path: string[] = [];
  const sectionsOut: SearchSection[] = [];
  heads.forEach((m, i) => {
    const level = Number(m[1]);
    const title = softDecode(stripTags(m[3]!));
    const end = i + 1 < heads.length ? heads[i + 1]!.index! : body.length;
    const text = softDecode(stripTags(body.slice(m.index! + m[0].length, end)));
    if (level === 1) {
      context = attr(m[2]!, 'data-baglam') ?? context;
      page = attr(m[2]!, 'data-sayfa') ?? title;
      path.length = 0;
    }
    path.length = Math.max(0, level - 2);
    const above = level === 1 ? [] : [page, ...path].filter((t): t is string => !!t);
    if (level > 1) path[level - 2] = title;
    if (!title) return;
    sectionsOut.push({ anchor: m[4]!, titles: [...(context ? [context] : []), ...above, title], text });
  });
  yield* sectionsOut;
}
