/**
 * Correspondence rules: "Müdürlükler arası yazışmalar Müdürün imzası ile yürütülür"; "… Valilik ve
 * tüm Kamu Kurum ve Kuruluşları ile özel ve tüzel kişilerle yapacağı önemli yazışmalarını, sorumlu
 * personel, Şef ve Müdürün parafı ile Belediye Başkanı ve/veya ilgili Başkan Yardımcısı imzası ile
 * yürütülür"; "… Müdür parafı ve Belediye Başkanının veya yetki verdiği Başkan Yardımcısının imzası
 * ile yürütülür". A rule is drafted only when its recipients are named and every paraf holder and
 * signer names a known actor.
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
  for (const p of d.doc.provisions) if (p.leaf) for (const s of sentences(p.text)) read(d, p, p.text.slice(s.start, s.end));
}

function read(d: Drafting, p: Provision, text: string): void {
  const l = lite(text);
  const y = /\byazisma[a-z]*/.exec(l);
  if (!y) return;
  const afterY = y.index + y[0].length;
  const imza = /\bimza(?:si|lari|siyla|larinin)\b/g;
  imza.lastIndex = afterY;
  const im = imza.exec(l);
  if (!im) return;
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
