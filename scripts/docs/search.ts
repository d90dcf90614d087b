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

/**
 * Weights each document for ranking: the API reference counts a fifth of a legal page, so the law
 * comes first and the developers' examples after it. Serialised into the client like
 * {@link processTerm}: SELF-CONTAINED.
 */
export const boostDocument = function boostDocument(id: string): number {
  return id.indexOf('/api/') === 0 ? 0.2 : 1;
};

/** A search section as VitePress's local search indexes it. */
export type SearchSection = { anchor: string; titles: string[]; text: string };

/** The element the full-text pages wrap each provision's own line in, with what search needs. */
export const SECTION_RE = /<p class="hukum-satir" data-ara="([^"]*)" data-ust="([^"]*)" data-baslik="([^"]*)">([\s\S]*?)<\/p>/g;

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
    const [, anchor, parent, title, body] = m;
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
