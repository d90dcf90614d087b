/**
 * A regulation's overview page (`/mevzuat/<id>/`): künye, the questions of the text as a whole
 * (Metin hakkında), org chart, reporting lines, units and posts,
 * correspondence, incoming mail, deputising, definitions, [sic] readings.
 */
import { collator, fold } from '../../../src/index.js';
import type { ActorRef, RecipientClass, Regulation } from '../../../src/index.js';
import { blocks, esc, heading, link, table } from '../markup.js';
import { actorHref, adoptionText, chartHref, COMPARE_HREF, Ctx, defaultQueries, dl, frontmatter, h1, p, printHeader, type Queries, regHref, sourceLine, sourcesHref, textHref, trDate } from '../context.js';
import { basisMark, deputyAnswer, inForceAnswer, pendingMark, routingAnswer, signAnswer } from '../answers.js';
import { basisKindTr, kindTr, municipalityKindTr, recipientClasses, recipientTr, relationTr, signStatusTr, unitKindTr, LINE_COLUMNS } from '../words.js';
import { buildChart, chartHtml } from '../chart.js';
import { aboutSection } from './about.js';
import { recipientNames } from '../../../src/internal/recipient-names.js';

// ---------------------------------------------------------------------------------------------
// The org chart.

/** The actors the org chart draws: every unit and post, and the offices a line reaches. */
export function chartActors(reg: Regulation): ActorRef[] {
  const inLines = new Set(reg.reporting.flatMap((l) => [l.from, l.to]));
  return [
    ...reg.units.map((u): ActorRef => ({ id: u.id, name: u.name, kind: 'unit' })),
    ...reg.posts.map((p): ActorRef => ({ id: p.id, name: p.name, kind: 'post' })),
    ...reg.offices.filter((o) => inLines.has(o.id)).map((o): ActorRef => ({ id: o.id, name: o.name, kind: 'office' })),
  ];
}

export function orgChart(c: Ctx, full = false): string {
  const chart = buildChart(c.reg, (r, s) => c.q.reportsTo(r as never, s));
  return chartHtml(chart, { title: c.shortName, href: (a) => actorHref(c.id, a), fullHref: full ? undefined : chartHref(c.id), id: full ? 'sema-tam' : 'sema' });
}

// ---------------------------------------------------------------------------------------------
// Pages.

/**
 * The names a recipient class goes by: every phrase of the encoded texts' recipient lists
 * (`recipientText`, verbatim) that the library's `whoSigns` itself resolves to that class. Taken
 * from the data and the library's resolution, not from a list of our own; the class's own name is
 * left out.
 */
export function recipientSynonyms(regs: readonly Regulation[], q: Pick<Queries, 'whoSigns'> = defaultQueries): Map<RecipientClass, string[]> {
  return recipientNames(regs, (id, phrase) => q.whoSigns(id as never, phrase as never).recipient, (cls) => recipientTr[cls]);
}

/** The recipient cell of a correspondence table: the class, the names it goes by, and the text's own words. */
export function recipientCell(c: Ctx, cls: RecipientClass): string {
  const syn = c.synonyms.get(cls) ?? [];
  const own = c.reg.correspondence.filter((r) => r.recipients.includes(cls) && r.recipientText);
  return `<b>${esc(recipientTr[cls])}</b>` +
    (syn.length ? `<br><small class="es-anlamli">Bu sınıfa girer: ${esc(syn.join(', '))}.</small>` : '') +
    own.map((r) => `<br><small class="metindeki-alici">Metinde: <q>${esc(r.recipientText!)}</q> (${c.cites(r.cites)})</small>`).join('');
}

export function regulationPage(c: Ctx): string {
  const { reg } = c;
  const f = c.q.inForce(reg.id, c.today);
  const titleNote = reg.titleSource === 'supplied'
    ? `<span class="baslik-verildi">Bu başlık metinde yer almıyor; kütüphanece verilmiştir.</span>${reg.titleNote ? ` ${esc(reg.titleNote)}` : ''}`
    : reg.titleNote ? esc(reg.titleNote) : undefined;
  const basis = reg.legalBasis.map((b) => {
    const name = [b.number ? `${b.number} sayılı` : '', b.name ?? ''].filter(Boolean).join(' ');
    const arts = b.articles.length ? `, madde ${b.articles.join(', ')}` : '';
    const date = b.date ? ` (${trDate(b.date)})` : '';
    return `<li><span class="dayanak-tur">${esc(basisKindTr[b.kind])}:</span> ${esc(name || basisKindTr[b.kind])}${esc(date)}${esc(arts)} <span class="dayanak-atif">(${c.cites(b.cites)})</span></li>`;
  }).join('');
  const adoption = reg.adoption ? `${esc(adoptionText(reg)!)} (${c.cites(reg.adoption.cites)})` : 'Metinde yok';
  const repeals = reg.repeals.length
    ? `<ul>${reg.repeals.map((r) => {
      const encodedHere = r.regulation && c.all.some((x) => x.id === r.regulation);
      const title = encodedHere ? link(regHref(r.regulation!), r.title) : esc(r.title);
      return `<li>${title}${r.decision ? ` (${esc(r.decision)})` : ''} (${c.cites(r.cites)})</li>`;
    }).join('')}</ul>`
    : 'Yok';
  const ex = reg.executor;
  // a joint executor names the others with the first ('ve yetki verdiği amirler'); a draft may have none yet
  const executor = ex ? `${c.actor(ex.actor)}${ex.jointWith ? ex.jointWith.map((j) => ` ve ${j.via === 'delegation' ? 'yetki verdiği ' : ''}${c.actor(j.actor)}`).join('') : ''}${ex.onBehalfOf ? ` (${c.actor(ex.onBehalfOf)} adına)` : ''} (${c.cites(ex.cites)})` : 'Taslakta henüz yazılmadı';

  const kunye = dl([
    ['Başlık', `${esc(reg.title)}${titleNote ? `<br><small>${titleNote}</small>` : ''}`],
    ['Belediye', `${esc(reg.municipality.name)} (${esc(municipalityKindTr[reg.municipality.kind])}, ${esc(reg.municipality.province)})`],
    ['Tür', esc(kindTr[reg.kind])],
    ['Düzenlediği birim', c.actor(reg.organisation)],
    ['Özet', esc(reg.summary)],
    ['Dayanak', `<ul class="dayanak">${basis}</ul>`],
    ['Kabul', adoption],
    ['Yürürlük', `${inForceAnswer(c, f).answer} (${c.citations(f.citations)})<br><small>Durum, sitenin oluşturulduğu ${esc(trDate(c.today))} günü içindir.</small>`],
    ['Yürürlükten kaldırdığı', repeals],
    ['Yürütme', executor],
    ['Hüküm bulunmayan haller', reg.fallback ? c.cite(reg.fallback) : 'Metinde genel yollama hükmü yok'],
  ]);

  // org
  const lineRows = [...reg.reporting].map((l) => [
    c.actor(l.from), c.actor(l.to), pendingMark(l) + esc(relationTr[l.relation]), esc(l.condition ?? '—'),
    basisMark(l.basis), c.cites(l.cites),
  ]);
  const units = table(['Birim', 'Türü', 'Üst birim', 'Başı', 'Dayanak'], reg.units.map((u) => [
    c.actor(u.id), esc(unitKindTr[u.kind]), u.parent ? c.actor(u.parent) : '—',
    c.actors_(reg.posts.filter((p) => p.unit === u.id && p.heads).map((p) => p.id)), c.cites(u.cites),
  ]), 'birimler');
  const posts = reg.posts.length ? table(['Kadro', 'Birimi', 'Not', 'Dayanak'], reg.posts.map((p) => [
    c.actor(p.id), p.unit ? c.actor(p.unit) : '—',
    esc([p.heads ? 'birimin başı' : '', p.generic ? 'genel (bir sınıfın tüm mensupları)' : '', p.nameSupplied ? 'adı kütüphanece verildi' : ''].filter(Boolean).join('; ') || '—'),
    c.cites(p.cites),
  ]), 'kadrolar') : p('Metin kadro saymıyor.');
  const offices = reg.offices.length ? table(['Makam', 'Not', 'Dayanak'], reg.offices.map((o) => [c.actor(o.id), esc(o.note ?? '—'), c.cites(o.cites)]), 'makamlar') : '';

  // correspondence
  const signRows = recipientClasses.map((cls) => {
    const a = c.q.whoSigns(reg.id, cls);
    const { answer, basis: b } = signAnswer(c, a);
    return [recipientCell(c, cls), `${pendingMark(a)}<span class="durum-${a.status}">${esc(signStatusTr[a.status])}</span>`, a.paraf.length ? c.actors_(a.paraf) : '—',
      a.signers.length ? a.signers.map((s) => `${c.actor(s)}${s.via === 'delegation' ? ' <span class="yetki">(yetki verdiği)</span>' : ''}`).join(' veya ') : '—',
      `${b}`, `<small>${esc(a.explanation)}</small>${a.status === 'explicit' ? '' : `<br>${answer}`}`];
  });
  const routing = routingAnswer(c, c.q.whoRoutesIncoming(reg.id));
  const deputyFor = [...new Set([...(c.head ? [c.head.id] : []), ...reg.deputies.map((d) => d.for)])];
  const deputyRows = deputyFor.map((id) => {
    const a = c.q.deputyOf(reg.id, id);
    const { answer, basis: b } = deputyAnswer(c, a);
    return [`${c.actor(a.subject)}${c.head?.id === id ? ' <span class="amir">(birim amiri)</span>' : ''}`, answer, b];
  });
  const definitions = reg.definitions.length
    ? table(['Terim', 'Anlamı (metindeki gibi)', 'Gösterdiği', 'Madde'], [...reg.definitions].map((d) => [
      `<b>${esc(d.term)}</b>${d.aliases?.length ? `<br><small>${esc(d.aliases.join(', '))}</small>` : ''}`, esc(d.meaning), d.actor ? c.actor(d.actor) : '—', c.cites(d.cites),
    ]), 'tanimlar')
    : p('Metinde tanımlar maddesi yok.');
  const sic = reg.sic?.length ? table(['Madde', 'Metindeki okuma', 'Not'], reg.sic.map((s) => [c.cite(s.provision), `<q>${esc(s.reading)}</q>`, esc(s.note)]), 'sic') : '';

  return frontmatter(c.shortName, { outline: '[2, 3]' }) + blocks(
    h1(reg.title, c.shortName, 'Genel bakış'),
    printHeader(c),
    p(`${link(textHref(reg.id), 'Tam metin')} · ${link(chartHref(reg.id), 'Teşkilat şeması (tam boyut)')} · ${link(COMPARE_HREF, 'Karşılaştırma')}`, 'ust-baglantilar'),
    sourceLine(c),
    heading(2, 'kunye', 'Künye'),
    kunye,
    p(`Metnin hangi dosyalardan okunduğu ve dosyaların parmak izleri: ${link(sourcesHref(reg.id), 'Kaynak dosyalar')}.`),
    aboutSection(c),
    heading(2, 'teskilat-semasi', 'Teşkilat şeması'),
    orgChart(c),
    heading(3, 'baglilik', 'Bağlılık ilişkileri'),
    table([...LINE_COLUMNS, 'Koşul', 'Hüküm', 'Madde'], lineRows, 'baglilik'),
    heading(2, 'birimler-ve-kadrolar', 'Birimler ve kadrolar'),
    units,
    posts,
    offices && heading(3, 'makamlar', 'Birim dışı makamlar'),
    offices,
    heading(2, 'yazisma-kurallari', 'Yazışma kuralları'),
    p('Her alıcı sınıfı için paraf atan, imzalayan ve dayandığı madde. Düzenlenmemiş sınıflarda metnin genel yollama hükmü gösterilir. Alıcı sütununda, metnin alıcıları nasıl saydığı ve bu sınıfa giren kurumlar yazılıdır.'),
    table(['Alıcı', 'Durum', 'Paraf', 'İmza', 'Madde', 'Açıklama'], signRows, 'yazisma'),
    heading(2, 'gelen-evrak', 'Gelen evrak'),
    table(['Adımlar (metin sırasıyla)', 'Madde'], [[routing.answer, routing.basis]], 'gelen-evrak'),
    heading(2, 'vekalet', 'Vekalet: yokluğunda kim vekalet eder?'),
    deputyRows.length ? table(['Kimin yerine', 'Vekil', 'Madde'], deputyRows, 'vekalet') : p('Metin vekalet düzenlemiyor.'),
    heading(2, 'tanimlar', 'Tanımlar'),
    definitions,
    sic && heading(2, 'sic', 'Metindeki yazım özellikleri [sic]'),
    sic,
  );
}

