// Plain-text layout: word wrapping, aligned tables, optional ANSI colour. Pure functions.

/**
 * The width of the terminal in columns, from `COLUMNS` when it holds a sensible number (20–500),
 * else 80.
 */
export function terminalWidth(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n >= 20 && n <= 500 ? n : 80;
}

/** The width human output is laid out for: the terminal's (`COLUMNS`), 80 by default. */
export const WIDTH = terminalWidth();

/** Styles text; every function is the identity when colour is off. */
export type Style = {
  bold: (s: string) => string;
  dim: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
  red: (s: string) => string;
  cyan: (s: string) => string;
};

const sgr = (open: number, close: number) => (s: string) => (s ? `\u001b[${open}m${s}\u001b[${close}m` : s);
const id = (s: string) => s;

/** A {@link Style}: ANSI colours when `color` is true, plain text otherwise. */
export function makeStyle(color: boolean): Style {
  if (!color) return { bold: id, dim: id, green: id, yellow: id, red: id, cyan: id };
  return { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), yellow: sgr(33, 39), red: sgr(31, 39), cyan: sgr(36, 39) };
}

/**
 * Whether to colour a stream: only a TTY, only when `NO_COLOR` is unset or empty (no-color.org),
 * and never for `TERM=dumb` (a terminal that understands no escape sequences).
 */
export function wantsColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Characters as a terminal counts them (code points; the text is NFC Turkish). */
export const width = (s: string) => [...s].length;

/**
 * Wraps text into lines of at most `max` characters, breaking only at spaces: a word is never
 * broken, so a word longer than a line stands on a line of its own. Runs of whitespace become one
 * space; explicit newlines are kept.
 */
export function wrapLines(text: string, max: number): string[] {
  const out: string[] = [];
  const room = Math.max(1, max);
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (!line) line = word;
      else if (width(line) + 1 + width(word) <= room) line += ` ${word}`;
      else { out.push(line); line = word; }
    }
    out.push(line);
  }
  return out;
}

/**
 * Wraps text to `max` columns with every line indented by `indent` spaces (the first by
 * `first`, when given, for hanging indents).
 */
export function wrap(text: string, indent = 0, max = WIDTH, first = indent): string {
  const lines = wrapLines(text, max - Math.max(indent, first));
  return lines.map((l, i) => ' '.repeat(i === 0 ? first : indent) + l).join('\n');
}

/** The narrowest column a hanging text is given before it moves under its prefix instead. */
const MIN_HANGING = 24;

/**
 * Wraps `text` after a prefix (`"  1. "`): the first line starts with the prefix, the rest are
 * indented to line up under the text. Where the prefix is so long that less than a narrow column
 * would be left (a long name), the text starts on the next line, indented by the prefix's own
 * indentation plus four, so it is never squeezed into a column a few letters wide.
 */
export function hanging(prefix: string, text: string, max = WIDTH): string {
  const pad = width(prefix);
  if (max - pad < Math.min(MIN_HANGING, Math.floor(max / 2))) {
    const indent = Math.min(prefix.length - prefix.trimStart().length + 4, Math.max(0, max - MIN_HANGING));
    return [prefix.trimEnd(), wrap(text, indent, max)].join('\n');
  }
  const lines = wrapLines(text, max - pad);
  return lines.map((l, i) => (i === 0 ? prefix : ' '.repeat(pad)) + l).join('\n');
}

/**
 * An aligned table of at most `max` columns: one row per entry, cells wrapped inside their
 * column (a cell may hold several lines, `\n`-separated). The widest columns give way first.
 * Columns listed in `fixed` (the first, by default: ids) never wrap. `head` is styled by
 * `style` (bold) after padding, so colour never skews the alignment.
 */
export function table(head: string[], rows: string[][], style?: Style, max = WIDTH, gap = 2, fixed: readonly number[] = [0]): string {
  const n = head.length;
  const all = [head, ...rows];
  const longestLine = (c: string) => Math.max(0, ...c.split('\n').map(width));
  const longestWord = (c: string) => Math.max(0, ...c.split(/\s+/).map(width));
  const widths = Array.from({ length: n }, (_, i) => Math.max(...all.map((r) => longestLine(r[i] ?? ''))));
  // a column never narrows below its longest word: words are not broken
  const floor = Array.from({ length: n }, (_, i) => (fixed.includes(i) ? widths[i]! : Math.min(widths[i]!, Math.max(width(head[i]!), Math.max(...all.map((r) => longestWord(r[i] ?? '')))))));
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (n - 1);
  while (total() > max) {
    let widest = -1;
    for (let i = 0; i < n; i++) if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest]!--;
  }
  const render = (r: string[], isHead: boolean) => {
    const cells = r.map((c, i) => wrapLines(c, widths[i]!));
    const height = Math.max(...cells.map((c) => c.length));
    const lines: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = cells.map((c, i) => {
        const text = c[k] ?? '';
        const padded = i === n - 1 ? text : text + ' '.repeat(widths[i]! - width(text));
        return isHead && style ? style.bold(padded) : padded;
      });
      lines.push(parts.join(' '.repeat(gap)).trimEnd());
    }
    return lines;
  };
  const rule = widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap));
  return [...render(head, true), rule, ...rows.flatMap((r) => render(r, false))].join('\n');
}
