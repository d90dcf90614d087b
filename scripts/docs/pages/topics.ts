/**
 * Duties by topic across every regulation: the index (`/mevzuat/konular/`) and one page per topic.
 */
import { collator, topics } from '../../../src/index.js';
import type { ActorRef, Duty, Topic } from '../../../src/index.js';
import { pendingMark } from '../answers.js';
import { blocks, esc, heading, link, table } from '../markup.js';
import { COMPARE_HREF, Ctx, frontmatter, h1, p, TOPICS_HREF, topicHref } from '../context.js';
import { topicTr } from '../words.js';

/** The duties of one topic in one regulation, by holder, each duty once (not again through an inclusion). */
export function topicDuties(c: Ctx, t: Topic): { holder: ActorRef; duties: Duty[] }[] {
  return [...c.actors.values()]
    .map(({ ref }) => ({ holder: ref, duties: c.q.dutiesOf(c.id, ref.id, { topic: t }).filter((d) => !d.via) }))
    .filter((x) => x.duties.length);
}

/** One page per duty topic: every regulation's duties of that topic, with holder and citation. */
export function topicPage(ctxs: Ctx[], t: Topic): string {
  const parts = ctxs.map((c) => {
    const groups = topicDuties(c, t);
    const rows = groups.flatMap((g) => g.duties.map((d) => [c.actor(g.holder), pendingMark(d) + esc(d.text), c.citation(d.citation)]));
    return [
      heading(2, c.id, c.shortName),
      rows.length
        ? table(['Görev sahibi', 'Görev (metindeki gibi)', 'Madde'], rows, `konu-gorevleri" data-mevzuat="${c.id}`)
        : p('<span class="durum durum-yok">Bu mevzuatta bu konuda bir görev yok.</span>'),
    ];
  });
  const counts = ctxs.map((c) => `${link(`#${c.id}`, c.shortName)}: ${topicDuties(c, t).reduce((n, g) => n + g.duties.length, 0)}`);
  return frontmatter(`${topicTr[t]} · Konulara göre görevler`, { outline: '2' }) + blocks(
    h1(`${topicTr[t]}: bütün mevzuatta görevler`, 'Konulara göre görevler'),
    p(`${link(TOPICS_HREF, 'Konulara göre görevler')} · ${link(COMPARE_HREF, 'Karşılaştırma')}`, 'ust-baglantilar'),
    p(`“${esc(topicTr[t])}” konusundaki görevler, kodlanmış her mevzuatta, görev sahibi ve dayandığı maddeyle. Görev sayıları: ${counts.join(' · ')}.`),
    ...parts.flat(),
  );
}

export function topicsIndex(ctxs: Ctx[]): string {
  // a topic no regulation has a duty of has no page: it is not listed either
  const sorted = [...topics].filter((t) => ctxs.some((c) => topicDuties(c, t).length)).sort((a, b) => collator.compare(topicTr[a], topicTr[b]));
  const rows = sorted.map((t) => [link(topicHref(t), topicTr[t]), ...ctxs.map((c) => String(topicDuties(c, t).reduce((n, g) => n + g.duties.length, 0)))]);
  return frontmatter('Konulara göre görevler') + blocks(
    h1('Konulara göre görevler', 'Bütün mevzuat'),
    p('Her konu için, kodlanmış bütün mevzuattaki görevler tek sayfada, yan yana. Tablodaki sayılar her mevzuattaki görev sayısıdır; bir görev birden çok konuda geçebilir.'),
    table(['Konu', ...ctxs.map((c) => c.shortName)], rows, 'konular'),
  );
}

