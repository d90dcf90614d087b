/**
 * Reporting lines: the Bağlılık article ("Yazı İşleri Müdürlüğü, Belediye Başkanına veya
 * görevlendireceği Başkan Yardımcısına bağlıdır"), and the lines a duty list states of its holder
 * ("… ve Müdüre karşı sorumludur", "Direkt olarak Müdür'e bağlıdır", "… Müdürün gözetim ve
 * denetimi altında …", "Müdürün verdiği diğer görevleri yapmak"). The subject is the actor the
 * sentence opens with, or the holder of the duty list the sentence stands in; the other actors are
 * the list before the relation's words.
 */
import type { Relation, ReportingLineInput } from '../../schema/facts.js';
import type { Provision } from '../../schema/text.js';
import { fold } from '../../fold.js';
import { type DraftActor, clean, headKind, inflects, nominative } from './actors.js';
import type { Drafting } from './draft.js';
import { ablativeBase, isStructureArticle, nominativeName } from './organisation.js';
import { type Member, leadingActor, parseList, tokens, trailingList } from './phrases.js';
import { type Span, lite, sentences } from './text.js';

/** The relation cues, on `lite()` text. Each regex is anchored on fixed words (no nested quantifiers). */
const CUES: { re: RegExp; relation: Relation; genitive?: boolean; reverse?: 'unit' | 'any' }[] = [
  { re: /\bkarsi (?:gorevli ve )?sorumlu(?:dur|durlar|dir)?\b/g, relation: 'accountable-to' },
  // "bağlı olarak" with one of the verbs it is written with first (so that the words read end with the
  // verb), then alone (read only where the rest of the provision leaves no doubt: see `olarak`)
  { re: /\bbagli(?:dir|dirlar|dır)\b|\bbagli olarak (?:calisir|calismak|calisirlar|gorev|hizmet|faaliyet|is|yurut|calismalarini|asagidaki)|\bbagli olarak\b|\bbagli (?:bir birimdir|calisir)\b|\bbagli bir birim olarak (?:calisir|gorev yapar|faaliyet gosterir|hizmet verir)\b|\bbagli olup\b(?! olmad)/g, relation: 'attached-to' },
  { re: /\b(?:gozetim|denetim)(?:i|in)? ve (?:gozetim|denetim)(?:i|in)?(?:nde| altinda)\b/g, relation: 'supervised-by', genitive: true },
  // "Müdürün emri altında çalışır", "Müdürün emrinde görev yapar": the actor named (in the genitive) is the subject's amir
  { re: /\bemri altinda\b|\bemrinde (?:calisir|calisirlar|gorev yapar|gorev yaparlar)\b/g, relation: 'superior', genitive: true },
  // "Müdür, … Şube Müdürlüğünün yönetiminde tam yetkili ve sorumlu olan kişidir", "Müdürlüğün yönetiminden
  // sorumludur": the unit named (in the genitive) has the subject, a post, at its head
  { re: /\byonetiminde tam yetkili(?: ve sorumlu)?(?: olan)? kisi(?:dir)?\b|\byonetiminden sorumlu(?:dur)?\b/g, relation: 'superior', genitive: true, reverse: 'unit' },
  // "Müdürlük bünyesinde görevli tüm personelin amiridir", "Müdürlüğünün amiri olup": the actors named are
  // under the subject. A capacity ("disiplin amiri", "sicil amiri") is not said to be the amir: see `CAPACITY`
  { re: /\bamiri(?:dir|dirler)?(?= olup\b)|\bamiri(?:dir|dirler)\b/g, relation: 'superior', genitive: true, reverse: 'any' },
];
/** The capacity words before "amiri" that make it one role, not the amir ("disiplin amiri", "sicil amiri"). */
const CAPACITY = /\b(?:disiplin|sicil|inzibat|harcama)(?: ve (?:disiplin|sicil))? $/;
/** The end of a duty list's chapeau, on `lite()` text ("… aşağıdaki görevleri yapar:"). */
const CHAPEAU = /\basagidaki gorevleri (?:yapar|yurutur|yerine getirir)\s*:?$/;

/** Words that make a sentence say something else than the line (negation, exception, hypothesis). */
const NEGATION = /\b(degil|degildir|olmayan|olmaz|haric|disinda|sayilmaz)\b/;

/** Adverbs a text may put between the other actor and the relation's words, on `lite()` text. */
const ADVERB_BEFORE = /(?:\b(?:direk|direkt|dogrudan|dogrudan dogruya)(?: olarak)?\s*)$/;

/** Drafts the reporting lines of every provision. */
export function draftReporting(d: Drafting): void {
  readComposition(d);
  const firstChild = new Map<string, Provision>();
  for (const p of d.doc.provisions) if (p.parent && !firstChild.has(p.parent)) firstChild.set(p.parent, p);
  const continued = new Set<string>();
  for (const p of d.doc.provisions) {
    if (!p.leaf) {
      // a sentence the layout broke across a container and its first child ("… Belediye Başkanına
      // veya görevlendireceği" / "Başkan Yardımcısına bağlıdır."): read once, from the container,
      // whose text holds both halves
      const c = firstChild.get(p.id);
      const at = c ? p.text.indexOf(c.text.slice(0, 40)) : -1;
      // the container's own words, without the first child's list marker ("… şunlardır:\na)")
      const own = at > 0 ? p.text.slice(0, at).trim().replace(/(?:^|\s)\(?[\p{L}\d]{1,4}\s?[.)\-–]+$/u, '').trim() : '';
      // "Şef, Müdüre karşı sorumlu olarak aşağıdaki görevleri yapar:": the chapeau of a duty list states its holder's line
      if (CHAPEAU.test(lite(own))) {
        const start = p.text.indexOf(own);
        if (start >= 0) readSentence(d, p, { start, end: start + own.length });
        continue;
      }
      // "Sosyal Projeler Dairesi Başkanlığı’na bağlı olarak faaliyet gösteren … Şube Müdürlüğü’nün teşkilat
      // yapısı;": a lead that ends its own clause is read as a sentence of its own
      if (/\p{L}{2}/u.test(own) && /[;:]$/.test(own)) {
        const start = p.text.indexOf(own);
        if (start >= 0) readSentence(d, p, { start, end: start + own.length });
        continue;
      }
      if (!/\p{L}{2}/u.test(own) || /[.;:!?]$/.test(own)) continue;
      // the line break is the layout's, not a sentence's end (spaces for line breaks keep the offsets)
      const s = sentences(p.text.replace(/\n/g, ' ')).find((x) => x.end > at);
      if (s && s.start < at && readSentence(d, p, s)) continued.add(c!.id);
      continue;
    }
    // the first sentence of a child whose container was read whole is not read again
    const spans = joinShortLeads(d, p.text, sentences(p.text));
    // "Müdürlük, Belediye Başkanına bağlı olarak çalışır. … Başkan vekiline bağlı olarak çalışmalarını
    // yürütür.": a sentence with no subject of its own has the one the sentence before it opened with
    const carry: Carry = {};
    for (const s of continued.has(p.id) ? spans.slice(1) : spans) if (!readSentence(d, p, s, carry)) carry.subject = undefined;
    readTaskedBy(d, p);
    readAttachedVia(d, p);
    readAnaphoric(d, p);
    readOwnUnits(d, p);
    readWithin(d, p);
  }
}

/** Words written as a name: every one capitalised (or a number), but the conjunctions "ve" and "ile". */
const writtenAsName = (words: readonly string[]): boolean => words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:ve|ile)$/u.test(w));
/** Whether a name is a daire başkanlığı's ("Sosyal Projeler Dairesi Başkanlığı"). */
const isDaireBaskanligi = (name: string): boolean => (headKind(name) as { unitKind?: string } | undefined)?.unitKind === 'daire-baskanligi';

/** The participles that may follow "X bünyesinde" before the unit working there, on `lite()` text. */
const WITHIN = /\bbunyesinde (?:calismalarini yuruten|faaliyetlerini yuruten|faaliyet gosteren|hizmet veren|yer alan|kurulan|olusturulan) /g;

/**
 * "Sosyal Projeler Dairesi Başkanlığı bünyesinde çalışmalarını yürüten Kentsel Adalet ve Eşitlik Şube
 * Müdürlüğünün …": the unit after the participle is attached to the unit named before "bünyesinde".
 * Both must be units (personnel "bünyesinde görev yapan" belong to a unit and are no line), each named
 * whole; a daire başkanlığı the book does not know yet is added, outside the governed unit.
 */
function readWithin(d: Drafting, p: Provision): void {
  const l = lite(p.text);
  if (!l.includes('bunyesinde') || NEGATION.test(l)) return;
  let seen = 0;
  for (const m of l.matchAll(WITHIN)) {
    // a provision states a few; a run of hundreds is no text to read (and would cost work growing with the square of its length)
    if (++seen > MAX_CLAUSES) break;
    if (inQuotes(p.text, m.index)) continue;
    const before = p.text.slice(0, m.index);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
    const tail = trailingList(d.book, clause);
    const restLast = tail ? tokens(tail.rest).pop() : undefined;
    // the unit named whole: nothing before it in its clause but the words that open the sentence ("Bu Yönergenin amacı,")
    let whole = tail?.members.length === 1 && (!restLast || !/^\p{Lu}/u.test(restLast.raw) || /^(?:amaci|amac)$/.test(restLast.f)) ? tail.members[0]!.actor : undefined;
    if (!tail) {
      const words = clause.trim().split(/\s+/u);
      if (words.length >= 2 && words.length <= 8 && writtenAsName(words) && isDaireBaskanligi(words.join(' '))) whole = d.book.ensure(words.join(' '), p.id, words.join(' '));
    }
    if (!whole || (whole.kind !== 'unit' && !(whole.kind === 'office' && headKind(whole.name)?.kind === 'unit'))) continue;
    // the unit working there: the words after the participle, up to a punctuation mark
    const afterAt = m.index + m[0].length;
    const words = [...p.text.slice(afterAt, afterAt + 160).matchAll(/\S+/g)];
    for (let j = Math.min(8, words.length); j > 0; j--) {
      const phrase = words.slice(0, j);
      if (phrase.slice(0, -1).some((w) => /[,;:()]/.test(w[0]))) continue;
      const named = phrase.map((w) => w[0]).join(' ');
      // only a unit's name is looked up (a lookup makes a post the text may name real: "… faaliyet gösteren personel")
      if (headKind(named)?.kind !== 'unit' && headKind(nominative(named))?.kind !== 'unit') continue;
      const unit = d.book.resolve(named);
      if (!unit) continue;
      if (unit.kind === 'unit' && unit !== whole) {
        const lastWord = phrase[phrase.length - 1]!;
        const start = before.length - clause.length + (clause.length - clause.trimStart().length) + (tail ? clause.trimStart().length - tailLength(clause, tail.words) : 0);
        addLine(d, p, unit, { actor: whole, delegation: false }, 'attached-to', p.text.slice(start, afterAt + lastWord.index + lastWord[0].length).replace(/[,;:.]$/, ''));
      }
      break;
    }
  }
}

/** How many characters the last `n` words of a clause take (its trailing spaces left out). */
function tailLength(clause: string, n: number): number {
  const words = [...clause.trimEnd().matchAll(/\S+/g)];
  const first = words[words.length - n];
  return first ? clause.trimEnd().length - first.index : 0;
}

/**
 * "Müdürlük; Başkan Yardımcısına bağlı olarak çalışır": a subject alone before a semicolon stays
 * with its sentence. A caption before one ("MADDE 6 - Bağlılık; Müdürlük, …") is no subject.
 */
function joinShortLeads(d: Drafting, text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    const lead = text.slice(s.start, s.end - 1);
    if (next && text[s.end - 1] === ';' && tokens(lead).length <= 4 && leadingActor(d.book, lead)?.words === tokens(lead).length) {
      out.push({ start: s.start, end: next.end });
      i++;
    } else out.push(s);
  }
  return out;
}

/** Postpositions (folded) that close a phrase before a list of actors: the list is not a part of that phrase. */
const CLOSES_PHRASE = /^(?:icinde|dahilinde|cercevesinde|dogrultusunda|kapsaminda|uyarinca|geregince)$/;

/**
 * In a duty list, "Başkan Yardımcısı ve Müdürün verdiği diğer görevleri yapmak": the holder is
 * tasked by each actor named (in the genitive) right before "verdiği … görev/iş". A list that is
 * not wholly actors, or a grant of power ("verdiği yetki ile"), is not one.
 */
function readTaskedBy(d: Drafting, p: Provision): void {
  const holder = d.holders.get(p.id);
  if (!holder) return;
  const l = lite(p.text);
  // "… Müdürün verdiği görevleri" (the actors in the genitive), "… Müdür tarafından verilen görevleri" (in the nominative)
  const m = /\b(?:verdigi|tarafindan verilen) (?:(?:[a-z]+ ){0,3})(?:gorev[a-z]*|is(?:ler)?i\b|islerin)/.exec(l);
  if (!m || NEGATION.test(l) || inQuotes(p.text, m.index)) return;
  const byAgent = m[0].startsWith('tarafindan');
  const clauseStart = Math.max(l.lastIndexOf(',', m.index), l.lastIndexOf(';', m.index), l.lastIndexOf('.', m.index)) + 1;
  const before = p.text.slice(clauseStart, m.index);
  const tail = trailingList(d.book, before);
  // the list opens the clause, or follows a postposition that closes what stands before it
  // ("Daire Başkanlığınca oluşturulan görev bölümü yapısı içinde Şube Müdürü ve Şeflerin verdiği …")
  if (!tail || (tail.rest.trim() !== '' && !CLOSES_PHRASE.test(tokens(tail.rest).pop()?.f ?? ''))) return;
  const last = tokens(before).pop()?.f ?? '';
  if (byAgent) {
    // the agent of "tarafından" stands in the nominative: the list ends where one of its actor's names ends
    const lastActor = tail.members[tail.members.length - 1]!.actor;
    if (!d.book.lastWordsOf(lastActor).has(last)) return;
  } else if (!/(nin|nun|nın|nün|in|un|ın|ün)$/.test(last)) return;
  const readFrom = p.text.slice(clauseStart, m.index + m[0].length).trim();
  for (const t of tail.members) if (t.actor !== holder) addLine(d, p, holder, t, 'tasked-by', readFrom);
}

/**
 * "… bağlı olduğu müdüre bildirmek", "bağlı bulunduğu Başkan Yardımcısının onayıyla" in a duty list:
 * the holder is attached to the actor named right after. "Müdürlüğün bağlı bulunduğu Başkan
 * Yardımcısı" anywhere (the Tanımlar too): the governed unit is, when it is the one named in the
 * genitive before. Another unit's attachment ("İnsan Kaynakları Müdürlüğünün bağlı bulunduğu Başkan
 * Yardımcısı") names another person than the text's own Başkan Yardımcısı, and is not read.
 */
function readAttachedVia(d: Drafting, p: Provision): void {
  const l = lite(p.text);
  if (!/\bbagli (?:oldugu|bulundugu) /.test(l) || NEGATION.test(l)) return;
  const holder = d.holders.get(p.id);
  for (const m of l.matchAll(/\bbagli (?:oldugu|bulundugu) /g)) {
    if (inQuotes(p.text, m.index)) continue;
    const lead = p.text.slice(Math.max(0, m.index - 120), m.index);
    const prev = tokens(lead).pop();
    let from = holder;
    // a word in the genitive, or an actor, before it: the attachment is that one's
    if (prev && (/(nin|nun|in|un)$/.test(prev.f) || d.book.resolve(prev.raw))) {
      const owner = /(nin|nun|in|un)$/.test(prev.f) ? trailingList(d.book, lead) : undefined;
      // "İnsan Kaynakları ve Eğitim Müdürlüğü’nün": a capitalised word before the name read makes it a longer name, another unit's
      // (the municipality's name before it is not: "Gebze Belediyesi Destek Hizmetleri Müdürlüğü’nün")
      const restTs = owner ? tokens(owner.rest) : [];
      const name = tokens(lead).slice(-(owner?.words ?? 0)).map((t) => t.raw).join(' ');
      const longer = /(?:^|\s)\p{Lu}\S*$/u.test(owner?.rest.trim() ?? '') && d.book.resolve(`${restTs.slice(-2).map((t) => t.raw).join(' ')} ${name}`) !== d.book.org;
      from = owner?.members.length === 1 && owner.members[0]!.actor === d.book.org && !longer ? d.book.org : undefined;
    }
    if (!from) continue;
    const after = [...p.text.slice(m.index + m[0].length, m.index + m[0].length + 120).matchAll(/\S+/g)];
    for (let j = Math.min(6, after.length); j > 0; j--) {
      const phrase = after.slice(0, j);
      if (phrase.slice(0, -1).some((w) => /[,;:()]/.test(w[0]))) continue;
      const to = d.book.resolve(phrase.map((w) => w[0]).join(' '));
      if (!to) continue;
      // "bağlı olduğu müdüre" where the text has several müdürs ("Şube Müdürü", "AB Şube Müdürü"): which one is not said
      if (genericAmong(d, to)) { d.todo(p.id, `Bağlı olunan amir belirsiz: "${cap(p.text.slice(m.index, m.index + 80), 80)}"`); break; }
      if (to !== from) {
        const lastWord = phrase[phrase.length - 1]!;
        const readFrom = p.text.slice(from === holder ? m.index : readStart(d, p.text, m.index), m.index + m[0].length + lastWord.index + lastWord[0].length).replace(/[,;:.]$/, '');
        addLine(d, p, from, { actor: to, delegation: false }, 'attached-to', readFrom);
      }
      break;
    }
  }
}

/** Where the unit named in the genitive before `at` begins ("Gebze Belediyesi Destek Hizmetleri Müdürlüğü'nün"). */
function readStart(d: Drafting, text: string, at: number): number {
  const from = Math.max(0, at - 120);
  const words = [...text.slice(from, at).matchAll(/\S+/g)];
  for (let k = 0; k < words.length; k++) {
    if (/[,;:()]/.test(words.slice(k, -1).map((w) => w[0]).join(''))) continue;
    if (d.book.resolve(words.slice(k).map((w) => w[0]).join(' '))) return from + words[k]!.index;
  }
  return from + (words[words.length - 1]?.index ?? 0);
}

/**
 * In a duty list, "Büro İşleri Birimi, Müze Şefliği ve Dış İlişkiler Birimi kendisine bağlı
 * birimlerdir", "Nikâh Memuru ve Hizmetli kendisine bağlı bulunan kadrolardır": each actor named is
 * attached to the holder. The list is the whole clause before "kendisine"; a last member that names
 * no known actor ("… ve alt kadrolar") is left to a person.
 */
function readOwnUnits(d: Drafting, p: Provision): void {
  const holder = d.holders.get(p.id);
  if (!holder) return;
  const l = lite(p.text);
  const m = /\bkendisine bagli (?:bulunan |olan |calisan )?(?:alt )?(?:birim|kadro|personel|seflik|servis|memurluk)[a-z]*(?:dir|dirlar|dur|durlar)\b/.exec(l);
  if (!m || NEGATION.test(l) || inQuotes(p.text, m.index)) return;
  // the sentence it stands in (its list has commas of its own)
  const dot = l.lastIndexOf('. ', m.index);
  const clauseStart = Math.max(0, l.lastIndexOf(';', m.index) + 1, l.lastIndexOf(':', m.index) + 1, dot >= 0 ? dot + 2 : 0);
  const list = p.text.slice(clauseStart, m.index).replace(/^\s*\S{1,4}[.)\-–]\s+/u, '').trim();
  let members = parseList(d.book, list);
  if (!members) {
    // "…, Dış İlişkiler Birimi ve alt kadrolar": the known members, then one the book does not know
    const at = list.search(/\s(?:ve|veya)\s+\S+(?:\s+\S+)?$/u);
    const tail = at > 0 ? list.slice(at).trim() : '';
    const known = at > 0 ? parseList(d.book, list.slice(0, at)) : undefined;
    if (!known || tail.split(/\s+/).some((w) => headKind(w) !== undefined)) {
      d.todo(p.id, `Bağlı birimler okunamadı: "${list.slice(0, 120)}"`);
      return;
    }
    members = known;
    d.todo(p.id, `Bağlı birimlerden biri bilinen bir birim ya da kadro değil: "${cap(tail, 80)}"`);
  }
  const readFrom = p.text.slice(clauseStart, m.index + m[0].length).replace(/^\s*\S{1,4}[.)\-–]\s+/u, '').trim();
  for (const t of members) if (t.actor !== holder) addLine(d, p, t.actor, { actor: holder, delegation: false }, 'attached-to', readFrom);
}

/** The participles that may follow "bu şefliğe bağlı" before its subject, on `lite()` words. */
const ATTACHED_PARTICIPLE = /^(?:calisan|calismakta olan|gorev yapan|bulunan|olan|faaliyet gosteren|hizmet veren)\s+/;

/**
 * "İdari İşler Şefliği ve bu şefliğe bağlı çalışan İdari İşler Personelini": the actor after the
 * participle is attached to the unit the demonstrative takes up, named right before "ve bu" with the
 * same head word. The subject may be written in the accusative of a list ("… Personelini"); a name the
 * book does not know is added when its head word names a post or unit.
 */
function readAnaphoric(d: Drafting, p: Provision): void {
  const l = lite(p.text);
  if (NEGATION.test(l)) return;
  for (const m of l.matchAll(/\bve bu ([a-z]+) bagli (?:olarak )?/g)) {
    if (inQuotes(p.text, m.index)) continue;
    const head = p.text.slice(Math.max(0, m.index - 160), m.index);
    const antecedent = trailingList(d.book, head);
    // a unit the book does not know yet, named alone in its clause ("b) Arşiv Şefliği ve bu şefliğe …")
    const named = head.split(/[,;:\n]/).pop()!.replace(/^\s*\(?[\p{L}\d]{1,3}[.)\-–]\s+/u, '').trim();
    // the demonstrative takes up a unit of the same head word ("Şefliği … bu şefliğe", not "bu birime")
    const sameHead = (name: string) => inflects(m[1]!, fold(name).split(' ').pop()!);
    const known = antecedent?.members.length === 1 ? antecedent.members[0]!.actor : undefined;
    const unit = known ? (sameHead(known.name) ? known : undefined)
      : !antecedent && headKind(named)?.kind === 'unit' && sameHead(named) ? ensureNamed(d, p, named) : undefined;
    if (!unit || unit.kind !== 'unit') continue;
    const afterAt = m.index + m[0].length;
    const part = ATTACHED_PARTICIPLE.exec(l.slice(afterAt));
    if (!part) continue;
    // the subject: up to the end of the clause
    const rest = p.text.slice(afterAt + part[0].length);
    const end = rest.search(/[,;:.()]/u);
    const phrase = (end < 0 ? rest : rest.slice(0, end)).replace(/\s+/g, ' ').trim();
    if (!phrase || phrase.split(' ').length > 8) continue;
    const subject = d.book.resolve(phrase) ?? d.book.resolve(accusative(phrase)) ?? ensureNamed(d, p, accusative(phrase));
    if (!subject || subject === unit) { d.todo(p.id, `Bağlılık cümlesi okunamadı: "${cap(p.text.slice(m.index, afterAt + part[0].length + phrase.length), 120)}"`); continue; }
    addLine(d, p, subject, { actor: unit, delegation: false }, 'attached-to', p.text.slice(m.index, afterAt + part[0].length + (end < 0 ? rest.length : end)).trim());
  }
}

/** A name written in the accusative after a possessive ("İdari İşler Personelini") in its nominative ("İdari İşler Personeli"); the name itself otherwise. */
function accusative(phrase: string): string {
  return /[ıiuü]n[ıiuü]$/u.test(phrase) && headKind(phrase.slice(0, -2)) !== undefined ? phrase.slice(0, -2) : phrase;
}

/** A post or unit the text names there, added to the book (nothing when its head word names none). */
function ensureNamed(d: Drafting, p: Provision, name: string): DraftActor | undefined {
  if (headKind(name) === undefined) return undefined;
  return d.book.ensure(name, p.id, p.text.replace(/\s+/g, ' ').includes(name) ? name : undefined);
}

/** Whether a one-word post ("Müdür", "Şef") stands beside other posts of the same head ("Şube Müdürü", "İdari İşler Şefi"). */
function genericAmong(d: Drafting, a: DraftActor): boolean {
  const words = fold(a.name).split(' ');
  if (a.kind !== 'post' || words.length !== 1) return false;
  return d.book.actors.some((o) => o !== a && o.kind === 'post' && fold(o.name).split(' ').length > 1 && inflects(fold(o.name).split(' ').pop()!, words[0]!));
}

function inQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“"«]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  return /[“«]/.test(before) ? open > close : open % 2 === 1;
}

/** A participle ("çalışan", "faaliyet gösteren", "görev yapan", "çalışmakta olan"), on `lite()` words. */
const PARTICIPLE = /^[a-z]{2,}(?:an|en)$/;

/**
 * Reads one sentence, clause by clause: each relation's words in the order written, the words
 * before each (after the one before it) naming its actors ("Birim Müdürüne bağlı olarak çalışır,
 * … müdürüne karşı sorumludur"). A later clause without a subject of its own has the earlier one's.
 * True when it drafted a line.
 */
function readSentence(d: Drafting, p: Provision, span: Span, carry: Carry = {}): boolean {
  const text = p.text.slice(span.start, span.end);
  const l = lite(text);
  if (NEGATION.test(l)) return false;
  const found: { m: RegExpExecArray; cue: (typeof CUES)[number] }[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(l); m; m = cue.re.exec(l)) found.push({ m, cue });
  }
  found.sort((a, b) => a.m.index - b.m.index);
  // a sentence states a few relations; a run of hundreds is no sentence to read (and would cost
  // work growing with the square of its length)
  if (found.length > MAX_CLAUSES) found.length = MAX_CLAUSES;
  let start = 0;
  let subject: DraftActor | undefined;
  let drafted = false;
  for (const { m, cue } of found) {
    if (m.index < start) continue;
    if (inQuotes(text, m.index)) { d.todo(p.id, 'Alıntı içindeki bağlılık cümlesi okunmadı'); return drafted; }
    if (cue.reverse === 'any' && CAPACITY.test(l.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    const loose = m[0] === 'bagli olarak';
    let predicate = false;
    if (m[0].startsWith('bagli olarak')) {
      // "… Müdürlüğümüze bağlı olarak iş ve işlemlerini yürüten Kent Konseyi biriminin …": the subject follows
      const after = text.slice(m.index + 'bagli olarak'.length);
      // within its own clause: the first four words, up to a punctuation mark
      let k = -1;
      const words = lite(after.slice(0, 200)).split(/\s+/).filter(Boolean);
      for (const [i, w] of words.slice(0, 4).entries()) {
        if (PARTICIPLE.test(w)) { k = i; break; }
        if (/[^a-z']/.test(w)) break;
      }
      // "… bağlı olarak çalışan bir birimdir": the participle is the predicate's, the subject is before
      predicate = k >= 0 && words[k + 1] === 'bir';
      if (k >= 0 && !predicate) {
        if (participial(d, p, text, start, m.index, m.index + 'bagli olarak'.length, k)) { drafted = true; start = m.index + 'bagli olarak'.length; continue; }
        if (!loose) d.todo(p.id, `Bağlılık cümlesi okunamadı: "${text.slice(0, 120)}"`);
        return drafted;
      }
      // "Müdüre bağlı olarak bu yönergenin … sorumlu olmak.": alone, only where no other subject can follow
      if (loose && !holderClause(p, span.start + m.index)) continue;
    }
    // "Belediye Başkanına direk bağlı olarak çalışır": an adverb before the relation's words
    const cut = m.index - (ADVERB_BEFORE.exec(l.slice(0, m.index))?.[0].length ?? 0);
    // a later clause: without the comma or "ve" that joins it to the one before
    const before = start > 0 ? text.slice(start, cut).replace(/^[\s,]*(?:(?:ve|ayrıca)\s+)?/iu, '') : text.slice(0, cut);
    // "Belediye Başkanının görevi başında bulunmadığı durumda … bağlı olarak çalışır": a condition opening
    // the first clause is the line's; one anywhere else is not read
    let clause = before;
    let condition: string | undefined;
    const cond = conditionOf(d, before);
    if (cond === null || (cond && (start > 0 || subject))) { d.todo(p.id, `Koşullu bağlılık cümlesi okunamadı: "${text.slice(0, 120)}"`); return drafted; }
    if (cond) ({ condition, rest: clause } = cond);
    // the subject of the sentence before, where this one has none and ends with its verb right after the relation's words
    const carried = start === 0 && !d.holders.get(p.id) && carry.subject && FINITE_END.test(lite(text.slice(end)).trim()) ? carry.subject : undefined;
    const line = lineFrom(d, p, clause, cue.genitive === true, subject ?? carried);
    // "… bağlı olarak çalışan bir birimdir" is said of a unit
    if (predicate && line && line.from.kind !== 'unit') return drafted;
    if (!line) {
      if (!loose) d.todo(p.id, `${cue.reverse ? 'Amirlik' : 'Bağlılık'} cümlesi okunamadı: "${text.slice(0, 120)}"`);
      return drafted;
    }
    const readFrom = text.slice(0, end);
    if (cue.reverse) {
      // the other actors are the subject's: a unit headed by a post, or actors under one
      if (line.from.kind === 'unit' || (cue.reverse === 'unit' && line.targets.some((t) => t.actor.kind !== 'unit'))) {
        d.todo(p.id, `Amirlik cümlesi okunamadı: "${text.slice(0, 120)}"`);
        return drafted;
      }
      for (const t of line.targets) addLine(d, p, t.actor, { actor: line.from, delegation: false }, cue.relation, readFrom);
    } else for (const t of line.targets) addLine(d, p, line.from, t, cue.relation, readFrom, condition);
    drafted = true;
    subject = line.from;
    carry.subject = line.from;
    start = end;
    // a condition's reach over the clauses after it is not said
    if (condition) {
      if (found.some((f) => f.m.index >= end)) d.todo(p.id, `Koşullu bağlılık cümlesi okunamadı: "${text.slice(0, 120)}"`);
      return drafted;
    }
  }
  return drafted;
}

/** The subject a sentence passes to the next one of its provision. */
type Carry = { subject?: DraftActor };

/** A sentence that ends with its verb: at most four words, the last a finite verb ("çalışmalarını yürütür."). */
const FINITE_END = /^(?:[a-z']+\s+){0,3}[a-z']*(?:ir|ur|ar|er|dir|dur|tir|tur)[.]?$/;

/** The words (on `lite()` text) that close a condition ("… bulunmadığı durumda", "… hallerde", "… takdirde"). */
const CONDITION = /\b(?:durumda|durumlarda|hallerde|halinde|zamanlarda|takdirde|surece)\b/g;
/** Words before "halinde" that make it a manner, not a condition ("işbirliği halinde"). */
const MANNER = /\b(?:isbirligi|koordinasyon|koordineli|uyum|iletisim|irtibat|birlik) $/;

/**
 * A condition opening the words before a relation ("Belediye Başkanının görevi başında bulunmadığı
 * durumda Başkan vekiline"), or following their subject and a comma; `rest` is those words without
 * it. Nothing when there is none; null when there is one that cannot be placed.
 */
function conditionOf(d: Drafting, before: string): { condition: string; rest: string } | null | undefined {
  const lb = lite(before);
  const marks = [...lb.matchAll(CONDITION)].filter((m) => !(m[0] === 'halinde' && MANNER.test(lb.slice(0, m.index))));
  if (!marks.length) return undefined;
  const last = marks[marks.length - 1]!;
  const endAt = last.index + last[0].length;
  const open = leadingActor(d.book, before);
  const from = open?.next === ',' ? before.indexOf(',') + 1 : 0;
  if (from > endAt) return null;
  const condition = before.slice(from, endAt).trim();
  if (tokens(condition).length < 3) return null;
  return { condition, rest: `${before.slice(0, from)} ${before.slice(endAt)}`.trim() };
}

/**
 * Whether "bağlı olarak" alone (no verb of the list right after it) is the holder's: the provision
 * goes on to its verb ("… sorumlu olmak", "… yürütür") and names no post or unit that could be the
 * subject instead ("Müdürüne bağlı olarak yeterli sayıda şef, memur … bulunur").
 */
function holderClause(p: Provision, at: number): boolean {
  let shape = provisionShape.get(p);
  if (!shape) {
    // once per provision: where its last post or unit name begins, and whether it ends with a verb
    let lastHead = -1;
    for (const w of p.text.matchAll(/\S+/g)) if (headKind(clean(w[0])) !== undefined) lastHead = w.index;
    shape = { lastHead, verb: /(?:mak|mek|ir|ur|ar|er|dir|dur|tir|tur)[\s.,;]*$/.test(lite(p.text.slice(-40))) };
    provisionShape.set(p, shape);
  }
  return shape.verb && shape.lastHead < at;
}
const provisionShape = new WeakMap<Provision, { lastHead: number; verb: boolean }>();
/** The most relations read from one sentence. */
const MAX_CLAUSES = 8;

/**
 * "<other actor> bağlı olarak <participle> <subject>": the subject is the actor the words after the
 * participle open with, in any case ("Kent Konseyi biriminin her türlü toplantı…"); the other
 * actors are the list before, in the dative. Nothing when either is not a known actor.
 *
 * @param text - The sentence; `start`…`cue` the words before "bağlı olarak", `after` where the words after it begin.
 * @param participle - The index of the participle among the words after "bağlı olarak".
 */
function participial(d: Drafting, p: Provision, text: string, start: number, cue: number, after: number, participle: number): boolean {
  const l = lite(text);
  const before = text.slice(start, cue - (ADVERB_BEFORE.exec(l.slice(start, cue))?.[0].length ?? 0));
  const tail = trailingList(d.book, before) ?? namedDative(d, p, before);
  if (!tail) return false;
  const preceding = tokens(tail.rest).pop()?.f;
  if (preceding && /^(,|;|ve|veya|ile|ve\/veya|\/veya)$/.test(preceding)) return false;
  if (longerName(tokens(tail.rest), tail.members[0]!.actor)) return false;
  if (!/(e|a|ye|ya|ne|na)$/.test(tokens(before).pop()?.f ?? '')) return false;
  // the subject: the words after the participle, verbatim (no comma, no parenthesis among them)
  const words = [...text.slice(after).matchAll(/\S+/g)];
  for (let j = Math.min(8, words.length - participle - 1); j > 0; j--) {
    const phrase = words.slice(participle + 1, participle + 1 + j);
    if (phrase.some((w) => /[,;:()]/.test(w[0]))) continue;
    const from = d.book.resolve(phrase.map((w) => w[0]).join(' '));
    if (!from) continue;
    const targets = tail.members.filter((t) => t.actor !== from);
    if (!targets.length) return false;
    const last = phrase[phrase.length - 1]!;
    const readFrom = text.slice(start, after + last.index + last[0].length).trim();
    for (const t of targets) addLine(d, p, from, t, 'attached-to', readFrom);
    return true;
  }
  return false;
}

/**
 * A daire başkanlığı the book does not know yet, named alone in the dative before "bağlı olarak"
 * ("Sosyal Projeler Dairesi Başkanlığı’na"): every word capitalised, the whole clause. Added to the
 * book, as an office outside the governed unit; nothing when the words are not such a name alone.
 */
function namedDative(d: Drafting, p: Provision, before: string): { members: Member[]; words: number; rest: string } | undefined {
  const words = before.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 8 || !writtenAsName(words)) return undefined;
  const last = words[words.length - 1]!;
  const m = /^(.*?[ıiuü])['’]?n[ae]$/u.exec(last);
  if (!m) return undefined;
  const name = [...words.slice(0, -1), m[1]!].join(' ');
  // only a daire başkanlığı, an office outside the governed unit: another unit the book does not know would be made the governed unit's own
  if (!isDaireBaskanligi(name) || !before.includes(name)) return undefined;
  const actor = d.book.resolve(name) ?? d.book.ensure(name, p.id, name);
  return actor ? { members: [{ actor, delegation: false }], words: words.length, rest: '' } : undefined;
}

/** Words (folded) that may open a sentence, capitalised, before an actor's name without being part of it. */
const OPENERS = /^(?:ayrica|dogrudan|direkt|direk|bizzat|gerektiginde|gerekirse|ancak|yine|her|bu|tum|butun|olarak)$/;

/**
 * Whether a capitalised word right before the name read makes it a longer name, another unit's or
 * post's ("Sağlık İşleri Müdürlüğüne bağlıdır", "İnsan Kaynakları Müdürüne karşı sorumludur": not the
 * text's own Müdürlük or Müdür). An office's name may follow the municipality's ("Kocaeli Büyükşehir
 * Belediye Başkanına").
 */
function longerName(rest: { raw: string; f: string }[], first: DraftActor): boolean {
  const last = rest[rest.length - 1];
  return !!last && first.kind !== 'office' && /^\p{Lu}/u.test(last.raw) && !OPENERS.test(last.f);
}

/** Postpositions (folded) after which the actor a clause opens with is not its subject. */
const POSTPOSITION_NEXT = /^(?:bunyesinde|bunyesindeki|icinde|icindeki|dahilinde|kadrosunda|kadrosundaki|adina|tarafindan|emrinde|emrindeki)$/;

/** The subject and the other actors of a relation, from the words before its cue. */
function lineFrom(d: Drafting, p: Provision, before: string, genitive: boolean, subject?: DraftActor): { from: DraftActor; targets: Member[] } | undefined {
  const holder = subject ?? d.holders.get(p.id);
  const ts = tokens(before);
  // "Müdürlük bünyesinde görevli tüm personelin …": an actor a postposition follows is no subject
  const opening = leadingActor(d.book, before);
  const lead = opening && !(opening.next && POSTPOSITION_NEXT.test(opening.next)) ? opening : undefined;
  let from: DraftActor | undefined;
  let rest = before;
  if (lead) {
    const separatorNext = lead.next === ',' || lead.next === 've' || lead.next === 'veya' || lead.next === 'ile';
    if (lead.actor === holder || !holder || !separatorNext) {
      from = lead.actor;
      rest = ts.slice(lead.words).map((t) => t.raw).join(' ');
    } else return undefined;
  } else from = holder;
  if (!from) return undefined;
  const caseEnd = genitive ? /(nin|nun|in|un)$/ : /(e|a|ye|ya|ne|na)$/;
  let tail = trailingList(d.book, rest);
  let unread: string | undefined;
  if (!tail) {
    // "Belediye Başkanı'na ve mevzuatlar ile belirlenmiş makamlara": known actors, then a last member
    // that names none (in the same case, with no head word of a post or unit): the known ones are read
    const rt = tokens(rest);
    for (let i = 1; i < rt.length - 1 && !tail; i++) {
      if (!/^(,|ve|veya)$/.test(rt[i]!.f) || !caseEnd.test(rt[i - 1]!.f)) continue;
      const right = rt.slice(i + 1);
      if (right.length > 6 || !caseEnd.test(right[right.length - 1]!.f) || right.some((t) => t.f === ',' || t.f === ';' || headKind(t.raw) !== undefined || d.book.resolve(t.raw))) continue;
      const left = trailingList(d.book, rt.slice(0, i).map((t) => t.raw).join(' '));
      if (left) { tail = left; unread = right.map((t) => t.raw).join(' '); }
    }
    if (!tail) return undefined;
  }
  // "Taşınır Kontrol Yetkilisi ve Müdüre": a member before the list that names no known actor; a
  // clause in the ablative before a comma ("… yerine getirilmesinden, Belediye Başkanına") is none
  const restTokens = tokens(tail.rest);
  const preceding = restTokens[restTokens.length - 1]?.f;
  const clauseBefore = preceding === ',' && /(den|dan|ten|tan)$/.test(restTokens[restTokens.length - 2]?.f ?? '') && !d.book.resolve(restTokens[restTokens.length - 2]!.raw);
  if (preceding && /^(,|;|ve|veya|ile|ve\/veya|\/veya)$/.test(preceding) && !clauseBefore) return undefined;
  if (longerName(restTokens, tail.members[0]!.actor)) return undefined;
  if (unread) d.todo(p.id, `Bağlılık cümlesindeki bir merci bilinen bir birim ya da kadro değil: "${cap(unread, 80)}"`);
  // with no known actor opening it, a sentence that still names a subject ("Büroda görev yapan
  // personel; …", "Büro personeli Müdüre karşı sorumludur") is not the holder's line
  if (!lead && restTokens.some((t, i) => t.f === ';' || (i < 8 && headKind(t.raw) !== undefined))) return undefined;
  // a relation's other actor stands in the dative ("Müdüre bağlıdır") or, for oversight, the genitive
  const last = (unread ? tokens(rest.slice(0, rest.lastIndexOf(unread))).filter((t) => !/^(,|ve|veya)$/.test(t.f)) : tokens(rest)).pop()?.f ?? '';
  if (!caseEnd.test(last)) return undefined;
  const targets = tail.members.filter((m) => m.actor !== from);
  if (!targets.length) return undefined;
  return { from, targets };
}

/** The verb that closes a list of what a unit is made of, on `lite()` text ("… -den oluşur", "oluşturulur", "teşekkül eder", "kapsar"). */
const COMPOSED = /\b(?:olusur|olusmaktadir|olusturulur|olusturulmustur|tesekkul eder|tesekkul etmektedir|meydana gelir|kapsar)\s*[.;]?\s*$/;
/** The words that say a list is a unit's structure ("Müdürlüğün teşkilat yapısı aşağıdaki gibidir", "… teşkilatı;"), on `lite()` text. */
const STRUCTURE_OF = /\b(?:teskilat yapisi|teskilati|organizasyon yapisi|idari yapisi|alt birimleri)\b/;
/** A lead that says its list is of units ("… aşağıdaki birimlerden oluşur:", "… şu şefliklerden teşekkül eder"), on `lite()` text. */
const MADE_OF_UNITS = /\s(?:(?:asagidaki|asagida belirtilen|su) (?:alt )?(?:birim|seflik|servis|sube mudurluk|mudurluk|buro|ofis|merkez)[a-z]*(?:den|dan|ten|tan) (?:olusur|olusmaktadir|olusturulur|tesekkul eder|tesekkul etmektedir|meydana gelir)|(?:asagidaki (?:sekilde|gibi)|su sekilde) teskilatlan(?:mistir|ir|dirilmistir|dirilir))\s*[.:;]?$/;
/** "Müdürlüğe bağlı birimler şunlardır:", on `lite()` text. */
const BOUND_UNITS = /(?<=\S)\s+bagli (?:alt )?(?:birim|seflik|servis|sube mudurluk|mudurluk|buro)(?:ler|lar) (?:sunlardir|asagidadir|asagidaki gibidir|asagida (?:belirtilmistir|gosterilmistir))\s*[.:;]?$/;
/** Leads that say, in any article, that the list is of the units under one: `BOUND_UNITS`, "Müdürlüğün alt birimleri şunlardır:". */
const EXPLICIT_LEAD = new RegExp(`${BOUND_UNITS.source}|\\balt birimleri (?:sunlardir|asagidadir|asagidaki gibidir)\\s*[.:;]?$`);
/** A genitive ending, on folded words. */
const GENITIVE = /(nin|nun|in|un)$/;

/**
 * The Teşkilat article's list of what a unit is made of: "Müdürlüğün teşkilat yapısı aşağıdaki
 * gibidir. a) Müdür b) Temizlik İşleri Şefliği …", "Daire Başkanlığının görevlerini … yürütülebilmesi
 * için; a) AB ve Dış İlişkiler Şube Müdürlüğü … ve bu Şube Müdürlüklerine bağlı şeflik ve alt
 * birimlerden oluşturulur", "Müdürlük; Müdürlük Ofisi, … ve Vatandaş Katılım Birimi'nden oluşur":
 * each unit listed is attached to the unit made of them (a post listed is not: a list of posts states
 * no line). The whole is the unit named in the genitive before "teşkilat yapısı" or opening the list,
 * the subject before ";", or, where the structure's words name no one ("Teşkilat yapısı aşağıdaki
 * gibidir"), the governed unit. An item that is not a bare name is not read.
 */
function readComposition(d: Drafting): void {
  const done = new Set<string>();
  for (const a of d.doc.articles) {
    const structural = isStructureArticle(d, a);
    for (const c of d.doc.under(a.id)) {
      if (c.leaf) { if (structural && c.kind !== 'point' && c.kind !== 'item') composedSentence(d, c); continue; }
      if (done.has(c.id)) continue;
      const lead = d.doc.own(c).trim();
      // "Müdürlüğe bağlı birimler şunlardır:", "Müdürlüğün alt birimleri şunlardır:" say it in any article
      if (!structural && !EXPLICIT_LEAD.test(lite(lead))) continue;
      const items = d.doc.under(c.id).filter((x) => x.parent === c.id && (x.kind === 'point' || x.kind === 'item'));
      if (!items.length) continue;
      const last = items[items.length - 1]!;
      const whole = wholeOf(d, lead, COMPOSED.test(lite(last.leaf ? last.text : d.doc.own(last))));
      if (whole) composeList(d, c, items, whole, done);
    }
  }
}

/** The items of a composition list, each unit attached to the whole; an item with a list of its own ("b) Temizlik Şefliği" / "1) Çöp Toplama Birimi") is the whole of that list. */
function composeList(d: Drafting, c: Provision, items: Provision[], whole: DraftActor, done: Set<string>): void {
  for (const item of items) {
    const unit = composedItem(d, c, item, whole, items);
    if (item.leaf) continue;
    done.add(item.id);
    const kids = d.doc.under(item.id).filter((x) => x.parent === item.id && (x.kind === 'point' || x.kind === 'item'));
    if (unit && kids.length) composeList(d, item, kids, unit, done);
  }
}

/**
 * The unit a list's lead says is made of the list: the one named in the genitive before "teşkilat
 * yapısı" ("… Kentsel Adalet ve Eşitlik Şube Müdürlüğü’nün teşkilat yapısı;"), the governed unit
 * where those words stand alone, or (where the list ends with the verb, `closed`) the unit the lead
 * opens with, in the genitive or before ";". Nothing otherwise.
 */
function wholeOf(d: Drafting, lead: string, closed: boolean): DraftActor | undefined {
  const l = lite(lead);
  if (NEGATION.test(l)) return undefined;
  const s = STRUCTURE_OF.exec(l);
  if (s) {
    const before = lead.slice(0, s.index);
    if (!/\p{L}/u.test(before)) return d.book.org;
    const tail = trailingList(d.book, before);
    const last = tokens(before).pop()?.f ?? '';
    // "Müdürlüğün teşkilat yapısı", or the compound "Müdürlük teşkilatı" (the name in the nominative)
    const compound = s[0] === 'teskilati' && tail?.members.length === 1 && d.book.lastWordsOf(tail.members[0]!.actor).has(last);
    if (tail?.members.length !== 1 || !(GENITIVE.test(last) || compound)) return undefined;
    // the name read is the whole name: nothing before it but a relative clause ("… bağlı olarak faaliyet
    // gösteren"); a capitalised word before it makes it another unit's ("İnsan Kaynakları Müdürlüğünün")
    const restLast = tokens(tail.rest).pop();
    if (restLast && !(PARTICIPLE.test(restLast.f) && /^\p{Ll}/u.test(restLast.raw))) return undefined;
    const w = tail.members[0]!.actor;
    return w.kind === 'unit' ? w : undefined;
  }
  // "Müdürlüğe bağlı birimler şunlardır:": the unit in the dative, named whole
  const under = BOUND_UNITS.exec(l);
  if (under) {
    const before = lead.slice(0, under.index);
    const tail = trailingList(d.book, before);
    const last = tokens(before).pop()?.f ?? '';
    return tail?.members.length === 1 && tail.rest.trim() === '' && /(e|a|ye|ya|ne|na)$/.test(last) && tail.members[0]!.actor.kind === 'unit' ? tail.members[0]!.actor : undefined;
  }
  // "Müdürlük aşağıdaki birimlerden oluşur:": the subject is the whole, the words before the verb say the list is of units
  const made = MADE_OF_UNITS.exec(l);
  if (made) {
    const subject = lead.slice(0, made.index).replace(/[\s,;]+$/u, '');
    const open = leadingActor(d.book, subject);
    return open && open.words === tokens(subject).length && open.actor.kind === 'unit' ? open.actor : undefined;
  }
  if (!closed) return undefined;
  const ts = tokens(lead);
  for (let j = Math.min(ts.length, 8); j > 0; j--) {
    const words = ts.slice(0, j);
    if (words.some((t) => t.f === ',' || t.f === ';')) continue;
    const a = d.book.resolve(words.map((t) => t.raw).join(' '));
    if (!a) continue;
    const genitive = GENITIVE.test(words[j - 1]!.f) && !d.book.lastWordsOf(a).has(words[j - 1]!.f);
    const subject = d.book.lastWordsOf(a).has(words[j - 1]!.f) && ts[j]?.f === ';' && j + 1 === ts.length;
    return (genitive || subject) && a.kind === 'unit' ? a : undefined;
  }
  return undefined;
}

/**
 * One item of a composition list: a unit's name ("AB ve Dış İlişkiler Şube Müdürlüğü", "Diyalog
 * Merkezini kapsar.", "İdari İşler Şefliği ve bu şefliğe bağlı çalışan …"), attached to the whole;
 * or the closing "ve bu Şube Müdürlüklerine bağlı şeflik ve alt birimlerden oluşturulur", see `composedUnder`.
 */
function composedItem(d: Drafting, c: Provision, item: Provision, whole: DraftActor, items: Provision[]): DraftActor | undefined {
  const text = (item.leaf ? item.text : d.doc.own(item)).replace(/^\s*\(?[\p{L}\d]{1,4}\s?[.)\-–]+\s+/u, '');
  if (/^ve bu\b/u.test(lite(text).trim())) { composedUnder(d, c, item, text, items.filter((x) => x !== item)); return undefined; }
  let name = text.replace(/\s+ve\s+(?:bu|buna|bunlara)\s.*$/u, '');
  const l = lite(name);
  const verb = COMPOSED.exec(l);
  if (verb) name = name.slice(0, verb.index);
  name = name.replace(/[\s,;.]+$/u, '').replace(/\s+(?:ve|ile)$/u, '').trim();
  if (!name || /[,;:]/.test(name) || name.split(/\s+/).length > 8) return undefined;
  let unit = d.book.resolve(name) ?? d.book.resolve(nominativeName(name)) ?? (verb ? d.book.resolve(ablativeBase(name) ?? '') : undefined);
  // an item heading a list of its own, or one outside a Teşkilat article, is no entry the structure reading
  // saw: a unit's name written as a name is added
  if (!unit && asName(d, name)) unit = d.book.ensure(name, item.id, name, 'unit');
  if (!unit || unit.kind !== 'unit' || unit === whole) return undefined;
  addLine(d, item, unit, { actor: whole, delegation: false }, 'attached-to', name, undefined, [c.id], composedNote(whole));
  return unit;
}

/**
 * "ve bu Şube Müdürlüklerine bağlı şeflik ve alt birimlerden oluşturulur": the units named after
 * "bağlı" are attached to each unit of the list the demonstrative takes up (the listed units whose
 * names end with the words after "bu", in the plural). A member the book cannot name is left to a person.
 */
function composedUnder(d: Drafting, c: Provision, item: Provision, text: string, others: Provision[]): void {
  const l = lite(text);
  const m = /^\s*ve bu ((?:[a-z]+ ){0,3}[a-z]+) bagli (?:olan |bulunan |calisan )?(\S.*)$/.exec(l.trimEnd());
  const verb = COMPOSED.exec(l);
  if (!m || !verb || NEGATION.test(l)) return;
  // the units taken up: the listed ones whose name ends with the demonstrative's words (its last one in the plural)
  const ref = m[1]!.split(' ');
  const antecedents = others.map((o) => d.book.resolve(o.text.replace(/[\s,;.]+$/u, '').trim())).filter((a): a is DraftActor => a?.kind === 'unit' && (() => {
    const words = fold(a.name).split(' ');
    const tail = words.slice(-ref.length);
    return tail.length === ref.length && tail.slice(0, -1).every((w, i) => w === ref[i]) && /(?:ler|lar)/.test(ref[ref.length - 1]!) && inflects(ref[ref.length - 1]!, stemOf(tail[tail.length - 1]!));
  })());
  if (antecedents.length < 2) return;
  const listStart = m.index + m[0].length - m[2]!.length;
  const list = text.slice(listStart, verb.index);
  const parts = list.split(/\s*,\s*|\s+(?:ve|ile|veya)\s+/u).map((x) => x.trim()).filter(Boolean);
  for (const [i, raw] of parts.entries()) {
    const name = i === parts.length - 1 ? ablativeBase(raw) : raw;
    const unit = name && !/^\p{Lu}/u.test(name) && headKind(name)?.kind === 'unit' ? d.book.ensure(name, item.id, text.includes(name) ? name : undefined, 'unit') : undefined;
    if (!unit || unit.kind !== 'unit') { d.todo(item.id, `Bağlı birimlerden biri bilinen bir birim değil: "${cap(raw, 80)}"`); continue; }
    // under each of several units: the unit has no one parent
    if (unit.parent === d.book.org.id) delete unit.parent;
    const readFrom = text.slice(l.indexOf(' bu ', m.index) + 1, listStart + list.indexOf(raw) + raw.length).trim();
    for (const a of antecedents) addLine(d, item, unit, { actor: a, delegation: false }, 'attached-to', readFrom);
  }
}

/** Whether words are a unit's name written as a name: a unit's head word, every word capitalised but the conjunctions. */
function asName(d: Drafting, name: string): boolean {
  if (headKind(name)?.kind !== 'unit' || !writtenAsName(name.split(/\s+/u))) return false;
  // a name that holds a known one, or that a known one holds ("Evlendirme Memurluğu Birimi" beside "Evlendirme
  // Memurluğu"), may be that actor: which one is for a person to say, not a new actor to add
  const f = ` ${fold(name)} `;
  return !d.book.names.some(({ name: n }) => { const g = ` ${fold(n)} `; return f.includes(g) || g.includes(f); });
}

/** The bare noun a name's head word is the possessive of ("mudurlugu" → "mudurluk", "sefligi" → "seflik", "birimi" → "birim"), on folded words. */
function stemOf(head: string): string {
  if (/g[iu]$/.test(head)) return `${head.slice(0, -2)}k`;
  if (/[aeiou]s[iu]$/.test(head)) return head.slice(0, -2);
  return head.replace(/[iu]$/, '');
}

/**
 * "Müdürlük; Müdürlük Ofisi, Hızlı Çözüm Masaları, … ve Vatandaş Katılım Birimi'nden oluşur": in a
 * structure article, the sentence's subject (before ";", a unit) is made of the members; each
 * member that is a unit is attached to it. Every member must name a known unit or post.
 */
function composedSentence(d: Drafting, p: Provision): void {
  for (const s of sentences(p.text, { semicolons: false })) {
    const text = p.text.slice(s.start, s.end);
    const l = lite(text);
    const verb = COMPOSED.exec(l);
    const semi = text.indexOf(';');
    if (!verb || semi < 0 || NEGATION.test(l)) continue;
    const whole = d.book.resolve(text.slice(0, semi));
    if (!whole || whole.kind !== 'unit' || !d.book.lastWordsOf(whole).has(tokens(text.slice(0, semi)).pop()?.f ?? '')) continue;
    const list = text.slice(semi + 1, verb.index).replace(/\*+/g, ' ');
    // the members between commas; the last one, in the ablative, may be two joined by "ve" ("… Birimi ve Karşıyaka'nın Filizleri Burs Birimi'nden"),
    // a member may have "ve" in its name ("Çevre Koruma ve Kontrol Şefliği")
    const parts = list.split(/\s*,\s*/u).map((x) => x.trim()).filter(Boolean);
    const lastPart = parts.pop() ?? '';
    const joined = /^(.+)\s+(?:ve|ile|veya)\s+(\S.*)$/u.exec(lastPart);
    if (!d.book.resolve(ablativeBase(lastPart) ?? '') && joined) parts.push(joined[1]!, joined[2]!);
    else parts.push(lastPart);
    const members = parts.map((x, i) => {
      const name = i === parts.length - 1 ? ablativeBase(x) ?? '' : x;
      return d.book.resolve(name) ?? (asName(d, name) ? d.book.ensure(name, p.id, name, 'unit') : undefined);
    });
    if (!members.length || members.some((m) => !m)) continue;
    for (const m of members) {
      if (m!.kind !== 'unit' || m === whole) continue;
      addLine(d, p, m!, { actor: whole, delegation: false }, 'attached-to', text, undefined, [], composedNote(whole));
    }
  }
}

/**
 * What a line read from a composition list tells its reviewer: the text counts the unit as part of
 * the whole rather than saying "bağlıdır" (formal Turkish, shown beside the answer).
 */
const composedNote = (whole: DraftActor): string => `Bağlılık, teşkilat hükmünün bu birimi ${whole.name} teşkilatı içinde saymasından okunmuştur; hüküm ayrıca "bağlıdır" demez.`;

/** Drafts a line once per from, to, relation and provision. */
function addLine(d: Drafting, p: Provision, from: DraftActor, to: Member, relation: Relation, readFrom: string, condition?: string, alsoCites: string[] = [], note?: string): void {
  if (!d.once('reporting', from.id, to.actor.id, relation, p.id)) return;
  const verb = relation === 'attached-to' ? 'bagli' : relation === 'accountable-to' ? 'sorumlu' : relation === 'tasked-by' ? 'gorevlendirir' : relation === 'superior' ? 'amiri' : 'gozetiminde';
  const line: ReportingLineInput = {
    id: d.id(`${from.id} ${to.actor.id} ${verb}`, 10),
    from: from.id,
    to: to.actor.id,
    relation,
    ...(condition ? { condition } : {}),
    cites: [p.id, ...alsoCites.filter((c) => c !== p.id)],
    ...(note ? { note } : {}),
    review: 'pending',
    readFrom: cap(readFrom),
  };
  d.book.cite(from, p.id);
  d.book.cite(to.actor, p.id);
  d.rules.reporting.push(line);
}

/** At most 240 characters of a verbatim span, its end kept (where the relation's words are). */
export function cap(s: string, max = 240): string {
  if (s.length <= max) return s.trim();
  const cut = s.indexOf(' ', s.length - max);
  return s.slice(cut > 0 ? cut + 1 : s.length - max).trim();
}
