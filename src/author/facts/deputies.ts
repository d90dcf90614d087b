/**
 * Deputising: "Müdürün (herhangi bir sebeple) bulunmadığı zamanlarda Müdürün görevlerini yürütmek"
 * (the holder of the duty list acts for the Müdür: vekâlet), "Müdürün bulunmadığı zamanlarda Şef
 * vekalet eder" (the deputy named), "Müdürün bulunmadığı zamanlarda servisi sevk ve idare etmek"
 * (the holder runs the servis in the Müdür's absence, without the text calling it vekâlet).
 */
import type { Provision } from '../../schema/text.js';
import type { Drafting } from './draft.js';
import { parseList, trailingList } from './phrases.js';
import { lite, sentences } from './text.js';

// On lite() text: the absence, then what the deputy does.
const ABSENCE = /\b(?:herhangi bir (?:sebeple|nedenle) |gorevi basinda |izinli veya raporlu olarak )?(?:bulunmadigi|olmadigi) (?:zamanlarda|durumlarda|hallerde|zaman|durumda|halde|surelerde|surece)\b/;
const VEKALET = /\b(?:vekalet eder|vekalet etmek|vekalet ederler|vekaleten yurut|gorevlerini (?:yurutmek|yurutur|yapmak|yapar|ustlenmek|ustlenir))\b/;
const IN_ABSENCE = /\bsevk ve idare(?:sini)? (?:etmek|eder|saglamak|saglar)\b/;
const NEGATION = /\b(degil|olmaz|yapamaz|edemez)\b/;

/** Drafts the deputising rules of every provision. */
export function draftDeputies(d: Drafting): void {
  for (const p of d.doc.provisions) if (p.leaf) for (const s of sentences(p.text)) read(d, p, p.text.slice(s.start, s.end));
}

function read(d: Drafting, p: Provision, text: string): void {
  const l = lite(text);
  const m = ABSENCE.exec(l);
  if (!m || NEGATION.test(l)) return;
  const after = l.slice(m.index + m[0].length);
  const kind = VEKALET.test(after) ? 'vekalet' : IN_ABSENCE.test(after) ? 'in-absence' : undefined;
  if (!kind) return;
  // who is absent: the actor in the genitive just before the absence ("Müdürün", "Belediye Başkanının görevi başında")
  const before = text.slice(0, m.index);
  const absent = trailingList(d.book, before, 6);
  if (!absent || absent.members.length !== 1 || !/(nin|nun|in|un)$/.test(lite(before.trim()).replace(/'/g, ''))) { d.todo(p.id, 'Vekâlet cümlesinin kimin yokluğunu söylediği okunamadı'); return; }
  const subject = absent.members[0]!.actor;
  // who deputises: named between the absence and the verb ("… zamanlarda Şef vekalet eder"), else the list's holder
  const verb = (kind === 'vekalet' ? VEKALET : IN_ABSENCE).exec(after)!;
  const between = text.slice(m.index + m[0].length, m.index + m[0].length + verb.index).trim();
  let deputies = between ? parseList(d.book, between) : undefined;
  // "… zamanlarda Müdürün görevlerini yürütmek": the genitive is the absent one's, the deputy is the list's holder
  if (deputies && deputies.every((x) => x.actor === subject)) deputies = undefined;
  if (between && !deputies && !parseList(d.book, between)?.every((x) => x.actor === subject)) {
    const holder = d.holders.get(p.id);
    // "… zamanlarda servisi sevk ve idare etmek": the object, not a deputy
    if (holder && (kind === 'in-absence' || /görevlerini$/iu.test(between))) deputies = [{ actor: holder, delegation: false }];
    else { d.todo(p.id, `Vekâlet edenin kim olduğu okunamadı: "${between}"`); return; }
  }
  if (!deputies) {
    const holder = d.holders.get(p.id);
    if (!holder) { d.todo(p.id, 'Vekâlet edenin kim olduğu okunamadı'); return; }
    deputies = [{ actor: holder, delegation: false }];
  }
  const ids = deputies.map((x) => x.actor.id).filter((id) => id !== subject.id);
  if (!ids.length) return;
  const start = m.index - (before.length - before.trimEnd().length) - absentWords(before, absent.words);
  const condition = text.slice(Math.max(0, start), m.index + m[0].length).trim();
  d.rules.deputies.push({
    id: d.id(`${ids.join(' ')} ${subject.id} ${kind === 'vekalet' ? 'vekalet eder' : 'yokken'}`, 10),
    for: subject.id,
    deputies: ids,
    condition,
    ...(kind === 'in-absence' ? { kind } : {}),
    cites: [p.id],
    review: 'pending',
    readFrom: text.slice(Math.max(0, start), m.index + m[0].length + verb.index + verb[0].length).trim(),
  });
}

/** The number of characters the last `words` words of a phrase take. */
function absentWords(before: string, words: number): number {
  const t = before.trimEnd();
  const parts = t.split(/\s+/);
  return parts.slice(parts.length - words).join(' ').length;
}
