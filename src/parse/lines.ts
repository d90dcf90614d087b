/**
 * The line-level part of the text parser: Markdown set aside the way the completeness proof sets it
 * aside, and each line's leading marker recognised (MADDE, BÖLÜM, fıkra, bent, numbered entry,
 * bullet). Pure string work, browser-safe.
 */

/** One non-blank line of the source, markup set aside. */
export type SourceLine = {
  /** 1-based line number in the raw text. */
  no: number;
  /** The line, Markdown markup removed, whitespace collapsed, trimmed. */
  text: string;
  /** The line was a Markdown heading (`#`, `##`…). */
  mdHeading: boolean;
  /** The line was a Markdown bullet (`- `); the dash is markup and is not part of the text. */
  mdBullet: boolean;
};

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Splits the raw text into lines and sets Markdown aside exactly as `stripMarkup` does for the
 * completeness proof (`**` anywhere, leading `#`s, a leading `- `), so what the parser keeps is
 * what the proof compares. Blank lines are dropped: where a line ends is decided from the text.
 */
export function sourceLines(raw: string): SourceLine[] {
  const out: SourceLine[] = [];
  // the same line terminators as `^` under the `m` flag in stripMarkup
  raw.split(/\r\n|\n|\r|\u2028|\u2029/).forEach((line, i) => {
    let s = line.replace(/\*\*/g, '');
    const hash = /^[ \t]*#+[ \t]*/.exec(s);
    if (hash) s = s.slice(hash[0].length);
    const dash = /^[ \t]*-[ \t]+/.exec(s);
    if (dash) s = s.slice(dash[0].length);
    const text = ws(s);
    if (text) out.push({ no: i + 1, text, mdHeading: !!hash, mdBullet: !!dash });
  });
  return out;
}

/** The Turkish alphabet's lower-case letters, in order, as bents are lettered. */
export const TR_ALPHABET = 'abcçdefgğhıijklmnoöprsştuüvyz';
const ASCII_ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** True when `letter` may follow `prev` in a list of bents (Turkish order, or plain Latin order). */
export function followsLetter(prev: string | undefined, letter: string): boolean {
  if (letter === 'a') return true;
  if (prev === undefined) return false;
  const tr = TR_ALPHABET.indexOf(prev);
  const ascii = ASCII_ALPHABET.indexOf(prev);
  return (tr >= 0 && TR_ALPHABET[tr + 1] === letter) || (ascii >= 0 && ASCII_ALPHABET[ascii + 1] === letter);
}

/** The letter that would come next after `prev` in Turkish order (for messages). */
export function nextLetter(prev: string | undefined): string {
  if (prev === undefined) return 'a';
  const i = TR_ALPHABET.indexOf(prev);
  return i >= 0 && i + 1 < TR_ALPHABET.length ? TR_ALPHABET[i + 1]! : '?';
}

export type Marker =
  | { kind: 'article'; num: string; number?: number; rest: string }
  | { kind: 'part'; num: string; rest: string }
  | { kind: 'paragraph'; num: string; number: number; rest: string }
  | { kind: 'point'; num: string; letter: string; rest: string }
  | { kind: 'numbered'; num: string; number: number; rest: string }
  | { kind: 'bullet'; num?: string; rest: string };

const ORDINALS = [
  'BİRİNCİ', 'İKİNCİ', 'ÜÇÜNCÜ', 'DÖRDÜNCÜ', 'BEŞİNCİ', 'ALTINCI', 'YEDİNCİ', 'SEKİZİNCİ', 'DOKUZUNCU',
];
const PART = /* @__PURE__ */ new RegExp(
  `^(?:(?:ON|YİRMİ)\\s+)?(?:${ORDINALS.join('|')})\\s+BÖLÜM(?=$|[\\s:.\\-–—])|^(?:ONUNCU|YİRMİNCİ|OTUZUNCU)\\s+BÖLÜM(?=$|[\\s:.\\-–—])|^\\d+\\s*\\.\\s*BÖLÜM(?=$|[\\s:.\\-–—])`,
  'u',
);

/** `MADDE 5-`, `MADDE 5 –`, `Madde 5:`, `MADDE 5 -(1)`, `MADDE –` (no number). */
function article(text: string): Marker | undefined {
  const m = /^(MADDE|Madde)(?=$|[\s\d\-–—:.])[ \t]*(\d+)?[ \t]*([-–—:]|\.(?!\d))?[ \t]*/u.exec(text);
  if (!m) return undefined;
  const [all, word, digits, sep] = m;
  const rest = text.slice(all.length);
  if (digits) {
    // "Madde 6’da belirtilen…" at the start of a wrapped line is prose, not an article
    if (!sep && rest !== '' && !rest.startsWith('(') && word !== 'MADDE') return undefined;
  } else if (!sep) return undefined;
  return { kind: 'article', num: ws(all), ...(digits ? { number: Number(digits) } : {}), rest };
}

function part(text: string): Marker | undefined {
  const upper = text.toLocaleUpperCase('tr-TR');
  if (upper.length !== text.length) return undefined;
  const m = PART.exec(upper);
  if (!m) return undefined;
  // a separator after BÖLÜM ("İKİNCİ BÖLÜM – Görevler") is printed text: it stays with the number
  const end = m[0].length + /^[\s:.\-–—]*/u.exec(text.slice(m[0].length))![0].length;
  return { kind: 'part', num: ws(text.slice(0, end)), rest: text.slice(end) };
}

const LETTER = '[a-zçğıöşü]';

/**
 * The marker a line starts with, if any. Letters and numbers are returned without checking their
 * order; the caller decides whether the order fits.
 */
export function marker(line: SourceLine): Marker | undefined {
  const t = line.text;
  const a = article(t);
  if (a) return a;
  const p = part(t);
  if (p) return p;
  let m = /^\((\d+)\)\s*/.exec(t);
  if (m) return { kind: 'paragraph', num: m[0].trim(), number: Number(m[1]), rest: t.slice(m[0].length) };
  m = new RegExp(`^\\((${LETTER})\\)\\s*`, 'u').exec(t) ?? new RegExp(`^(${LETTER})\\)\\s*`, 'u').exec(t) ?? new RegExp(`^(${LETTER})[.\\-–]\\s+`, 'u').exec(t);
  if (m) return { kind: 'point', num: m[0].trim(), letter: m[1]!, rest: t.slice(m[0].length) };
  m = /^(\d{1,2})[.\-)]\s+/.exec(t);
  if (m) return { kind: 'numbered', num: m[0].trim(), number: Number(m[1]), rest: t.slice(m[0].length) };
  m = /^[•●▪◦]\s*/u.exec(t);
  if (m) return { kind: 'bullet', num: m[0].trim(), rest: t.slice(m[0].length) };
  if (line.mdBullet) return { kind: 'bullet', rest: t };
  return undefined;
}

/** Ends a sentence or a list entry: `.`, `;`, `:`, `,`, `!`, `?`, `…`. */
export const endsComplete = (t: string) => /[.;:,!?…]["'”’)]*$/u.test(t);

/** Ends without any punctuation: the sentence runs on. */
export const endsOpen = (t: string) => /[\p{L}\p{N}]$/u.test(t);

export const startsLower = (t: string) => /^\p{Ll}/u.test(t);

/** Every letter upper case (Turkish rules), at least two letters: `MÜDÜRLÜK OFİSİ`. */
export function allCaps(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('tr-TR') && letters !== letters.toLocaleLowerCase('tr-TR');
}

/** Words that make a title line name the kind of regulation (`… YÖNETMELİĞİ`, `… YÖNERGE`). */
export function namesKind(t: string): boolean {
  const f = t.toLocaleLowerCase('tr-TR');
  return /yönetmeli[kğ]|yönerge|usul ve esas/u.test(f);
}
