/**
 * Regulation-level facts: the executor ("Bu yönetmelik hükümlerini Belediye Başkanı yürütür", "…
 * hükümleri Gebze Belediye Başkanı tarafından yürütülür"), the in-force clause, the dayanak, the
 * fallback clause ("Bu yönetmelikte yer almayan hususlarda …", "hüküm bulunmayan hallerde …") and
 * the repeal clause.
 */
import { fold } from '../../fold.js';
import type { LegalBasis, Repeal } from '../../schema/regulation.js';
import type { Provision } from '../../schema/text.js';
import { titleCase } from './actors.js';
import type { Drafting } from './draft.js';
import { parseList } from './phrases.js';
import { cap } from './reporting.js';
import { lite, sentences } from './text.js';

/** Leaves of the articles whose caption passes the test first, then every other leaf. */
function leavesPreferring(d: Drafting, caption: RegExp): Provision[] {
  const first = d.doc.articles.filter((a) => caption.test(d.doc.foldedCaption(a))).flatMap((a) => d.doc.leavesUnder(a.id));
  const seen = new Set(first);
  const rest = d.doc.provisions.filter((p) => p.leaf && !seen.has(p));
  return [...first, ...rest];
}

// On lite() text; every lazy part is bounded and followed by fixed words.
const ACTIVE = /\bbu (?:yonetmelik|yonerge)(?:in|nin)? hukumlerini[ ,]{1,3}(.{2,160}?)[ ,]{1,3}yurutur\b/;
const PASSIVE = /\bbu (?:yonetmelik|yonerge)(?: hukumleri)?[ ,;]{1,3}(.{2,160}?) tarafindan yurutulur\b/;
const PASSIVE_CA = /\bbu (?:yonetmelik|yonerge)(?: hukumleri)?[ ,;]{1,3}(.{2,160}?)(?:nca|nce|ca|ce) yurutulur\b/;

/** Drafts the executor. */
export function draftExecutor(d: Drafting): void {
  for (const p of leavesPreferring(d, /yurutme/)) {
    const l = lite(p.text);
    const m = ACTIVE.exec(l) ?? PASSIVE.exec(l) ?? PASSIVE_CA.exec(l);
    if (!m) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const who = p.text.slice(start, start + m[1]!.length);
    const readFrom = p.text.slice(m.index, m.index + m[0].length);
    const behalf = /^(.*?)\s+adına\s+(.*)$/u.exec(who);
    const members = parseList(d.book, behalf ? behalf[2]! : who);
    if (!members) { d.todo(p.id, `Yürütücü okunamadı: "${who}"`); return; }
    const onBehalf = behalf ? parseList(d.book, behalf[1]!) : undefined;
    if (behalf && onBehalf?.length !== 1) { d.todo(p.id, `Yürütücünün kimin adına yürüttüğü okunamadı: "${who}"`); return; }
    // a joint executor ("Gebze Belediye Başkanı ve Destek Hizmetleri Müdürlüğü"): the first named, with the others
    if (members.length > 1 && members.slice(1).some((m) => m.connector !== 've' && m.connector !== ',')) { d.todo(p.id, `Yürütücüler "ve" ile bağlanmamış: "${who}"`); return; }
    for (const m of members) d.book.cite(m.actor, p.id);
    const [first, ...rest] = members;
    d.meta.executor = {
      actor: first!.actor.id,
      ...(onBehalf ? { onBehalfOf: onBehalf[0]!.actor.id } : {}),
      ...(rest.length ? { jointWith: rest.map((m) => ({ actor: m.actor.id, via: m.delegation ? 'delegation' as const : 'own' as const })), wording: who } : {}),
      cites: [p.id], review: 'pending', readFrom,
    };
    return;
  }
}

/** Drafts the in-force clause. */
export function draftEntryIntoForce(d: Drafting): void {
  for (const p of leavesPreferring(d, /^yururluk$|\byururluk\b(?! ten)/)) {
    for (const s of sentences(p.text)) {
      const text = p.text.slice(s.start, s.end);
      const l = lite(text);
      if (!/\byururluge girer\b/.test(l) || /\bgirmesi(yle| ile)\b/.test(l)) continue;
      const date = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
      const condition = text.replace(/^bu (yönetmelik|yönerge)(\s+hükümleri)?[,;]?\s*/iu, '').trim();
      d.meta.entryIntoForce = date
        ? { rule: 'on-date', date: `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`, condition: condition || text, cites: [p.id], review: 'pending', readFrom: text }
        : { rule: 'on-event', condition: condition || text, cites: [p.id], review: 'pending', readFrom: text };
      return;
    }
  }
}

const FALLBACK = /\b(?:yer almayan|hukum bulunmayan|hukmu bulunmayan|hukum bulunmadigi|hukum yer almayan) (?:hususlarda|hallerde|konularda|durumlarda|hususlar hakkinda)\b/;
/** "Bu Yönergede bulunmayan hükümler …", "Bu Yönetmelikte yer almayan hususlar …": the text itself named as what is silent. */
const FALLBACK_OWN = /\bbu (?:yonetmelik|yonerge)(?:de|te) (?:yer almayan|bulunmayan|belirtilmeyen|hukum bulunmayan|hukmu bulunmayan|duzenlenmeyen) (?:hukumler|hususlar|konular|haller|durumlar)\b/;
const FALLBACK_VERB = /\b(?:uygulanir|uyulur|hareket edilir|gecerlidir|uygulanacaktir|hukumlerine gore islem yapilir|cercevesinde yurutulur|hukumlerine gore yurutulur)\b/;

/** Drafts the fallback clause (the provision that sends what the text does not regulate elsewhere). */
export function draftFallback(d: Drafting): void {
  for (const p of leavesPreferring(d, /bulunmayan|almayan/)) {
    const l = lite(p.text);
    if ((FALLBACK.test(l) || FALLBACK_OWN.test(l)) && FALLBACK_VERB.test(l) && !/\b(degil|olmaz)/.test(l)) { d.meta.fallback = { provision: p.id, review: 'pending', readFrom: p.text }; return; }
  }
}

/** Drafts the dayanak: every law the Dayanak article names by number ("5393 sayılı Belediye Kanunu"). */
export function draftLegalBasis(d: Drafting): void {
  const art = d.doc.articleWhere((f) => /dayanak/.test(f));
  const leaves = art ? d.doc.leavesUnder(art.id) : [];
  const out: LegalBasis[] = [];
  for (const p of leaves) {
    const re = /(\d{3,5})\s+sayılı\s+/giu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
      const name = /^((?:[\p{L}’']+\s+){0,8}?)(kanun\s+hükmünde\s+kararname|kanun)(\p{L}*)/iu.exec(after);
      if (!name) continue;
      const khk = /kararname/iu.test(name[2]!);
      const words = name[1]!.trim();
      if (/[.;:]/.test(words)) continue;
      const number = m[1]!;
      if (out.some((b) => b.number === number)) continue;
      let display = khk ? `${words} Kanun Hükmünde Kararname`.trim() : `${words} Kanunu`.trim();
      if (display === display.toLocaleLowerCase('tr-TR')) display = titleCase(display);
      else display = display.replace(/\bkanunu$/u, 'Kanunu');
      const before = p.text.slice(Math.max(0, m.index - 40), m.index);
      const date = /(\d{1,2})[./](\d{1,2})[./](\d{4})\s+tarihli\s+(?:ve\s+)?$/u.exec(before);
      const segEnd = p.text.slice(m.index + m[0].length).search(/\d{3,5}\s+sayılı/iu);
      const segment = p.text.slice(m.index + m[0].length + name[0].length, segEnd < 0 ? undefined : m.index + m[0].length + segEnd);
      const articles = [...segment.matchAll(/(\d{1,3})\s*(?:\/\s*|\.?\s*madde(?:si(?:nin)?)?\s*)?\(?\s*([a-zçğıöşü])\s*\)?(?=[\s,.]|$)(?:\s*bendi)?/gu)]
        .filter((x) => /[/(]/.test(x[0]))
        .map((x) => `${x[1]}/${x[2]}`);
      const basis: LegalBasis = {
        kind: khk ? 'khk' : 'kanun', number, name: display,
        ...(date ? { date: `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}` } : {}),
        articles: [...new Set(articles)], cites: [p.id], review: 'pending',
        readFrom: p.text.slice(m.index, m.index + m[0].length + name[0].length),
      };
      out.push(basis);
    }
  }
  if (out.length) d.meta.legalBasis = out;
  else if (art) d.todo(art.id, 'Dayanak maddesinde sayısıyla anılan kanun bulunamadı');
}

/** Drafts the repeal clause where it names the repealed regulation in quotation marks, or after "kabul edilen". */
export function draftRepeals(d: Drafting): void {
  const out: Repeal[] = [];
  for (const p of d.doc.provisions) {
    if (!p.leaf) continue;
    const l = lite(p.text);
    const m = /\byururlukten (?:kalkar|kaldirilmistir|kaldirilir|kalkmistir)\b/.exec(l);
    if (!m) continue;
    const quoted = /[“"]([^”"]{5,200})[”"]/u.exec(p.text);
    const after = /kabul edilen\s+(.{5,200}?)\s+yürürlükten/u.exec(p.text);
    const title = quoted?.[1] ?? after?.[1];
    if (!title) { d.todo(p.id, 'Yürürlükten kaldırılan mevzuatın adı okunamadı'); continue; }
    out.push({ title, cites: [p.id], review: 'pending', readFrom: cap(p.text.slice(0, m.index + m[0].length)) });
  }
  if (out.length) d.meta.repeals = out;
}
