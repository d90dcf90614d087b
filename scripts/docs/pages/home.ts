/**
 * The list of encoded regulations on the home page (`docs/mevzuat/_liste.md`, included by `docs/index.md`).
 */
import { blocks, esc, heading, link } from '../markup.js';
import { adoptionText, COMPARE_HREF, Ctx, dl, HEADS_HREF, p, regHref, textHref, TOPICS_HREF, trDate } from '../context.js';
import { kindTr, statusTr } from '../words.js';

export function homeList(ctxs: Ctx[]): string {
  const cards = ctxs.map((c) => {
    const f = c.q.inForce(c.id, c.today);
    return `<div class="mevzuat-kart" data-mevzuat="${c.id}">` +
      `<h3 id="${c.id}" tabindex="-1">${link(regHref(c.id), c.reg.title)}</h3>` +
      dl([
        ['Belediye', `${esc(c.reg.municipality.name)} (${esc(c.reg.municipality.province)})`],
        ['Tür', esc(kindTr[c.reg.kind])],
        ['Kabul', c.reg.adoption ? esc(adoptionText(c.reg)!) : 'Metinde yok'],
        ['Yürürlük', `<span class="yururluk yururluk-${f.status}">${esc(statusTr[f.status])}${f.from ? ` (${esc(trDate(f.from))})` : ''}</span>`],
      ]) +
      p(esc(c.reg.summary), 'ozet') +
      p(`${link(regHref(c.id), 'Genel bakış')} · ${link(textHref(c.id), 'Tam metin')}`) +
      `</div>`;
  });
  return blocks(
    heading(2, 'mevzuat', `Kodlanmış mevzuat (${ctxs.length})`),
    `<div class="mevzuat-liste">${cards.join('')}</div>`,
    p(`Yürürlük durumu sitenin oluşturulduğu ${esc(trDate(ctxs[0]?.today ?? ''))} günü içindir. Bütün mevzuat yan yana: ${link(COMPARE_HREF, 'Karşılaştırma')} · ${link(TOPICS_HREF, 'Konulara göre görevler')} · ${link(HEADS_HREF, 'Birim amirlerinin bağlılıkları')}.`),
  );
}

