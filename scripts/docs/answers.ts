/**
 * The library's answers rendered as HTML fragments, shared by the regulation pages, the actor
 * pages and the comparison page: who signs, reporting lines, routing, deputising, in force.
 */
import type { DeputyAnswer, InForceAnswer, ReportingLineAnswer, RoutingAnswer, WhoSignsAnswer } from '../../src/index.js';
import { esc } from './markup.js';
import { capital, Ctx, trDate, uniqueCitations } from './context.js';
import { actionTr, relationTr, signStatusTr, statusTr } from './words.js';

export function signAnswer(c: Ctx, a: WhoSignsAnswer): { answer: string; basis: string } {
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
  if (a.responsible.length) parts.push(`<span class="sorumlu">Sorumlu: ${c.actors_(a.responsible)}</span>`);
  if (a.fallback) parts.push(`<span class="yollama">Hüküm bulunmayan hallerde yürürlükteki mevzuat (${c.citation(a.fallback)}).</span>`);
  return { answer: parts.join('<br>'), basis: c.citations(a.citations) };
}

export function linesAnswer(c: Ctx, subject: string): { answer: string; basis: string } {
  const a = c.q.reportsTo(c.id, subject);
  if (!a.lines.length) return { answer: '<span class="durum durum-yok">Metin bir bağlılık belirtmiyor.</span>', basis: '—' };
  const answer = a.lines.map((l) => {
    const tags = [l.condition ? `<span class="kosul">koşullu: ${esc(l.condition)}</span>` : '', l.basis === 'structural' ? '<span class="cikarim">çıkarım</span>' : '']
      .filter(Boolean).join(' ');
    return `${c.actor(l.to)}: ${esc(relationTr[l.relation])}${tags ? ` ${tags}` : ''}`;
  }).join('<br>');
  return { answer, basis: c.citations(uniqueCitations(a.lines.flatMap((l) => l.citations))) };
}

export function routingAnswer(c: Ctx, a: RoutingAnswer): { answer: string; basis: string } {
  if (a.status === 'not-regulated') {
    const steps = a.steps.length ? `<br>${a.steps.map((s) => `${esc(capital(actionTr[s.action]))} (kim olduğu yazılmamış)`).join('; ')}` : '';
    return {
      answer: `<span class="durum durum-yok">Metin kimin havale ettiğini belirtmiyor.</span>${steps}${a.fallback ? `<br><span class="yollama">Hüküm bulunmayan hallerde yürürlükteki mevzuat (${c.citation(a.fallback)}).</span>` : ''}`,
      basis: c.citations(a.citations),
    };
  }
  return {
    answer: a.steps.map((s) => `${s.actor ? c.actor(s.actor) : '<span class="edilgen">(edilgen; kim olduğu yazılmamış)</span>'} ${esc(actionTr[s.action])} <span class="adim-atif">(${c.citation(s.citation)})</span>`).join('<br>'),
    basis: c.citations(a.citations),
  };
}

export function deputyAnswer(c: Ctx, a: DeputyAnswer): { answer: string; basis: string } {
  // what the text lets someone do while the subject is absent without making it vekâlet (Kocaeli m.6/f)
  const absent = a.inAbsence.map((x) => `<br><span class="yokken">Üstü yokken: ${c.actor(x.actor.id)}${x.condition ? ` (${esc(x.condition)})` : ''}, ${c.citation(x.citation)}${x.note ? `. ${esc(x.note)}` : ''}</span>`).join('');
  const note = a.note ? `<br><span class="not">${esc(a.note)}</span>` : '';
  if (a.status === 'not-regulated') {
    return {
      answer: `<span class="durum durum-yok">Metin vekili belirtmiyor.</span>${absent}${note}${a.fallback ? `<br><span class="yollama">Hüküm bulunmayan hallerde yürürlükteki mevzuat (${c.citation(a.fallback)}).</span>` : ''}`,
      basis: '—',
    };
  }
  return { answer: `${c.actors_(a.deputies, ' veya ')}${a.condition ? `<br><span class="kosul">${esc(a.condition)}</span>` : ''}${absent}${note}`, basis: c.citations(a.citations) };
}

export function inForceAnswer(c: Ctx, a: InForceAnswer): { answer: string; basis: string } {
  const from = a.from ? ` (${trDate(a.from)} tarihinden beri)` : '';
  const note = a.note ? `<br><span class="not">${esc(a.note)}</span>` : '';
  return { answer: `<span class="yururluk yururluk-${a.status}">${esc(statusTr[a.status])}${esc(from)}</span><br>${esc(a.condition)}${note}<br><small class="cekince">${esc(a.caveat)}</small>`, basis: c.citations(a.citations) };
}


/** "açık hüküm" or "çıkarım", as every line on the pages is marked. */
export const basisMark = (basis: ReportingLineAnswer['basis']) =>
  basis === 'structural' ? '<span class="cikarim">çıkarım</span>' : '<span class="acik-hukum">açık hüküm</span>';
