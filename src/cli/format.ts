// Human output for every answer, in Turkish, for an 80-column terminal: the answer first, then each
// citation as its label and verbatim text. Pure: answers and a Style in, text out.
import type {
  AboutAnswer, ActorRef, Citation, DefinitionAnswer, DeputyAnswer, Duty, InForceAnswer, Regulation,
  ReportingLineAnswer, ReportsToAnswer, RoutingAnswer, Topic, WhoSignsAnswer,
} from '../index.js';
import {
  actionPassiveTr, actionToTr, actionTr, basisTr, inForceBasisTr, inForceTr, recipientTr, regulationKindTr, relationTr, statusTr, topicTr, words,
} from './labels.js';
import { WIDTH, hanging, makeStyle, table, width, wrap, type Style } from './text.js';
import { listTr } from '../internal/turkish.js';

const plain = makeStyle(false);

/** `2016-10-10` → `10.10.2016`, as Turkish texts write dates. */
export const trDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');

/** Names as a Turkish list: `A`, `A ve B`, `A, B ve C`. */
/** The names, each once (an actor charged under two scopes is one name). */
const names = (list: readonly { name: string }[]) => listTr([...new Set(list.map((a) => a.name))]);
const labels = (list: readonly Citation[]) => list.map((c) => c.label).join(', ');
const bracket = (list: readonly Citation[]) => (list.length ? ` [${labels(list)}]` : '');

function statusColour(s: Style, status: string): (t: string) => string {
  return status === 'explicit' || status === 'in-force' ? s.green : status === 'repealed' ? s.red : s.yellow;
}

/** Who signs, in the words the library uses: `Belediye Başkanı veya yetki verdiği Başkan Yardımcısı`. */
export const signerNames = (a: WhoSignsAnswer) => listTr(a.signers.map((x) => (x.via === 'delegation' ? `yetki verdiği ${x.name}` : x.name)), 'veya');

/** Labelled fields, the values aligned one space after the longest label. */
function fields(rows: readonly (readonly [string, string] | false)[]): string[] {
  const kept = rows.filter((r): r is readonly [string, string] => !!r);
  const pad = Math.max(...kept.map(([k]) => width(k))) + 2;
  return kept.map(([k, v]) => hanging(`  ${`${k}:`.padEnd(pad)}`, v));
}

/**
 * The citations an answer rests on: a heading, then each label and its verbatim text, wrapped
 * and indented. The fallback clause, when given, comes last and says what it is. Empty when
 * there is nothing to cite.
 */
export function formatCitations(citations: readonly Citation[], s: Style = plain, fallback?: Citation): string {
  const seen = new Set<string>();
  const list: [Citation, string][] = [];
  for (const c of citations) {
    const key = `${c.regulation} ${c.id}`;
    if (!seen.has(key)) { seen.add(key); list.push([c, '']); }
  }
  if (fallback && !seen.has(`${fallback.regulation} ${fallback.id}`)) list.push([fallback, ` (${words.fallback})`]);
  if (!list.length) return '';
  return [s.bold(words.basis), ...list.map(([c, note]) => `  ${s.cyan(c.label)}${s.dim(note)}\n${wrap(c.text, 4)}`)].join('\n');
}

const join = (...parts: (string | undefined | null | false)[]) => parts.filter((p): p is string => !!p).join('\n');

/** The marker of an answer resting on an unreviewed, machine-drafted fact; nothing otherwise. */
const reviewLine = (a: { readonly review?: 'pending' } | undefined, s: Style, indent = 2) =>
  a?.review === 'pending' ? s.yellow(hanging(`${' '.repeat(indent)}${words.review}: `, words.pendingAnswer)) : undefined;
/** ` (gözden geçirilmemiş)` after a fact that is itself unreviewed. */
const pendingTag = (a: { readonly review?: 'pending' }, s: Style) => (a.review === 'pending' ? s.yellow(` (${words.pending})`) : '');
const section = (...blocks: string[]) => blocks.filter(Boolean).join('\n\n');

/** `mevzuat who-signs`. */
export function formatWhoSigns(a: WhoSignsAnswer, s: Style = plain): string {
  // an actor charged under several scopes is named once (the explanation gives each scope)
  const responsible = [...new Set(a.responsible.map((r) => (r.condition ? `${r.name} (${r.condition})` : r.name)))];
  return section(
    join(
      wrap(a.explanation),
      ...fields([
        a.scope !== undefined && [words.scope, a.scope],
        a.signers.length > 0 && [words.signers, signerNames(a)],
        a.paraf.length > 0 && [words.paraf, names(a.paraf)],
        responsible.length > 0 && [words.responsible, listTr(responsible)],
        [words.status, statusTr(a.status)],
      ]).map((l) => l.replace(statusTr(a.status), statusColour(s, a.status)(statusTr(a.status)))),
      reviewLine(a, s),
    ),
    formatCitations(a.citations, s, a.fallback),
  );
}

/** One reporting line as a bullet: `• Belediye Başkanı: bağlı olarak çalışır; açık hüküm [m.6]`. */
function line(l: ReportingLineAnswer, s: Style): string {
  const basis = l.basis === 'structural' ? s.yellow(basisTr(l.basis)) : s.green(basisTr(l.basis));
  const head = hanging('  • ', `${s.bold(l.to.name)}: ${relationTr(l.relation)}; ${basis}${bracket(l.citations)}${pendingTag(l, s)}`);
  return join(head, l.condition && s.dim(hanging(`    ${words.condition}: `, l.condition)), l.note && s.dim(hanging(`    ${words.note}: `, l.note)));
}

/** `mevzuat reports-to`. */
export function formatReportsTo(a: ReportsToAnswer, s: Style = plain): string {
  if (!a.lines.length) return wrap(`${a.subject.name}: metin bir üst birim ya da makam belirtmiyor (${statusTr('not-regulated')}).`);
  return section(
    join(`${s.bold(a.subject.name)} kime bağlı:`, ...a.lines.map((l) => line(l, s)), reviewLine(a, s)),
    formatCitations(a.lines.flatMap((l) => l.citations), s),
  );
}

/**
 * `mevzuat chain`: the chain, then each step with the line it follows (`links[i]` joins
 * `chain[i]` to `chain[i + 1]`, as `reportsTo` gives it).
 */
export function formatChain(chain: readonly ActorRef[], links: readonly (ReportingLineAnswer | undefined)[], s: Style = plain): string {
  const head = wrap(chain.map((a) => a.name).join(' → '));
  if (chain.length < 2) return `${head}\n  (metin bir üst birim ya da makam belirtmiyor)`;
  const steps = chain.slice(0, -1).map((a, i) => {
    const l = links[i];
    const text = l ? `${relationTr(l.relation)}; ${basisTr(l.basis)}${bracket(l.citations)}${l.condition ? `; ${words.condition}: ${l.condition}` : ''}${pendingTag(l, s)}` : '';
    return hanging(`  ${a.name} → ${chain[i + 1]!.name}: `, text);
  });
  const pending = links.some((l) => l?.review === 'pending') ? { review: 'pending' as const } : undefined;
  return section(join(s.bold(head), ...steps, reviewLine(pending, s)), formatCitations(links.flatMap((l) => l?.citations ?? []), s));
}

/** The sentence for a matter the text leaves open, with its fallback clause where it has one. */
const fallbackSentence = (fallback: Citation | undefined) => (fallback
  ? ` Hüküm bulunmayan hallerde ${fallback.label} uyarınca yürürlükteki mevzuat uygulanır.`
  : ' Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.');

/**
 * What the text lets someone do in the subject's absence without making it vekâlet, one whole
 * sentence each, worded as the answer book words it.
 */
const inAbsenceLines = (a: DeputyAnswer, s: Style) => a.inAbsence.map((x) => join(
  wrap(`Vekâlet hükmü olmamakla birlikte ${x.citation.label}, ${a.subject.name} bulunmadığında ${x.actor.name} için bir görev öngörür${x.condition ? ` (metindeki koşul: "${x.condition}")` : ''}.`, 2),
  x.note && s.dim(wrap(x.note, 4)),
));

/** What the text has someone do on the subject's behalf without making it vekâlet, one sentence each. */
const representsLines = (a: DeputyAnswer, s: Style) => (a.represents ?? []).map((x) => join(
  wrap(`Vekâlet hükmü olmamakla birlikte ${x.citation.label}, ${x.actor.name} için ${a.subject.name} adına bir temsil görevi öngörür.`, 2),
  x.note && s.dim(wrap(x.note, 4)),
));

/** `mevzuat deputy`. */
export function formatDeputy(a: DeputyAnswer, s: Style = plain): string {
  const absence = join(...inAbsenceLines(a, s), ...representsLines(a, s)) || false;
  // a unit or a body: the question is asked of a post, and the note names it where the data has one
  if (a.notAPost) return join(wrap(a.note ?? ''), `  ${words.status}: ${s.yellow(statusTr(a.status))}`, reviewLine(a, s));
  if (a.status === 'not-regulated') {
    return section(
      join(wrap(`Metin ${a.subject.name} için vekâleti düzenlemiyor.${fallbackSentence(a.fallback)}`), absence, `  ${words.status}: ${s.yellow(statusTr(a.status))}`, reviewLine(a, s)),
      formatCitations(a.citations, s, a.fallback),
    );
  }
  return section(
    join(
      hanging(`${a.subject.name} yokken vekâlet eden: `, names(a.deputies)),
      a.condition && s.dim(hanging(`  ${words.condition}: `, a.condition)),
      a.note && s.dim(hanging(`  ${words.note}: `, a.note)),
      absence,
      `  ${words.status}: ${s.green(statusTr(a.status))}`,
      reviewLine(a, s),
    ),
    formatCitations(a.citations, s),
  );
}

const topicList = (list: readonly Topic[]) => list.map(topicTr).join(', ');

/** One duty: its label and verbatim text; where the duty is an excerpt, the whole provision too. */
function duty(d: Duty, n: number, s: Style, withRegulation: boolean): string {
  const where = withRegulation ? `${d.regulation} ${d.citation.label}` : d.citation.label;
  const who = withRegulation ? ` ${d.holder.name}` : '';
  return join(
    // a duty with no topic (a drafted one not yet tagged) shows no empty "()"
    `${String(n).padStart(3)}. ${s.cyan(where)}${s.bold(who)}${d.topics.length ? ` ${s.dim(`(${topicList(d.topics)})`)}` : ''}${pendingTag(d, s)}`,
    wrap(d.text, 6),
    d.via && s.dim(wrap(`${d.via.actor.name} görevlerinden; ${d.via.citation.label} uyarınca`, 6)),
    d.note && s.dim(wrap(`${words.note}: ${d.note}`, 6)),
    d.text !== d.citation.text && s.dim(wrap(`madde metni: ${d.citation.text}`, 6)),
  );
}

/** What the text does say of an actor it gives no duty: its fallback clause, and the havale steps that name the actor. */
export type DutySilence = {
  readonly fallback?: Citation;
  readonly routed: readonly Citation[];
  /** An office outside the organisation the text governs (Belediye Başkanı, Meclis): its fallback clause is not about it. */
  readonly outside?: true;
};

/**
 * {@link DutySilence} from the regulation's data: the fallback clause it has, and every routing
 * step whose recipients include the subject (İzmir m.12/a: "ilgili Şef, Proje Sorumlusu, personele havalesi").
 */
export function dutySilence(reg: Regulation, routing: RoutingAnswer, subject: ActorRef, cite: (label: string) => Citation): DutySilence {
  const fb = reg.fallback ? reg.provisions.find((p) => p.id === reg.fallback) : undefined;
  const routed = [...new Map(routing.steps.filter((st) => st.to?.some((t) => t.id === subject.id)).map((st) => [st.citation.id, st.citation])).values()];
  if (subject.kind === 'office') return { routed, outside: true };
  return { ...(fb && { fallback: cite(fb.label) }), routed };
}

/**
 * The sentences for an actor the text gives no duty: that it lists none (not-regulated), the
 * fallback clause, and where the text names the actor among those incoming documents are assigned to.
 */
export function noDutiesLines(subject: ActorRef, silence: DutySilence): string[] {
  return [
    `Metin ${subject.name} için bir görev saymıyor.${silence.outside ? '' : fallbackSentence(silence.fallback)}`,
    ...(silence.routed.length ? [`Gelen evrak ona da havale edilebilir (${silence.routed.map((c) => c.label).join(', ')}).`] : []),
  ];
}

/** `mevzuat duties`. `subject` is the actor asked about; `topic` the filter, if any; `silence`, what to say when the text gives it no duty. */
export function formatDuties(subject: ActorRef, duties: readonly Duty[], s: Style = plain, topic?: Topic, silence?: DutySilence): string {
  const filter = topic ? ` (konu: ${topicTr(topic)})` : '';
  if (!duties.length && !topic && silence) {
    return section(
      join(...noDutiesLines(subject, silence).map((l) => wrap(l)), `  ${words.status}: ${s.yellow(statusTr('not-regulated'))}`),
      formatCitations(silence.routed, s, silence.fallback),
    );
  }
  if (!duties.length) return wrap(`Metin ${subject.name} için bir görev saymıyor${filter}.`);
  return [`${s.bold(subject.name)}: ${duties.length} görev${filter}`, ...duties.map((d, i) => duty(d, i + 1, s, false))].join('\n');
}

/** `mevzuat search`. */
export function formatSearch(query: string, duties: readonly Duty[], s: Style = plain): string {
  if (!duties.length) return wrap(`"${query}" ile eşleşen görev yok.`);
  return [`"${query}": ${duties.length} görev`, ...duties.map((d, i) => duty(d, i + 1, s, true))].join('\n');
}

/** One step of incoming-document handling as a Turkish sentence: active where the text names the actor, passive where it does not. */
export function routingStep(st: RoutingAnswer['steps'][number]): string {
  // the text's own words for the recipients where they narrow the actor ("maiyetindeki personel")
  const to = st.to?.length ? ` (${actionToTr(st.action)}: ${st.toText ? `"${st.toText}"` : names(st.to)})` : '';
  return st.actor
    ? `${st.actor.name} ${actionTr(st.action)}${to}.`
    : `Evrak ${actionPassiveTr(st.action)}${to}; metin bunu kimin yaptığını söylemiyor.`;
}

/** `mevzuat routing`. */
export function formatRouting(a: RoutingAnswer, s: Style = plain): string {
  const by = (actions: readonly string[]) => [...new Map(a.steps.filter((st) => st.actor && actions.includes(st.action)).map((st) => [st.actor!.id, st.actor!])).values()];
  const distributors = by(['distribute']);
  const registrars = by(['register']);
  const head = a.status === 'explicit'
    ? join(
      hanging('Gelen evrakı havale eden: ', distributors.length ? names(distributors) : 'metin adlandırmıyor'),
      a.steps.some((st) => st.action === 'register') && hanging('Kaydeden: ', registrars.length ? names(registrars) : 'metin adlandırmıyor (edilgen anlatım)'),
    )
    : wrap(`Metin gelen evrakı kimin kaydedip havale edeceğini düzenlemiyor.${fallbackSentence(a.fallback)}`);
  const steps = a.steps.map((st, i) => hanging(`  ${i + 1}. `, `${routingStep(st)} [${st.citation.label}]${pendingTag(st, s)}${st.note ? ` Not: ${st.note}` : ''}`));
  return section(
    join(head, ...steps, `  ${words.status}: ${statusColour(s, a.status)(statusTr(a.status))}`, reviewLine(a, s)),
    formatCitations(a.citations, s, a.fallback),
  );
}

/** `mevzuat define`: the meaning, or, for a term the Tanımlar do not define, the terms they do. */
export function formatDefinition(a: DefinitionAnswer | undefined, term: string, reg: Pick<Regulation, 'id' | 'definitions'>, s: Style = plain): string {
  if (a) return section(join(hanging(`${s.bold(a.term)}: `, a.meaning), reviewLine(a, s)), formatCitations([a.citation], s));
  const terms = reg.definitions.map((d) => d.term);
  return join(
    wrap(`"${term}" ${reg.id} içinde tanımlı değil: Tanımlar maddesi bu terimi tanımlamıyor.`),
    terms.length ? hanging('  Tanımlı terimler: ', terms.join(', ')) : '  Bu metinde Tanımlar maddesi yok.',
  );
}

/** `mevzuat in-force`. `on` is the day asked about (ISO). */
export function formatInForce(a: InForceAnswer, on: string, s: Style = plain): string {
  const since = a.from ? (a.status === 'not-yet-in-force' ? `; ${trDate(a.from)} tarihinde yürürlüğe girer` : `; ${trDate(a.from)} tarihinden beri`) : a.status === 'in-force' ? '; yürürlük tarihi bilinmiyor' : '';
  return section(
    join(
      hanging(`${trDate(on)} itibarıyla: `, `${inForceTr(a.status)}${since} (${inForceBasisTr(a.basis)})`).replace(inForceTr(a.status), statusColour(s, a.status)(inForceTr(a.status))),
      wrap(a.condition, 2),
      a.note && wrap(a.note, 2),
      s.dim(wrap(a.caveat, 2)),
      reviewLine(a, s),
    ),
    formatCitations(a.citations, s),
  );
}

/** `mevzuat cite`. */
export function formatCitation(c: Citation, s: Style = plain): string {
  const where = [`Madde ${c.article}`, c.paragraph !== undefined && `fıkra ${c.paragraph}`, c.section, c.item !== undefined && `bent ${c.item}`].filter(Boolean).join(', ');
  return join(`${s.cyan(s.bold(c.label))} ${s.dim(`(${c.regulation}; ${where})`)}`, wrap(c.text, 2));
}

/** `mevzuat list`: every regulation with its names and whether it is in force on `on`. */
export function formatList(regs: readonly Regulation[], status: readonly InForceAnswer[], on: string, s: Style = plain): string {
  const blocks = regs.map((r, i) => join(
    s.bold(r.id),
    wrap(r.title + (r.titleSource === 'supplied' ? ` [${words.suppliedTitle}]` : ''), 2),
    wrap(`${r.municipality.name} · ${regulationKindTr(r.kind)} · ${trDate(on)} itibarıyla ${inForceTr(status[i]!.status)}`, 2),
    hanging('  Diğer adlar: ', r.aliases.join(', ')),
    r.review === 'pending' && s.yellow(wrap('Taslak: gözden geçirilmemiş olgular var; cevapları bunu belirtir.', 2)),
  ));
  return [`${regs.length} mevzuat`, ...blocks].join('\n\n');
}

/** One entry of `mevzuat overview`: the library's answers for one regulation. */
export type OverviewEntry = {
  regulation: string;
  title: string;
  titleSource: 'source' | 'supplied';
  organisation: ActorRef;
  head: ActorRef | null;
  whoSigns: WhoSignsAnswer;
  reportsTo: ReportsToAnswer;
  /** Whom the organisation's head reports to: a line of its own where the text gives one (Karşıyaka's Müdür, Kocaeli's Daire Başkanı). */
  headReportsTo: ReportsToAnswer | null;
  deputyOf: DeputyAnswer | null;
  inForce: InForceAnswer;
};

/** What `mevzuat overview` prints around the answers: the names the texts give the recipients of the signing question, and the commands to try next. */
export type OverviewFrame = { recipients: readonly string[]; next: readonly string[] };

/**
 * `mevzuat overview`: the headline answers for every regulation, each under a heading of its own
 * and with its citation labels; first which recipients the signing question is about, last the
 * commands to try next.
 */
export function formatOverview(entries: readonly OverviewEntry[], on: string, s: Style = plain, frame: OverviewFrame = { recipients: [], next: [] }): string {
  const cls = recipientTr('public-institution');
  const intro = join(
    wrap(`${entries.length} mevzuat için temel sorular ve cevapları; köşeli ayraç içinde her cevabın dayandığı hükümler.`),
    frame.recipients.length > 0 && hanging(`  ${cls}: `, `${frame.recipients.join(', ')} …`),
    frame.recipients.length > 0 && s.dim(wrap('(metinlerin bu sınıfa saydığı alıcılar; imza sorusu bunlara giden yazılar içindir)', 2)),
  );
  const outro = frame.next.length ? join(s.bold('Sonra şunları deneyin:'), ...frame.next.map((c) => `  ${s.cyan(c)}`)) : '';
  const blocks = entries.map((e) => {
    const sig = e.whoSigns;
    const signs = sig.status === 'explicit'
      ? `${signerNames(sig)}${sig.paraf.length ? `, ${names(sig.paraf)} parafıyla` : ''}`
      : sig.status === 'responsible-only' ? `imzalayan belirtilmemiş; sorumlu: ${names(sig.responsible)}` : 'metinde hüküm yok';
    const lineText = (a: ReportsToAnswer) => a.lines.map((l) => `${l.to.name} (${relationTr(l.relation)}; ${basisTr(l.basis)}${l.condition ? `; ${words.condition}: ${l.condition}` : ''})${bracket(l.citations)}`);
    const ups = lineText(e.reportsTo);
    const headUps = e.headReportsTo ? lineText(e.headReportsTo) : [];
    const dep = e.deputyOf;
    const f = e.inForce;
    const since = f.from ? (f.status === 'not-yet-in-force' ? `, ${trDate(f.from)} tarihinde yürürlüğe girer` : `, ${trDate(f.from)} tarihinden beri`) : '';
    const item = (label: string, text: string) => wrap(`${label}: ${text}`, 4, WIDTH, 2);
    return join(
      s.bold(e.regulation),
      wrap(`${e.title}${e.titleSource === 'supplied' ? ` [${words.suppliedTitle}]` : ''}`, 2),
      item('Kamu kurum ve kuruluşlarına yazıyı kim imzalar', `${signs} (${statusTr(sig.status)})${bracket(sig.citations)}${sig.fallback ? ` [${words.fallback}: ${sig.fallback.label}]` : ''}`),
      item(`${e.organisation.name} kime bağlı`, ups.length ? ups.join(' · ') : `metin belirtmiyor (${statusTr('not-regulated')})`),
      e.headReportsTo && headUps.length > 0 && item(`${e.headReportsTo.subject.name} kime bağlı`, headUps.join(' · ')),
      dep && item(`${dep.subject.name} yokken kim vekâlet eder`, `${dep.status === 'explicit' ? names(dep.deputies) : 'metin belirtmiyor'} (${statusTr(dep.status)})${bracket(dep.citations)}${dep.fallback ? ` [${words.fallback}: ${dep.fallback.label}]` : ''}`),
      item(`Bugün (${trDate(on)}) yürürlükte mi`, `${inForceTr(f.status)}${since}${bracket(f.citations)}`),
    );
  });
  return section(intro, ...blocks, outro);
}

/** A regulation `compare` could not ask: the subject is not in it, or names several actors. */
export type CompareMiss = { error: { code: string; message: string; input: string; suggestions: string[] } };

/** True for a {@link CompareMiss} row. */
export const isMiss = (v: unknown): v is CompareMiss => typeof v === 'object' && v !== null && 'error' in v;

const missCell = (m: CompareMiss) => (m.error.code === 'AMBIGUOUS'
  ? `"${m.error.input}" birden çok karşılığı var: ${m.error.suggestions.join(', ')}`
  : `bu mevzuatta "${m.error.input}" yok${m.error.suggestions.length ? ` (yakın: ${m.error.suggestions.slice(0, 3).join(', ')})` : ''}`);

/** `mevzuat compare who-signs --to <alıcı>`: one row a regulation. */
export function formatCompareWhoSigns(rows: Record<string, WhoSignsAnswer>, s: Style = plain): string {
  const first = Object.values(rows)[0];
  const title = first ? `Kim imzalar? Alıcı: ${recipientTr(first.recipient)}` : 'Kim imzalar?';
  const body = Object.entries(rows).map(([id, a]) => [
    id,
    statusTr(a.status),
    a.signers.length
      ? `${signerNames(a)}${a.paraf.length ? ` (${words.paraf.toLocaleLowerCase('tr-TR')}: ${names(a.paraf)})` : ''}`
      : a.responsible.length ? `${words.responsible.toLocaleLowerCase('tr-TR')}: ${names(a.responsible)}` : '—',
    a.citations.length ? labels(a.citations) : a.fallback ? `${a.fallback.label} (${words.fallback})` : '—',
  ]);
  return `${s.bold(title)}\n\n${table([words.regulation, words.status, `${words.signers} (paraf) ya da sorumlu`, words.basis], body, s)}`;
}

/** `mevzuat compare reports-to <özne>`: one row a regulation; a regulation without the subject says so. */
export function formatCompareReportsTo(subject: string, rows: Record<string, ReportsToAnswer | CompareMiss>, s: Style = plain): string {
  // one regulation per row; a subject with several lines gets one table line each, the id only on the first
  const body = Object.entries(rows).flatMap(([id, a]) => {
    if (isMiss(a)) return [[id, '—', missCell(a), '—']];
    if (!a.lines.length) return [[id, a.subject.name, `metin belirtmiyor (${statusTr('not-regulated')})`, '—']];
    return a.lines.map((l, i) => [
      i === 0 ? id : '',
      i === 0 ? a.subject.name : '',
      `${l.to.name}: ${relationTr(l.relation)}; ${basisTr(l.basis)}${l.condition ? ` (${words.condition}: ${l.condition})` : ''}`,
      labels(l.citations),
    ]);
  });
  return `${s.bold(`Kime bağlı: "${subject}"`)}\n\n${table([words.regulation, 'Özne', 'Üst', words.basis], body, s)}`;
}

/** `mevzuat compare routing`. */
export function formatCompareRouting(rows: Record<string, RoutingAnswer>, s: Style = plain): string {
  const body = Object.entries(rows).map(([id, a]) => [
    id,
    statusTr(a.status),
    a.routers.length ? names(a.routers) : '—',
    a.citations.length ? labels(a.citations) : a.fallback ? `${a.fallback.label} (${words.fallback})` : '—',
  ]);
  return `${s.bold('Gelen evrakı kim kaydeder ve havale eder')}\n\n${table([words.regulation, words.status, 'Havale eden', words.basis], body, s)}`;
}

/** `mevzuat compare chain <özne>`: each regulation's chain to the top, the basis of every step; a regulation without the subject says so. */
export function formatCompareChain(subject: string, rows: Record<string, readonly (ActorRef & { line?: ReportingLineAnswer })[] | CompareMiss>, s: Style = plain): string {
  const body = Object.entries(rows).map(([id, a]) => {
    if (isMiss(a)) return [id, missCell(a), '—'];
    if (a.length < 2) return [id, `${a[0]?.name ?? ''}: metin bir üst birim ya da makam belirtmiyor`, '—'];
    const steps = a.slice(1).map((st) => st.line);
    const basis = steps.map((l) => (l ? `${basisTr(l.basis)}${bracket(l.citations)}` : '—')).join('; ');
    return [id, a.map((x) => x.name).join(' → '), basis];
  });
  return `${s.bold(`Amir zinciri: "${subject}"`)}\n\n${table([words.regulation, 'Zincir', `${words.basis} (her adım)`], body, s)}`;
}

/** `mevzuat compare in-force [--on <gün>]`: each regulation's status on the day asked about. */
export function formatCompareInForce(rows: Record<string, InForceAnswer>, on: string, s: Style = plain): string {
  const body = Object.entries(rows).map(([id, a]) => [
    id,
    inForceTr(a.status),
    a.from ? (a.status === 'not-yet-in-force' ? `${trDate(a.from)} tarihinde yürürlüğe girer` : `${trDate(a.from)} tarihinden beri`) : '—',
    a.citations.length ? labels(a.citations) : '—',
  ]);
  return `${s.bold(`${trDate(on)} itibarıyla yürürlükte mi`)}\n\n${table([words.regulation, words.status, 'Tarih', words.basis], body, s)}`;
}

/** The question each item of an `about` answer answers, as the CLI and the answer book print it. */
export const aboutQuestions: readonly (readonly [keyof Omit<AboutAnswer, 'regulation' | 'title' | 'review'>, string])[] = Object.freeze([
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
] as const);

/**
 * The approval answer in words: the answer for the programme, without its final stop (who approves
 * it, or that the text does not say), then, beside it, the text's other approvals and the
 * provisions that only submit for approval. The CLI, the answer book and the site say these.
 */
export function approvalSentences(a: AboutAnswer['approval']): { answer: string; beside: string[] } {
  const who = (list: readonly Duty[]) => list.map((d) => `${d.holder.name} (${d.citation.label})`).join(', ');
  return {
    answer: a.status === 'explicit' ? `Yıllık programı onaylayan: ${who(a.duties)}` : 'Metin yıllık programı kimin onaylayacağını düzenlemiyor',
    beside: [
      ...(a.otherApprovals.length ? [`Metnin verdiği başka onay ${a.otherApprovals.length > 1 ? 'görevleri' : 'görevi'}: ${who(a.otherApprovals)}.`] : []),
      ...(a.related.length ? [`Onaya ilişkin olup onay yetkisi vermeyen ${a.related.length > 1 ? 'hükümler' : 'hüküm'}: ${who(a.related)}.`] : []),
    ],
  };
}

/** The approval answer's lines: {@link approvalSentences}, the fallback clause where the text is silent. */
export function approvalLines(a: AboutAnswer['approval']): string[] {
  const { answer, beside } = approvalSentences(a);
  return [`${answer}.${a.status === 'explicit' ? '' : fallbackSentence(a.fallback)}`, ...beside];
}

/** A dayanak as a Turkish phrase: `5393 sayılı Belediye Kanunu (15/b ve 18/m maddeleri)`. */
export function legalBasisTr(b: AboutAnswer['legalBasis']['bases'][number]): string {
  const kind = b.kind === 'kanun' ? 'Kanun' : b.kind === 'khk' ? 'Kanun Hükmünde Kararname' : b.kind === 'yonetmelik' ? 'Yönetmelik' : 'Meclis kararı';
  const name = b.kind === 'khk' ? (b.name ? `${b.name} (Kanun Hükmünde Kararname)` : kind) : (b.name ?? kind);
  const head = b.number ? `${b.number} sayılı ${name}` : name;
  const extra = [
    b.date && `${trDate(b.date)} tarihli`,
    b.articles.length && `madde ${listTr([...b.articles])}`,
    b.decision,
  ].filter(Boolean);
  return `${head}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

/** Who executes, as a Turkish phrase: `Belediye Başkanı ve yetki verdiği amirler`, `Daire Başkanı (Üst Yönetici adına)`. */
export function executorTr(e: AboutAnswer['executor']): string {
  const who = listTr(e.executors.map((x) => (x.via === 'delegation' ? `yetki verdiği ${x.name}` : x.name)));
  return `${who}${e.onBehalfOf ? ` (${e.onBehalfOf.name} adına)` : ''}`;
}

/** The answer lines of one `about` item, without its provisions. */
export function aboutAnswerLines(a: AboutAnswer, key: (typeof aboutQuestions)[number][0]): string[] {
  const item = a[key];
  if (key === 'approval') return approvalLines(a.approval);
  if (item.status === 'not-regulated') {
    const what = key === 'repeals' ? 'Metin başka bir metni yürürlükten kaldırmıyor.' : 'Metin bunu düzenlemiyor.';
    return [`${what}${key === 'repeals' ? '' : fallbackSentence(item.fallback)}`];
  }
  if (key === 'executor') {
    const e = a.executor;
    return [`${executorTr(e)}.`, ...(e.wording ? [`Metnin ifadesiyle: “${e.wording}”.`] : [])];
  }
  if (key === 'legalBasis') return a.legalBasis.bases.map((b) => `${legalBasisTr(b)} [${labels(b.citations)}]`);
  if (key === 'repeals') return a.repeals.repeals.map((r) => `${r.title}${r.decision ? ` (${r.decision})` : ''} [${labels(r.citations)}]`);
  const d = a[key];
  const lead = key === 'planning' ? 'Planlama ve program konusunda görev verilenler' : 'Bu konuda görev verilenler';
  return [`${lead}: ${names(d.holders)}.`];
}

/** The provisions of one `about` item: each label (with the duty's holder) and its verbatim text. */
function aboutProvisions(a: AboutAnswer, key: (typeof aboutQuestions)[number][0], s: Style): string[] {
  const item = a[key];
  const show = (d: Duty, tag = '') => join(`     ${s.cyan(d.citation.label)} ${s.bold(d.holder.name)}${s.dim(tag)}${pendingTag(d, s)}`, wrap(d.text, 7));
  if (key === 'approval') {
    const ap = a.approval;
    const fb = ap.fallback && !ap.duties.length ? [join(`     ${s.cyan(ap.fallback.label)}${s.dim(` (${words.fallback})`)}`, wrap(ap.fallback.text, 7))] : [];
    return [...ap.duties.map((d) => show(d)), ...fb, ...ap.otherApprovals.map((d) => show(d, ' (başka onay)')), ...ap.related.map((d) => show(d, ' (ilgili hüküm)'))];
  }
  if ('duties' in item && item.duties.length) return item.duties.map((d) => show(d));
  const list: [Citation, string][] = item.citations.map((c) => [c, '']);
  if (item.fallback && !item.citations.some((c) => c.id === item.fallback!.id)) list.push([item.fallback, ` (${words.fallback})`]);
  return list.map(([c, note]) => join(`     ${s.cyan(c.label)}${s.dim(note)}`, wrap(c.text, 7)));
}

/** `mevzuat hakkinda`: every question of an `about` answer, its answer and the provisions it rests on. */
export function formatAbout(a: AboutAnswer, s: Style = plain): string {
  const blocks = aboutQuestions.map(([key, question], i) => {
    const item = a[key];
    const n = `${String(i + 1).padStart(2)}. `;
    return join(
      s.bold(hanging(n, question)),
      ...aboutAnswerLines(a, key).map((l) => hanging('    ', l)),
      `    ${words.status}: ${statusColour(s, item.status)(statusTr(item.status))}`,
      reviewLine(item, s, 4),
      ...aboutProvisions(a, key, s),
    );
  });
  return section(s.bold(wrap(a.title)), ...blocks);
}
