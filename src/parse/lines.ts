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

/**
 * The places a bent key may take in a list, counted from 1: `a` → 1, `z` → 29 in Turkish order
 * (26 in Latin order); a doubled letter follows the single ones (`aa` → 30, `çç` → 33 in Turkish
 * order). A key may have a place in both orders (`j` is 14th in Turkish, 10th in Latin order).
 */
function letterPlaces(key: string): number[] {
  const out: number[] = [];
  const single = key.length === 1 ? key : key.length === 2 && key[0] === key[1] ? key[0]! : undefined;
  if (single === undefined) return out;
  const double = key.length === 2;
  const tr = TR_ALPHABET.indexOf(single);
  if (tr >= 0) out.push(tr + 1 + (double ? TR_ALPHABET.length : 0));
  const ascii = ASCII_ALPHABET.indexOf(single);
  if (ascii >= 0) out.push(-(ascii + 1 + (double ? ASCII_ALPHABET.length : 0)));
  return out;
}

/**
 * True when bent key `letter` may follow `prev` in a list of bents (Turkish order, or plain Latin
 * order, with `aa`, `bb`, … after `z`). Any list may start at `a`.
 *
 * @example
 * followsLetter('z', 'aa')   //=> true
 * followsLetter('c', 'ç')    //=> true
 * followsLetter('cc', 'çç')  //=> true
 * followsLetter('a', 'c')    //=> false
 */
export function followsLetter(prev: string | undefined, letter: string): boolean {
  if (letter === 'a') return true;
  if (prev === undefined) return false;
  const before = letterPlaces(prev);
  return letterPlaces(letter).some((p) => before.some((q) => (p > 0) === (q > 0) && Math.abs(p) === Math.abs(q) + 1));
}

/** The letter that would come next after `prev` in Turkish order (for messages). */
export function nextLetter(prev: string | undefined): string {
  if (prev === undefined) return 'a';
  if (prev.length === 2 && prev[0] === prev[1]) {
    const j = TR_ALPHABET.indexOf(prev[0]!);
    return j >= 0 && j + 1 < TR_ALPHABET.length ? TR_ALPHABET[j + 1]!.repeat(2) : '?';
  }
  const i = TR_ALPHABET.indexOf(prev);
  if (i === TR_ALPHABET.length - 1) return 'aa';
  return i >= 0 ? TR_ALPHABET[i + 1]! : '?';
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12, XIII: 13, XIV: 14, XV: 15 };

/**
 * A list marker's family: the counting it belongs to. Lists nest by family and punctuation
 * (`style`): `a)` under `1)`, `1.` under `a)`, bullets under `1.`. `sub` is `a1)`, `j.1)`;
 * `decimal` is `1.1.`, `1.2.1`.
 *
 * @example
 * const f: Family = 'lower';  // a) b) c), a- b- c-, (a) (b)
 */
export type Family = 'lower' | 'upper' | 'digit' | 'decimal' | 'roman' | 'sub' | 'bullet';

/**
 * A list marker read off the start of a line.
 *
 * @example
 * marker({ no: 1, text: 'aa) Memur personelin terfi işlemleri', mdHeading: false, mdBullet: false })
 * //=> { kind: 'point', family: 'lower', style: 'lower:)', key: 'aa', num: 'aa)', rest: 'Memur personelin terfi işlemleri' }
 */
export type ListMarker = {
  kind: 'point' | 'numbered' | 'bullet';
  /** The marker as printed, whitespace collapsed: `a)`, `aa)`, `2-)`, `A –`, `j.1)`, `•`. */
  num?: string;
  family: Family;
  /** Family and punctuation: two lines of the same list share it (`lower:)`, `digit:-`). */
  style: string;
  /** The key as labels use it: `a`, `çç`, `a1`, `j.1`, `3`, `ii` (a roman `II`). */
  key: string;
  /** For numbered entries and roman numerals: the number. */
  number?: number;
  /** Printed without the space after it (`a-Müdürlük`, `1-Gençlik`): taken only where the order fits. */
  weak?: boolean;
  /** For a single upper-case `I`, `V`, `X`: the letter reading beside the roman one. */
  letter?: string;
  rest: string;
};

/**
 * What a line starts with: an article heading (with `prefix` for GEÇİCİ/EK and `caption` for words
 * printed before MADDE on the same line), a part (KISIM or BÖLÜM), a fıkra (with `sic` for `(l)`),
 * or a list marker.
 *
 * @example
 * marker({ no: 1, text: 'Evrakların Arşivlenmesi MADDE 20 – (1) …', mdHeading: false, mdBullet: false })
 * //=> { kind: 'article', num: 'MADDE 20 –', number: 20, caption: 'Evrakların Arşivlenmesi', rest: '(1) …' }
 */
export type Marker =
  | { kind: 'article'; num: string; number?: number; prefix?: 'geçici' | 'ek'; caption?: string; rest: string }
  | { kind: 'part'; num: string; level: 'kisim' | 'bolum'; rest: string }
  | { kind: 'paragraph'; num: string; number: number; sic?: string; rest: string }
  | ListMarker;

const ORDINALS = [
  'BİRİNCİ', 'İKİNCİ', 'ÜÇÜNCÜ', 'DÖRDÜNCÜ', 'BEŞİNCİ', 'ALTINCI', 'YEDİNCİ', 'SEKİZİNCİ', 'DOKUZUNCU',
];
const PART = /* @__PURE__ */ new RegExp(
  `^(?:(?:(?:ON|YİRMİ)\\s+)?(?:${ORDINALS.join('|')})|ONUNCU|YİRMİNCİ|OTUZUNCU|\\d+\\s*\\.)\\s*(BÖLÜM|KISIM)(?=$|[\\s:.\\-–—])`,
  'u',
);

const ARTICLE = /^(?:(GEÇİCİ|Geçici|EK|Ek)[ \t]+)?(MADDE|Madde)(?=$|[\s\d\-–—:.])[ \t]*(\d+)?(?:[ \t]*\))?[ \t]*([-–—:]|\.(?!\d))?[ \t]*/u;

/**
 * `MADDE 5-`, `MADDE 5 –`, `Madde 5:`, `MADDE 5 -(1)`, `MADDE 11) -`, `MADDE –` (no number),
 * `GEÇİCİ MADDE 1 -`, `EK MADDE 2 –`.
 */
function article(text: string): Extract<Marker, { kind: 'article' }> | undefined {
  const m = ARTICLE.exec(text);
  if (!m) return undefined;
  const [all, pre, word, digits, sep] = m;
  const rest = text.slice(all.length);
  if (digits) {
    // "Madde 6’da belirtilen…" at the start of a wrapped line is prose, not an article
    if (!sep && rest !== '' && !rest.startsWith('(') && word !== 'MADDE') return undefined;
    if (pre && !sep && rest !== '' && !rest.startsWith('(')) return undefined;
  } else if (!sep || pre) return undefined;
  const prefix = pre ? (pre.startsWith('G') ? 'geçici' : 'ek') : undefined;
  return { kind: 'article', num: ws(all), ...(digits ? { number: Number(digits) } : {}), ...(prefix ? { prefix } : {}), rest };
}

/** `Evrakların Arşivlenmesi MADDE 20 – (1) …`: a caption printed on the article's own line. */
function captionedArticle(text: string): Extract<Marker, { kind: 'article' }> | undefined {
  const m = /^(\p{Lu}[^]{0,119}?)[ \t]+(?=(?:GEÇİCİ[ \t]+|EK[ \t]+|Geçici[ \t]+|Ek[ \t]+)?(?:MADDE|Madde)[ \t]*\d)/u.exec(text);
  if (!m) return undefined;
  const caption = m[1]!;
  if (/[.,;:]$/.test(caption) || /MADDE|Madde/u.test(caption) || caption.split(' ').length > 12) return undefined;
  const a = article(text.slice(m[0].length));
  // only with a number and a separator: "… MADDE 5 –", never "… Madde 5’te"
  if (!a || a.number === undefined || !/[-–—:.]$/.test(a.num)) return undefined;
  return { ...a, caption };
}

function part(text: string): Extract<Marker, { kind: 'part' }> | undefined {
  // upper-casing every line is costly: only a line naming a bölüm or kısım can be one
  if (!/b[öo]l[üu]m|k[ıi]s[ıi]m/iu.test(text)) return undefined;
  const upper = text.toLocaleUpperCase('tr-TR');
  if (upper.length !== text.length) return undefined;
  const m = PART.exec(upper);
  if (!m) return undefined;
  // "12. Bölüm sorumluları ile …" is a sentence: a part printed in lower case must stand alone
  if (text.slice(0, m[0].length) !== m[0] && !/^\s*(?:[:.\-–—]|$)/u.test(text.slice(m[0].length))) return undefined;
  // a separator after BÖLÜM ("İKİNCİ BÖLÜM – Görevler") is printed text: it stays with the number
  const end = m[0].length + /^[\s:.\-–—]*/u.exec(text.slice(m[0].length))![0].length;
  return { kind: 'part', num: ws(text.slice(0, end)), level: m[1] === 'KISIM' ? 'kisim' : 'bolum', rest: text.slice(end) };
}

const LOWER = '[a-zçğıöşü]';
const UPPER = '[A-ZÇĞİÖŞÜ]';
const punct = (p: string) => (p === '–' || p === '—' ? '-' : p);
const lowerKey = (s: string) => s.toLocaleLowerCase('tr-TR');
/**
 * A roman numeral's key: its letters in Latin lower case (`II` → `ii`, never the Turkish `ıı`).
 *
 * @example
 * romanKey('IV')  //=> 'iv'
 */
export const romanKey = (s: string) => s.replace(/[IVX]/g, (c) => ({ I: 'i', V: 'v', X: 'x' })[c]!);

/** The list-marker patterns, compiled once. */
const RE = [
  new RegExp(`^\\((${LOWER})\\)\\s*`, 'u'),
  new RegExp(`^\\((${UPPER})\\)\\s*`, 'u'),
  new RegExp(`^(${LOWER})(\\.?)(\\d{1,2})[ \\t]?\\)\\s*`, 'u'),
  new RegExp(`^(${LOWER})(\\1)?[ \\t]?\\)[ \\t]*`, 'u'),
  new RegExp(`^(${UPPER})[ \\t]?\\)[ \\t]*`, 'u'),
  new RegExp(`^(${LOWER})(\\1)?[ \\t]?([.\\-–—])[ \\t]+`, 'u'),
  new RegExp(`^(${LOWER})([.\\-–])(?=\\p{Lu})`, 'u'),
  new RegExp(`^(${UPPER})[ \\t]?([.\\-–—])[ \\t]+`, 'u'),
  new RegExp(`^(${UPPER})([\\-–])(?=\\p{Lu})`, 'u'),
];

function listMarker(t: string): ListMarker | undefined {
  const take = (m: RegExpExecArray, o: Omit<ListMarker, 'num' | 'rest'>): ListMarker =>
    ({ ...o, num: ws(m[0]), rest: t.slice(m[0].length) });
  let m: RegExpExecArray | null;
  // (a), (A)
  if ((m = RE[0]!.exec(t))) return take(m, { kind: 'point', family: 'lower', style: 'lower:()', key: m[1]! });
  if ((m = RE[1]!.exec(t))) return take(m, { kind: 'point', family: 'upper', style: 'upper:()', key: lowerKey(m[1]!) });
  // a1), j.1)
  if ((m = RE[2]!.exec(t))) {
    return take(m, { kind: 'point', family: 'sub', style: `sub:${m[1]}${m[2]}`, key: `${m[1]}${m[2]}${m[3]}`, number: Number(m[3]) });
  }
  // roman numerals I. II) IV- (a single I, V, X may be a letter too)
  if ((m = /^(X{0,1}(?:IX|IV|V?I{0,3}))[ \t]?([.\-–—)])(?:[ \t]+|(?=\p{Lu}))/u.exec(t)) && m[1]) {
    const n = ROMAN[m[1]];
    if (n !== undefined) {
      const strong = /[ \t]$/.test(m[0]);
      return take(m, {
        kind: 'point', family: 'roman', style: `roman:${punct(m[2]!)}`, key: romanKey(m[1]), number: n,
        ...(m[1].length === 1 ? { letter: lowerKey(m[1]) } : {}), ...(strong ? {} : { weak: true }),
      });
    }
  }
  // a) aa) l ) A)
  if ((m = RE[3]!.exec(t))) return take(m, { kind: 'point', family: 'lower', style: 'lower:)', key: m[1]! + (m[2] ?? '') });
  if ((m = RE[4]!.exec(t))) return take(m, { kind: 'point', family: 'upper', style: 'upper:)', key: lowerKey(m[1]!) });
  // a- a. a – A – A- (with a space after), a-Müdürlük (without: weak)
  if ((m = RE[5]!.exec(t))) return take(m, { kind: 'point', family: 'lower', style: `lower:${punct(m[3]!)}`, key: m[1]! + (m[2] ?? '') });
  if ((m = RE[6]!.exec(t))) return take(m, { kind: 'point', family: 'lower', style: `lower:${punct(m[2]!)}`, key: m[1]!, weak: true });
  if ((m = RE[7]!.exec(t))) {
    return take(m, { kind: 'point', family: 'upper', style: `upper:${punct(m[2]!)}`, key: lowerKey(m[1]!), ...(m[2] === '.' ? { weak: true } : {}) });
  }
  if ((m = RE[8]!.exec(t))) return take(m, { kind: 'point', family: 'upper', style: `upper:${punct(m[2]!)}`, key: lowerKey(m[1]!), weak: true });
  // 1.1. 1.2) 2.1.3 (decimal sub-entries beside their entry)
  if ((m = /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?\)?[ \t]+/u.exec(t))) {
    const parts = m[1]!.split('.').map(Number);
    return take(m, { kind: 'numbered', family: 'decimal', style: `decimal:${parts.length}`, key: parts.join('.'), number: parts.at(-1)! });
  }
  // 1) 1. 1- 1 - 2-) 1.) (with a space after, or a parenthesis), 1-Gençlik (weak)
  if ((m = /^(\d{1,3})[ \t]?(-\)|\.\)|[.\-–—)])([ \t]+|(?=\p{L}|\())/u.exec(t))) {
    const p = m[2]!;
    const strong = m[3] !== '' || p.endsWith(')');
    if (strong || /^\p{Lu}/u.test(t.slice(m[0].length))) {
      return take(m, { kind: 'numbered', family: 'digit', style: `digit:${punct(p)}`, key: String(Number(m[1])), number: Number(m[1]), ...(strong ? {} : { weak: true }) });
    }
  }
  if ((m = /^([•●▪◦■►➢])[ \t]*/u.exec(t)) || (m = /^([–—])[ \t]+/u.exec(t))) return take(m, { kind: 'bullet', family: 'bullet', style: `bullet:${m[1]}`, key: '' });
  return undefined;
}

/**
 * The marker a line starts with, if any. Letters and numbers are returned without checking their
 * order; the caller decides whether the order fits (and takes a `weak` marker only where it does).
 *
 * @example
 * marker({ no: 1, text: '1-Gençlik merkezlerini işletmek', mdHeading: false, mdBullet: false })
 * //=> { kind: 'numbered', family: 'digit', style: 'digit:-', key: '1', number: 1, weak: true, num: '1-', rest: 'Gençlik merkezlerini işletmek' }
 */
export function marker(line: SourceLine): Marker | undefined {
  const t = line.text;
  const a = article(t) ?? captionedArticle(t);
  if (a) return a;
  const p = part(t);
  if (p) return p;
  let m = /^\((\d+)\)\s*/.exec(t);
  if (m) return { kind: 'paragraph', num: m[0].trim(), number: Number(m[1]), rest: t.slice(m[0].length) };
  // (l) and (I) printed for (1): the caller decides from the place
  m = /^\(([lI])\)\s*/u.exec(t);
  if (m) return { kind: 'paragraph', num: m[0].trim(), number: 1, sic: m[1]!, rest: t.slice(m[0].length) };
  const l = listMarker(t);
  if (l) return l;
  if (line.mdBullet) return { kind: 'bullet', family: 'bullet', style: 'bullet:md', key: '', rest: t };
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
