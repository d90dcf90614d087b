/**
 * Generates the docs site's Markdown from the encoded regulations: a home list, one page per
 * regulation (metadata, org chart, correspondence, routing, deputising, definitions), one page per
 * unit, post and office (duties by topic), the full text with one anchor per provision, and the
 * comparison page. Every answer comes from the library's own queries, so the site cannot disagree
 * with it.
 *
 * `npx tsx scripts/docs/generate.ts` writes `docs/mevzuat/` (gitignored). Tests call
 * {@link generateSite} with regulations of their own.
 */
import { recipientClassIds } from '../../src/schema/values.js';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chainOfCommand, collator, deputyOf, dutiesOf, inForce, regulations as encoded, reportsTo, topics,
  whoRoutesIncoming, whoSigns, fold,
} from '../../src/index.js';
import type {
  ActorRef, Citation, DeputyAnswer, Duty, InForceAnswer, LegalBasis, Office, Post, RecipientClass, Regulation,
  Relation, ReportingLineAnswer, RoutingAnswer, TextNode, Topic, Unit, UnitKind, WhoSignsAnswer,
} from '../../src/index.js';
import { blocks, el, esc, heading, link, permalinkLabel, table, yamlString } from './markup.js';
import { buildChart, chartHtml, styleOf, styleTr } from './chart.js';

/**
 * The library's queries the generator asks. The built-in ones by default; a caller that loads
 * regulations at run time passes the same functions bound to its own data.
 */
export type Queries = {
  whoSigns: typeof whoSigns; reportsTo: typeof reportsTo; chainOfCommand: typeof chainOfCommand; deputyOf: typeof deputyOf;
  dutiesOf: typeof dutiesOf; inForce: typeof inForce; whoRoutesIncoming: typeof whoRoutesIncoming;
};
export const defaultQueries: Queries = { whoSigns, reportsTo, chainOfCommand, deputyOf, dutiesOf, inForce, whoRoutesIncoming };

// ---------------------------------------------------------------------------------------------
// Turkish names for every enum the pages show. Typed as Records so a new enum value fails the
// typecheck until it has its Turkish name.

/** Turkish names of the duty topics. */
export const topicTr: Record<Topic, string> = {
  correspondence: 'Yazışma',
  documents: 'Evrak ve arşiv',
  personnel: 'Personel',
  budget: 'Bütçe ve harcama',
  procurement: 'Satın alma',
  assets: 'Taşınır ve malzeme',
  reporting: 'Raporlama',
  coordination: 'Koordinasyon',
  representation: 'Temsil ve protokol',
  training: 'Eğitim',
  events: 'Etkinlik ve organizasyon',
  media: 'Basın, yayın ve sosyal medya',
  citizens: 'Vatandaş ilişkileri',
  'civil-society': 'Sivil toplum',
  planning: 'Planlama ve program',
  safety: 'Güvenlik ve sivil savunma',
  compliance: 'Mevzuata uygunluk',
  accountability: 'Bağlılık ve sorumluluk',
  execution: 'Yürütme',
  archive: 'Arşiv',
  discipline: 'Disiplin ve ödül',
  handover: 'Devir ve teslim',
  disclosure: 'Bilgi verme',
  residual: 'Verilecek diğer görevler',
};

const kindTr: Record<Regulation['kind'], string> = { yonetmelik: 'Yönetmelik', yonerge: 'Yönerge' };
const municipalityKindTr: Record<Regulation['municipality']['kind'], string> = { belediye: 'Belediye', 'buyuksehir-belediyesi': 'Büyükşehir belediyesi' };
const basisKindTr: Record<LegalBasis['kind'], string> = { kanun: 'Kanun', khk: 'Kanun hükmünde kararname', yonetmelik: 'Yönetmelik', 'meclis-karari': 'Meclis kararı' };
const unitKindTr: Record<UnitKind, string> = {
  'daire-baskanligi': 'Daire Başkanlığı', mudurluk: 'Müdürlük', 'sube-mudurlugu': 'Şube Müdürlüğü', seflik: 'Şeflik',
  birim: 'Birim', masa: 'Masa', merkez: 'Merkez', ofis: 'Ofis', hat: 'Hat',
};
/** How a subject stands to the actor a line points at. */
export const relationTr: Record<Relation, string> = { 'attached-to': 'bağlı olarak çalışır', 'accountable-to': 'karşı sorumludur', superior: 'amiridir', 'supervised-by': 'gözetimi ve denetimi altında çalışır', 'tasked-by': 'verdiği görevleri yerine getirir' };
const statusTr: Record<InForceAnswer['status'], string> = {
  'in-force': 'Yürürlükte', 'not-yet-in-force': 'Henüz yürürlükte değil', repealed: 'Yürürlükten kaldırılmış', unknown: 'Belirsiz: yürürlük tarihi metinde yok',
};
/** Recipient classes as the pages name them. */
export const recipientTr: Record<RecipientClass, string> = {
  'inter-directorate': 'Diğer müdürlükler (belediye içi)',
  'public-institution': 'Kamu kurum ve kuruluşları',
  'private-party': 'Özel ve tüzel kişiler',
};
const signStatusTr: Record<WhoSignsAnswer['status'], string> = { explicit: 'Düzenlenmiş', 'responsible-only': 'Yalnızca sorumlu belirtilmiş', 'not-regulated': 'Düzenlenmemiş' };
const actionTr: Record<RoutingAnswer['steps'][number]['action'], string> = {
  collect: 'toplar', register: 'kaydeder', file: 'dosyalar', forward: 'iletir', distribute: 'havale eder', supervise: 'denetler',
};
const actorKindTr: Record<ActorRef['kind'], string> = { unit: 'Birim', post: 'Kadro', office: 'Makam' };
const actorDir: Record<ActorRef['kind'], string> = { unit: 'birim', post: 'kadro', office: 'makam' };

/** The recipient classes `whoSigns` answers for, in schema order. */
const recipientClasses = recipientClassIds as readonly RecipientClass[];

// ---------------------------------------------------------------------------------------------

/** A VitePress sidebar item. */
export type SidebarItem = { text: string; link?: string; collapsed?: boolean; items?: SidebarItem[] };

export type GenerateOptions = {
  /** The day `inForce` is asked about (ISO); today when omitted. */
  today?: string;
  /** The queries to answer with; the library's own by default. */
  queries?: Queries;
};

export type GeneratedSite = {
  /** Files by path relative to `docs/`. */
  files: Map<string, string>;
  /** The sidebar for `/mevzuat/`, texts HTML-escaped (VitePress shows them with v-html). */
  sidebar: SidebarItem[];
};

/** The folder under `docs/` that {@link writeSite} owns and replaces. */
export const GENERATED_DIR = 'mevzuat';

export const regHref = (regId: string) => `/mevzuat/${regId}/`;
export const textHref = (regId: string) => `/mevzuat/${regId}/metin.html`;
export const provisionHref = (regId: string, id: string) => `${textHref(regId)}#${id}`;
export const actorHref = (regId: string, a: Pick<ActorRef, 'id' | 'kind'>) => `/mevzuat/${regId}/${actorDir[a.kind]}/${a.id}.html`;
export const COMPARE_HREF = '/mevzuat/karsilastirma.html';
export const chartHref = (regId: string) => `/mevzuat/${regId}/sema.html`;
export const TOPICS_HREF = '/mevzuat/konular/';
export const topicHref = (t: Topic) => `/mevzuat/konular/${t}.html`;
export const HEADS_HREF = '/mevzuat/amirler.html';

const trDate = (iso: string) => iso.split('-').reverse().join('.');

/** Everything the pages of one regulation need, looked up once. */
class Ctx {
  readonly provisions: Map<string, Regulation['provisions'][number]>;
  readonly actors = new Map<string, { ref: ActorRef; data: Unit | Post | Office }>();
  readonly authoritative: string;
  readonly variantFiles: string;
  synonyms = new Map<RecipientClass, string[]>();
  constructor(readonly reg: Regulation, readonly all: readonly Regulation[], readonly today: string, readonly q: Queries) {
    this.provisions = new Map(reg.provisions.map((p) => [p.id, p]));
    for (const [kind, list] of [['unit', reg.units], ['post', reg.posts], ['office', reg.offices]] as const) {
      for (const a of list) this.actors.set(a.id, { ref: { id: a.id, name: a.name, kind }, data: a });
    }
    this.authoritative = reg.sources.find((s) => s.role === 'authoritative')?.file ?? '';
    this.variantFiles = reg.sources.filter((s) => s.role === 'variant').map((s) => s.file).join(', ');
  }
  get id() { return this.reg.id; }
  get shortName() { return shortName(this.reg); }
  get orgUnit() { return this.reg.units.find((u) => u.id === this.reg.organisation)!; }
  get head() { return this.reg.posts.find((p) => p.unit === this.reg.organisation && p.heads); }

  /** A citation link to a provision id, the verbatim text as its tooltip. */
  cite(id: string): string {
    const p = this.provisions.get(id);
    if (!p) throw new Error(`${this.id}: no provision ${id}`);
    return link(provisionHref(this.id, id), p.label, { class: 'atif', title: tooltip(p.text) });
  }
  cites(ids: readonly string[]): string {
    return [...new Set(ids)].map((id) => this.cite(id)).join(', ');
  }
  citation(c: Citation): string {
    return link(provisionHref(c.regulation, c.id), c.label, { class: 'atif', title: tooltip(c.text) });
  }
  citations(cs: readonly Citation[]): string {
    return cs.length ? cs.map((c) => this.citation(c)).join(', ') : '—';
  }
  actor(a: ActorRef | string): string {
    const ref = typeof a === 'string' ? this.actors.get(a)?.ref : a;
    if (!ref) throw new Error(`${this.id}: no actor ${String(a)}`);
    return link(actorHref(this.id, ref), ref.name, { class: 'aktor' });
  }
  actors_(list: readonly (ActorRef | string)[], sep = ', '): string {
    return list.length ? list.map((a) => this.actor(a)).join(sep) : '—';
  }
}

const tooltip = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}…` : text).replace(/\s+/g, ' ');

/** "Konak Belediyesi · Özel Kalem Müdürlüğü": the name pages and tables use for a regulation. */
export function shortName(reg: Regulation): string {
  const org = reg.units.find((u) => u.id === reg.organisation);
  return org ? `${reg.municipality.name} · ${org.name}` : reg.municipality.name;
}

function frontmatter(title: string, extra: Record<string, string> = {}): string {
  const lines = [`title: ${yamlString(title)}`, 'pageClass: mevzuat-sayfa', ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`)];
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/**
 * The page heading, with a header anchor (so search indexes the title and the header block under
 * it) and, in `data-baglam`, the regulation and page every search row of the page is named by.
 */
const h1 = (text: string, context: string, page?: string) => {
  const id = fold(text).replace(/ /g, '-').slice(0, 60) || 'baslik';
  return `<h1 id="${esc(id)}" tabindex="-1" data-baglam="${esc(context)}"${page ? ` data-sayfa="${esc(page)}"` : ''}>${esc(text)} <a class="header-anchor" href="#${esc(id)}" aria-label="${esc(permalinkLabel(text))}">&#8203;</a></h1>`;
};
const p = (html: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${html}</p>`;
const dl = (rows: [string, string | undefined][]) =>
  `<dl class="kunye">${rows.filter(([, v]) => v).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;

// ---------------------------------------------------------------------------------------------
// Answers rendered as HTML fragments (shared by the regulation pages and the comparison page).

function signAnswer(c: Ctx, a: WhoSignsAnswer): { answer: string; basis: string } {
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

function linesAnswer(c: Ctx, subject: string): { answer: string; basis: string } {
  const a = c.q.reportsTo(c.id, subject);
  if (!a.lines.length) return { answer: '<span class="durum durum-yok">Metin bir bağlılık belirtmiyor.</span>', basis: '—' };
  const answer = a.lines.map((l) => {
    const tags = [l.condition ? `<span class="kosul">koşullu: ${esc(l.condition)}</span>` : '', l.basis === 'structural' ? '<span class="cikarim">çıkarım</span>' : '']
      .filter(Boolean).join(' ');
    return `${c.actor(l.to)}: ${esc(relationTr[l.relation])}${tags ? ` ${tags}` : ''}`;
  }).join('<br>');
  return { answer, basis: c.citations(uniqueCitations(a.lines.flatMap((l) => l.citations))) };
}

function routingAnswer(c: Ctx, a: RoutingAnswer): { answer: string; basis: string } {
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

function deputyAnswer(c: Ctx, a: DeputyAnswer): { answer: string; basis: string } {
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

function inForceAnswer(c: Ctx, a: InForceAnswer): { answer: string; basis: string } {
  const from = a.from ? ` (${trDate(a.from)} tarihinden beri)` : '';
  const note = a.note ? `<br><span class="not">${esc(a.note)}</span>` : '';
  return { answer: `<span class="yururluk yururluk-${a.status}">${esc(statusTr[a.status])}${esc(from)}</span><br>${esc(a.condition)}${note}<br><small class="cekince">${esc(a.caveat)}</small>`, basis: c.citations(a.citations) };
}

function uniqueCitations(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('tr-TR') + s.slice(1);

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

function orgChart(c: Ctx, full = false): string {
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
  const out = new Map<RecipientClass, Map<string, string>>();
  for (const reg of regs) {
    for (const rule of reg.correspondence) {
      const text = rule.recipientText ?? '';
      // phrases: runs of up to three items of the list ("Bakanlık, Valilik, Kaymakamlık ve diğer …")
      const seps = [...text.matchAll(/\s*,\s*|\s+ve\s+/g)];
      const cuts = [0, ...seps.flatMap((m) => [m.index!, m.index! + m[0].length]), text.length];
      const items: [number, number][] = [];
      for (let i = 0; i < cuts.length; i += 2) items.push([cuts[i]!, cuts[i + 1]!]);
      for (let i = 0; i < items.length; i++) {
        for (let j = i; j < Math.min(items.length, i + 3); j++) {
          const phrase = text.slice(items[i]![0], items[j]![1]).trim();
          if (!phrase) continue;
          let cls: RecipientClass | undefined;
          try { cls = q.whoSigns(reg.id, phrase as never).recipient; } catch { cls = undefined; }
          if (!cls || fold(phrase) === fold(recipientTr[cls]) || !rule.recipients.includes(cls)) continue;
          if (!out.has(cls)) out.set(cls, new Map());
          if (!out.get(cls)!.has(fold(phrase))) out.get(cls)!.set(fold(phrase), phrase);
        }
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()].sort(collator.compare)]));
}

/** The recipient cell of a correspondence table: the class, the names it goes by, and the text's own words. */
function recipientCell(c: Ctx, cls: RecipientClass): string {
  const syn = c.synonyms.get(cls) ?? [];
  const own = c.reg.correspondence.filter((r) => r.recipients.includes(cls) && r.recipientText);
  return `<b>${esc(recipientTr[cls])}</b>` +
    (syn.length ? `<br><small class="es-anlamli">Bu sınıfa girer: ${esc(syn.join(', '))}.</small>` : '') +
    own.map((r) => `<br><small class="metindeki-alici">Metinde: <q>${esc(r.recipientText!)}</q> (${c.cites(r.cites)})</small>`).join('');
}

function regulationPage(c: Ctx): string {
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
  const adoption = reg.adoption
    ? `${esc(reg.adoption.body)}${reg.adoption.date ? `, ${esc(trDate(reg.adoption.date))}` : ''}${reg.adoption.decision ? `; ${esc(reg.adoption.decision)}` : ''} (${c.cites(reg.adoption.cites)})`
    : 'Metinde yok';
  const repeals = reg.repeals.length
    ? `<ul>${reg.repeals.map((r) => {
      const encodedHere = r.regulation && c.all.some((x) => x.id === r.regulation);
      const title = encodedHere ? link(regHref(r.regulation!), r.title) : esc(r.title);
      return `<li>${title}${r.decision ? ` (${esc(r.decision)})` : ''} (${c.cites(r.cites)})</li>`;
    }).join('')}</ul>`
    : 'Yok';
  const executor = `${c.actor(reg.executor.actor)}${reg.executor.onBehalfOf ? ` (${c.actor(reg.executor.onBehalfOf)} adına)` : ''} (${c.cites(reg.executor.cites)})`;
  // the sources' notes are written for the maintainers (in English): not shown to legal staff
  const sources = table(['Dosya', 'Rol', 'Alındığı ad', 'SHA-256'], reg.sources.map((s) => [
    `<code>${esc(s.file)}</code>`, esc(s.role === 'authoritative' ? 'asıl metin' : 'başka yazım'), `<code class="sha">${esc(s.receivedAs)}</code>`, `<code class="sha">${esc(s.sha256)}</code>`,
  ]), 'kaynaklar');

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
    c.actor(l.from), esc(relationTr[l.relation]), c.actor(l.to), esc(l.condition ?? '—'),
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
    return [recipientCell(c, cls), `<span class="durum-${a.status}">${esc(signStatusTr[a.status])}</span>`, a.paraf.length ? c.actors_(a.paraf) : '—',
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
    p(`${link(textHref(reg.id), 'Tam metin')} · ${link(chartHref(reg.id), 'Teşkilat şeması (tam boyut)')} · ${link(COMPARE_HREF, 'Karşılaştırma')}`, 'ust-baglantilar'),
    heading(2, 'kunye', 'Künye'),
    kunye,
    heading(3, 'kaynak', 'Kaynak dosyalar'),
    sources,
    heading(2, 'teskilat-semasi', 'Teşkilat şeması'),
    orgChart(c),
    heading(3, 'baglilik', 'Bağlılık ilişkileri'),
    table(['Kim', 'İlişki', 'Kime', 'Koşul', 'Hüküm', 'Madde'], lineRows, 'baglilik'),
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
    heading(2, 'vekalet', 'Vekalet'),
    deputyRows.length ? table(['Kimin yerine', 'Vekil', 'Madde'], deputyRows, 'vekalet') : p('Metin vekalet düzenlemiyor.'),
    heading(2, 'tanimlar', 'Tanımlar'),
    definitions,
    sic && heading(2, 'sic', 'Metindeki yazım özellikleri [sic]'),
    sic,
  );
}

/** "açık hüküm" or "çıkarım", as every line on the pages is marked. */
export const basisMark = (basis: ReportingLineAnswer['basis']) =>
  basis === 'structural' ? '<span class="cikarim">çıkarım</span>' : '<span class="acik-hukum">açık hüküm</span>';

/**
 * Every line that concerns an actor: its own, its unit's (for a post) or its head's (for a unit),
 * and each step of its chain of command, each marked explicit or inferred.
 */
function concernRows(c: Ctx, ref: ActorRef, data: Unit | Post | Office, chain: readonly ActorRef[]): string {
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
    add(chain[i]!.id, 'komuta zinciri', chain[i + 1]!.id);
    const direct = c.q.reportsTo(c.id, chain[i]!.id).lines.some((l) => l.to.id === chain[i + 1]!.id);
    if (rows.length === before && !direct) gaps.push(`${c.actor(chain[i]!)} → ${c.actor(chain[i + 1]!)}`);
  }
  if (!rows.length) return p('<span class="durum durum-yok">Metin bu birim ya da kadro için bir bağlılık belirtmiyor; birim yapısından da bir bağlılık çıkmıyor.</span>');
  const tableHtml = table(['Kim', 'İlişki', 'Kime', 'Hüküm', 'Madde', 'İlgisi'], rows.map((r) => [
    c.actor(r.from), `${esc(relationTr[r.line.relation])}${r.line.condition ? ` <span class="kosul">koşullu: ${esc(r.line.condition)}</span>` : ''}`,
    c.actor(r.line.to), basisMark(r.line.basis), c.citations(r.line.citations), esc(r.why),
  ]), 'baglilik');
  const gapNote = gaps.length
    ? p(`Zincirdeki şu adımlar tek bir bağlılık satırına dayanmaz; birden çok üst arasından ortak üste geçilerek çıkarılmıştır (<span class="cikarim">çıkarım</span>): ${gaps.join('; ')}.`, 'zincir-not')
    : '';
  return tableHtml + gapNote;
}

function actorPage(c: Ctx, ref: ActorRef, data: Unit | Post | Office): string {
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
      `<li class="gorev"><span class="gorev-metin">${esc(d.text)}</span> ${c.citation(d.citation)}${d.via ? ` <small class="via">(${c.actor(d.via.actor)} görevi; ${c.citation(d.via.citation)})</small>` : ''}</li>`).join('')}</ul>`,
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
    p('Bu birimi ya da kadroyu ilgilendiren bütün bağlılıklar: kendi bağlılığı, biriminin bağlılığı ve en üste kadar komuta zinciri. Her satırda bağlılığın metinde açıkça yazılı mı (açık hüküm), yoksa birim yapısından mı çıkarıldığı (çıkarım) belirtilir.'),
    concernRows(c, ref, data, chain),
    chain.length > 1 && p(`Komuta zinciri: ${chain.map((a) => c.actor(a)).join(' → ')}`, 'zincir'),
    below.length > 0 && heading(3, 'astlar', 'Ona bağlı olanlar'),
    below.length > 0 && table(['Kim', 'İlişki', 'Hüküm', 'Madde'], below.map((l) => [
      c.actor(l.from), `${esc(relationTr[l.relation])}${l.condition ? ` <span class="kosul">koşullu: ${esc(l.condition)}</span>` : ''}`, basisMark(l.basis), c.cites(l.cites),
    ]), 'astlar'),
    deputyHtml && heading(2, 'vekalet', 'Vekalet'),
    deputyHtml && table(['Vekil', 'Madde'], [[deputyHtml.answer, deputyHtml.basis]], 'vekalet'),
    standsIn.length > 0 && heading(2, 'vekalet-ettigi', 'Vekalet ettiği'),
    standsIn.length > 0 && table(['Kimin yerine', 'Koşul', 'Madde'], standsIn.map((d) => [c.actor(d.for), esc(d.condition ?? '—'), c.cites(d.cites)]), 'vekalet-ettigi'),
    heading(2, 'gorevler', `Görevler (${dutyCount})`),
    dutyCount ? p('Konulara göre; bir görev birden çok konuda geçebilir. Her görevin yanında dayandığı madde vardır.') : p('Metin bu birime ya da kadroya ayrıca görev vermiyor.'),
    ...dutyBlocks,
  );
}

// --- the full text ---------------------------------------------------------------------------

function textPage(c: Ctx): string {
  const { reg } = c;
  const sicByNode = new Map<string, NonNullable<Regulation['sic']>>();
  for (const s of reg.sic ?? []) sicByNode.set(s.provision, [...(sicByNode.get(s.provision) ?? []), s]);
  const varByNode = new Map<string, NonNullable<Regulation['variants']>>();
  for (const v of reg.variants ?? []) varByNode.set(v.provision, [...(varByNode.get(v.provision) ?? []), v]);
  const placed = new Set<string>();
  const parentTitle = `${c.shortName} · Tam metin`;

  const notes = (id: string): string => {
    const out: string[] = [];
    for (const s of sicByNode.get(id) ?? []) {
      out.push(`<div class="not not-sic"><b>[sic]</b> <q>${esc(s.reading)}</q>: ${esc(s.note)}</div>`);
    }
    for (const v of varByNode.get(id) ?? []) {
      out.push(`<div class="varyant" data-anlam="${v.changesMeaning ? 'degisir' : 'degismez'}">` +
        `<div class="varyant-asil"><span class="varyant-etiket">Asıl metin (${esc(c.authoritative)})</span><span class="varyant-okuma">${esc(v.authoritative)}</span></div>` +
        `<div class="varyant-diger"><span class="varyant-etiket">Başka yazım${c.variantFiles ? ` (${esc(c.variantFiles)})` : ''}</span><span class="varyant-okuma">${v.other ? esc(v.other) : '<i>(bu yazımda yok)</i>'}</span></div>` +
        `<div class="varyant-not">${v.changesMeaning ? '<b>Anlamı değiştirir.</b>' : 'Anlamı değiştirmez.'}${v.note ? ` ${esc(v.note)}` : ''}</div></div>`);
    }
    if (out.length) placed.add(id);
    return out.join('');
  };

  /** The node's own text with its sic readings marked. */
  const ownText = (n: TextNode): string => {
    let html = esc(n.text ?? '');
    for (const s of sicByNode.get(n.id) ?? []) {
      const r = esc(s.reading);
      const i = html.indexOf(r);
      if (i >= 0) html = `${html.slice(0, i)}<mark class="sic" title="${esc(s.note)}">${r}</mark>${html.slice(i + r.length)}`;
    }
    return html;
  };

  const node = (n: TextNode): string => {
    if (n.kind === 'part') {
      const title = [n.num, n.title].filter(Boolean).join(' ');
      const caption = n.heading ? `<div class="hukum-ust">${esc(n.heading)}</div>` : '';
      return `${heading(2, n.id, title || 'Bölüm')}${caption}${notes(n.id)}${(n.children ?? []).map(node).join('')}`;
    }
    const label = n.label ?? (n.kind === 'title' ? 'Başlık' : n.kind === 'closing' ? 'Kapanış' : n.kind === 'heading' ? 'Ara başlık' : n.kind);
    const caption = n.kind !== 'section' && n.heading ? `<div class="hukum-ust">${esc(n.heading)}</div>` : '';
    const parts = [
      n.label ? `<a class="etiket" href="#${n.id}">${esc(n.label)}</a>` : '',
      n.kind === 'section' && n.heading ? `<b class="bolum-baslik">${esc(n.heading)}</b>` : '',
      n.num ? `<b class="num">${esc(n.num)}</b>` : '',
      n.title ? `<span class="baslik">${esc(n.title)}</span>` : '',
      n.text ? `<span class="metin">${ownText(n)}</span>` : '',
    ].filter(Boolean).join(' ');
    const line = `<p class="hukum-satir" data-ara="${n.id}" data-ust="${esc(parentTitle)}" data-baslik="${esc(label)}">${parts}</p>`;
    const kids = (n.children ?? []).map(node).join('');
    return `<div class="hukum hukum-${n.kind}" id="${n.id}">${caption}${line}${notes(n.id)}${kids}</div>`;
  };

  const body = reg.document.map(node);
  const orphanIds = [...new Set([...(reg.sic ?? []).map((s) => s.provision), ...(reg.variants ?? []).map((v) => v.provision)])].filter((id) => !placed.has(id));
  const toc = `<nav class="madde-listesi">${reg.articles.map((a) => link(`#${a.id}`, `${a.label ?? a.id}${a.heading || a.title ? ` ${a.heading ?? a.title}` : ''}`)).join(' ')}</nav>`;
  const variantNote = reg.variants?.length
    ? p(`Bu metnin başka bir yazımı da var (${esc(c.variantFiles)}). Farklı okunan yerler hükmün altında, asıl metnin yanında gösterilir; anlamı değiştirenler işaretlidir.`, 'bilgi')
    : '';
  return frontmatter(`Tam metin · ${c.shortName}`, { outline: '2' }) + blocks(
    h1(reg.title, c.shortName, 'Tam metin'),
    p(`${link(regHref(reg.id), c.shortName)} · Kaynak: <code>${esc(c.authoritative)}</code>. Metin kaynaktaki gibidir; yazım hataları düzeltilmemiş, [sic] notlarıyla işaretlenmiştir. Her hükmün bağlantısı (<code>m.14/b</code> gibi) doğrudan o hükme gider.`, 'ust-baglantilar'),
    variantNote,
    toc,
    ...body,
    orphanIds.length > 0 && heading(2, 'diger-notlar', 'Metinde yeri bulunamayan notlar'),
    orphanIds.length > 0 && orphanIds.map((id) => `<div class="hukum" id="${esc(id)}-not">${p(`<code>${esc(id)}</code>`)}${notes(id)}</div>`).join(''),
  );
}

// --- home list and comparison -----------------------------------------------------------------

function homeList(ctxs: Ctx[]): string {
  const cards = ctxs.map((c) => {
    const f = c.q.inForce(c.id, c.today);
    return `<div class="mevzuat-kart" data-mevzuat="${c.id}">` +
      `<h3 id="${c.id}" tabindex="-1">${link(regHref(c.id), c.reg.title)}</h3>` +
      dl([
        ['Belediye', `${esc(c.reg.municipality.name)} (${esc(c.reg.municipality.province)})`],
        ['Tür', esc(kindTr[c.reg.kind])],
        ['Kabul', c.reg.adoption ? esc([c.reg.adoption.body, c.reg.adoption.date && trDate(c.reg.adoption.date), c.reg.adoption.decision].filter(Boolean).join(', ')) : 'Metinde yok'],
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

function comparePage(ctxs: Ctx[]): string {
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
    ...section('vekalet', 'Birim amirine kim vekalet eder?', 'Düzenlenen birimin başındaki kadro yokken kim vekalet eder.', (c) => {
      if (!c.head) return { answer: '<span class="durum durum-yok">Metin birimin başındaki kadroyu belirtmiyor.</span>', basis: '—' };
      const a = deputyAnswer(c, c.q.deputyOf(c.id, c.head.id));
      return { answer: `<b>${c.actor(c.head.id)}</b> yokken: ${a.answer}`, basis: a.basis };
    }),
    ...section('yururluk', 'Yürürlükte mi?', `Sitenin oluşturulduğu ${esc(trDate(ctxs[0]?.today ?? ''))} günü için.`, (c) => inForceAnswer(c, c.q.inForce(c.id, c.today))),
  );
}

// --- views across every regulation ------------------------------------------------------------

/** The duties of one topic in one regulation, by holder, each duty once (not again through an inclusion). */
function topicDuties(c: Ctx, t: Topic): { holder: ActorRef; duties: Duty[] }[] {
  return [...c.actors.values()]
    .map(({ ref }) => ({ holder: ref, duties: c.q.dutiesOf(c.id, ref.id, { topic: t }).filter((d) => !d.via) }))
    .filter((x) => x.duties.length);
}

/** One page per duty topic: every regulation's duties of that topic, with holder and citation. */
function topicPage(ctxs: Ctx[], t: Topic): string {
  const parts = ctxs.map((c) => {
    const groups = topicDuties(c, t);
    const rows = groups.flatMap((g) => g.duties.map((d) => [c.actor(g.holder), esc(d.text), c.citation(d.citation)]));
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

function topicsIndex(ctxs: Ctx[]): string {
  const sorted = [...topics].sort((a, b) => collator.compare(topicTr[a], topicTr[b]));
  const rows = sorted.map((t) => [link(topicHref(t), topicTr[t]), ...ctxs.map((c) => String(topicDuties(c, t).reduce((n, g) => n + g.duties.length, 0)))]);
  return frontmatter('Konulara göre görevler') + blocks(
    h1('Konulara göre görevler', 'Bütün mevzuat'),
    p('Her konu için, kodlanmış bütün mevzuattaki görevler tek sayfada, yan yana. Tablodaki sayılar her mevzuattaki görev sayısıdır; bir görev birden çok konuda geçebilir.'),
    table(['Konu', ...ctxs.map((c) => c.shortName)], rows, 'konular'),
  );
}

/** The reporting lines of every organisation's head, side by side, each marked explicit or inferred. */
function headsPage(ctxs: Ctx[]): string {
  const rows = ctxs.map((c) => {
    const head = c.head;
    if (!head) return [`<span data-mevzuat="${c.id}">${link(regHref(c.id), c.shortName)}</span>`, '—', '<span class="durum durum-yok">Metin birimin başındaki kadroyu belirtmiyor.</span>', '—', '—'];
    const lines = c.q.reportsTo(c.id, head.id).lines;
    const unitLines = c.q.reportsTo(c.id, c.reg.organisation).lines;
    const fmt = (ls: readonly ReportingLineAnswer[]) => ls.length
      ? ls.map((l) => `${esc(relationTr[l.relation])}: ${c.actor(l.to)} ${basisMark(l.basis)}${l.condition ? ` <span class="kosul">koşullu: ${esc(l.condition)}</span>` : ''} (${c.citations(l.citations)})`).join('<br>')
      : '<span class="durum durum-yok">Metin bir bağlılık belirtmiyor.</span>';
    const chain = c.q.chainOfCommand(c.id, head.id);
    return [
      `<span data-mevzuat="${c.id}">${link(regHref(c.id), c.shortName)}</span>`, c.actor(head.id), fmt(lines),
      `<b>${c.actor(c.reg.organisation)}</b><br>${fmt(unitLines)}`, chain.map((a) => c.actor(a)).join(' → '),
    ];
  });
  return frontmatter('Birim amirlerinin bağlılıkları', { outline: '2' }) + blocks(
    h1('Birim amirlerinin bağlılıkları', 'Bütün mevzuat'),
    p(`Her mevzuatın düzenlediği birimin başındaki kadro kime bağlıdır, kime karşı sorumludur; birimin kendi bağlılığı ve en üste kadar komuta zinciri. Her satır metinde açık mı (açık hüküm), birim yapısından mı çıkarılmış (çıkarım), belirtilir. ${link(COMPARE_HREF, 'Karşılaştırma')} sayfasında öteki sorular var.`),
    table(['Mevzuat', 'Birim amiri', 'Amirin bağlılığı', 'Birimin bağlılığı', 'Komuta zinciri'], rows, 'amirler'),
  );
}

/** The org chart alone, on a page without sidebar: the full-size view. */
function chartPage(c: Ctx): string {
  return `---
title: ${yamlString(`Teşkilat şeması · ${c.shortName}`)}
layout: page
sidebar: false
aside: false
pageClass: mevzuat-sayfa sema-tam-sayfa
---

` + blocks(
    '<div class="vp-doc sema-sayfa">',
    h1(`Teşkilat şeması: ${c.shortName}`, c.shortName, 'Teşkilat şeması'),
    p(`${link(regHref(c.id), 'Genel bakışa dön')} · ${link(textHref(c.id), 'Tam metin')}`, 'ust-baglantilar'),
    orgChart(c, true),
    '</div>',
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * Generates every page of the regulations part of the site for the given regulations. Pure: it
 * returns the files, {@link writeSite} writes them. The regulations must be known to the library
 * (the answers come from its queries, asked by id).
 */
export function generateSite(regs: readonly Regulation[], options: GenerateOptions = {}): GeneratedSite {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const q = options.queries ?? defaultQueries;
  const ctxs = [...regs].sort((a, b) => collator.compare(shortName(a), shortName(b))).map((r) => new Ctx(r, regs, today, q));
  const synonyms = recipientSynonyms(regs, q);
  for (const c of ctxs) c.synonyms = synonyms;
  const files = new Map<string, string>();
  const usedTopics = [...topics].filter((t) => ctxs.some((c) => topicDuties(c, t).length)).sort((a, b) => collator.compare(topicTr[a], topicTr[b]));
  const sidebar: SidebarItem[] = [
    { text: 'Karşılaştırma', link: COMPARE_HREF },
    { text: 'Birim amirlerinin bağlılıkları', link: HEADS_HREF },
    { text: 'Konulara göre görevler', link: TOPICS_HREF, collapsed: true, items: usedTopics.map((t) => ({ text: esc(topicTr[t]), link: topicHref(t) })) },
  ];
  files.set('mevzuat/_liste.md', homeList(ctxs));
  files.set('mevzuat/karsilastirma.md', comparePage(ctxs));
  files.set('mevzuat/amirler.md', headsPage(ctxs));
  files.set('mevzuat/konular/index.md', topicsIndex(ctxs));
  for (const t of usedTopics) files.set(`mevzuat/konular/${t}.md`, topicPage(ctxs, t));
  for (const c of ctxs) {
    files.set(`mevzuat/${c.id}/index.md`, regulationPage(c));
    files.set(`mevzuat/${c.id}/metin.md`, textPage(c));
    files.set(`mevzuat/${c.id}/sema.md`, chartPage(c));
    const items: SidebarItem[] = [{ text: 'Genel bakış', link: regHref(c.id) }, { text: 'Teşkilat şeması', link: chartHref(c.id) }, { text: 'Tam metin', link: textHref(c.id) }];
    for (const kind of ['unit', 'post', 'office'] as const) {
      const list = [...c.actors.values()].filter((a) => a.ref.kind === kind);
      if (!list.length) continue;
      for (const a of list) files.set(`mevzuat/${c.id}/${actorDir[kind]}/${a.ref.id}.md`, actorPage(c, a.ref, a.data));
      items.push({
        text: kind === 'unit' ? 'Birimler' : kind === 'post' ? 'Kadrolar' : 'Makamlar',
        collapsed: true,
        items: list.map((a) => ({ text: esc(a.ref.name), link: actorHref(c.id, a.ref) })),
      });
    }
    sidebar.push({ text: esc(c.shortName), collapsed: true, items });
  }
  files.set('mevzuat/sidebar.json', JSON.stringify(sidebar, null, 2) + '\n');
  return { files, sidebar };
}

/** Replaces `docs/mevzuat/` with the generated files. */
export function writeSite(site: GeneratedSite, docsDir: string): void {
  rmSync(join(docsDir, GENERATED_DIR), { recursive: true, force: true });
  for (const [path, content] of site.files) {
    const full = join(docsDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export const DOCS_DIR = fileURLToPath(new URL('../../docs/', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const site = generateSite(encoded);
  writeSite(site, DOCS_DIR);
  const pages = [...site.files.keys()].filter((f) => f.endsWith('.md')).length;
  console.error(`docs: ${pages} page(s) for ${encoded.length} regulation(s) written to docs/${GENERATED_DIR}/`);
}
