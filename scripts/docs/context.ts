/**
 * What every page of the docs site shares: the queries it asks, the addresses of its pages, the
 * per-regulation context {@link Ctx} (citations and actor links), and the few HTML helpers the
 * pages are written with (frontmatter, page heading, paragraph, definition list).
 */
import { about, chainOfCommand, deputyOf, dutiesOf, fold, inForce, reportsTo, whoRoutesIncoming, whoSigns } from '../../src/index.js';
import type { ActorRef, Citation, Office, Post, RecipientClass, Regulation, Topic, Unit } from '../../src/index.js';
import { esc, link, permalinkLabel, yamlTitle } from './markup.js';
import { actorDir, statusTr, topicTr } from './words.js';

/**
 * The library's queries the generator asks. The built-in ones by default; a caller that loads
 * regulations at run time passes the same functions bound to its own data.
 */
export type Queries = {
  whoSigns: typeof whoSigns; reportsTo: typeof reportsTo; chainOfCommand: typeof chainOfCommand; deputyOf: typeof deputyOf;
  dutiesOf: typeof dutiesOf; inForce: typeof inForce; whoRoutesIncoming: typeof whoRoutesIncoming; about: typeof about;
};
export const defaultQueries: Queries = { whoSigns, reportsTo, chainOfCommand, deputyOf, dutiesOf, inForce, whoRoutesIncoming, about };

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
/**
 * The readable anchor of each provision, from its label as lawyers cite it: `m.14/b` → `m-14-b`,
 * `m.3/1-ı` → `m-3-1-ı`, `m.5/3-a` → `m-5-3-a`. A provision without a label, or whose label another
 * provision of the text already took, keeps its id. The old id-based anchors
 * (`#art_14__point_b`) keep working: the full text carries both.
 */
export function provisionAnchors(reg: Pick<Regulation, 'provisions'>): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const p of reg.provisions) {
    const base = p.label ? p.label.normalize('NFC').toLocaleLowerCase('tr-TR').replace(/^m\./u, 'm-').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') : '';
    const anchor = base && !used.has(base) ? base : p.id;
    used.add(anchor);
    out.set(p.id, anchor);
  }
  return out;
}
const anchorsByRegulation = new Map<string, Map<string, string>>();
/** Makes {@link provisionHref} use the readable anchors of these regulations. */
export function registerAnchors(regs: readonly Regulation[]): void {
  for (const r of regs) anchorsByRegulation.set(r.id, provisionAnchors(r));
}
/** The anchor of a provision on its full-text page (readable once its regulation is registered). */
export const anchorOf = (regId: string, id: string) => anchorsByRegulation.get(regId)?.get(id) ?? id;
export const provisionHref = (regId: string, id: string) => `${textHref(regId)}#${anchorOf(regId, id)}`;
export const actorHref = (regId: string, a: Pick<ActorRef, 'id' | 'kind'>) => `/mevzuat/${regId}/${actorDir[a.kind]}/${a.id}.html`;
export const COMPARE_HREF = '/mevzuat/karsilastirma.html';
export const chartHref = (regId: string) => `/mevzuat/${regId}/sema.html`;
export const TOPICS_HREF = '/mevzuat/konular/';
/** A topic's page address in Turkish, from its Turkish name: `Satın alma` → `satin-alma`. */
export const topicSlug = (t: Topic) => fold(topicTr[t]).replace(/ /g, '-');
export const topicHref = (t: Topic) => `/mevzuat/konular/${topicSlug(t)}.html`;
/** The topic page's address before it was Turkish (`/mevzuat/konular/procurement.html`): kept as a redirect. */
export const oldTopicHref = (t: Topic) => `/mevzuat/konular/${t}.html`;
export const HEADS_HREF = '/mevzuat/amirler.html';

export const trDate = (iso: string) => iso.split('-').reverse().join('.');

/** Everything the pages of one regulation need, looked up once. */
export class Ctx {
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
    return link(provisionHref(this.id, id), p.label, { class: atifClass(p.label), title: tooltip(p.text) });
  }
  cites(ids: readonly string[]): string {
    return [...new Set(ids)].map((id) => this.cite(id)).join(', ');
  }
  citation(c: Citation): string {
    return link(provisionHref(c.regulation, c.id), c.label, { class: atifClass(c.label), title: tooltip(c.text) });
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

/** A citation link's class: kept on one line (`m.5/3-b` never split at its hyphen), unless its label holds spaces (`m.6/MÜDÜRLÜK OFİSİ/5`). */
const atifClass = (label: string) => (/\s/.test(label) ? 'atif atif-bosluklu' : 'atif');

export const tooltip = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}…` : text).replace(/\s+/g, ' ');

/** "Konak Belediyesi · Özel Kalem Müdürlüğü": the name pages and tables use for a regulation. */
export function shortName(reg: Regulation): string {
  const org = reg.units.find((u) => u.id === reg.organisation);
  return org ? `${reg.municipality.name} · ${org.name}` : reg.municipality.name;
}

export function frontmatter(title: string, extra: Record<string, string> = {}): string {
  const lines = [`title: ${yamlTitle(title)}`, 'pageClass: mevzuat-sayfa', ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`)];
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/**
 * The page heading, with a header anchor (so search indexes the title and the header block under
 * it) and, in `data-baglam`, the regulation and page every search row of the page is named by.
 */
export const h1 = (text: string, context: string, page?: string) => {
  const id = fold(text).replace(/ /g, '-').slice(0, 60) || 'baslik';
  return `<h1 id="${esc(id)}" tabindex="-1" data-baglam="${esc(context)}"${page ? ` data-sayfa="${esc(page)}"` : ''}>${esc(text)} <a class="header-anchor" href="#${esc(id)}" aria-label="${esc(permalinkLabel(text))}">&#8203;</a></h1>`;
};
export const p = (html: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${html}</p>`;
export const dl = (rows: [string, string | undefined][]) =>
  `<dl class="kunye">${rows.filter(([, v]) => v).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;

export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}
export const capital = (s: string) => s.charAt(0).toLocaleUpperCase('tr-TR') + s.slice(1);

/** The regulation's "Kaynak dosyalar" page: the files the text was read from, for whoever checks the encoding. */
export const sourcesHref = (regId: string) => `/mevzuat/${regId}/kaynaklar.html`;

/**
 * How the text was adopted, in words: "Konak Belediye Meclisi, 10.10.2016 tarih ve 139/2006 sayılı
 * karar". The date is not repeated where the decision's own words already carry it.
 */
export function adoptionText(reg: Regulation): string | undefined {
  const a = reg.adoption;
  if (!a) return undefined;
  const date = a.date ? trDate(a.date) : undefined;
  const dateShown = date && !(a.decision ?? '').includes(date) ? date : undefined;
  return [a.body, dateShown, a.decision].filter(Boolean).join(', ');
}

/** Every web address the text itself prints (an e-imza verification address, say), with the node it stands in. */
export function printedAddresses(reg: Regulation): { url: string; node: string }[] {
  const out: { url: string; node: string }[] = [];
  const walk = (ns: Regulation['document']) => ns.forEach((n) => {
    for (const m of (n.text ?? '').matchAll(/https?:\/\/[^\s<>"]+/g)) out.push({ url: m[0].replace(/[.,;)]+$/, ''), node: n.id });
    if (n.children) walk(n.children);
  });
  walk(reg.document);
  return out;
}

/**
 * The official-publication line of a regulation (on its overview and its full text): who adopted
 * it, when and by which decision, with the provision that says so, and any address the text
 * prints for verifying its e-signature.
 */
export function sourceLine(c: Ctx): string {
  const adoption = adoptionText(c.reg);
  const parts = [
    adoption ? `Kabul: ${esc(adoption)}${c.reg.adoption!.cites.length ? ` (${c.cites(c.reg.adoption!.cites)})` : ''}` : 'Kabul: metinde yazılı değil',
    ...printedAddresses(c.reg).map((a) => `Metnin gösterdiği doğrulama adresi: <a href="${esc(a.url)}" rel="noopener" class="dis-adres">${esc(a.url)}</a>${c.provisions.has(a.node) ? ` (${c.cite(a.node)})` : ''}`),
  ];
  return `<p class="kaynak-satiri">${parts.join(' · ')}</p>`;
}

/**
 * The header every printed page of a regulation carries (hidden on screen): the regulation, its
 * yürürlük status for the site's day, and, filled in by the theme when the page is shown, its
 * address and the print date.
 */
export function printHeader(c: Ctx): string {
  const f = c.q.inForce(c.id, c.today);
  const status = statusTr[f.status];
  return `<div class="baski-bilgi" data-yururluk="${esc(status)}">${esc(c.reg.title)} · ${esc(status)} (${esc(trDate(c.today))} itibarıyla) · Adres: <span class="baski-adres">${esc(regHref(c.id))}</span> · Yazdırma tarihi: <span class="baski-tarih">—</span></div>`;
}
