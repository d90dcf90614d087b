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
    // an executor above the governed unit the text names nowhere else ("… adına Sosyal Projeler Dairesi Başkanı"): an office
    const named = behalf ? behalf[2]! : who;
    const members = parseList(d.book, named) ?? (d.book.ensure(named, p.id, named, 'office') ? parseList(d.book, named) : undefined);
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

/** ISO date of "03/07/2005", "10.10.2016", "10/ 7/ 2004". */
function isoDate(s: string): string | undefined {
  const m = /(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})/u.exec(s);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

/** The articles and bents a segment cites: "15/b ve 18 (m) maddelerine", "15. madde (b) ve 18. maddesinin (m) bendi". */
function articlesIn(segment: string): string[] {
  const out = [...segment.matchAll(/(\d{1,3})\s*(?:\/\s*|\.?\s*madde(?:si(?:nin)?)?\s*)?\(?\s*([a-zçğıöşü])\s*\)?(?=[\s,.]|$)(?:\s*bendi)?/gu)]
    .filter((x) => /[/(]/.test(x[0]))
    .map((x) => `${x[1]}/${x[2]}`);
  // "14 -üncü maddesinin (a) bendi", "75 -inci maddenin (a, c) bentleri", "7 -nci maddesi ( v) bendi"
  for (const x of segment.matchAll(/(\d{1,3})\s*(?:\.|[-–]?\s*(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü))\s*madde(?:si|sinin|nin)?\s*\(\s*([a-zçğıöşü](?:\s*,\s*[a-zçğıöşü])*)\s*\)/gu)) {
    for (const b of x[2]!.split(/\s*,\s*/u)) out.push(`${x[1]}/${b}`);
  }
  // a whole article: "13. Maddesine", "48 inci maddesi", "76 -ncı maddesi" (not one whose bents are cited)
  for (const x of segment.matchAll(/(\d{1,3})\s*(?:\.|[-–]?\s*(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü))\s*madde(?:si|sine|sinin|nin|ye|sini)?(?![\p{L}])(?!\s*(?:\(\s*[a-zçğıöşü]|[a-zçğıöşü]\s*\)))/giu)) {
    if (!out.some((a) => a.startsWith(`${x[1]}/`))) out.push(x[1]!);
  }
  return [...new Set(out)];
}

/** A law's display name from the words before "Kanunu": capitalised as the text writes it, or title case when written in lower case. */
function lawName(words: string, khk: boolean): string {
  const w = words.trim();
  const base = w === w.toLocaleLowerCase('tr-TR') ? titleCase(w) : w;
  return `${base} ${khk ? 'Kanun Hükmünde Kararname' : 'Kanunu'}`.trim();
}

// a council decision: "Konak Belediye Meclisinin 10.10.2016 tarih ve 139/2006 sayılı kararı", "… 68 sayılı … yönetmeliğine"
const DECISION = /((?:\p{Lu}\p{L}*\s+){0,4}Meclis(?:i|inin|i['’]nin))\s+(\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4})\s+tarih(?:li)?\s+(?:ve\s+)?(\d{1,5}(?:\/\d{2,4})?)\s+sayılı\s+/gu;

/**
 * Drafts the dayanak: every law the Dayanak article names by number ("5393 sayılı Belediye
 * Kanunu"), a council decision and the yönetmelik it adopted ("… Meclisinin 13/01/2021 tarih ve 68
 * sayılı … Hakkında yönetmeliğine"), a law named without its number ("Belediye Kanunu'nun 15/b
 * maddesi") and a yönetmelik named in quotation marks. A number a Resmi Gazete issue bears is not
 * the enactment's.
 */
export function draftLegalBasis(d: Drafting): void {
  // the caption above the article, or printed as the article's own first line ("MADDE 3-" then "Dayanak"; "Yasal Dayanak: …")
  const art = d.doc.articleWhere((f) => /dayanak/.test(f))
    ?? d.doc.articles.find((a) => { const p = d.doc.byId.get(a.id); return !!p && /^(?:yasal |hukuki )?dayanak(?:lar)?\b/.test(fold(d.doc.own(p))); });
  const leaves = art ? d.doc.leavesUnder(art.id) : [];
  const out: LegalBasis[] = [];
  for (const p of leaves) {
    const taken: [number, number][] = [];
    const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
    // council decisions first: their number is not a law's
    for (const m of p.text.matchAll(DECISION)) {
      const at = m.index!;
      const after = p.text.slice(at + m[0].length, at + m[0].length + 240);
      const body = m[1]!.trim().replace(/['’]?nin$/u, '');
      const number = m[3]!;
      const date = isoDate(m[2]!);
      const decision = p.text.slice(at, at + m[0].length).trim().replace(/\s+sayılı$/u, ' sayılı');
      const karar = /^kararı(?:yla|\s+ile)?\b/iu.exec(after);
      const yon = /^((?:[\p{L}’']+\s+){1,16}?)(yönetmeli(?:ği|ğine|ğinde|k)|Yönetmeli(?:ği|ğine|ğinde|k))(?=[\s,.;]|$)/u.exec(after);
      if (karar) {
        out.push({ kind: 'meclis-karari', number, name: `${body} kararı`, ...(date ? { date } : {}), articles: [], cites: [p.id], review: 'pending', readFrom: p.text.slice(at, at + m[0].length + karar[0].length) });
        taken.push([at, at + m[0].length + karar[0].length]);
      } else if (yon && !/[.;:]/.test(yon[1]!)) {
        const head = /^Y/u.test(yon[2]!) ? 'Yönetmelik' : 'yönetmelik';
        out.push({
          kind: 'yonetmelik', number, name: `${yon[1]!.trim()} ${head}`, ...(date ? { date } : {}), decision, articles: [],
          note: 'Sayı ve tarih, yönetmeliği kabul eden Meclis kararınındır.', cites: [p.id], review: 'pending',
          readFrom: p.text.slice(at, at + m[0].length + yon[0].length),
        });
        taken.push([at, at + m[0].length + yon[0].length]);
      } else taken.push([at, at + m[0].length]);
    }
    const re = /(\d{3,5})\s+sayılı\s+/giu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      if (!free(m.index, m.index + m[0].length) || /\/\s*$/.test(p.text.slice(0, m.index))) continue;
      const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
      if (/^resm[iî]\s+gazete/iu.test(after)) continue;
      const name = /^((?:[\p{L}’']+\s+){0,8}?)(kanun\s+hükmünde\s+kararname|kanun)(\p{L}*)/iu.exec(after);
      const yon = name ? undefined : /^((?:[\p{L}’']+\s+){1,16}?)(Yönetmeli(?:ği|k)|yönetmeli(?:ği|k))(?=[\s,.;’']|$)/u.exec(after);
      if (yon && !/[.;:]/.test(yon[1]!)) {
        // "22/07/2007 tarihli 26442 Sayılı … Yönetmelik": a yönetmelik has no number of its own
        const dated = /(\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4})\s+tarih(?:li)?\s+(?:ve\s+)?$/u.exec(p.text.slice(Math.max(0, m.index - 40), m.index));
        const ynName = `${yon[1]!.trim()} ${/^Y/u.test(yon[2]!) ? 'Yönetmelik' : 'yönetmelik'}`;
        const date = dated ? isoDate(dated[1]!) : undefined;
        taken.push([m.index, m.index + m[0].length + yon[0].length]);
        if (!out.some((b) => b.name && fold(b.name) === fold(ynName))) {
          out.push({
            kind: 'yonetmelik', name: ynName, ...(date ? { date } : {}), articles: [],
            note: `Metin yönetmeliği "${p.text.slice(m.index - (dated?.[0].length ?? 0), m.index + m[0].length).trim()}" diye anar; yönetmeliğin kendi sayısı olmadığından bu sayı ve tarih yayımlandığı Resmî Gazete'ninki olabilir. Bu bir çıkarımdır ve gözden geçirilmelidir.`,
            cites: [p.id], review: 'pending', readFrom: p.text.slice(m.index, m.index + m[0].length + yon[0].length),
          });
        }
        continue;
      }
      if (!name) continue;
      const khk = /kararname/iu.test(name[2]!);
      const words = name[1]!.trim();
      if (/[.;:]/.test(words)) continue;
      const number = m[1]!;
      taken.push([m.index, m.index + m[0].length + name[0].length]);
      if (out.some((b) => b.number === number)) continue;
      const before = p.text.slice(Math.max(0, m.index - 40), m.index);
      const date = /(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})\s+tarih(?:li)?\s+(?:ve\s+)?$/u.exec(before);
      const segEnd = p.text.slice(m.index + m[0].length).search(/\d{3,5}\s+sayılı/iu);
      const segment = p.text.slice(m.index + m[0].length + name[0].length, segEnd < 0 ? undefined : m.index + m[0].length + segEnd);
      out.push({
        kind: khk ? 'khk' : 'kanun', number, name: lawName(words, khk),
        ...(date ? { date: `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}` } : {}),
        articles: articlesIn(segment), cites: [p.id], review: 'pending',
        readFrom: p.text.slice(m.index, m.index + m[0].length + name[0].length),
      });
    }
    // a law named without its number: "Belediye Kanunu'nun 15/b maddesi"
    for (const n of p.text.matchAll(/((?:\p{Lu}\p{L}*\s+){1,6})Kanunu(?=['’]|\p{L}*[\s,.;]|$)/gu)) {
      const at = n.index!;
      if (!free(at, at + n[0].length) || /\d\s+sayılı\s+(?:\p{L}+\s+){0,6}$/iu.test(p.text.slice(Math.max(0, at - 80), at))) continue;
      const name = lawName(n[1]!, false);
      if (out.some((b) => b.name && fold(b.name) === fold(name))) continue;
      const rest = p.text.slice(at + n[0].length);
      const cut = rest.search(/\d{3,5}\s+sayılı|\p{Lu}\p{L}*\s+Kanunu/u);
      out.push({ kind: 'kanun', name, articles: articlesIn(rest.slice(0, cut < 0 ? 200 : cut)), cites: [p.id], review: 'pending', readFrom: n[0] });
      taken.push([at, at + n[0].length]);
    }
    // a yönetmelik named in quotation marks: "‘Belediye … Standartlarına Dair Yönetmelik’ hükümlerine"
    for (const q of p.text.matchAll(/[‘“"']([^‘’“”"']{10,200}?\s(?:Yönetmeliği|Yönetmelik|yönetmeliği|yönetmelik))[’”"']/gu)) {
      const name = q[1]!.trim().replace(/(önetmeli)ği$/u, '$1k');
      if (out.some((b) => b.name && fold(b.name) === fold(name))) continue;
      out.push({ kind: 'yonetmelik', name, articles: [], cites: [p.id], review: 'pending', readFrom: q[0] });
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
