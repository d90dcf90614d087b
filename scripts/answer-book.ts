/**
 * The answer book: every question the library answers, asked of every actor of every regulation,
 * with the Turkish answer and the provisions it rests on (label and verbatim text), written to
 * `docs/cevaplar/<id>.md` and `docs/cevaplar/index.md`. A change to any answer shows up as a diff
 * of these files, for someone to read with the source text open.
 *
 * Built from the public API only (`src/index.ts`), as a user of the package sees it. The in-force
 * question is asked for a fixed reference day, so the book does not change with the calendar.
 *
 * Run: `npm run answer-book` (or `npx tsx scripts/answer-book.ts`). `test/answer-book.test.ts`
 * rebuilds the book in memory and fails when the committed one differs.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  about, chainOfCommand, cite, define, topicNames, deputyOf, dutiesOf, inForce, regulations, reportsTo, whoRoutesIncoming, whoSigns,
  type AboutAnswer, type ActorRef, type Citation, type DeputyAnswer, type Duty, type InForceAnswer, type RecipientClass,
  type Regulation, type Relation, type ReportingLineAnswer, type RoutingAnswer, type Topic, type WhoSignsAnswer,
} from '../src/index.js';
import { approvalSentences, dutySilence, noDutiesLines } from '../src/cli/format.js';

/** The day the in-force question is asked for. Fixed, so the book is stable. */
export const REFERENCE_DATE = '2026-11-23';

export const BOOK_DIR = fileURLToPath(new URL('../docs/cevaplar/', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Turkish words. Records, so a new enum value fails the typecheck until it has its words.

const relationTr: Record<Relation, string> = {
  'attached-to': 'bağlı olarak çalışır',
  'accountable-to': 'karşı sorumludur',
  superior: 'amiri',
  'supervised-by': 'gözetimi ve denetimi altında çalışır',
  'tasked-by': 'verdiği görevleri yerine getirir',
};
const basisTr: Record<ReportingLineAnswer['basis'], string> = { explicit: 'açık hüküm', structural: 'çıkarım' };
const recipientTr: Record<RecipientClass, string> = {
  'inter-directorate': 'Diğer müdürlüklerle yazışmalar',
  'public-institution': 'Kamu kurum ve kuruluşlarıyla yazışmalar',
  'private-party': 'Özel ve tüzel kişilerle yazışmalar',
};
const signStatusTr: Record<WhoSignsAnswer['status'], string> = { explicit: 'açık hüküm', 'responsible-only': 'yalnızca sorumlu belirtilmiş', 'not-regulated': 'düzenlenmemiş' };
const deputyStatusTr: Record<DeputyAnswer['status'], string> = { explicit: 'açık hüküm', 'not-regulated': 'düzenlenmemiş' };
const actionTr: Record<RoutingAnswer['steps'][number]['action'], [active: string, passive: string]> = {
  collect: ['toplar', 'toplanır'],
  register: ['kaydeder', 'kaydedilir'],
  file: ['dosyalar', 'dosyalanır'],
  forward: ['iletir', 'iletilir'],
  distribute: ['havale eder', 'havale edilir'],
  supervise: ['takip ve kontrol eder', 'takip ve kontrol edilir'],
};
const inForceTr: Record<InForceAnswer['status'], string> = {
  'in-force': 'yürürlükte', 'not-yet-in-force': 'henüz yürürlükte değil', repealed: 'yürürlükten kaldırılmış', unknown: 'bilinmiyor',
};
const inForceBasisTr: Record<InForceAnswer['basis'], string> = {
  stated: 'tarih yürürlük maddesinde yazılı',
  inferred: 'tarih başka bir maddeden çıkarıldı',
  evident: 'yürürlük koşulu gerçekleşmiş, tarihi metinde yok',
  undated: 'yürürlük koşulunun gerçekleştiği metinden anlaşılmıyor',
  repealed: 'bu paketteki başka bir düzenlemeyle kaldırıldı',
};
const topicTr: Record<Topic, string> = topicNames;
const kindTr: Record<ActorRef['kind'], string> = { unit: 'birim', post: 'kadro', office: 'makam' };

// ---------------------------------------------------------------------------------------------
// Markdown.

/** Verbatim text made safe for Markdown and for VitePress (no Vue interpolation, no HTML). */
const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\{\{/g, '{\u200b{').replace(/\n/g, ' ');
/**
 * A provision's verbatim text, its lines kept: each line break of the text is a Markdown hard
 * break, the next line starting with `cont` (the blockquote mark, or the list item's indentation),
 * so that an article's title never runs into the sentence after it.
 */
const mdText = (s: string, cont: string) => s.split('\n').map(md).join(`\\\n${cont}`);
const list = (items: readonly string[], conj = 've') => (items.length <= 1 ? items[0] ?? '' : `${items.slice(0, -1).join(', ')} ${conj} ${items.at(-1)}`);
const names = (as: readonly { name: string }[]) => list(as.map((a) => a.name));
const trDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
const labels = (cs: readonly Citation[]) => cs.map((c) => c.label).join(', ');

/**
 * The paragraphs (fıkra) and list entries the text prints no number for, by regulation: their
 * number in a label is their place in the article, or in the list.
 */
const unnumbered = new Set<string>();
const unlabelledItems = new Set<string>();
for (const r of regulations) {
  const walk = (ns: readonly { id: string; kind: string; num?: string; children?: readonly unknown[] }[]) => {
    for (const n of ns) {
      if (n.kind === 'paragraph' && !n.num) unnumbered.add(`${r.id}/${n.id}`);
      if (n.kind === 'item' && !n.num) unlabelledItems.add(`${r.id}/${n.id}`);
      if (n.children) walk(n.children as typeof ns);
    }
  };
  walk(r.document);
}
/**
 * How a label was derived where it shows a number the text does not print (Konak m.5/3-b: m.5's
 * paragraphs carry no number), said beside the label; nothing where the label is what the text prints.
 */
function derived(c: Citation): string {
  const out: string[] = [];
  if (c.paragraph !== undefined && new RegExp(`/${c.paragraph}(?:[-#]|$)`).test(c.label)) {
    const para = c.id.match(/^.*?__para_\d+(?:_\d+)?/)?.[0];
    if (para && unnumbered.has(`${c.regulation}/${para}`)) out.push(`fıkra numarası metinde yazılı değildir; ${c.paragraph}, fıkranın maddedeki sırasıdır`);
  }
  // an unlabelled list entry (a line, a dash, a bullet): its number is its place in the list
  if (c.item !== undefined && unlabelledItems.has(`${c.regulation}/${c.id}`)) out.push(`satır numarası metinde yazılı değildir; ${c.item}, numarasız satırın sırasıdır`);
  return out.join('; ');
}
const derivation = (c: Citation) => (derived(c) ? ` (${derived(c)})` : '');

/** The provisions an answer rests on: each label with its verbatim text. */
function basis(cs: readonly (Citation | undefined)[], fallback?: Citation): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of cs) {
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    out.push(`> **${md(c.label)}**${derivation(c)} ${mdText(c.text, '> ')}`, '>');
  }
  if (fallback && !seen.has(fallback.id)) out.push(`> **${md(fallback.label)}**${derivation(fallback)} (hüküm bulunmayan haller) ${mdText(fallback.text, '> ')}`, '>');
  if (out.length) out.pop();
  return out.length ? ['', ...out] : [];
}

const line = (l: ReportingLineAnswer) =>
  `- ${md(l.to.name)}: ${relationTr[l.relation]} (${basisTr[l.basis]}; ${labels(l.citations)})` +
  (l.condition ? `. Koşul: ${md(l.condition)}` : '') + (l.note ? `. Not: ${md(l.note)}` : '');

function duty(d: Duty, n: number): string[] {
  const out = [`${n}. **${md(d.citation.label)}** (${d.topics.map((t) => topicTr[t]).join(', ')}): ${mdText(d.text, ' '.repeat(`${n}. `.length))}`];
  if (derived(d.citation)) out.push(`   Etiket: ${derived(d.citation)}.`);
  if (d.via) out.push(`   ${md(d.via.actor.name)} görevlerinden; ${md(d.via.citation.label)} uyarınca.`);
  if (d.text !== d.citation.text) out.push(`   Madde metni: ${mdText(d.citation.text, '   ')}`);
  if (d.note) out.push(`   Not: ${md(d.note)}`);
  return out;
}

function deputy(a: DeputyAnswer): string[] {
  const head = a.status === 'explicit'
    ? `${md(list(a.deputies.map((d) => d.name)))} vekâlet eder${a.condition ? ` (${md(a.condition)})` : ''} [${deputyStatusTr[a.status]}; ${labels(a.citations)}].`
    : `Metin ${md(a.subject.name)} için vekâleti düzenlemiyor [${deputyStatusTr[a.status]}].` +
      (a.fallback ? ` Hüküm bulunmayan hallerde ${a.fallback.label} uyarınca yürürlükteki mevzuat uygulanır.` : ' Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.');
  const out = [head];
  if (a.note) out.push('', `Not: ${md(a.note)}`);
  for (const x of a.inAbsence) {
    out.push('', `Vekâlet hükmü olmamakla birlikte ${x.citation.label}, ${md(a.subject.name)} bulunmadığında ${md(x.actor.name)} için bir görev öngörür${x.condition ? ` (metindeki koşul: "${md(x.condition)}")` : ''}.${x.note ? ` ${md(x.note)}` : ''}`);
  }
  for (const x of a.represents ?? []) {
    out.push('', `Vekâlet hükmü olmamakla birlikte ${x.citation.label}, ${md(x.actor.name)} için ${md(a.subject.name)} adına bir temsil görevi öngörür.${x.note ? ` ${md(x.note)}` : ''}`);
  }
  return out;
}

function actorSection(reg: Regulation, a: ActorRef): string[] {
  const r = reportsTo(reg.id, a.id);
  const chain = chainOfCommand(reg.id, a.id);
  const dep = deputyOf(reg.id, a.id);
  const duties = dutiesOf(reg.id, a.id);
  const data = [...reg.units, ...reg.posts, ...reg.offices].find((x) => x.id === a.id)!;
  const out = [`### ${md(a.name)}`, '', `${kindTr[a.kind]}${data.aliases?.length ? ` · diğer adları: ${md(data.aliases.join(', '))}` : ''}`, ''];
  if (data.note) out.push(`Not: ${md(data.note)}`, '');
  out.push('**Kime bağlı?**', '');
  if (r.lines.length) out.push(...r.lines.map(line));
  else out.push(`Metin ${md(a.name)} için bir üst birim ya da makam belirtmiyor (düzenlenmemiş).`);
  out.push(...basis(r.lines.flatMap((l) => l.citations)), '');
  out.push(`**Amir zinciri:** ${chain.map((c) => md(c.name)).join(' → ')}`, '');
  if (chain.length > 1) out.push(...chain.slice(1).map((c, i) => `- ${md(chain[i]!.name)} → ${md(c.name)}: ${c.line ? `${relationTr[c.line.relation]} (${basisTr[c.line.basis]}; ${labels(c.line.citations)})${c.line.condition ? `. Koşul: ${md(c.line.condition)}` : ''}${c.line.note && c.over ? `. Not: ${md(c.line.note)}` : ''}` : 'metin bu adımı bağlayan bir hat göstermiyor'}`), '');
  // vekâlet is asked of a person: not of a unit, nor of a body (Meclis, Encümen, Üst Yönetim)
  if (a.kind !== 'unit' && !('body' in data && data.body)) out.push('**Yokken kim vekâlet eder?**', '', ...deputy(dep), ...basis(dep.citations, dep.fallback), '');
  out.push(`**Görevleri (${duties.length}):**`, '');
  if (duties.length) duties.forEach((d, i) => out.push(...duty(d, i + 1)));
  else {
    // as the CLI says it: not-regulated, the fallback clause, and the havale that names the actor
    const silence = dutySilence(reg, whoRoutesIncoming(reg.id), a, (label) => cite(reg.id, label));
    const [head, ...rest] = noDutiesLines(a, silence);
    out.push(md(head!).replace(/ saymıyor\./, ' saymıyor [düzenlenmemiş].'), ...rest.flatMap((l) => ['', md(l)]), ...basis(silence.routed, silence.fallback));
  }
  out.push('');
  return out;
}

function routing(a: RoutingAnswer): string[] {
  if (a.status !== 'explicit') {
    return [`Metin gelen evrakı kimin kaydedip havale edeceğini düzenlemiyor.${a.fallback ? ` Hüküm bulunmayan hallerde ${a.fallback.label} uyarınca yürürlükteki mevzuat uygulanır.` : ''}`, ...basis([], a.fallback)];
  }
  const steps = a.steps.map((s, i) => {
    // the text's own words for the recipients where they narrow the actor ("maiyetindeki personel")
    const to = s.to?.length ? ` Kime: ${s.toText ? `"${md(s.toText)}"` : md(names(s.to))}.` : '';
    const what = s.actor ? `${md(s.actor.name)} ${actionTr[s.action][0]}.` : `Evrak ${actionTr[s.action][1]}; metin bunu kimin yaptığını söylemiyor.`;
    return `${i + 1}. ${what}${to} (${s.citation.label})${s.note ? ` Not: ${md(s.note)}` : ''}`;
  });
  return [...steps, ...basis(a.citations)];
}

function whoSignsSection(reg: Regulation): string[] {
  const out: string[] = [];
  for (const to of ['inter-directorate', 'public-institution', 'private-party'] as const) {
    const a = whoSigns(reg.id, to);
    out.push(`### ${recipientTr[to]}`, '', `${md(a.explanation)} [${signStatusTr[a.status]}]`, ...basis(a.citations, a.fallback), '');
  }
  return out;
}

function inForceSection(reg: Regulation): string[] {
  const a = inForce(reg.id, REFERENCE_DATE);
  const since = a.from ? (a.status === 'not-yet-in-force' ? `; ${trDate(a.from)} tarihinde yürürlüğe girer` : `; ${trDate(a.from)} tarihinden beri`) : a.status === 'in-force' ? '; yürürlük tarihi bilinmiyor' : '';
  const out = [`**${trDate(REFERENCE_DATE)} itibarıyla ${inForceTr[a.status]}**${since} (${inForceBasisTr[a.basis]}).`, '', md(a.condition)];
  if (a.note) out.push('', md(a.note));
  out.push('', md(a.caveat), ...basis(a.citations));
  return out;
}

/** The questions asked of the text as a whole, each with the heading the book gives it. */
const aboutQuestions: readonly [keyof Omit<AboutAnswer, 'regulation' | 'title' | 'review'>, string][] = [
  ['executor', 'Metni kim yürütür?'],
  ['legalBasis', 'Dayanağı nedir?'],
  ['repeals', 'Hangi metni yürürlükten kaldırır?'],
  ['budget', 'Harcama yetkilisi kimdir, bütçeyi kim hazırlar?'],
  ['archive', 'Arşivi kim tutar?'],
  ['residual', 'Metinde sayılmayan bir görev kime verilir?'],
  ['discipline', 'Disiplin ve ödül işlerini kim yürütür?'],
  ['handover', 'Görevden ayrılanın dosya ve zimmet devri nasıl yapılır?'],
  ['disclosure', 'Dışarıya ve basına kim bilgi verebilir?'],
  ['planning', 'Yıllık programı kim hazırlar?'],
  ['approval', 'Yıllık programı ve alt birimlerin çalışmalarını kim onaylar?'],
];
const aboutStatusTr: Record<AboutAnswer['executor']['status'], string> = { explicit: 'açık hüküm', 'not-regulated': 'düzenlenmemiş' };
const legalKindTr: Record<AboutAnswer['legalBasis']['bases'][number]['kind'], string> = { kanun: 'Kanun', khk: 'Kanun Hükmünde Kararname', yonetmelik: 'Yönetmelik', 'meclis-karari': 'Meclis kararı' };

function legalBasisLine(b: AboutAnswer['legalBasis']['bases'][number]): string {
  const name = b.kind === 'khk' ? (b.name ? `${b.name} (Kanun Hükmünde Kararname)` : legalKindTr.khk) : (b.name ?? legalKindTr[b.kind]);
  const extra = [b.date && `${trDate(b.date)} tarihli`, b.articles.length && `madde ${list([...b.articles])}`, b.decision].filter(Boolean);
  return `- ${md(b.number ? `${b.number} sayılı ${name}` : name)}${extra.length ? ` (${md(extra.join('; '))})` : ''} (${labels(b.citations)})${b.note ? `. Not: ${md(b.note)}` : ''}`;
}

/** The questions of the text as a whole (`about`): each answer, its status and the provisions it rests on. */
function aboutSection(reg: Regulation): string[] {
  const a = about(reg.id);
  const out: string[] = [];
  for (const [key, question] of aboutQuestions) {
    const item = a[key];
    out.push(`### ${question}`, '');
    if (key === 'approval') {
      // the CLI's sentences: the answer for the programme, then what stands beside it
      const ap = a.approval;
      const { answer, beside } = approvalSentences(ap);
      const fb = ap.status === 'explicit' ? ''
        : ap.fallback ? ` Hüküm bulunmayan hallerde ${ap.fallback.label} uyarınca yürürlükteki mevzuat uygulanır.` : ' Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.';
      out.push(`${md(answer)} [${aboutStatusTr[ap.status]}].${fb}`, '', ...beside.flatMap((l) => [md(l), '']));
      if (ap.status === 'not-regulated' && ap.fallback) out.push(...basis([], ap.fallback).slice(1), '');
      const tagged: [Duty, string][] = [...ap.duties.map((d): [Duty, string] => [d, '']), ...ap.otherApprovals.map((d): [Duty, string] => [d, 'başka onay; ']), ...ap.related.map((d): [Duty, string] => [d, 'ilgili hüküm; '])];
      tagged.forEach(([x, tag], i) => { const [head, ...more] = duty(x, i + 1); out.push(head!.replace(/^(\d+\. \*\*[^*]+\*\*) \(/, `$1 ${md(x.holder.name)} (${tag}`), ...more); });
      if (tagged.length) out.push('');
      continue;
    }
    if (item.status === 'not-regulated') {
      out.push(key === 'repeals'
        ? `Metin başka bir metni yürürlükten kaldırmıyor [${aboutStatusTr[item.status]}].`
        : `Metin bunu düzenlemiyor [${aboutStatusTr[item.status]}].${item.fallback ? ` Hüküm bulunmayan hallerde ${item.fallback.label} uyarınca yürürlükteki mevzuat uygulanır.` : ' Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.'}`);
      out.push(...basis([], item.fallback), '');
      continue;
    }
    if (key === 'executor') {
      const e = a.executor;
      const who = list(e.executors.map((x) => (x.via === 'delegation' ? `yetki verdiği ${x.name}` : x.name)));
      out.push(`${md(who)}${e.onBehalfOf ? ` (${md(e.onBehalfOf.name)} adına)` : ''} [${aboutStatusTr[e.status]}; ${labels(e.citations)}].${e.wording ? ` Metnin ifadesiyle: "${md(e.wording)}".` : ''}`, ...basis(e.citations), '');
    } else if (key === 'legalBasis') {
      out.push(...a.legalBasis.bases.map(legalBasisLine), ...basis(a.legalBasis.citations), '');
    } else if (key === 'repeals') {
      out.push(...a.repeals.repeals.map((r) => `- ${md(r.title)}${r.decision ? ` (${md(r.decision)})` : ''} (${labels(r.citations)})`), ...basis(a.repeals.citations), '');
    } else {
      const d = a[key];
      out.push(`${key === 'planning' ? 'Planlama ve program konusunda görev verilenler' : 'Bu konuda görev verilenler'}: ${md(names(d.holders))} [${aboutStatusTr[d.status]}].`, '');
      d.duties.forEach((x, i) => { const [first, ...rest] = duty(x, i + 1); out.push(first!.replace(/^(\d+\. \*\*[^*]+\*\*)/, `$1 ${md(x.holder.name)}`), ...rest); });
      out.push('');
    }
  }
  return out;
}

function definitions(reg: Regulation): string[] {
  if (!reg.definitions.length) return ['Metinde Tanımlar maddesi yok.'];
  const out: string[] = [];
  for (const d of reg.definitions) {
    const a = define(reg.id, d.term)!;
    out.push(`- **${md(a.term)}** (${a.citation.label}${derived(a.citation) ? `; ${derived(a.citation)}` : ''}): ${md(a.meaning)}`);
  }
  return out;
}

/** The book page of one regulation. */
export function regulationPage(reg: Regulation): string {
  const actors: ActorRef[] = [
    ...reg.units.map((u) => ({ id: u.id, name: u.name, kind: 'unit' as const })),
    ...reg.posts.map((p) => ({ id: p.id, name: p.name, kind: 'post' as const })),
    ...reg.offices.map((o) => ({ id: o.id, name: o.name, kind: 'office' as const })),
  ];
  return [
    `# ${md(reg.title)}: cevaplar`,
    '',
    `Bu sayfa kütüphanenin verdiği yanıtlardan kendiliğinden üretilir; elle düzenlenmez. Her yanıt, dayandığı hükmün etiketi ve metindeki sözleriyle birlikte verilir. Yürürlük sorusu ${trDate(REFERENCE_DATE)} referans tarihi için sorulmuştur.`,
    '',
    `${reg.kind === 'yonerge' ? 'Yönerge' : 'Yönetmelik'} · ${md(reg.municipality.name)}${reg.titleSource === 'supplied' ? ' · başlık metinde yok; kütüphanece verildi' : ''}`,
    '',
    `## Yürürlük`,
    '',
    ...inForceSection(reg),
    '',
    '## Metin hakkında',
    '',
    ...aboutSection(reg),
    '## Yazışmaları kim imzalar?',
    '',
    ...whoSignsSection(reg),
    '## Gelen evrak: kaydı ve havalesi',
    '',
    ...routing(whoRoutesIncoming(reg.id)),
    '',
    '## Tanımlar',
    '',
    ...definitions(reg),
    '',
    '## Birimler, kadrolar ve makamlar',
    '',
    ...actors.flatMap((a) => actorSection(reg, a)),
  ].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** The index page. */
export function indexPage(): string {
  return [
    '# Cevap kitabı',
    '',
    `Kütüphanenin her mevzuat için metnin kendisi hakkında (kim yürütür, dayanağı, neyi yürürlükten kaldırır; bütçe, arşiv, disiplin, devir teslim, bilgi verme ve program görevleri kimde) ve her birim, kadro ve makam hakkında verdiği yanıtlar: kime bağlı, amir zinciri, vekâlet, görevler; her alıcı için yazışmayı kim imzalar, gelen evrakın havalesi, yürürlük (${trDate(REFERENCE_DATE)} referans tarihiyle) ve her tanım. Her yanıtın altında dayandığı hükmün etiketi ve metindeki sözleri vardır. Sayfalar kütüphanenin yanıtlarından kendiliğinden üretilir; bir yanıt değişirse değişiklik bu sayfalarda görünür.`,
    '',
    ...regulations.map((r) => `- [${md(r.title)}](./${r.id}.md)`),
  ].join('\n') + '\n';
}

/** Every page of the book, by file name. */
export function answerBook(): Map<string, string> {
  const pages = new Map<string, string>([['index.md', indexPage()]]);
  for (const r of regulations) pages.set(`${r.id}.md`, regulationPage(r));
  return pages;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = answerBook();
  mkdirSync(BOOK_DIR, { recursive: true });
  for (const f of readdirSync(BOOK_DIR)) if (f.endsWith('.md') && !pages.has(f)) rmSync(`${BOOK_DIR}${f}`);
  for (const [file, text] of pages) writeFileSync(`${BOOK_DIR}${file}`, text);
  console.error(`answer book: ${pages.size} pages in docs/cevaplar/`);
}
