/**
 * Escaping and small HTML builders for the generated docs pages.
 *
 * Every generated page is Markdown that VitePress renders with markdown-it and then compiles as a
 * Vue template. Text from the data therefore goes into raw HTML blocks only, escaped here for HTML
 * (`<`, `>`, `&`, quotes) AND for Vue (`{` and `}` as numeric entities, so `{{ … }}` is never an
 * interpolation). Raw HTML blocks are never parsed as Markdown, so `|`, `*`, `_`, `[` need nothing.
 * Blocks never contain a blank line (a blank line would end the HTML block).
 */
import { terminalSafe } from '../../src/internal/escape.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '{': '&#123;', '}': '&#125;' };

/**
 * Text as it may be shown: line breaks and tabs become spaces (HTML shows them so anyway), and
 * every other control character, bidi override or isolate, invisible bidi mark and lone surrogate
 * becomes a visible escape (`\u{202E}`), so nothing a folder contains can reorder what a reader
 * sees. Letters, Turkish ones included, are kept as they are.
 */
export const visibleText = (text: string) => terminalSafe(text.replace(/\s*[\n\r]\s*/g, ' ').replace(/\t/g, ' '));

/**
 * Escapes text for HTML content or a double-quoted attribute, and for Vue templates: `<`, `>`,
 * `&`, quotes, and `{` `}` as numeric entities (so `{{ … }}` is never an interpolation), after
 * {@link visibleText}.
 */
export function esc(text: string): string {
  return visibleText(text).replace(/[&<>"'{}]/g, (c) => entities[c]!);
}

/** A frontmatter value: a JSON string is a valid YAML scalar, whatever it holds (`: `, `#`, quotes, `{{`). */
export const yamlString = (s: string) => JSON.stringify(visibleText(s));

/**
 * A page title for the frontmatter. VitePress reads a title as inline Markdown and keeps only its
 * text (so `<b>` would vanish from `<title>` and `*` pairs turn into emphasis): every ASCII
 * punctuation character is backslash-escaped, which Markdown reads back as that very character
 * (all but `&`, which Markdown would turn into `&amp;`: escaping the `;` after it is enough to keep
 * `&amp;` from being read as an entity), so the title shows verbatim. `</script>` in it is made harmless in the page data by the
 * `safePageData` Vite plugin (docs/.vitepress/plugins.ts).
 */
export const yamlTitle = (s: string) => yamlString(visibleText(s).replace(/[!-%'-/:-@[-`{-~]/g, '\\$&'));

/** An HTML element; `attrs` values are escaped, `inner` is trusted HTML. */
export function el(tag: string, attrs: Record<string, string | undefined>, inner = ''): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v!)}"`)
    .join('');
  return `<${tag}${a}>${inner}</${tag}>`;
}

/** An anchor link with escaped text. */
export const link = (href: string, text: string, attrs: Record<string, string | undefined> = {}) => el('a', { href, ...attrs }, esc(text));

/**
 * A heading the way VitePress renders Markdown headings (id, header anchor), written as HTML so
 * that data in it is escaped. The outline and the search index both read these.
 */
export function heading(level: 2 | 3 | 4, id: string, text: string): string {
  return `<h${level} id="${esc(id)}" tabindex="-1">${esc(text)} <a class="header-anchor" href="#${esc(id)}" aria-label="${esc(permalinkLabel(text))}">&#8203;</a></h${level}>`;
}

/** The screen-reader name of a heading's anchor link (VitePress's own says "Permalink to …"). */
export const permalinkLabel = (text: string) => `“${text}” başlığının bağlantısı`;

/**
 * A frame that scrolls sideways when its content is wider than the screen, never cutting a word:
 * the theme marks it while it overflows, which shows the hint above it and a fading right edge.
 */
export function scrollFrame(inner: string, hint: string, attrs = ''): string {
  return `<div class="kaydir-kutu"><p class="kaydir-ipucu" aria-hidden="true">${esc(hint)}</p><div class="kaydir" tabindex="0"${attrs}>${inner}</div></div>`;
}

/**
 * A cell's hyphenated words ("e-imzalı", "bakım-onarım") kept on one line, their characters
 * unchanged: a browser may break a line after a hyphen, which in a narrow column splits the word.
 * Only text between tags is touched (an entity stays whole inside its word).
 */
export function keepHyphenated(html: string): string {
  return html.split(/(<[^>]*>)/).map((part, i) => (i % 2 ? part : part.replace(/[^\s<>]*\p{L}-\p{L}[^\s<>]*/gu, '<span class="tireli">$&</span>'))).join('');
}

/** An HTML table in a {@link scrollFrame}: one header row, body rows of trusted HTML cells. */
export function table(head: string[], rows: string[][], cls?: string): string {
  const th = head.map((h) => `<th>${keepHyphenated(esc(h))}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${keepHyphenated(c)}</td>`).join('')}</tr>`).join('');
  return scrollFrame(`<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`,
    'Tablo ekrandan geniş: yana kaydırın →', ' role="group" aria-label="Tablo (yana kaydırılabilir)"');
}

/** Joins HTML blocks into a Markdown body: blocks separated by a blank line, none inside. */
export function blocks(...parts: (string | false | undefined | null)[]): string {
  return parts.filter((p): p is string => !!p).map((p) => p.replace(/\n\s*\n/g, '\n')).join('\n\n') + '\n';
}
