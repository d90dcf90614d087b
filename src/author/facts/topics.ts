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

/** The text with the names of the regulation's actors blanked out. */
function withoutNames(text: string, book?: ActorBook): string {
  if (!book) return text;
  let out = text;
  const l = lite(text);
  for (const a of book.actors) {
    for (const name of [a.name, ...a.aliases]) {
      const words = fold(name).split(' ');
      if (words.length < 2) continue;
      // the name with its last word inflected: match the words, the last one by its first letters
      const stemOfLast = words[words.length - 1]!.slice(0, Math.max(3, words[words.length - 1]!.length - 2));
      const pattern = [...words.slice(0, -1), stemOfLast].map((w) => w.replace(/[^a-z0-9]/g, '')).join("[\\s']+");
      const re = new RegExp(`(?<![a-z])${pattern}[a-z']{0,8}`, 'g');
      let m: RegExpExecArray | null;
      while ((m = re.exec(l))) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
    }
  }
  return out;
}
