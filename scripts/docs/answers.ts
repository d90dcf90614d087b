/**
 * The library's answers rendered as HTML fragments, shared by the regulation pages, the actor
 * pages and the comparison page: who signs, reporting lines, routing, deputising, in force.
 */
import type { DeputyAnswer, InForceAnswer, ReportingLineAnswer, RoutingAnswer, WhoSignsAnswer } from '../../src/index.js';
import { esc } from './markup.js';
import { capital, Ctx, trDate, uniqueCitations } from './context.js';
import { actionTr, signStatusTr, statusTr, superiorAsTr } from './words.js';

/**
 * The visible marker of an answer (or a duty, a line) that rests on a machine-drafted fact not yet
 * reviewed by a person (`review: 'pending'`); empty otherwise. The field is optional: data without
 * it shows no marker.
 */
export function pendingMark(x: object | undefined): string {
  return x && (x as { review?: unknown }).review === 'pending'
    ? '<span class="gozden-gecirilmemis" title="Bu bilgi metinden makineyle çıkarıldı; henüz bir kişi tarafından doğrulanmadı.">gözden geçirilmemiş</span> '
    : '';
}

const reviewed = (a: object, r: { answer: string; basis: string }) => ({ answer: pendingMark(a) + r.answer, basis: r.basis });

function signAnswerBody(c: Ctx, a: WhoSignsAnswer): { answer: string; basis: string } {
  const signers = a.signers.map((s) => (s.via === 'delegation' ? `${c.actor(s)} <span class="yetki">(yetki verdiği)</span>` : c.actor(s))).join(' veya ');
  const parts: string[] = [];
  if (a.status === 'explicit') {
    parts.push(`<span class="imza">İmza: ${signers}</span>`);
    parts.push(`<span class="paraf">Paraf: ${a.paraf.length ? c.actors_(a.paraf) : 'metinde yok'}</span>`);
  } else if (a.status === 'responsible-only') {
    parts.push(`<span class="durum">${esc(signStatusTr[a.status])}: imzalayan metinde yok.</span>`);
  } else {
    parts.push(`<span class="durum durum-yok">${esc(signStatusTr[a.status])}.</span>`);
  }
  // an actor charged under several scopes (m.6/m and m.12/g) is named once; the explanation gives each scope
  if (a.responsible.length) parts.push(`<span class="sorumlu">Sorumlu: ${c.actors_(a.responsible.filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i))}</span>`);
  if (a.fallback) parts.push(`<span class="yollama">Hüküm bulunmayan hallerde yürürlükteki mevzuat (${c.citation(a.fallback)}).</span>`);
  return { answer: parts.join('<br>'), basis: c.citations(a.citations) };
}

export function linesAnswer(c: Ctx, subject: string): { answer: string; basis: string } {
  const a = c.q.reportsTo(c.id, subject);
  if (!a.lines.length) return { answer: '<span class="durum durum-yok">Metin bir bağlılık belirtmiyor.</span>', basis: '—' };
  const answer = a.lines.map((l) => {
    const tags = [l.condition ? `<span class="kosul">koşullu: ${esc(l.condition)}</span>` : '', l.basis === 'structural' ? '<span class="cikarim">çıkarım</span>' : '']
      .filter(Boolean).join(' ');
    return `${esc(superiorAsTr[l.relation])}: ${c.actor(l.to)}${tags ? ` ${tags}` : ''}${pendingMark(l)}`;
  }).join('<br>');
  return { answer: pendingMark(a) + answer, basis: c.citations(uniqueCitations(a.lines.flatMap((l) => l.citations))) };
}

/**
 * To whom a step's document goes, as the answer book and the CLI say it: the text's own words where
 * they narrow the recipients (Kocaeli m.7/h "maiyetindeki personel"), with the post they are drawn from.
 */
function routingTo(c: Ctx, s: RoutingAnswer['steps'][number]): string {
  if (!s.to?.length) return '';
  return ` <span class="kime">Kime: ${s.toText ? `&quot;${esc(s.toText)}&quot; (${c.actors_(s.to)})` : c.actors_(s.to)}</span>`;
}

function routingAnswerBody(c: Ctx, a: RoutingAnswer): { answer: string; basis: string } {
  if (a.status === 'not-regulated') {
    const steps = a.steps.length ? `<br>${a.steps.map((s) => `${esc(capital(actionTr[s.action]))} (kim olduğu yazılmamış)${routingTo(c, s)}`).join('; ')}` : '';
    return {
      answer: `<span class="durum durum-yok">Metin kimin havale ettiğini belirtmiyor.</span>${steps}${a.fallback ? `<br><span class="yollama">Hüküm bulunmayan hallerde yürürlükteki mevzuat (${c.citation(a.fallback)}).</span>` : ''}`,
      basis: c.citations(a.citations),
    };
  }
  return {
    answer: a.steps.map((s) => `${s.actor ? c.actor(s.actor) : '<span class="edilgen">(edilgen; kim olduğu yazılmamış)</span>'} ${esc(actionTr[s.action])}${routingTo(c, s)} <span class="adim-atif">(${c.citation(s.citation)})</span>${s.note ? ` <span class="not">Not: ${esc(s.note)}</span>` : ''}`).join('<br>'),
    basis: c.citations(a.citations),
  };
}

function deputyAnswerBody(c: Ctx, a: DeputyAnswer): { answer: string; basis: string } {
  // what the text lets someone do while the subject is absent without making it vekâlet (Kocaeli m.6/f)
  // one whole sentence each, worded as the answer book and the CLI word it
  const absent = a.inAbsence.map((x) => `<br><span class="yokken">Vekâlet hükmü olmamakla birlikte ${c.citation(x.citation)}, ${esc(a.subject.name)} bulunmadığında ${c.actor(x.actor.id)} için bir görev öngörür${x.condition ? ` (metindeki koşul: ${esc(`"${x.condition}"`)})` : ''}.${x.note ? ` ${esc(x.note)}` : ''}</span>`).join('');
  // what the text has someone do on the subject's behalf without making it vekâlet (İzmir m.8/l)
  const represent = (a.represents ?? []).map((x) => `<br><span class="temsilen">Vekâlet hükmü olmamakla birlikte ${c.citation(x.citation)}, ${c.actor(x.actor.id)} için ${esc(a.subject.name)} adına bir temsil görevi öngörür.${x.note ? ` ${esc(x.note)}` : ''}</span>`).join('');
  const note = a.note ? `<br><span class="not">${esc(a.note)}</span>` : '';
  if (a.status === 'not-regulated') {
    return {
      answer: `<span class="durum durum-yok">Metin vekili belirtmiyor.</span>${absent}${represent}${note}${a.fallback ? `<br><span class="yollama">Hüküm bulunmayan hallerde yürürlükteki mevzuat (${c.citation(a.fallback)}).</span>` : ''}`,
      basis: '—',
    };
  }
  return { answer: `${c.actors_(a.deputies, ' veya ')}${a.condition ? `<br><span class="kosul">${esc(a.condition)}</span>` : ''}${absent}${represent}${note}`, basis: c.citations(a.citations) };
}

function inForceAnswerBody(c: Ctx, a: InForceAnswer): { answer: string; basis: string } {
  const from = a.from ? ` (${trDate(a.from)} tarihinden beri)` : '';
  const note = a.note ? `<br><span class="not">${esc(a.note)}</span>` : '';
  return { answer: `<span class="yururluk yururluk-${a.status}">${esc(statusTr[a.status])}${esc(from)}</span><br>${esc(a.condition)}${note}<br><small class="cekince">${esc(a.caveat)}</small>`, basis: c.citations(a.citations) };
}


/** "açık hüküm" or "çıkarım", as every line on the pages is marked. */
export const basisMark = (basis: ReportingLineAnswer['basis']) =>
  basis === 'structural' ? '<span class="cikarim">çıkarım</span>' : '<span class="acik-hukum">açık hüküm</span>';

/** {@link signAnswerBody} with the "gözden geçirilmemiş" marker when the answer rests on a fact nobody has reviewed. */
export const signAnswer = (c: Ctx, a: WhoSignsAnswer) => reviewed(a, signAnswerBody(c, a));

/** {@link routingAnswerBody} with the "gözden geçirilmemiş" marker when the answer rests on a fact nobody has reviewed. */
export const routingAnswer = (c: Ctx, a: RoutingAnswer) => reviewed(a, routingAnswerBody(c, a));

/** {@link deputyAnswerBody} with the "gözden geçirilmemiş" marker when the answer rests on a fact nobody has reviewed. */
export const deputyAnswer = (c: Ctx, a: DeputyAnswer) => reviewed(a, deputyAnswerBody(c, a));

/** {@link inForceAnswerBody} with the "gözden geçirilmemiş" marker when the answer rests on a fact nobody has reviewed. */
export const inForceAnswer = (c: Ctx, a: InForceAnswer) => reviewed(a, inForceAnswerBody(c, a));
