/**
 * Actors of the drafting: the governed unit, its posts and sub-units, and the offices outside it
 * (Belediye Başkanı, Başkan Yardımcısı, Meclis, Encümen). `ActorBook.resolve` reads a noun phrase
 * as the text writes it — inflected ("Müdür'e", "Başkanına", "Şefliğinin"), with qualifiers
 * ("ilgili", "görevlendireceği", "yetki verdiği") — and names the actor it denotes, or nothing
 * when the phrase does not name exactly one known actor.
 */
import { fold, slugify } from '../../fold.js';
import type { UnitKind } from '../../schema/organisation.js';
import { push } from '../../internal/multimap.js';

export type ActorKind = 'unit' | 'post' | 'office';

/** An actor as the drafting builds it; written out as a Unit, Post or Office. */
export type DraftActor = {
  id: string;
  name: string;
  kind: ActorKind;
  unitKind?: UnitKind;
  parent?: string;
  unit?: string;
  heads?: boolean;
  generic?: boolean;
  aliases: string[];
  cites: string[];
  readFrom?: string;
};

// Case endings as fold() writes them (ı→i, ü→u …), after a stem ending in a vowel (a possessive
// compound: "başkanı", "şefliği") and after one ending in a consonant ("müdür", "şef").
const AFTER_VOWEL = new Set(['', 'n', 'na', 'ne', 'nin', 'nun', 'ni', 'nu', 'nca', 'nce', 'nda', 'nde', 'ndan', 'nden', 'yla', 'yle', 'ndaki', 'ndeki', 'dir', 'dur', 'ca', 'ce']);
const AFTER_CONSONANT = new Set(['', 'e', 'a', 'i', 'u', 'in', 'un', 'ce', 'ca', 'de', 'da', 'den', 'dan', 'le', 'la', 'dir', 'dur', 'deki', 'daki']);
const PLURAL = ['ler', 'lar'];
/** Case endings after the first person plural possessive ("-ümüz"), as fold() writes them. */
const POSSESSIVE_PLURAL_CASES = new Set(['', 'e', 'a', 'un', 'in', 'de', 'da', 'den', 'dan', 'deki', 'daki', 'le', 'la']);

/**
 * Whether a folded word is an inflected form of a folded base word (case, possessive, plural;
 * k→ğ softening): `mudure` of `mudur`, `baskanina` of `baskani`, `sefliginin` of `sefligi`,
 * `sefler` of `sef`, `mudurlugune` of `mudurluk`.
 */
export function inflects(word: string, base: string): boolean {
  if (word === base) return true;
  if (base.length < 2) return false;
  const vowel = /[aeiou]$/.test(base);
  if (vowel) {
    if (word.startsWith(base) && AFTER_VOWEL.has(word.slice(base.length))) return true;
    // "başkanı" is also written bare: "başkana", "başkanın"
    const bare = /[^aeiou]s[iu]$/.test(base) ? base.slice(0, -2) : /[^aeiou][iu]$/.test(base) ? base.slice(0, -1) : undefined;
    return bare !== undefined && bare.length >= 3 && !/s$/.test(bare) && consonantForm(word, bare);
  }
  return consonantForm(word, base);
}

function consonantForm(word: string, base: string): boolean {
  const tails: string[] = [];
  if (word.startsWith(base)) tails.push(word.slice(base.length));
  if (base.endsWith('k')) {
    const soft = `${base.slice(0, -1)}g`;
    if (word.startsWith(soft) && /^[aeiou]/.test(word.slice(soft.length))) tails.push(word.slice(soft.length));
  }
  return tails.some((t) => {
    if (AFTER_CONSONANT.has(t)) return true;
    // the first person plural possessive: "Müdürlüğümüze", "Müdürümüzün" (the text's own unit or post)
    if (/^[iu]m[iu]z/.test(t) && POSSESSIVE_PLURAL_CASES.has(t.slice(4))) return true;
    if (/^[iu]/.test(t) && AFTER_VOWEL.has(t.slice(1))) return true;
    const pl = PLURAL.find((p) => t.startsWith(p));
    if (!pl) return false;
    const rest = t.slice(pl.length);
    return AFTER_CONSONANT.has(rest) || (/^[iu]/.test(rest) && AFTER_VOWEL.has(rest.slice(1)));
  });
}

/** Words (folded) a qualifier may put before an actor's name without changing who it is. */
const QUALIFIERS = new Set(['ilgili', 'yetkili', 'gorevlendirecegi', 'gorevlendirdigi', 'gorevlendirilen', 'yetkilendirdigi', 'direkt', 'direk', 'dogrudan', 'olarak', 'birinci', 'derecede']);
/** Two-word qualifiers: "yetki verdiği", "bağlı olduğu", "bağlı bulunduğu". */
const QUALIFIER_PAIRS = new Set(['yetki verdigi', 'yetki verecegi', 'bagli oldugu', 'bagli bulundugu']);

/** The words a qualifier pair or word marks as delegation ("yetki verdiği"). */
export const DELEGATION = new Set(['yetki verdigi', 'yetki verecegi', 'yetkilendirdigi']);

/** Head words (folded, nominative) of a unit's name, with the kind of unit they make. */
const UNIT_HEADS: [string, UnitKind][] = [
  ['mudurlugu', 'mudurluk'], ['sefligi', 'seflik'], ['seflik', 'seflik'], ['birimi', 'birim'], ['servisi', 'birim'], ['kalemi', 'birim'], ['burosu', 'birim'],
  ['masasi', 'masa'], ['merkezi', 'merkez'], ['ofisi', 'ofis'], ['hatti', 'hat'], ['memurlugu', 'birim'], ['amirligi', 'birim'],
  ['sekreterligi', 'birim'], ['koordinatorlugu', 'birim'], ['temsilciligi', 'birim'],
  ['masalari', 'masa'], ['birimleri', 'birim'], ['servisleri', 'birim'], ['seflikleri', 'seflik'], ['merkezleri', 'merkez'],
];
/**
 * Nouns (folded) that name a collegiate body ("Teftiş Kurulu", "İmar Komisyonu"): a unit named
 * after its body with a unit's head word ("Teftiş Kurulu Müdürlüğü", "Teftiş Kurulu Başkanlığı").
 */
const BODY_NOUNS = new Set(['kurulu', 'komisyonu', 'konseyi', 'heyeti']);
/** Head words (folded, nominative) that make a body's name a unit's ("… Kurulu Müdürlüğü"). */
const BODY_UNIT_HEADS = new Set(['mudurlugu', 'baskanligi', 'sefligi']);

/** Head words (folded, nominative) of a post's name. */
const POST_HEADS = new Set([
  'muduru', 'mudur', 'sefi', 'sef', 'sefler', 'sorumlusu', 'sorumlulari', 'temsilcisi', 'yetkilisi', 'gorevlisi', 'gorevlileri', 'memuru', 'memurlari',
  'memurlar', 'memur', 'elemani', 'elemanlari', 'personeli', 'personel', 'personelleri', 'personeller', 'uzmani', 'uzmanlari', 'sekreteri', 'sofor', 'hizmetli',
  'isci', 'isciler', 'mufettis', 'mufettisler', 'mufettisi', 'muhendis', 'muhendisler', 'teknisyen', 'teknisyenler', 'tekniker', 'avukat', 'cayci', 'mutemedi',
  'isletmeni', 'calisanlari', 'calisani', 'operatoru', 'yardimcisi', 'yardimcilari', 'koordinatoru', 'denetcisi', 'uyesi', 'uyeleri',
  'baskani', 'mudurleri', 'sefleri', 'sorumlulari', 'yetkilileri', 'temsilcileri',
]);

/** The kind a name's head word gives it, or nothing when the last word names no unit or post. */
export function headKind(name: string): { kind: 'unit'; unitKind: UnitKind } | { kind: 'post' } | undefined {
  const words = fold(name).split(' ');
  const last = words[words.length - 1] ?? '';
  // "Sosyal Projeler Dairesi Başkanlığı", "Daire Başkanlığı": a daire başkanlığı (never "Belediye Başkanlığı", the mayoralty)
  if (last === 'baskanligi' && /^dairesi?$/.test(words[words.length - 2] ?? '')) return { kind: 'unit', unitKind: 'daire-baskanligi' };
  if (last === 'mudurlugu' && words[words.length - 2] === 'sube') return { kind: 'unit', unitKind: 'sube-mudurlugu' };
  const unit = UNIT_HEADS.find(([h]) => last === h);
  if (unit) return { kind: 'unit', unitKind: unit[1] };
  if (POST_HEADS.has(last)) return { kind: 'post' };
  return undefined;
}

/** Title case for a name printed in capitals: `İHALE SERVİSİ SORUMLUSU` → `İhale Servisi Sorumlusu`. */
export function titleCase(s: string): string {
  const small = new Set(['ve', 'ile', 'veya', 'ya', 'da', 'de']);
  return s.toLocaleLowerCase('tr-TR').split(/(\s+)/).map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toLocaleUpperCase('tr-TR') + w.slice(1))).join('');
}

/** Whether a string is printed in capitals (has letters, and none of them lower case). */
export const allCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** A phrase cleaned for resolution: no parenthesis, apostrophes joined ("Müdür'e" → "Müdüre"), no end punctuation. */
export function clean(phrase: string): string {
  return phrase
    .replace(/\([^()]{0,80}\)/g, ' ')
    .replace(/(\p{L})['’‘`´](\p{L})/gu, '$1$2')
    .replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** The nominative of a phrase in the genitive ("Temizlik İşleri Şefinin" → "Temizlik İşleri Şefi"; "Müdürlüğün" → "Müdürlük"). */
export function nominative(phrase: string): string {
  const p = clean(phrase);
  const m = /^(.*?)(\p{L}+)$/u.exec(p);
  if (!m) return p;
  const [, before, word] = m as unknown as [string, string, string];
  const f = fold(word);
  let stem = word;
  if (/[aeiou]n[iu]n$/.test(f)) stem = word.slice(0, -3);
  else if (/[^aeiou][iu]n$/.test(f) && f.length > 4) stem = word.slice(0, -2);
  else return p;
  if (/ğ$/u.test(stem)) stem = `${stem.slice(0, -1)}k`;
  else if (/Ğ$/u.test(stem)) stem = `${stem.slice(0, -1)}K`;
  return `${before}${stem}`;
}

type Key = { words: string[]; actor: DraftActor };
type Latent = { names: string[]; make: () => DraftActor };

/**
 * The bucket of a name's folded words: their number and every word but the last, which are what
 * `sameName` compares exactly (the last one may be inflected). A lookup reads one bucket, never
 * every name the book holds.
 */
const shape = (words: readonly string[]) => `${words.length}\u0000${words.slice(0, -1).join(' ')}`;


/**
 * The actors of one regulation, and the names they go by.
 *
 * @example
 * const book = new ActorBook({ id: 'yazi-isleri-mudurlugu', name: 'Yazı İşleri Müdürlüğü', kind: 'mudurluk' }, ['gebze']);
 * book.resolve("Müdür'e")?.id              //=> 'mudur'
 * book.resolve('Belediye Başkanına')?.id   //=> 'belediye-baskani'
 */
export class ActorBook {
  readonly org: DraftActor;
  readonly actors: DraftActor[] = [];
  /** Every display name given to an actor (its name, then each alias), in the order given: append-only. */
  readonly names: { actor: DraftActor; name: string }[] = [];
  /** The names the book knows, by their bucket (see `shape`). */
  private readonly keys = new Map<string, Key[]>();
  /** Every name the book knows (folded), and the last words each actor's names end with. */
  private readonly keyNames = new Set<string>();
  private readonly lastWords = new Map<DraftActor, Set<string>>();
  private readonly byId = new Map<string, DraftActor>();
  private readonly cited = new WeakMap<DraftActor, Set<string>>();
  /** Offices and posts every municipal text may name, made real the first time the text names them. */
  private readonly latent: Latent[] = [];
  private latentKeys: Map<string, { words: string[]; actor: Latent }[]> | undefined;
  private readonly madeReal = new Set<Latent>();
  /** Words (folded) of the municipality's name, dropped in front of an office's name ("Gebze Belediye Başkanı"). */
  private readonly place: Set<string>;

  constructor(org: { id: string; name: string; kind: string }, place: string[] = []) {
    this.place = new Set(place.map(fold).filter(Boolean));
    this.org = { id: org.id, name: org.name, kind: 'unit', unitKind: (org.kind as UnitKind) ?? 'mudurluk', aliases: [], cites: [] };
    this.add(this.org);
    const orgWords = fold(org.name).split(' ');
    if (/mudurluk|sube-mudurlugu/.test(org.kind)) this.alias(this.org, 'Müdürlük');
    if (org.kind === 'daire-baskanligi') this.shortDaireName(org.name);
    if (/^(mudurlugu|mudurluk)$/.test(orgWords[orgWords.length - 1] ?? '')) {
      const base = org.name.replace(/\s*\S+$/u, '');
      const head = org.name.replace(/^.*\s/u, '');
      const sube = /sube/.test(fold(org.name));
      this.latent.push({
        names: ['Müdür', `${base} Müdürü`, 'Birim Müdürü', ...(sube ? ['Şube Müdürü'] : [])],
        make: () => ({ id: 'mudur', name: 'Müdür', kind: 'post', unit: this.org.id, heads: true, aliases: [`${base} ${/Ü/u.test(head) ? 'MÜDÜRÜ' : 'Müdürü'}`].map((a) => (allCaps(a) ? titleCase(a) : a)), cites: [] }),
      });
    }
    this.latent.push(
      { names: ['Belediye Başkanı', 'Başkan', 'Başkanlık Makamı', 'Belediye Başkanlık Makamı'], make: () => ({ id: 'belediye-baskani', name: 'Belediye Başkanı', kind: 'office', aliases: ['Başkan'], cites: [] }) },
      // the mayoralty as the text names it ("… Belediye Başkanlığınca yürütülür"): an office of its own, as
      // written. Whether it is the Belediye Başkanı is the reviewer's reading, not the drafting's
      { names: ['Belediye Başkanlığı'], make: () => ({ id: 'belediye-baskanligi', name: 'Belediye Başkanlığı', kind: 'office', aliases: [], cites: [] }) },
      { names: ['Başkan Yardımcısı', 'Belediye Başkan Yardımcısı', 'Belediye Başkanı Yardımcısı'], make: () => ({ id: 'baskan-yardimcisi', name: 'Başkan Yardımcısı', kind: 'office', aliases: [], cites: [] }) },
      { names: ['Başkan Vekili', 'Belediye Başkan Vekili', 'Başkanvekili', 'Belediye Başkanvekili', 'Belediye Başkanı Vekili'], make: () => ({ id: 'baskan-vekili', name: 'Başkan Vekili', kind: 'office', aliases: [], cites: [] }) },
      { names: ['Üst Yönetici'], make: () => ({ id: 'ust-yonetici', name: 'Üst Yönetici', kind: 'office', aliases: [], cites: [] }) },
      { names: ['Üst Yönetim'], make: () => ({ id: 'ust-yonetim', name: 'Üst Yönetim', kind: 'office', aliases: [], cites: [] }) },
      { names: ['Belediye Meclisi', 'Meclis'], make: () => ({ id: 'belediye-meclisi', name: 'Belediye Meclisi', kind: 'office', aliases: ['Meclis'], cites: [] }) },
      { names: ['Belediye Encümeni', 'Encümen'], make: () => ({ id: 'belediye-encumeni', name: 'Belediye Encümeni', kind: 'office', aliases: ['Encümen'], cites: [] }) },
      { names: ['Şef', 'Şefler'], make: () => ({ id: 'sef', name: 'Şef', kind: 'post', unit: this.org.id, aliases: [], cites: [] }) },
      { names: ['Personel', 'Müdürlük Personeli', 'Birim Personeli'], make: () => ({ id: 'personel', name: 'Personel', kind: 'post', unit: this.org.id, generic: true, aliases: [], cites: [] }) },
    );
  }

  /** Every actor by id. */
  get(id: string): DraftActor | undefined {
    return this.byId.get(id);
  }

  private add(a: DraftActor): DraftActor {
    this.actors.push(a);
    if (!this.byId.has(a.id)) this.byId.set(a.id, a);
    this.key(a, fold(a.name).split(' '));
    this.names.push({ actor: a, name: a.name });
    for (const al of a.aliases) { this.key(a, fold(al).split(' ')); this.names.push({ actor: a, name: al }); }
    return a;
  }

  private key(actor: DraftActor, words: string[]): void {
    push(this.keys, shape(words), { words, actor });
    this.keyNames.add(words.join(' '));
    let last = this.lastWords.get(actor);
    if (!last) { last = new Set(); this.lastWords.set(actor, last); }
    last.add(words[words.length - 1]!);
  }

  /**
   * The last word (folded) of every name the book knows the actor by, its short names included
   * ("Müdürlük" for the governed unit, which is a key but not a display alias).
   */
  lastWordsOf(a: DraftActor): Set<string> {
    return new Set(this.lastWords.get(a));
  }

  /** Gives an actor another name it is known by. */
  alias(a: DraftActor, name: string): void {
    const f = fold(name);
    if (!f || this.keyNames.has(f)) return;
    if (fold(a.name) !== f && !a.aliases.some((x) => fold(x) === f) && name !== 'Müdürlük') { a.aliases.push(name); this.names.push({ actor: a, name }); }
    this.key(a, f.split(' '));
  }

  /**
   * Another name of the governed unit (the one its Amaç article gives it), with the short name a
   * daire başkanlığı goes by in its own text ("Daire Başkanlığı").
   */
  alsoNamed(name: string): void {
    this.alias(this.org, name);
    this.shortDaireName(name);
  }

  /** "… Dairesi Başkanlığı": the governed unit goes by "Daire Başkanlığı" in its own text. */
  private shortDaireName(name: string): void {
    if (/\bdairesi baskanligi$/.test(fold(name))) this.alias(this.org, 'Daire Başkanlığı');
  }

  /** Records where the text names an actor. */
  cite(a: DraftActor, provision: string): void {
    let seen = this.cited.get(a);
    if (!seen) { seen = new Set(a.cites); this.cited.set(a, seen); }
    if (seen.has(provision)) return;
    seen.add(provision);
    a.cites.push(provision);
  }

  /**
   * The collegiate body the governed unit is named after ("Teftiş Kurulu" of "Teftiş Kurulu
   * Müdürlüğü"), when its name has that shape; nothing otherwise.
   */
  orgBody(): string | undefined {
    const words = this.org.name.split(/\s+/u);
    const folded = words.map(fold);
    if (words.length < 3 || !BODY_UNIT_HEADS.has(folded[folded.length - 1]!) || !BODY_NOUNS.has(folded[folded.length - 2]!)) return undefined;
    const body = words.slice(0, -1).join(' ');
    return allCaps(body) ? titleCase(body) : body;
  }

  /**
   * Whether a phrase names the body the governed unit is named after, in any case ("Gebze
   * Belediyesi Teftiş Kurulunu"): the municipality's name and qualifiers are left out, as `resolve` does.
   */
  namesOrgBody(phrase: string): boolean {
    const body = this.orgBody();
    return body !== undefined && sameName(this.words(phrase), fold(body).split(' '));
  }

  /**
   * The actor a phrase names, materialising a known office or post the first time; nothing when
   * the phrase names none, or could name more than one.
   */
  resolve(phrase: string): DraftActor | undefined {
    const words = this.words(phrase);
    if (!words.length) return undefined;
    const hit = this.match(words, this.keys.get(shape(words)) ?? []);
    if (hit) return hit;
    if (!this.latentKeys) {
      this.latentKeys = new Map();
      for (const l of this.latent) for (const n of l.names) { const w = fold(n).split(' '); push(this.latentKeys, shape(w), { words: w, actor: l }); }
    }
    const found = new Set<Latent>();
    for (const k of this.latentKeys.get(shape(words)) ?? []) if (!this.madeReal.has(k.actor) && sameName(words, k.words)) found.add(k.actor);
    if (found.size !== 1) return undefined;
    const l = [...found][0]!;
    this.madeReal.add(l);
    const a = this.add(l.make());
    for (const n of l.names) this.alias(a, n);
    return a;
  }

  private match(words: string[], keys: readonly Key[]): DraftActor | undefined {
    const hits = new Set<DraftActor>();
    for (const k of keys) if (sameName(words, k.words)) hits.add(k.actor);
    return hits.size === 1 ? [...hits][0] : undefined;
  }

  /** The folded words of a phrase without its qualifiers and the municipality's name. */
  words(phrase: string): string[] {
    const ws = fold(clean(phrase)).split(' ').filter(Boolean);
    let i = 0;
    for (;;) {
      if (i + 1 < ws.length && QUALIFIER_PAIRS.has(`${ws[i]} ${ws[i + 1]}`)) i += 2;
      else if (i < ws.length - 1 && (QUALIFIERS.has(ws[i]!) || this.place.has(ws[i]!))) i += 1;
      // "Gebze Belediyesi Yazı İşleri Müdürlüğü", "Gebze Belediye Başkanlığı Yazı İşleri Müdürlüğü": the municipality, not the actor
      else if (i < ws.length - 2 && ws[i] === 'belediyesi') i += 1;
      else if (i < ws.length - 3 && ws[i] === 'belediye' && /^baskanligi(nin)?$/.test(ws[i + 1]!)) i += 2;
      else break;
    }
    return ws.slice(i);
  }

  /**
   * Adds an actor the text names in a caption or a list ("Temizlik İşleri Şefliği", "İhale Servisi
   * Sorumlusu"), or returns the one that already goes by that name. Nothing when the name's head
   * word names no unit or post, or (with `only`) when the actor would not be of that kind.
   */
  ensure(name: string, cite: string, readFrom?: string, only?: ActorKind): DraftActor | undefined {
    const n = clean(name);
    const existing = this.resolve(n);
    if (existing) { this.cite(existing, cite); return existing; }
    // the name as written, apostrophes kept ("Karşıyaka'nın Filizleri Burs Birimi"); the joined form is a key too
    const written = name.replace(/\([^()]{0,80}\)/g, ' ').replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '').replace(/\s+/g, ' ');
    const shown = /^\p{L}[\p{L}\d\s'’/&.-]*$/u.test(written) && fold(written).replace(/ /g, '') === fold(n).replace(/ /g, '') ? written : n;
    const display = allCaps(shown) ? titleCase(shown) : shown;
    const head = headKind(n);
    if (!head || fold(display).split(' ').length > 8) return undefined;
    let id = slugify(display);
    if (!id) return undefined;
    for (let k = 2; this.byId.has(id); k++) id = `${slugify(display)}-${k}`;
    // a Daire Başkanı in a text that governs a unit below a daire başkanlığı heads a unit above it: an office
    // and a daire başkanlığı that is not the governed unit is outside the organisation the text governs
    const above = (head.kind === 'post' && this.org.unitKind !== 'daire-baskanligi' && /mudurlugu$/.test(fold(this.org.name)) && /\bdaire(?:si)? baskani$/.test(fold(n)))
      || (head.kind === 'unit' && head.unitKind === 'daire-baskanligi');
    if (only && (above ? 'office' : head.kind) !== only) return undefined;
    const a: DraftActor = above ? { id, name: display, kind: 'office', aliases: [], cites: [cite] }
      : head.kind === 'unit' ? { id, name: display, kind: 'unit', unitKind: head.unitKind, parent: this.org.id, aliases: [], cites: [cite] }
      : { id, name: display, kind: 'post', unit: this.org.id, aliases: [], cites: [cite] };
    if (readFrom) a.readFrom = readFrom;
    this.add(a);
    if (display !== n) this.key(a, fold(n).split(' '));
    return a;
  }
}

/** Whether folded words name the folded key: all words equal, the last one inflected. */
function sameName(words: string[], key: string[]): boolean {
  if (words.length !== key.length) return false;
  for (let i = 0; i < key.length - 1; i++) if (words[i] !== key[i]) return false;
  return inflects(words[words.length - 1]!, key[key.length - 1]!);
}
