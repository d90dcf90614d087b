/**
 * Deputising: "Müdürün (herhangi bir sebeple) bulunmadığı zamanlarda Müdürün görevlerini yürütmek"
 * (the holder of the duty list acts for the Müdür: vekâlet), "Müdürün bulunmadığı zamanlarda Şef
 * vekalet eder" (the deputy named), "… görevleri Şef tarafından vekâleten yürütülür", "… Müdürün
 * görevlendireceği bir Şef vekalet eder" (a deputy the Müdür picks: the post is named, the person
 * is not), "… yerine Şef bakar", "Belediye Başkanının görevi başında bulunmadığı durumda Belediye
 * Başkanına vekalet eden Başkan vekiline …" (the deputy in a relative clause), "Müdürün bulunmadığı
 * zamanlarda servisi sevk ve idare etmek" (the holder runs the servis in the Müdür's absence,
 * without the text calling it vekâlet), "üst amirlerin bulunmadığı olaylarda … sevk ve idareyi
 * gerçekleştirmek" (the absent superior read from the holder's one drafted superior, and said so),
 * and "Müdürü temsilen toplantılara katılmak" (the holder represents the Müdür: neither vekâlet nor
 * tied to an absence).
 */
import type { Provision } from '../../schema/text.js';
import type { DraftActor } from './actors.js';
import type { Drafting } from './draft.js';
import { type Member, parseList, trailingList } from './phrases.js';
import { lite, sentences } from './text.js';

// On lite() text: the absence (with its reason and place, when given), then what the deputy does.
const REASON = String.raw`(?:herhangi bir (?:sebeple|nedenle) |(?:[a-z]+, ){0,3}[a-z]+ (?:ve|veya) (?:benzeri |diger )?(?:sebeplerle|nedenlerle) |izinli veya raporlu olarak )?`;
const PLACE = String.raw`(?:gorevi basinda |gorevinin basinda |gorev basinda |gorevde |makaminda )?`;
const WHEN = String.raw`(?:(?:bulunmadigi|olmadigi) (?:zamanlarda|durumlarda|hallerde|olaylarda|zaman|durumda|halde|surelerde|surece)|bulunmadiginda|olmadiginda|yoklugunda)`;
const ABSENCE = new RegExp(String.raw`\b${REASON}${PLACE}${WHEN}\b`);
const VEKALET = /\b(?:vekalet eder|vekalet etmek|vekalet ederler|vekalet edecektir|vekaleten (?:yurut|yapar|yapilir)[a-z]*|gorevlerini (?:yurutmek|yurutur|yapmak|yapar|ustlenmek|ustlenir)|(?<=\byerine\b.{0,60})\bbak(?:ar|mak|acaktir))\b/;
const IN_ABSENCE = /\bsevk ve idare(?:sini|yi)? (?:etmek|eder|saglamak|saglar|gerceklestirmek|gerceklestirir|ustlenmek|ustlenir)\b/;
/** "… Belediye Başkanına vekalet eden Başkan vekiline …": the one absent (dative), then the deputy. */
const RELATIVE = /^(.{1,80}?) vekalet eden (.{1,120})$/;
const NEGATION = /\b(degil|olmaz|yapamaz|edemez|vekalet edemez|bakamaz)\b/;
/** The holder's superiors, in the genitive ("üst amirlerin", "amirinin"): no actor's name. */
const SUPERIOR = /(?:^|\s)(?:ust amir(?:ler)?(?:i|leri)?(?:nin|in)|amir(?:ler)?(?:i|leri)?(?:nin|in))$/;
/** "Müdürü temsilen": the represented actor in the accusative, then the word. */
const REPRESENTS = /\btemsilen\b/;

/** Drafts the deputising rules of every provision. */
export function draftDeputies(d: Drafting): void {
  for (const p of d.doc.provisions) if (p.leaf) for (const s of sentences(p.text)) { const t = p.text.slice(s.start, s.end); read(d, p, t); represents(d, p, t); }
}

/** The actor the words before the absence name as absent ("Müdürün", "Müdür" opening the sentence). */
function absentActor(d: Drafting, before: string): { actor: DraftActor; words: number } | undefined {
  const absent = trailingList(d.book, before, 6);
  if (!absent) return undefined;
  // "Müdürlük, Belediye Başkanının görevi başında bulunmadığı durumda …": the comma closes the main clause's subject
  if (absent.members.length === 2 && absent.members[1]!.connector === ',') return absentActor(d, before.slice(before.lastIndexOf(',') + 1));
  if (absent.members.length !== 1) return undefined;
  const genitive = /(nin|nun|in|un)$/.test(lite(before.trim()).replace(/'/g, ''));
  // the nominative only where the actor opens the sentence ("Müdür izinli olduğunda …")
  const opens = !absent.rest.trim();
  if (!genitive && !opens) return undefined;
  return { actor: absent.members[0]!.actor, words: absent.words };
}

/** The one superior the holder's drafted reporting lines give, with the line's provision. */
function superiorOf(d: Drafting, holder: DraftActor | undefined): { actor: DraftActor; cite: string } | undefined {
  if (!holder) return undefined;
  const lines = d.rules.reporting.filter((r) => r.from === holder.id && (r.relation === 'accountable-to' || r.relation === 'attached-to'));
  const tos = [...new Set(lines.map((r) => r.to))];
  if (tos.length !== 1) return undefined;
  const actor = d.book.get(tos[0]!);
  return actor ? { actor, cite: lines[0]!.cites[0]! } : undefined;
}

/**
 * The deputies written between the absence and the verb, once the words that are not the deputy
 * are left out: the absent one's "görevleri(ni)" or "yerine" before, "tarafından" after, the
 * indefinite "bir", and "biri" after a plural ("Şeflerden biri").
 */
function deputiesIn(d: Drafting, between: string, subject: DraftActor): Member[] | 'none' | undefined {
  let t = between.replace(/\s+tarafından$/iu, '').replace(/(?:^|\s)bir\s+/giu, ' ').replace(/(\p{L}+(?:lerden|lardan))\s+biri(?:si|ne|ni)?(?=\s|$)/giu, '$1').trim();
  const lead = /^(.*?)\s*\b(?:görevlerini|görevleri|yerine)\s*/iu.exec(t);
  if (lead && (!lead[1] || parseList(d.book, lead[1])?.every((x) => x.actor === subject))) t = t.slice(lead[0].length).trim();
  if (!t) return 'none';
  const list = parseList(d.book, t);
  if (list?.every((x) => x.actor === subject)) return 'none';
  return list;
}

function read(d: Drafting, p: Provision, text: string): void {
  const l = lite(text);
  const m = ABSENCE.exec(l);
  if (!m || NEGATION.test(l)) return;
  const afterAt = m.index + m[0].length;
  const after = l.slice(afterAt);
  const rel = RELATIVE.exec(after.trimStart());
  const kind = rel || VEKALET.test(after) ? 'vekalet' : IN_ABSENCE.test(after) ? 'in-absence' : undefined;
  if (!kind) return;
  const before = text.slice(0, m.index);
  const holder = d.holders.get(p.id);
  // who is absent: the actor in the genitive just before the absence ("Müdürün", "Belediye Başkanının görevi başında")
  let absent = absentActor(d, before);
  let note: string | undefined;
  const cites = [p.id];
  if (!absent && SUPERIOR.test(lite(before.trimEnd()))) {
    // "üst amirlerin bulunmadığı olaylarda": the one superior the holder answers to, where the text gives exactly one
    const sup = superiorOf(d, holder);
    const words = /(?:ust )?amir\S*$/.exec(lite(before.trimEnd()))![0].split(' ').length;
    if (sup) {
      absent = { actor: sup.actor, words };
      note = `Metin yokluğu hükmün sahibinin üst amirine bağlar ("${before.trim().split(/\s+/).slice(-words).join(' ')}"); üst amir, sorumluluk hükmüne göre ${sup.actor.name} olarak okunmuştur. Bu bir çıkarımdır ve gözden geçirilmelidir.`;
      if (sup.cite !== p.id) cites.push(sup.cite);
    }
  }
  if (!absent) { d.todo(p.id, 'Vekâlet cümlesinin kimin yokluğunu söylediği okunamadı'); return; }
  const subject = absent.actor;
  let deputies: Member[] | undefined;
  let verbEnd: number;
  if (rel) {
    // "… Belediye Başkanına vekalet eden Başkan vekiline": the dative must name the absent one, the deputy follows
    const lead = after.length - after.trimStart().length;
    const datStart = afterAt + lead;
    const dative = parseList(d.book, text.slice(datStart, datStart + rel[1]!.length));
    const depStart = datStart + rel[1]!.length + ' vekalet eden '.length;
    const dep = leadingInflected(d, text.slice(depStart));
    if (dative?.length !== 1 || dative[0]!.actor !== subject || !dep) { d.todo(p.id, 'Vekâlet edenin kim olduğu okunamadı'); return; }
    deputies = [{ actor: dep.actor, delegation: false }];
    verbEnd = depStart + dep.length;
    note ??= `Hüküm ${subject.name} için bir vekilin bulunduğunu var sayar; vekilin kim olduğu ve nasıl belirlendiği bu hükümde belirtilmemiştir.`;
  } else {
    // who deputises: named between the absence and the verb ("… zamanlarda Şef vekalet eder"), else the list's holder
    const verb = (kind === 'vekalet' ? VEKALET : IN_ABSENCE).exec(after)!;
    const between = text.slice(afterAt, afterAt + verb.index).trim();
    verbEnd = afterAt + verb.index + verb[0].length;
    const named = between ? deputiesIn(d, between, subject) : 'none';
    if (named === 'none') {
      if (!holder) { d.todo(p.id, 'Vekâlet edenin kim olduğu okunamadı'); return; }
      deputies = [{ actor: holder, delegation: false }];
    } else if (named) deputies = named;
    else if (holder && kind === 'in-absence') deputies = [{ actor: holder, delegation: false }]; // "… zamanlarda servisi sevk ve idare etmek": the object, not a deputy
    else { d.todo(p.id, `Vekâlet edenin kim olduğu okunamadı: "${between.slice(0, 80)}"`); return; }
    // "Müdürün görevlendireceği bir Şef": the post is named, who holds it is left to the one who picks
    const picked = deputies.find((x) => x.qualifier);
    if (picked) note = `Metin vekâlet edeni "${picked.qualifier} ${picked.actor.name}" diye anar: vekâlet edecek kişi bu hükümde belirtilmemiştir.`;
  }
  const ids = deputies.map((x) => x.actor.id).filter((id) => id !== subject.id);
  if (!ids.length) return;
  const start = m.index - (before.length - before.trimEnd().length) - absentWords(before, absent.words);
  const condition = text.slice(Math.max(0, start), afterAt).trim();
  if (!d.once('deputy', subject.id, ids.join(' '), kind)) return;
  d.rules.deputies.push({
    id: d.id(`${ids.join(' ')} ${subject.id} ${kind === 'vekalet' ? 'vekalet eder' : 'yokken'}`, 10),
    for: subject.id,
    deputies: ids,
    condition,
    ...(kind === 'in-absence' ? { kind } : {}),
    ...(note ? { note } : {}),
    cites,
    review: 'pending',
    readFrom: text.slice(Math.max(0, start), verbEnd).trim(),
  });
}

/** The actor the words open with, in any case ("Başkan vekiline bağlı …"), and the characters it takes. */
function leadingInflected(d: Drafting, phrase: string): { actor: DraftActor; length: number } | undefined {
  const words = phrase.split(/\s+/).filter(Boolean).slice(0, 8);
  for (let j = words.length; j > 0; j--) {
    const raw = words.slice(0, j).join(' ');
    if (/[,;:.]/.test(raw.slice(0, -1))) continue;
    const a = d.book.resolve(raw);
    if (a) return { actor: a, length: phrase.indexOf(words[j - 1]!) + words[j - 1]!.replace(/[,;:.]$/, '').length };
  }
  return undefined;
}

/**
 * "Müdürü temsilen toplantılara katılmak" in a duty list: the holder represents the post or office
 * named in the accusative. Not a unit ("Müdürlüğü temsilen", "Birimini temsilen": the unit, not a
 * person acting for another), not the holder itself.
 */
function represents(d: Drafting, p: Provision, text: string): void {
  const l = lite(text);
  const m = REPRESENTS.exec(l);
  if (!m || NEGATION.test(l)) return;
  const holder = d.holders.get(p.id);
  if (!holder) return;
  const before = text.slice(0, m.index);
  const who = trailingList(d.book, before, 6);
  if (!who || who.members.length !== 1 || who.rest.split(/\s+/).filter(Boolean).length > 3) return;
  const actor = who.members[0]!.actor;
  if (actor.kind === 'unit' || actor === holder || !/[iu]$/.test(lite(before.trim()).replace(/'/g, ''))) return;
  // "Belediye Başkanını temsilen Başkan Yardımcısı katılır": the one who represents is named, and is not the holder
  if (leadingInflected(d, text.slice(m.index + m[0].length).trim())) { d.todo(p.id, 'Temsil eden, görev listesinin sahibi değil: temsil hükmü okunmadı'); return; }
  if (!d.once('represents', actor.id, holder.id)) return;
  const start = before.trimEnd().length - absentWords(before, who.words);
  d.rules.deputies.push({
    id: d.id(`${holder.id} ${actor.id} temsilen`, 10),
    for: actor.id,
    deputies: [holder.id],
    kind: 'represents',
    cites: [p.id],
    review: 'pending',
    readFrom: text.slice(Math.max(0, start), Math.min(text.length, m.index + 200)).replace(/[\s,.;:]+$/u, ''),
  });
}

/** The number of characters the last `words` words of a phrase take. */
function absentWords(before: string, words: number): number {
  const t = before.trimEnd();
  const parts = t.split(/\s+/);
  return parts.slice(parts.length - words).join(' ').length;
}
