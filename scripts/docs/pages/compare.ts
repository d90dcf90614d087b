/**
 * The pages across every regulation: the comparison (`/mevzuat/karsilastirma.html`) and the heads'
 * reporting lines (`/mevzuat/amirler.html`).
 */
import type { RecipientClass, ReportingLineAnswer } from '../../../src/index.js';
import { blocks, esc, heading, link, table } from '../markup.js';
import { COMPARE_HREF, Ctx, frontmatter, h1, HEADS_HREF, p, regHref, TOPICS_HREF, trDate } from '../context.js';
import { basisMark, deputyAnswer, inForceAnswer, linesAnswer, routingAnswer, signAnswer } from '../answers.js';
import { recipientTr, superiorAsTr } from '../words.js';

export function comparePage(ctxs: Ctx[]): string {
  const section = (id: string, title: string, intro: string, answer: (c: Ctx) => { answer: string; basis: string }) => [
    heading(2, id, title),
    p(intro),
    table(['Mevzuat', 'Yanıt', 'Madde'], ctxs.map((c) => {
      const a = answer(c);
      return [`<span data-mevzuat="${c.id}">${link(regHref(c.id), c.shortName)}</span>`, a.answer, a.basis];
    }), `karsilastirma karsilastirma-${id}`),
  ];
  const signQuestions: Record<RecipientClass, [id: string, title: string]> = {
    'public-institution': ['imza-kamu', 'Kamu kurum ve kuruluşlarına yazıları kim imzalar?'],
    'inter-directorate': ['imza-mudurlukler', 'Diğer müdürlüklere yazıları kim imzalar?'],
    'private-party': ['imza-ozel', 'Özel ve tüzel kişilere yazıları kim imzalar?'],
  };
  const order: RecipientClass[] = ['public-institution', 'inter-directorate', 'private-party'];
  return frontmatter('Karşılaştırma', { outline: '2' }) + blocks(
    h1('Karşılaştırma', 'Bütün mevzuat'),
    p(`Aynı soru, kodlanmış ${ctxs.length} mevzuatın her biri için yanıtlanır. Her yanıtın yanında dayandığı madde vardır. Ayrıca: ${link(TOPICS_HREF, 'konulara göre görevler')} ve ${link(HEADS_HREF, 'birim amirlerinin bağlılıkları')}.`),
    ...order.flatMap((cls) => section(signQuestions[cls][0], signQuestions[cls][1], `Alıcı: ${esc(recipientTr[cls])}${(ctxs[0]?.synonyms.get(cls) ?? []).length ? ` (bu sınıfta sayılanlar: ${esc(ctxs[0]!.synonyms.get(cls)!.join(', '))})` : ''}. Paraf atan, imzalayan ve dayandığı madde.`, (c) => signAnswer(c, c.q.whoSigns(c.id, cls)))),
    ...section('baglilik', 'Teşkilat kime bağlı?', 'Düzenlenen birimin bağlılık ilişkileri. Birim amirlerinin bağlılıkları için: ' + link(HEADS_HREF, 'Birim amirlerinin bağlılıkları') + '.', (c) => {
      const a = linesAnswer(c, c.reg.organisation);
      return { answer: `<b>${c.actor(c.reg.organisation)}</b><br>${a.answer}`, basis: a.basis };
    }),
    ...section('gelen-evrak', 'Gelen evrakı kim havale eder?', 'Gelen evrakın kaydı ve havalesi, metindeki sırasıyla.', (c) => routingAnswer(c, c.q.whoRoutesIncoming(c.id))),
    ...section('vekalet', 'Birim amirinin yokluğunda kim vekalet eder?', 'Düzenlenen birimin başındaki kadro yokken kim vekalet eder.', (c) => {
      if (!c.head) return { answer: '<span class="durum durum-yok">Metin birimin başındaki kadroyu belirtmiyor.</span>', basis: '—' };
      const a = deputyAnswer(c, c.q.deputyOf(c.id, c.head.id));
      return { answer: `<b>${c.actor(c.head.id)}</b> yokken: ${a.answer}`, basis: a.basis };
    }),
    ...section('yururluk', 'Yürürlükte mi?', `Sitenin oluşturulduğu ${esc(trDate(ctxs[0]?.today ?? ''))} günü için.`, (c) => inForceAnswer(c, c.q.inForce(c.id, c.today))),
  );
}


/** The reporting lines of every organisation's head, side by side, each marked explicit or inferred. */
export function headsPage(ctxs: Ctx[]): string {
  const rows = ctxs.map((c) => {
    const head = c.head;
    if (!head) return [`<span data-mevzuat="${c.id}">${link(regHref(c.id), c.shortName)}</span>`, '—', '<span class="durum durum-yok">Metin birimin başındaki kadroyu belirtmiyor.</span>', '—', '—'];
    const lines = c.q.reportsTo(c.id, head.id).lines;
    const unitLines = c.q.reportsTo(c.id, c.reg.organisation).lines;
    const fmt = (ls: readonly ReportingLineAnswer[]) => ls.length
      ? ls.map((l) => `${esc(superiorAsTr[l.relation])}: ${c.actor(l.to)} ${basisMark(l.basis)}${l.condition ? ` <span class="kosul">koşullu: ${esc(l.condition)}</span>` : ''} (${c.citations(l.citations)})`).join('<br>')
      : '<span class="durum durum-yok">Metin bir bağlılık belirtmiyor.</span>';
    const chain = c.q.chainOfCommand(c.id, head.id);
    return [
      `<span data-mevzuat="${c.id}">${link(regHref(c.id), c.shortName)}</span>`, c.actor(head.id), fmt(lines),
      `<b>${c.actor(c.reg.organisation)}</b><br>${fmt(unitLines)}`, chain.map((a) => c.actor(a)).join(' → '),
    ];
  });
  return frontmatter('Birim amirlerinin bağlılıkları', { outline: '2' }) + blocks(
    h1('Birim amirlerinin bağlılıkları', 'Bütün mevzuat'),
    p(`Her mevzuatın düzenlediği birimin başındaki kadro kime bağlıdır, kime karşı sorumludur; birimin kendi bağlılığı ve en üste kadar amir zinciri. Her satır metinde açık mı (açık hüküm), birim yapısından mı çıkarılmış (çıkarım), belirtilir. ${link(COMPARE_HREF, 'Karşılaştırma')} sayfasında öteki sorular var.`),
    table(['Mevzuat', 'Birim amiri', 'Amirin bağlılığı', 'Birimin bağlılığı', 'Amir zinciri'], rows, 'amirler'),
  );
}

