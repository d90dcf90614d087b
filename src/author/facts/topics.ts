/**
 * Topics of a drafted duty, read from its words with the Turkish stemmer: a duty gets a topic only
 * where its words clearly say so ("satın alınması", "alımlarını", "hizmet satın alımı" →
 * `procurement`; "yazışmalarını" → `correspondence`; "arşivlenmesini" → `documents`). Snowball
 * strips inflection, not derivation, so a word's stem is compared with a cue by a common prefix
 * (`alınmas` and `alım` both begin with the cue `al` that follows `satın`). The names of the
 * regulation's actors are taken out of the text first, so that a holder's name ("Satınalma
 * Servis Sorumlusu") does not give an unrelated duty a topic.
 */
import type { Topic } from '../../schema/common.js';
import { fold } from '../../fold.js';
import { stemWord } from '../../internal/stem.js';
import type { ActorBook } from './actors.js';
import { lite } from './text.js';

/**
 * Cues of each topic: sequences of stem prefixes of consecutive words (lower case, Turkish
 * letters). A one-word cue must begin the word or its stem.
 */
const CUES: Record<Topic, string[][]> = {
  correspondence: [['yazışma'], ['resmi', 'yazı'], ['resmî', 'yazı'], ['yazışm']],
  documents: [['evrak'], ['arşiv'], ['dosyala'], ['doküman'], ['dokümantasyon'], ['belge'], ['kayıt', 'defter'], ['zimmet'], ['evrağ']],
  personnel: [['personel'], ['özlük'], ['disiplin'], ['sicil'], ['kadro'], ['görev', 'dağılım'], ['iş', 'dağıtım']],
  budget: [['bütçe'], ['ödeme'], ['ödenek'], ['harcama'], ['tahakkuk'], ['muhasebe'], ['avans'], ['maaş'], ['harcırah'], ['huzur', 'hakk']],
  procurement: [['satın', 'al'], ['satınal'], ['ihale'], ['mal', 'al'], ['hizmet', 'al'], ['malzeme', 'al'], ['demirbaş', 'al'], ['tedarik']],
  assets: [['taşınır'], ['taşınmaz'], ['demirbaş'], ['ayniyat'], ['malzeme'], ['envanter'], ['depo'], ['ambar'], ['ekipman'], ['araç', 'gereç']],
  reporting: [['rapor']],
  coordination: [['koordinasyon'], ['koordine'], ['işbirliği'], ['iş', 'birliği']],
  representation: [['temsil'], ['protokol'], ['ağırlama'], ['tören']],
  training: [['eğitim'], ['seminer'], ['hizmet', 'içi']],
  events: [['etkinlik'], ['organizasyon'], ['festival'], ['yarışma'], ['konser'], ['sergi'], ['müsabaka'], ['turnuva'], ['kampanya']],
  media: [['basın'], ['web'], ['internet'], ['sosyal', 'medya'], ['medya'], ['yayın'], ['yayımla']],
  citizens: [['vatandaş'], ['halk'], ['şikayet'], ['şikâyet'], ['dilekçe']],
  'civil-society': [['sivil', 'toplum'], ['dernek'], ['vakıf'], ['stk']],
  planning: [['plan'], ['program'], ['stratejik']],
  safety: [['iş', 'güvenliğ'], ['iş', 'sağlığ'], ['sivil', 'savunma'], ['güvenlik'], ['afet'], ['yangın'], ['acil', 'durum']],
  compliance: [['mevzuat', 'takip'], ['mevzuat', 'değişiklik'], ['mevzuat', 'uyum'], ['kararlar', 'uy']],
  accountability: [['karşı', 'sorumlu'], ['bağlı', 'olarak', 'çalış'], ['bağlıdır']],
  // executing the regulation is derived from its executor by the compiler, never read from a duty's words
  execution: [],
  archive: [['arşiv']],
  discipline: [['disiplin'], ['ödül']],
  handover: [['devir', 'teslim'], ['devir', 've', 'teslim']],
  disclosure: [['bilgi', 'ver'], ['basın', 'açıklama']],
  residual: [['verilecek', 'diğer'], ['verilen', 'diğer', 'görev']],
  approval: [['onayla']],
  'approval-request': [['onay', 'sun']],
};

/** Word pairs that look like a cue but are not one ("eğitim kurumları" are schools, not training). */
const NOT_CUES: string[][] = [['eğitim', 'kurum'], ['araç', 'ihale'], ['plan', 'dahil']];

/** Whether a word (its stem) begins as a cue says. */
function agrees(word: string, stem: string, cue: string, alone: boolean): boolean {
  if (stem.startsWith(cue) || word.startsWith(cue)) return true;
  // the stemmer cut the word shorter than the cue ("satın" → "sat"): the cue begins with the stem
  return !alone && stem.length >= 2 && cue.startsWith(stem) && word.startsWith(stem);
}

/**
 * The topics a duty's words clearly name, in the fixed topic order; empty when none does.
 *
 * @param text - The duty's verbatim text.
 * @param book - The regulation's actors, whose names are not read as topic words.
 * @example
 * topicsOf('Müdürlüğün mal ve hizmet satın alınması işlerini yürütmek', book)  //=> ['procurement']
 */
export function topicsOf(text: string, book?: ActorBook): Topic[] {
  const words = withoutNames(text, book).toLocaleLowerCase('tr-TR').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const stems = words.map((w) => stemWord(w));
  const out: Topic[] = [];
  for (const [topic, cues] of Object.entries(CUES) as [Topic, string[][]][]) {
    if (cues.some((cue) => occurs(words, stems, cue))) out.push(topic);
  }
  return out;
}

function occurs(words: string[], stems: string[], cue: string[]): boolean {
  for (let i = 0; i + cue.length <= words.length; i++) {
    if (!cue.every((c, k) => agrees(words[i + k]!, stems[i + k]!, c, cue.length === 1))) continue;
    if (NOT_CUES.some((n) => n.length <= words.length - i && n.every((c, k) => words[i + k]!.startsWith(c)))) continue;
    return true;
  }
  return false;
}

/** A name of two words or more, as `withoutNames` matches it: every word but the last whole, the last by its first letters. */
type NamePattern = { words: string[]; stemOfLast: string };
/** The names of one book by their first word (folded), and how many of its names are indexed. */
type NameIndex = { byFirst: Map<string, NamePattern[]>; longestFirst: number; indexed: number };
const indexes = new WeakMap<ActorBook, NameIndex>();

/** The book's names, indexed by their first word; only the names added since the last call are read. */
function nameIndex(book: ActorBook): NameIndex {
  let index = indexes.get(book);
  if (!index) { index = { byFirst: new Map(), longestFirst: 0, indexed: 0 }; indexes.set(book, index); }
  for (; index.indexed < book.names.length; index.indexed++) {
    const words = fold(book.names[index.indexed]!.name).split(' ').map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean);
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    const pattern = { words: words.slice(0, -1), stemOfLast: last.slice(0, Math.max(3, last.length - 2)) };
    index.longestFirst = Math.max(index.longestFirst, words[0]!.length);
    const list = index.byFirst.get(words[0]!);
    if (list) list.push(pattern);
    else index.byFirst.set(words[0]!, [pattern]);
  }
  return index;
}

/**
 * The text with the names of the regulation's actors blanked out: each name's words in a row
 * (spaces or apostrophes between them), the first one not inside a longer word, the last one by its
 * first letters and up to eight letters of ending ("Satınalma Servis Sorumlusuna"). One pass over
 * the words of the text, each word looked up among the names that begin with it.
 */
function withoutNames(text: string, book?: ActorBook): string {
  if (!book) return text;
  const { byFirst, longestFirst } = nameIndex(book);
  if (!byFirst.size) return text;
  const l = lite(text);
  const tokens: { start: number; end: number }[] = [];
  for (const m of l.matchAll(/[^\s']+/g)) tokens.push({ start: m.index, end: m.index + m[0].length });
  const blank: [number, number][] = [];
  tokens.forEach((t, i) => {
    // the name's first word ends the token: the whole token, or its end after a character that is not a letter
    for (let at = Math.max(t.start, t.end - longestFirst); at < t.end; at++) {
      if (at > t.start && /[a-z]/.test(l[at - 1]!)) continue;
      for (const p of byFirst.get(l.slice(at, t.end)) ?? []) {
        const lastToken = tokens[i + p.words.length];
        if (!lastToken || !p.words.every((w, k) => k === 0 || l.slice(tokens[i + k]!.start, tokens[i + k]!.end) === w)) continue;
        if (!l.startsWith(p.stemOfLast, lastToken.start)) continue;
        let end = lastToken.start + p.stemOfLast.length;
        for (let n = 0; n < 8 && end < l.length && /[a-z']/.test(l[end]!); n++) end++;
        blank.push([at, end]);
      }
    }
  });
  if (!blank.length) return text;
  const chars = text.split('');
  for (const [from, to] of blank) for (let k = from; k < to; k++) chars[k] = ' ';
  return chars.join('');
}
