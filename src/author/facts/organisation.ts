/**
 * Units and posts: the lists of the Teşkilat / Personel yapısı article ("a) Müdür, b) Şef …",
 * "a) Temizlik İşleri Şefliği"), and the same article's one-sentence form ("Müdürlük; Müdür, Şef,
 * Memurlar … oluşur", "… İdari Teşkilatı Müdür, Büro İşleri Birimi, Kültürel Etkinlikler Birimi …").
 * Then the drafted organisation, every actor the drafting met, in the schema's shape.
 */
import { fold } from '../../fold.js';
import type { OrganisationInput } from '../../schema/organisation.js';
import type { TextNode } from '../../schema/text.js';
import { type DraftActor, headKind } from './actors.js';
import type { Drafting } from './draft.js';

const STRUCTURE = /\b(teskilat|personel yapisi|kadro|organizasyon yapisi|kurulus ve personel|personel ve teskilat|personel$)/;
/** Words a list entry of posts may be ("Memur", "İşçi", "Büro personeli"), beside names with a head word. */
const PLAIN_POSTS = /^(mudur|sef|sefler|memur|memurlar|isci|isciler|isci personel|personel|buro personeli|sozlesmeli (memur|memurlar|personel)|diger personel(ler)?|hizmetli|sofor|teknik personel|kadrolu isci|gecici isci)$/;

/** The verb that closes a list of what something is made of ("… büro personelinden oluşur"). */
const MADE_OF = /^(.*?)\s*(?:oluşur|oluşmaktadır|oluşturulur|meydana gelir|kapsar)\s*[.;,]?$/iu;
/** Participles that close a relative clause before a name ("bu şefliğe bağlı çalışan İdari İşler Personeli"). */
const RELATIVE_END = /^(?:.*\s)?(?:çalışan|bağlı|görevli|görev yapan|bulunan|olan|bünyesindeki|bünyesinde)\s+/iu;
/** A number or quantity before a post ("1 müdür", "yeteri kadar personel"). */
const QUANTITY = /^(?:\d+|bir|iki|üç|dört|beş|yeteri kadar|yeterli sayıda|yeterli|gerekli sayıda|gerektiği kadar|ihtiyaç kadar)\s+/iu;
/** Plural head words (folded) of a section heading, with the singular head of the names it lists ("Hızlı Çözüm Masaları" → "… Masası"). */
const PLURAL_HEADS: Record<string, string> = { masalari: 'masasi', birimleri: 'birimi', servisleri: 'servisi', seflikler: 'sefligi', seflikleri: 'sefligi', merkezleri: 'merkezi', burolari: 'burosu' };

/** Drafts the units and posts the structure articles list, the "… -den oluşur" sentences, and the names a heading in the plural lists. */
export function draftStructure(d: Drafting): void {
  const { doc } = d;
  const structural = new Set<string>();
  for (const a of doc.articles) {
    if (!isStructureArticle(d, a)) continue;
    for (const p of doc.leavesUnder(a.id)) {
      structural.add(p.id);
      if (p.kind !== 'point' && p.kind !== 'item') {
        // "… İdari Teşkilatı Müdür, Büro İşleri Birimi, Kültürel Etkinlikler Birimi, …"
        const m = /(?:teşkilatı|teşkilat yapısı|personel yapısı)[;:,]?\s+(.{3,600}?)(?:\s+(?:oluşur|bulunur|meydana gelir)|\s*\.?$)/iu.exec(p.text);
        if (m) { for (const part of m[1]!.split(/\s*,\s*|\s+ve\s+(?=\p{Lu})/u)) entry(d, part, p.id); continue; }
        madeOf(d, p.id, p.text, false);
        continue;
      }
      const item = p.text.replace(/^\S{1,4}[).\-–]\s*/u, '');
      // "ve bu Şube Müdürlüklerine bağlı şeflik ve alt birimlerden oluşturulur": the list's closing line,
      // no name of its own (the units it names under the listed ones are read with their lines: see reporting.ts)
      if (/^(?:ve|veya|ile)\s/iu.test(item)) continue;
      // "İdari İşler Şefliği ve bu şefliğe bağlı çalışan İdari İşler Personelini": the unit, then its staff
      const staff = /^(.+?)\s+ve\s+(?:bu\s+|buna\s+|bunlara\s+)?\S+\s+(?:bağlı\s+)?(?:çalışan|görevli|görev yapan|bulunan)\s+(.+)$/u.exec(item);
      if (staff) { entry(d, staff[1]!, p.id); entry(d, staff[2]!, p.id); continue; }
      // "Diyalog Merkezini kapsar", "Müdür, Şef ve Memurlar"
      if (!entry(d, item.replace(/\s*(?:kapsar|oluşur)\s*[.;,]?\s*$/iu, ''), p.id)) for (const part of parts(item.replace(/\s*(?:kapsar|oluşur)\s*[.;,]?\s*$/iu, ''))) entry(d, part, p.id);
    }
  }
  for (const p of doc.provisions) {
    if (!p.leaf || structural.has(p.id)) continue;
    // "Gerçekleştirme Görevlisi, Taşınır Kayıt/Kontrol Yetkilisi, Cimer Yetkilisi ve büro personelinden oluşur."
    if (/oluşur|oluşmaktadır|meydana gelir/iu.test(p.text)) madeOf(d, p.id, p.text, true);
    listedUnder(d, p);
  }
}

/** Whether an article is the Teşkilat / Personel yapısı article (by its caption or its opening words), not a duty article. */
export function isStructureArticle(d: Drafting, a: TextNode): boolean {
  const f = d.doc.foldedCaption(a);
  const own = fold(d.doc.nodes.get(a.id)?.text ?? d.doc.byId.get(a.id)?.text.split('\n')[0] ?? '');
  return (STRUCTURE.test(f) || /teskilat yapisi|personel yapisi/.test(own)) && !/\b(gorev|yetki)/.test(f);
}

/** The members of a coordinated list of names: split at commas and at "ve", "ile", "veya". */
function parts(list: string): string[] {
  return list.split(/\s*,\s*|\s+(?:ve|ile|veya)\s+/u).map((x) => x.trim()).filter(Boolean);
}

/**
 * "X; A, B ve C'den oluşur": the members of the list, each a unit or post. Outside a structure
 * article (`strict`) the list is read only when every member names one, the sentence has no other
 * verb, and its subject (before ";") is the governed unit or one of its units, or none.
 */
function madeOf(d: Drafting, at: string, text: string, strict: boolean): void {
  for (const sentence of text.split(/(?<=\.)\s+|\n/u)) {
    const m = MADE_OF.exec(sentence.trim());
    if (!m) continue;
    let list = m[1]!;
    const semi = list.lastIndexOf(';');
    if (semi >= 0) {
      const subject = d.book.resolve(list.slice(0, semi));
      if (strict && (!subject || subject.kind !== 'unit')) continue;
      list = list.slice(semi + 1);
    } else if (/[;:]/.test(list)) continue;
    else {
      // "Müdürlük 1 müdür ve …": the subject written without ";"
      const words = list.split(/\s+/u);
      for (let k = Math.min(words.length - 1, 8); k > 0; k--) {
        const subject = d.book.resolve(words.slice(0, k).join(' '));
        if (subject?.kind === 'unit' && !/,$/.test(words[k - 1]!) && !/^\p{Lu}/u.test(words[k]!)) { list = words.slice(k).join(' '); break; }
      }
    }
    const raw = parts(list).map((x, i, all) => (i === all.length - 1 ? ablativeBase(x) : x));
    if (!raw.length || raw.some((n) => !n)) continue;
    // outside a structure article a member is a bare name, with no relative clause before it
    if (strict && raw.some((n) => RELATIVE_END.test(n!))) continue;
    const names = raw.map((n) => nominativeName(n!.replace(RELATIVE_END, '')).replace(QUANTITY, ''));
    // every member names a unit or a post, or the list is not read
    if (!names.every((n) => readable(d, n, strict))) continue;
    for (const n of names) entry(d, n, at);
  }
}

/** The nominative of a list's last member in the ablative ("büro personelinden" → "büro personeli", "Memurlardan" → "Memurlar"). */
export function ablativeBase(phrase: string): string | undefined {
  // the apostrophe before the ending goes with it ("Birimi'nden"); one inside the name stays ("Karşıyaka'nın")
  const m = /^(.*?)(\p{L}+(?:['’]\p{L}+)?)$/u.exec(phrase.trim());
  if (!m) return undefined;
  const word = m[2]!;
  for (const cut of [/['’]?n(?:den|dan)$/iu, /['’]?(?:den|dan|ten|tan)$/iu]) {
    if (!cut.test(word)) continue;
    const stem = `${m[1]}${word.replace(cut, '')}`;
    if (PLAIN_POSTS.test(fold(stem)) || headKind(stem)) return stem;
  }
  return undefined;
}

/** Whether a phrase names a unit or a post: a known actor, a plain post word, or a name with a head word. */
function readable(d: Drafting, n: string, strict: boolean): boolean {
  if (d.book.resolve(n) || PLAIN_POSTS.test(fold(n))) return true;
  // a new name is written as a name: every word capitalised but the conjunctions ("Taşınır Kayıt/Kontrol Yetkilisi")
  const named = n.split(/\s+/u).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(ve|ile|ya|da|de)$/u.test(w));
  return !!headKind(n) && (named || !strict) && !/[()]/.test(n);
}

/**
 * "HIZLI ÇÖZÜM MASALARI" then items "Tahakkuk Masası", "Zabıta Masası": an item that is nothing but
 * a name whose head word is the singular of the heading's plural head is one of the units listed.
 */
function listedUnder(d: Drafting, p: { id: string; kind: string; text: string }): void {
  if (p.kind !== 'item' && p.kind !== 'point') return;
  const parent = d.doc.byId.get(p.id.slice(0, p.id.lastIndexOf('__')));
  if (!parent) return;
  const heading = fold(d.doc.own(parent)).split(' ');
  const singular = PLURAL_HEADS[heading[heading.length - 1] ?? ''];
  if (!singular) return;
  const name = p.text.replace(/^\S{1,4}[).\-–]\s*/u, '').replace(/[\s,.;]+$/u, '').trim();
  const words = fold(name).split(' ');
  if (words.length < 2 || words.length > 6 || words[words.length - 1] !== singular || /[:;,.]/.test(name)) return;
  entry(d, name, p.id);
}

/** A list member in the nominative ("Personelini" → "Personeli", "Diyalog Merkezini" → "Diyalog Merkezi"). */
export function nominativeName(raw: string): string {
  let t = raw.trim();
  const m = /^(.*?)(\p{L}+)['’]?(\p{L}*)$/u.exec(t);
  if (m && !headKind(t) && !PLAIN_POSTS.test(fold(t))) {
    // the accusative after a possessive ("Personelini", "Merkezini", "Şefliğini")
    const whole = `${m[2]}${m[3]}`;
    const acc = /^(.*[ıiuü])n[ıiuü]$/u.exec(whole);
    if (acc && headKind(`${m[1]}${acc[1]}`)) t = `${m[1]}${acc[1]}`;
  }
  return t;
}

/** Drafts one list entry as a unit or post; true when it named one. */
function entry(d: Drafting, raw: string, at: string): boolean {
  const text = nominativeName(raw.replace(/\([^()]{0,60}\)/g, '').replace(/[\s,.;:]+$/u, '').replace(/\s+/g, ' ').trim());
  if (!text || text.split(' ').length > 8 || /[()]/.test(text)) return false;
  const f = fold(text);
  if (PLAIN_POSTS.test(f) || headKind(text)) {
    const a = d.book.ensure(text, at, text);
    if (a) { d.book.cite(a, at); return true; }
    d.todo(at, `Teşkilat listesindeki ad okunamadı: "${text}"`);
  }
  return false;
}

/** The organisation drafted: every actor met, in the schema's shape, each pending review. */
export function organisationOf(d: Drafting): OrganisationInput {
  const out: OrganisationInput = { units: [], posts: [], offices: [] };
  // an actor the text names nowhere is cited to its first article; a text with no article has nothing
  // to cite, so such an actor is not drafted (never cited to a provision the text does not have)
  const first = d.doc.articles[0]?.id;
  const cites = (a: DraftActor) => (a.cites.length ? a.cites : first ? [first] : []);
  for (const a of d.book.actors) {
    if (!cites(a).length) continue;
    const base = {
      id: a.id, name: a.name, ...(a.aliases.length ? { aliases: [...new Set(a.aliases)] } : {}), cites: [...new Set(cites(a))],
      review: 'pending' as const, ...(a.readFrom && d.doc.byId.get(cites(a)[0]!)?.text.includes(a.readFrom) ? { readFrom: a.readFrom } : {}),
    };
    if (a.kind === 'unit') out.units.push({ ...base, kind: a.unitKind ?? 'birim', ...(a.parent ? { parent: a.parent } : {}) });
    else if (a.kind === 'post') out.posts.push({ ...base, ...(a.unit ? { unit: a.unit } : {}), ...(a.heads ? { heads: true } : {}), ...(a.generic ? { generic: true } : {}) });
    else out.offices.push(base);
  }
  return out;
}
