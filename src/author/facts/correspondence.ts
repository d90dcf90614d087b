/**
 * Correspondence rules: "Müdürlükler arası yazışmalar Müdürün imzası ile yürütülür"; "… Valilik ve
 * tüm Kamu Kurum ve Kuruluşları ile özel ve tüzel kişilerle yapacağı önemli yazışmalarını, sorumlu
 * personel, Şef ve Müdürün parafı ile Belediye Başkanı ve/veya ilgili Başkan Yardımcısı imzası ile
 * yürütülür"; "… Müdür parafı ve Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası
 * ile yürütülür". A rule is drafted only when its recipients are named and every paraf holder and
 * signer names a known actor.
 *
 * In a duty list, a duty to do the unit's correspondence as a whole ("Müdürlüğün bütün resmi
 * yazışmalarını yapmak", "her türlü iç/dış yazışmaları yapmak", "Müdürlüğe ait yazışmaları …
 * yapmak") makes its holder responsible for that correspondence: a rule with no signer or paraf
 * (the text names none there), its recipients those the words name, or every class when the words
 * say all of the unit's correspondence. A duty only to follow or check correspondence is not one.
 */
import type { CorrespondenceRuleInput, RecipientClass } from '../../schema/facts.js';
import type { Provision } from '../../schema/text.js';
import type { Drafting } from './draft.js';
import { parseList } from './phrases.js';
import { cap } from './reporting.js';
import { lite, sentences } from './text.js';

const RECIPIENTS: [RecipientClass, RegExp][] = [
  ['inter-directorate', /mudurlukler ?arasi|diger mudurluk|birimler ?arasi|kurum ?ici|belediye ici|mudurluklerle/],
  ['public-institution', /valilik|kaymakamlik|bakanlik|kamu kurum|kamu kurulus|resmi kurum|buyuksehir|diger kurum/],
  ['private-party', /ozel ve tuzel|ozel kisi|tuzel kisi|gercek (?:ve tuzel )?kisi|sahis|vatandas/],
];
const SCOPE = /\b(?:onemli|gerekli gorulen|gerekli gorulecek)\b/;

/** Drafts the correspondence rules of every provision. */
export function draftCorrespondence(d: Drafting): void {
  // a semicolon may part the recipients from the paraf and signature ("… gerekli görülen yazışmalar;
  // Müdür parafı ve … imzası ile yürütülür"): one rule is one sentence up to its full stop
  for (const p of d.doc.provisions) if (p.leaf) for (const s of sentences(p.text, { semicolons: false })) read(d, p, p.text.slice(s.start, s.end));
}

function read(d: Drafting, p: Provision, text: string): void {
  const l = lite(text);
  const y = /\byazisma[a-z]*/.exec(l);
  if (!y) return;
  const afterY = y.index + y[0].length;
  const imza = /\bimza(?:si|lari|siyla|larinin)\b/g;
  imza.lastIndex = afterY;
  const im = imza.exec(l);
  if (!im) { readResponsible(d, p, text, l); return; }
  if (/\b(degil|olmaz|yapilamaz)\b/.test(l)) return;
  const paraf = /\bparaf(?:i|lari|iyla)?\b/g;
  paraf.lastIndex = afterY;
  const pm = paraf.exec(l);
  const hasParaf = pm !== null && pm.index < im.index;
  const recipientText = text.slice(0, afterY);
  const rl = lite(recipientText);
  let recipients = RECIPIENTS.filter(([, re]) => re.test(rl)).map(([c]) => c);
  if (/\bic ve dis\b/.test(rl)) recipients = RECIPIENTS.map(([c]) => c);
  if (!recipients.length) { d.todo(p.id, `Yazışmanın kime olduğu okunamadı: "${cap(recipientText, 120)}"`); return; }
  const strip = (s: string) => s.replace(/^[\s;,:]+|[\s;,:]+$/g, '').replace(/^(?:ile|ve)\s+/u, '').trim();
  const parafText = hasParaf ? strip(text.slice(afterY, pm!.index)) : '';
  const signerText = strip(text.slice(hasParaf ? pm!.index + pm![0].length : afterY, im.index));
  const parafs = hasParaf ? parseList(d.book, parafText) : [];
  const signers = signerText ? parseList(d.book, signerText) : undefined;
  if (!parafs || !signers) { d.todo(p.id, `Yazışmanın paraf ya da imza sahipleri okunamadı: "${cap(text, 160)}"`); return; }
  const scope = SCOPE.exec(rl);
  const rule: CorrespondenceRuleInput = {
    id: d.id(`${recipients.join(' ')} yazismalar`, 6),
    recipients,
    recipientText: recipientText.replace(/^[\s(a-zçğıöşü)]{0,3}\)\s*/u, '').trim(),
    ...(scope ? { scope: text.slice(scope.index, scope.index + scope[0].length) } : {}),
    signers: signers.map((s) => ({ actor: s.actor.id, via: s.delegation ? 'delegation' as const : 'own' as const })),
    ...(signers.length > 1 && signers[1]!.connector && /^(veya|ve|ve\/veya)$/.test(signers[1]!.connector) ? { signersJoin: signers[1]!.connector as 'veya' | 've' | 've/veya' } : {}),
    paraf: parafs.map((x) => x.actor.id),
    ...(parafs.some((x) => x.qualifier) ? { parafQualifiers: parafs.filter((x) => x.qualifier).map((x) => ({ actor: x.actor.id, qualifier: x.qualifier! })) } : {}),
    responsible: [],
    cites: [p.id],
    review: 'pending',
    readFrom: cap(text),
  };
  for (const m of [...parafs, ...signers]) d.book.cite(m.actor, p.id);
  d.rules.correspondence.push(rule);
}

/** Words before "yazışmalar" that make it the whole of the unit's correspondence. */
const WHOLE = /\b(?:mudurlu[a-z]*(?: ait| ile ilgili)?|birimin(?:e ait)?|her turlu|butun|tum|ic ?\/ ?dis)\b/;
/** The verb that makes the holder the one who does it (not one who follows or checks it). */
const DOES = /^[^;.]{0,80}?\b(?:yapmak|yapilmasini saglamak|yurutmek|yurutulmesini saglamak)\b/;

/** A duty-list provision that gives its holder the unit's correspondence (see the module comment). */
function readResponsible(d: Drafting, p: Provision, text: string, l: string): void {
  const holder = d.holders.get(p.id);
  if (!holder) return;
  const y = /\byazisma(?:lari|larini|larinin|larin)\b/.exec(l);
  if (!y) return;
  const end = y.index + y[0].length;
  if (!DOES.test(l.slice(end)) || /\b(?:takip|kontrol|denetle|izle)/.test(l.slice(end, end + 40))) return;
  // the words of this clause before "yazışmalar": from the last comma or semicolon
  const clauseStart = Math.max(l.lastIndexOf(',', y.index), l.lastIndexOf(';', y.index)) + 1;
  const before = l.slice(clauseStart, y.index);
  const named = RECIPIENTS.filter(([, re]) => re.test(before)).map(([c]) => c);
  const whole = WHOLE.exec(before);
  if (!named.length && !whole) return;
  const recipients = named.length ? named : RECIPIENTS.map(([c]) => c);
  const from = named.length ? clauseStart : clauseStart + whole!.index;
  const recipientText = text.slice(from, end).trim();
  d.rules.correspondence.push({
    id: d.id(`${holder.name} yazismalari`, 6),
    recipients,
    recipientText,
    signers: [],
    paraf: [],
    responsible: [holder.id],
    cites: [p.id],
    review: 'pending',
    readFrom: cap(text),
  });
  d.book.cite(holder, p.id);
}
