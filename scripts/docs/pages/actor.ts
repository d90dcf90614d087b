/**
 * The page of one unit, post or office (`/mevzuat/<id>/birim|kadro|makam/<actor>.html`): what it
 * is, every reporting line that concerns it, deputising, and its duties by topic.
 */
import { collator, topics } from '../../../src/index.js';
import type { ActorRef, Duty, Office, Post, ReportingLineAnswer, Topic, Unit } from '../../../src/index.js';
import { blocks, esc, heading, link, table } from '../markup.js';
import { Ctx, dl, frontmatter, h1, p, regHref } from '../context.js';
import { basisMark, deputyAnswer, pendingMark } from '../answers.js';
import { actorKindTr, LINE_COLUMNS, relationTr, topicTr, unitKindTr } from '../words.js';

/**
 * Every line that concerns an actor: its own, its unit's (for a post) or its head's (for a unit),
 * and each step of its chain of command, each marked explicit or inferred.
 */
export function concernRows(c: Ctx, ref: ActorRef, data: Unit | Post | Office, chain: readonly ActorRef[]): string {
  type Row = { from: ActorRef; line: ReportingLineAnswer; why: string };
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (subject: string, why: string, only?: string) => {
    const a = c.q.reportsTo(c.id, subject);
    for (const line of a.lines) {
      if (only && line.to.id !== only) continue;
      const key = `${a.subject.id}→${line.to.id}→${line.relation}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ from: a.subject, line, why });
    }
  };
  add(ref.id, 'kendi bağlılığı');
  if ('unit' in data && data.unit) add(data.unit, data.heads ? 'başında olduğu birimin bağlılığı' : 'biriminin bağlılığı');
  if (ref.kind === 'unit') for (const h of c.reg.posts.filter((p) => p.unit === ref.id && p.heads)) add(h.id, 'birimin başındaki kadronun bağlılığı');
  const gaps: string[] = [];
  for (let i = 0; i + 1 < chain.length; i++) {
    const before = rows.length;
    add(chain[i]!.id, 'amir zinciri', chain[i + 1]!.id);
    const direct = c.q.reportsTo(c.id, chain[i]!.id).lines.some((l) => l.to.id === chain[i + 1]!.id);
    if (rows.length === before && !direct) gaps.push(`${c.actor(chain[i]!)} → ${c.actor(chain[i + 1]!)}`);
  }
  if (!rows.length) return p('<span class="durum durum-yok">Metin bu birim ya da kadro için bir bağlılık belirtmiyor; birim yapısından da bir bağlılık çıkmıyor.</span>');
  const tableHtml = table([...LINE_COLUMNS, 'Hüküm', 'Madde', 'İlgisi'], rows.map((r) => [
    c.actor(r.from), c.actor(r.line.to),
    `${esc(relationTr[r.line.relation])}${r.line.condition ? ` <span class="kosul">koşullu: ${esc(r.line.condition)}</span>` : ''}`,
    basisMark(r.line.basis), c.citations(r.line.citations), esc(r.why),
  ]), 'baglilik');
  const gapNote = gaps.length
    ? p(`Zincirdeki şu adımlar tek bir bağlılık satırına dayanmaz; birden çok üst arasından ortak üste geçilerek çıkarılmıştır (<span class="cikarim">çıkarım</span>): ${gaps.join('; ')}.`, 'zincir-not')
    : '';
  return tableHtml + gapNote;
}

/**
 * An actor the text gives no duty, in the CLI's and the answer book's words: not-regulated, the
 * fallback clause (not for an office outside the organisation), and the havale steps that name it.
 */
function noDuties(c: Ctx, ref: ActorRef): string {
  const { reg } = c;
  const fb = ref.kind === 'office' ? ''
    : reg.fallback ? ` Hüküm bulunmayan hallerde ${c.cites([reg.fallback])} uyarınca yürürlükteki mevzuat uygulanır.`
      : ' Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.';
  const routed = [...new Map(c.q.whoRoutesIncoming(reg.id).steps.filter((st) => st.to?.some((t) => t.id === ref.id)).map((st) => [st.citation.id, st.citation])).values()];
  return `Metin ${esc(ref.name)} için bir görev saymıyor.${fb}${routed.length ? ` Gelen evrak ona da havale edilebilir (${c.citations(routed)}).` : ''} <span class="durum durum-yok">düzenlenmemiş</span>`;
}

export function actorPage(c: Ctx, ref: ActorRef, data: Unit | Post | Office): string {
  const { reg } = c;
  const duties = c.q.dutiesOf(reg.id, ref.id);
  const chain = c.q.chainOfCommand(reg.id, ref.id);
  const below = reg.reporting.filter((l) => l.to === ref.id);
  const defs = reg.definitions.filter((d) => d.actor === ref.id);
  const facts: [string, string | undefined][] = [['Türü', esc(actorKindTr[ref.kind] + ('kind' in data ? ` (${unitKindTr[data.kind]})` : ''))]];
  if (data.aliases?.length) facts.push(['Metindeki diğer adları', esc(data.aliases.join(', '))]);
  if ('parent' in data && data.parent) facts.push(['Üst birim', c.actor(data.parent)]);
  if ('unit' in data && data.unit) facts.push(['Birimi', `${c.actor(data.unit)}${data.heads ? ' (birimin başı)' : ''}`]);
  if ('generic' in data && data.generic) facts.push(['Kapsam', 'Genel: bu sınıfın bütün mensupları']);
  if ('nameSupplied' in data && data.nameSupplied) facts.push(['Ad', 'Metin bu adı yazmıyor; kütüphanece verilmiştir.']);
  if (data.note) facts.push(['Not', esc(data.note)]);
  facts.push(['Dayanak', c.cites(data.cites)]);
  if (defs.length) facts.push(['Tanım', defs.map((d) => `<q>${esc(d.meaning)}</q> (${c.cites(d.cites)})`).join('<br>')]);
  for (const inc of data.includesDutiesOf ?? []) facts.push(['Ayrıca', `${c.actor(inc.actor)} görevlerini de üstlenir (${c.cites(inc.cites)})`]);

  const byTopic = new Map<Topic, Duty[]>();
  for (const d of duties) for (const t of d.topics) byTopic.set(t, [...(byTopic.get(t) ?? []), d]);
  const topicOrder = [...topics].filter((t) => byTopic.has(t)).sort((a, b) => collator.compare(topicTr[a], topicTr[b]));
  const dutyBlocks = topicOrder.flatMap((t) => [
    heading(3, `konu-${t}`, topicTr[t]),
    `<ul class="gorevler" data-konu="${t}">${byTopic.get(t)!.map((d) =>
      `<li class="gorev">${pendingMark(d)}<span class="gorev-metin">${esc(d.text)}</span> ${c.citation(d.citation)}${d.via ? ` <small class="via">(${c.actor(d.via.actor)} görevi; ${c.citation(d.via.citation)})</small>` : ''}</li>`).join('')}</ul>`,
  ]);
  const deputy = ref.kind !== 'unit' ? c.q.deputyOf(reg.id, ref.id) : undefined;
  const deputyHtml = deputy && (deputy.status === 'explicit' || c.head?.id === ref.id) ? deputyAnswer(c, deputy) : undefined;
  const dutyCount = duties.length;
  const standsIn = reg.deputies.filter((d) => d.deputies.includes(ref.id));

  return frontmatter(`${ref.name} · ${c.shortName}`, { outline: '[2, 3]' }) + blocks(
    h1(ref.name, c.shortName),
    p(`${link(regHref(reg.id), c.shortName)} · ${esc(actorKindTr[ref.kind])}`, 'ust-baglantilar'),
    dl(facts),
    heading(2, 'baglilik', 'Bağlılık'),
    p('Bu birimi ya da kadroyu ilgilendiren bütün bağlılıklar: kendi bağlılığı, biriminin bağlılığı ve en üste kadar amir zinciri. Her satırda bağlılığın metinde açıkça yazılı mı (açık hüküm), yoksa birim yapısından mı çıkarıldığı (çıkarım) belirtilir.'),
    concernRows(c, ref, data, chain),
    chain.length > 1 && p(`Amir zinciri: ${chain.map((a) => c.actor(a)).join(' → ')}`, 'zincir'),
    below.length > 0 && heading(3, 'astlar', 'Ona bağlı olanlar'),
    below.length > 0 && table(['Ast', 'İlişki', 'Hüküm', 'Madde'], below.map((l) => [
      c.actor(l.from), `${esc(relationTr[l.relation])}${l.condition ? ` <span class="kosul">koşullu: ${esc(l.condition)}</span>` : ''}`, basisMark(l.basis), c.cites(l.cites),
    ]), 'astlar'),
    deputyHtml && heading(2, 'vekalet', 'Vekalet: yokluğunda kim vekalet eder?'),
    deputyHtml && table(['Vekil', 'Madde'], [[deputyHtml.answer, deputyHtml.basis]], 'vekalet'),
    standsIn.length > 0 && heading(2, 'vekalet-ettigi', 'Vekalet ettiği'),
    standsIn.length > 0 && table(['Kimin yerine', 'Koşul', 'Madde'], standsIn.map((d) => [c.actor(d.for), esc(d.condition ?? '—'), c.cites(d.cites)]), 'vekalet-ettigi'),
    heading(2, 'gorevler', `Görevler (${dutyCount})`),
    dutyCount ? p('Konulara göre; bir görev birden çok konuda geçebilir. Her görevin yanında dayandığı madde vardır.') : p(noDuties(c, ref)),
    ...dutyBlocks,
  );
}

