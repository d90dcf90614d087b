/**
 * The docs site's local search (VitePress + MiniSearch), Turkish-aware.
 *
 * `processTerm` is serialised by VitePress into the client bundle (`Function.prototype.toString`
 * then `new Function`), so it must stay SELF-CONTAINED: no imports, no helpers, no closures. It is
 * the library's `fold` (src/fold.ts) inlined; test/docs/generate.test.ts proves the two agree.
 *
 * `splitIntoSections` runs only at build time (VitePress drops `_`-prefixed options before
 * serialising), so it may use anything.
 */

/**
 * Folds one search term exactly as `fold()` in src/fold.ts does: NFC, Turkish-locale lower case,
 * NFKD, combining marks stripped, `ı`→`i`, runs of non-letters/digits to one space, trimmed.
 * Returns `null` for a term that folds to nothing, so MiniSearch drops it.
 */
export const processTerm = function processTerm(term: string): string | null {
  const folded = term
    .normalize('NFC')
    .toLocaleLowerCase('tr-TR')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded === '' ? null : folded;
};

/** A search section as VitePress's local search indexes it. */
export type SearchSection = { anchor: string; titles: string[]; text: string };

/** The element the full-text pages wrap each provision's own line in, with what search needs. */
export const SECTION_RE = /<p class="hukum-satir" data-ara="([^"]*)" data-ust="([^"]*)" data-baslik="([^"]*)">([\s\S]*?)<\/p>/g;

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
    const [, anchor, parent, title, body] = m;
    const text = softDecode(stripTags(body!));
    if (!text) continue;
    yield { anchor: anchor!, titles: [parent!, title!].filter(Boolean).map(softDecode), text };
  }
}
