/**
 * The Teşkilat şeması: an org chart drawn at BUILD time as plain HTML and CSS (no client script),
 * top-down as a Turkish org chart is drawn: the office the organisation is attached to at the top,
 * then the organisation's unit with its head post, then its sub-units and posts.
 *
 * Why HTML/CSS and not an SVG layout (ELK, d3-hierarchy): the structure is a tree (every unit has
 * one `parent`), so a layout engine buys little, while HTML text wraps by itself, keeps the site's
 * font size (never scaled down to fit), reads in print and without JavaScript, takes the theme's
 * dark-mode colours, and is already the nested list a screen reader needs. The lines that are not
 * part of the tree (a unit attached to several units, a conditional attachment, a head's own line)
 * are written in the box they start from, each with the line style of its kind.
 *
 * Where the tree is wide the chart scrolls inside its own frame; the regulation's `sema.html`
 * page shows it at full width.
 *
 * Everything comes from the regulation's data (units' `parent`, posts' `unit` and `heads`) and
 * the library's `reportsTo` answers; nothing is special-cased.
 */
import type { ActorRef, Regulation, ReportingLineAnswer, ReportsToAnswer } from '../../src/index.js';
import { esc, link } from './markup.js';

/** How a line is drawn: `acik` an explicit line, `cikarim` an inferred one (from the unit tree),
 * `kosullu` a conditional one, `yapi` no reporting line at all: only the unit tree's place. */
export type LineStyle = 'acik' | 'cikarim' | 'kosullu' | 'yapi';

export type ChartLine = { from: string; to: ActorRef; line: ReportingLineAnswer };

/** One box of the chart and what hangs below it. */
export type ChartNode = {
  ref: ActorRef;
  /** The style of the line that connects the box to the one above it. */
  style: LineStyle;
  /** The reporting lines that connector stands for (the box's or its head's lines to the box above or its head). */
  drawn: ChartLine[];
  /** The posts that head the unit (shown in its box). */
  heads: ActorRef[];
  /** Lines that start at this box (or at its head) and are not the connector: written in the box. */
  notes: ChartLine[];
  children: ChartNode[];
  /** A generic entry (`generic: true`): it stands for every unit or post of its kind the text names without naming or counting them. */
  generic?: boolean;
};

export type Chart = {
  /** The office(s) at the top, the organisation's unit hangs from the first; `notes`: the office's own lines. */
  top: { ref: ActorRef; via?: ActorRef; notes?: ChartLine[] }[];
  /** Other offices the text gives lines of their own (a Başkan Yardımcısı under the Başkan), each a box with its lines. */
  offices: ChartNode[];
  root: ChartNode;
  /** Posts the text places in no unit, with their lines. */
  loose: ChartNode[];
  /** Every reporting line of the regulation, as `from→to`, that the chart shows (drawn or noted). */
  shown: Set<string>;
};

export const styleOf = (l: ReportingLineAnswer): LineStyle => (l.condition ? 'kosullu' : l.basis === 'structural' ? 'cikarim' : 'acik');
export const lineKey = (from: string, to: string) => `${from}→${to}`;

export const styleTr: Record<LineStyle, string> = {
  acik: 'metinde açık hüküm', cikarim: 'çıkarım (birim yapısından)', kosullu: 'koşullu', yapi: 'yalnızca birim ağacındaki yeri',
};
/** What the box a note points at is to the box the note is written in ("amiri: Müdür"): the üst's side of the line, never the ast's. */
const relationShort: Record<ReportingLineAnswer['relation'], string> = { 'attached-to': 'bağlı olduğu', 'accountable-to': 'karşı sorumlu olduğu', superior: 'amiri', 'supervised-by': 'gözetim ve denetimi altında çalıştığı', 'tasked-by': 'görev veren' };

/**
 * Builds the chart's tree from a regulation and the library's `reportsTo`.
 *
 * @param reportsTo - the library's query (or one bound to a run-time loaded regulation).
 */
export function buildChart(reg: Regulation, reportsTo: (reg: string, subject: string) => ReportsToAnswer): Chart {
  const refOf = new Map<string, ActorRef>();
  for (const u of reg.units) refOf.set(u.id, { id: u.id, name: u.name, kind: 'unit' });
  for (const p of reg.posts) refOf.set(p.id, { id: p.id, name: p.name, kind: 'post' });
  for (const o of reg.offices) refOf.set(o.id, { id: o.id, name: o.name, kind: 'office' });
  const lines = (id: string): ChartLine[] => reportsTo(reg.id, id).lines.map((line) => ({ from: id, to: line.to, line }));
  const shown = new Set<string>();
  const headsOf = (unitId: string) => reg.posts.filter((p) => p.unit === unitId && p.heads).map((p) => refOf.get(p.id)!);

  /** The lines the connector to `parent` stands for: the box's or its head's unconditional lines to the parent or its head. */
  const connector = (mine: ChartLine[], parent: string | undefined): ChartLine[] => {
    if (!parent) return [];
    const targets = new Set([parent, ...headsOf(parent).map((h) => h.id)]);
    return mine.filter((l) => targets.has(l.to.id) && !l.line.condition);
  };
  /** The connector's style: explicit where any line it stands for is explicit. */
  const styleFor = (drawn: ChartLine[]): LineStyle => (!drawn.length ? 'yapi' : drawn.some((l) => l.line.basis === 'explicit') ? 'acik' : 'cikarim');

  const node = (id: string, parent: string | undefined): ChartNode => {
    const ref = refOf.get(id)!;
    const heads = ref.kind === 'unit' ? headsOf(id) : [];
    // a unit's line to its own head is the box itself (the head is written in it)
    const own = lines(id).filter((l) => !heads.some((h) => h.id === l.to.id));
    for (const l of lines(id)) if (heads.some((h) => h.id === l.to.id)) shown.add(lineKey(l.from, l.to.id));
    // a head's lines to its own unit are the box itself; its other lines belong to the box too
    const headLines = heads.flatMap((h) => lines(h.id)).filter((l) => l.to.id !== id);
    const mine = [...own, ...headLines];
    const drawn = connector(mine, parent);
    const notes = mine.filter((l) => !drawn.includes(l));
    for (const l of [...drawn, ...notes]) shown.add(lineKey(l.from, l.to.id));
    for (const h of heads) for (const l of lines(h.id)) if (l.to.id === id) shown.add(lineKey(l.from, l.to.id));
    const children = ref.kind !== 'unit' ? [] : [
      ...reg.units.filter((u) => u.parent === id).map((u) => node(u.id, id)),
      ...reg.posts.filter((p) => p.unit === id && !p.heads).map((p) => node(p.id, id)),
    ];
    const data = ref.kind === 'unit' ? reg.units.find((u) => u.id === id) : ref.kind === 'post' ? reg.posts.find((p) => p.id === id) : undefined;
    return { ref, style: styleFor(drawn), drawn, heads, notes, children, ...(data && 'generic' in data && data.generic ? { generic: true } : {}) };
  };

  // the organisation's unit; units the text leaves outside any tree hang from it as well
  const root = node(reg.organisation, undefined);
  for (const u of reg.units) if (!u.parent && u.id !== reg.organisation) root.children.push(node(u.id, reg.organisation));

  // the top: what the organisation's unit is attached to, else what its head reports to
  const orgLines = lines(reg.organisation).filter((l) => !root.heads.some((h) => h.id === l.to.id));
  const headLines = root.heads.flatMap((h) => lines(h.id));
  const topLines = orgLines.length ? orgLines : headLines;
  const primary = topLines.find((l) => !l.line.condition) ?? topLines[0];
  const top: Chart['top'] = [];
  if (primary) {
    top.push({ ref: primary.to, via: primary.from === reg.organisation ? undefined : refOf.get(primary.from) });
    const all = [...orgLines, ...headLines];
    root.drawn = all.filter((l) => l.to.id === primary.to.id && !l.line.condition);
    root.style = styleFor(root.drawn);
    root.notes = all.filter((l) => !root.drawn.includes(l));
  }

  const loose = reg.posts.filter((p) => !p.unit).map((p) => node(p.id, undefined));
  // offices with lines of their own: the top one's are written in its box, the others get boxes of their own
  const offices: ChartNode[] = [];
  for (const o of reg.offices) {
    if (!lines(o.id).length) continue;
    const n = node(o.id, undefined);
    if (top[0]?.ref.id === o.id) top[0].notes = n.notes;
    else offices.push(n);
  }
  return { top, root, loose, offices, shown };
}

// --- HTML -----------------------------------------------------------------------------------------

const kindCls: Record<ActorRef['kind'], string> = { unit: 'sema-birim', post: 'sema-kadro', office: 'sema-makam' };

/** Renders the chart. `href` makes each box a link to its actor page. */
export function chartHtml(chart: Chart, opts: { title: string; href: (a: ActorRef) => string; fullHref?: string; id: string }): string {
  const note = (l: ChartLine, withFrom: boolean) =>
    `<li class="sema-not cizgi-${styleOf(l.line)}" data-hat="${esc(lineKey(l.from, l.to.id))}">` +
    `<span class="cizgi-ornek" aria-hidden="true"></span>${withFrom ? `${esc(nameOf(l.from))} — ` : ''}${esc(relationShort[l.line.relation])}: ${esc(l.to.name)}` +
    `${l.line.condition ? ' <i>(koşullu)</i>' : ''}${l.line.basis === 'structural' ? ' <i>(çıkarım)</i>' : ''}</li>`;
  const names = new Map<string, string>();
  const collect = (n: ChartNode) => { names.set(n.ref.id, n.ref.name); n.heads.forEach((h) => names.set(h.id, h.name)); n.children.forEach(collect); };
  collect(chart.root); chart.loose.forEach(collect); chart.offices.forEach(collect);
  const nameOf = (id: string) => names.get(id) ?? id;

  const box = (n: ChartNode) => {
    const heads = n.heads.length ? `<span class="sema-bas">Başı: ${n.heads.map((h) => link(opts.href(h), h.name)).join(', ')}</span>` : '';
    const notes = n.notes.length ? `<ul class="sema-notlar">${n.notes.map((l) => note(l, l.from !== n.ref.id)).join('')}</ul>` : '';
    const generic = n.generic ? '<span class="sema-bas sema-genel">Genel kayıt: tek bir birim ya da kadro değil</span>' : '';
    return `<div class="sema-kutu ${kindCls[n.ref.kind]}${n.generic ? ' sema-genel-kutu' : ''}">${link(opts.href(n.ref), n.ref.name, { class: 'sema-ad' })}${heads}${generic}${notes}</div>`;
  };
  const hat = (n: ChartNode) => (n.drawn.length ? ` data-hat="${esc(n.drawn.map((l) => lineKey(l.from, l.to.id)).join(' '))}"` : '');
  /** A vertical list under a box, each item joined to a spine on the left. */
  const uniform = (items: ChartNode[]): LineStyle => (items.every((l) => l.style === items[0]!.style) ? items[0]!.style : 'yapi');
  const stack = (items: ChartNode[]): string =>
    `<ul class="sema-yigin cizgi-${uniform(items)}">${items.map((c) => `<li class="cizgi-${c.style}"${hat(c)}>${box(c)}${c.children.length ? stack(c.children) : ''}</li>`).join('')}</ul>`;
  /** A unit and what hangs below it: a row of columns where a child has children, else a stack. */
  const column = (n: ChartNode): string => {
    if (!n.children.length) return box(n);
    const branching = n.children.filter((c) => c.children.length);
    if (!branching.length) return box(n) + stack(n.children);
    const leaves = n.children.filter((c) => !c.children.length);
    const cols = [
      ...branching.map((c) => `<li class="cizgi-${c.style}"${hat(c)}>${column(c)}</li>`),
      ...(leaves.length ? [`<li class="sema-sutun-yigin cizgi-${uniform(leaves)}">${stack(leaves)}</li>`] : []),
    ];
    return box(n) + `<ul class="sema-dal">${cols.join('')}</ul>`;
  };

  const top = chart.top[0];
  const topNotes = top?.notes?.length ? `<ul class="sema-notlar">${top.notes.map((l) => note(l, false)).join('')}</ul>` : '';
  const topBox = top ? `<div class="sema-kutu ${kindCls[top.ref.kind]}">${link(opts.href(top.ref), top.ref.name, { class: 'sema-ad' })}${top.via ? `<span class="sema-bas">${esc(top.via.name)} üzerinden</span>` : ''}${topNotes}</div>` : '';
  const tree = top
    ? `<ul class="sema-agac"><li class="sema-tepe">${topBox}<ul class="sema-dal"><li class="cizgi-${chart.root.style}"${hat(chart.root)}>${column(chart.root)}</li></ul></li></ul>`
    : `<ul class="sema-agac"><li class="sema-tepe">${column(chart.root)}</li></ul>`;
  const loose = chart.loose.length
    ? `<div class="sema-serbest"><p>Metnin bir birime yerleştirmediği kadrolar:</p><ul class="sema-serbest-liste">${chart.loose.map((n) => `<li>${box(n)}</li>`).join('')}</ul></div>`
    : '';
  const offices = chart.offices.length
    ? `<div class="sema-serbest"><p>Metnin makamlar için yazdığı bağlılıklar:</p><ul class="sema-serbest-liste">${chart.offices.map((n) => `<li>${box(n)}</li>`).join('')}</ul></div>`
    : '';
  const full = opts.fullHref ? ` ${link(opts.fullHref, 'Tam boyutta göster', { class: 'sema-tam' })}` : '';
  return `<div class="sema-blok"><figure class="sema" id="${esc(opts.id)}" aria-labelledby="${esc(opts.id)}-baslik" aria-describedby="${esc(opts.id)}-metin">` +
    `<figcaption id="${esc(opts.id)}-baslik">Teşkilat şeması: ${esc(opts.title)}${full}</figcaption>` +
    `<div class="kaydir-kutu"><p class="kaydir-ipucu" aria-hidden="true">Şema ekrandan geniş: yana kaydırın →</p>` +
    `<div class="sema-cerceve kaydir" role="region" tabindex="0" aria-label="Teşkilat şeması: ${esc(opts.title)} (kaydırılabilir alan)">${tree}${loose}${offices}</div></div>` +
    `</figure>` + legend + '</div>' + textAlternative(chart, opts);
}

export const legend = '<div class="sema-lejant"><p class="sema-lejant-baslik">Şemanın lejantı</p><ul>' +
  (['acik', 'cikarim', 'kosullu', 'yapi'] as LineStyle[]).map((s) => `<li class="cizgi-${s}"><span class="cizgi-ornek" aria-hidden="true"></span>${esc(
    s === 'acik' ? 'Düz çizgi: bağlılık metinde açıkça yazılı (açık hüküm).'
      : s === 'cikarim' ? 'Kesik çizgi: metinde yazılı değil, birim yapısından çıkarılan bağlılık (çıkarım).'
        : s === 'kosullu' ? 'Noktalı çizgi: koşullu bağlılık (koşulu bağlılık tablosunda).'
          : 'İnce gri çizgi: metin bir bağlılık yazmıyor; kutu yalnızca birim ağacındaki yerinde durur.')}</li>`).join('') +
  '<li class="sema-lejant-kutu"><span class="sema-kutu sema-makam">Makam</span> <span class="sema-kutu sema-birim">Birim</span> <span class="sema-kutu sema-kadro">Kadro</span> ' +
  esc('Kutuda yazılı satırlar (“bağlı olduğu: …”, “karşı sorumlu olduğu: …”, “amiri: …”) kutunun öteki bağlılıklarıdır: iki noktadan sonraki ad, kutudakinin üstüdür; çizgi örnekleri aynı anlamdadır.') + '</li></ul></div>';

/** The chart as a nested list of units, in words: the text alternative. */
function textAlternative(chart: Chart, opts: { href: (a: ActorRef) => string; id: string }): string {
  const lineWords = (l: ChartLine) => `${esc(relationShort[l.line.relation])}: ${esc(l.to.name)} (${esc(styleTr[styleOf(l.line)])}${l.line.condition ? `: ${esc(l.line.condition)}` : ''})`;
  const item = (n: ChartNode): string => {
    const bits = [
      ...n.drawn.map((l) => `${l.from !== n.ref.id ? `${esc(nameOfIn(chart, l.from))}: ` : ''}${lineWords(l)}`),
      !n.drawn.length && n.ref.id !== chart.root.ref.id ? esc(styleTr.yapi) : '',
      n.heads.length ? `başı: ${n.heads.map((h) => esc(h.name)).join(', ')}` : '',
      ...n.notes.map((l) => `${l.from !== n.ref.id ? `${esc(nameOfIn(chart, l.from))}: ` : ''}${lineWords(l)}`),
    ].filter(Boolean);
    const kids = n.children.length ? `<ul>${n.children.map(item).join('')}</ul>` : '';
    return `<li>${link(opts.href(n.ref), n.ref.name)}${bits.length ? `; ${bits.join('; ')}` : ''}${kids}</li>`;
  };
  const top = chart.top[0];
  const topWords = top?.notes?.length ? `; ${top.notes.map(lineWords).join('; ')}` : '';
  const inner = top ? `<ul><li>${esc(top.ref.name)}${topWords}<ul>${item(chart.root)}</ul></li></ul>` : `<ul>${item(chart.root)}</ul>`;
  const loose = chart.loose.length ? `<p>Bir birime yerleştirilmeyen kadrolar:</p><ul>${chart.loose.map(item).join('')}</ul>` : '';
  const offices = chart.offices.length ? `<p>Makamlar arasındaki bağlılıklar:</p><ul>${chart.offices.map(item).join('')}</ul>` : '';
  return `<details class="sema-metin" id="${esc(opts.id)}-metin"><summary>Şemanın metin hâli (birimler ve kadrolar listesi)</summary>${inner}${loose}${offices}</details>`;
}

function nameOfIn(chart: Chart, id: string): string {
  let found: string | undefined;
  const walk = (n: ChartNode) => {
    if (n.ref.id === id) found = n.ref.name;
    for (const h of n.heads) if (h.id === id) found = h.name;
    n.children.forEach(walk);
  };
  walk(chart.root); chart.loose.forEach(walk); chart.offices.forEach(walk);
  return found ?? id;
}
