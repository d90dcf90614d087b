// The docs generator, without a browser: escaping (a hostile fixture regulation), anchors, links,
// the search fold and the search sections, rendered through VitePress's own Markdown renderer and
// Vue's template compiler exactly as the site build does.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSSRApp, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createMarkdownRenderer } from 'vitepress';
import {
  about, chainOfCommand, dutiesOf, fold, regulations as all, reportsTo, topics, whoRoutesIncoming, whoSigns, type Regulation,
} from '../../src/index.js';
import {
  COMPARE_HREF, defaultQueries, generateSite, HEADS_HREF, recipientSynonyms, topicTr, type GeneratedSite, type Queries,
} from '../../scripts/docs/generate.js';
import { boostDocument, processQueryTerm, processTerm, splitByHeadings, splitTextPage, tokenize, tokenizeQuery, type SearchSection } from '../../scripts/docs/search.js';
import { stemWord } from '../../src/internal/stem.js';
import { anchorOf, relationTr, topicSlug } from '../../scripts/docs/generate.js';
import { esc, keepHyphenated, yamlTitle } from '../../scripts/docs/markup.js';
import { lineKey } from '../../scripts/docs/chart.js';
import { extraPages, pageTitle } from '../../scripts/docs/extra-pages.js';
import { FIXTURE_ID, HOSTILE, HOSTILE_NAME } from './fixture.js';

// The library answers by id, so the fixture joins the compiled data for this file only.
vi.mock('../../src/generated/regulations.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/generated/regulations.js')>();
  const { makeFixture } = await import('./fixture.js');
  const { fromShipped, toShipped } = await import('../../src/internal/shipped.js');
  const fixture = makeFixture(JSON.parse(JSON.stringify(orig.catalog[0]!.load())));
  const json = JSON.stringify(toShipped(fixture));
  const entry = { id: fixture.id, aliases: fixture.aliases, keys: ['docs fixture xss', 'docs fixture'], repeals: [], load: () => fromShipped(json) };
  return { ...orig, catalog: [...orig.catalog, entry], regulationIds: [...orig.regulationIds, 'docs-fixture-xss'] };
});
// the ids the library lists (`regulations`, `regulationIds`) come from the names module
vi.mock('../../src/generated/names.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/generated/names.js')>();
  return { ...orig, regulationIds: [...orig.regulationIds, 'docs-fixture-xss'] };
});

const real = all.filter((r) => (r.id as string) !== FIXTURE_ID);
const fixture = all.find((r) => (r.id as string) === FIXTURE_ID)!;
const TODAY = '2026-01-15';

type Md = Awaited<ReturnType<typeof createMarkdownRenderer>>;
let md: Md;
beforeAll(async () => {
  md = await createMarkdownRenderer(process.cwd(), {}, '/');
});

/** Markdown → HTML with VitePress's renderer (frontmatter dropped, as VitePress does). */
const toHtml = (source: string) => md.render(source.replace(/^---\n[\s\S]*?\n---\n/, ''), {});

/** HTML → the page VitePress would serve: compiled as a Vue template, rendered on the server. */
async function ssr(html: string): Promise<{ out: string; warnings: string[] }> {
  const warnings: string[] = [];
  const app = createSSRApp({ template: `<div>${html}</div>` } as Component);
  app.config.warnHandler = (msg) => { warnings.push(msg); };
  app.config.errorHandler = (err) => { warnings.push(String(err)); };
  const out = await renderToString(app);
  return { out, warnings };
}

/** How Vue's server renderer writes text. */
const vueText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('the search fold inlined for the browser', () => {
  const words = [
    'ŞUBE MÜDÜRÜ', 'sube muduru', 'İZMİR', 'IZMIR', 'İzmir', 'ızmır', 'harcama yetkilisi', 'HARCAMA YETKİLİSİDİR', 'CİMER', 'cimer',
    "CİMER'e", 'Çağrı Merkezi', 'KARŞIYAKA', 'Öğrenci', 'Esnaf ve Sanatkâr', 'Müdür’ün', 'Mu\u0308du\u0308r', 'I\u0307zmir',
    'ILIK', 'ığdır', 'İŞÇİ', 'Şef (ler)', 'm.14/b', '5393', '—', '', 'ǅ', 'ﬁ',
  ];
  const corpus = [...new Set(real.flatMap((r) => r.provisions.flatMap((p) => p.text.split(/\s+/))))];

  it('agrees with the library fold on Turkish words, capitals and decomposed letters', () => {
    // the first term is the fold; a second, where there is one, the folded stem
    const first = (t: string | string[] | null) => (Array.isArray(t) ? t[0] : t);
    for (const w of words) expect(first(processTerm(w)), w).toBe(fold(w) === '' ? null : fold(w));
    expect(processTerm('valiliğe')).toEqual(['valilige', 'valilik']);
    expect(processQueryTerm('valiliğe')).toBe('valilik');
    expect(processQueryTerm('valilige')).toBe('valilige');
  });

  it('agrees with it on every word of every encoded text', () => {
    expect(corpus.length).toBeGreaterThan(500);
    const first = (t: string | string[] | null) => (Array.isArray(t) ? t[0] : t);
    const disagree = corpus.filter((w) => first(processTerm(w)) !== (fold(w) || null));
    // and the stem is the library's own (src/internal/stem.ts), folded
    const stemDisagree = corpus.filter((w) => { const t = processTerm(w); return Array.isArray(t) && t[1] !== fold(stemWord(w)); });
    expect(stemDisagree).toEqual([]);
    expect(disagree).toEqual([]);
  });

  it('survives serialisation into the client bundle (no imports, no closures)', () => {
    // what VitePress does: Function#toString into the bundle, `new Function('return ' + s)()` in the browser
    const revived = new Function(`return ${processTerm.toString()}`)() as typeof processTerm;
    for (const w of [...words, ...corpus.slice(0, 2000)]) expect(revived(w), w).toEqual(processTerm(w));
    const revivedQuery = new Function(`return ${processQueryTerm.toString()}`)() as typeof processQueryTerm;
    for (const w of words) expect(revivedQuery(w), w).toEqual(processQueryTerm(w));
    for (const f of [tokenize, tokenizeQuery, boostDocument]) expect((new Function(`return ${f.toString()}`)() as (x: string) => unknown)('m.14/b satın alma')).toEqual(f('m.14/b satın alma'));
  });
});

describe('a hostile fixture regulation shows every string as text', () => {
  let site: GeneratedSite;
  beforeAll(() => { site = generateSite([fixture], { today: TODAY }); });

  it('is answered by the library (the fixture is part of its data here)', () => {
    expect(whoSigns(FIXTURE_ID as never, 'public-institution').regulation).toBe(FIXTURE_ID);
    expect(fixture.duties[0]!.excerpt).toBe(HOSTILE);
  });

  it('renders through VitePress and Vue with no template error, the hostile text as text', async () => {
    const pages = [...site.files].filter(([f]) => f.endsWith('.md'));
    const hostileOn: string[] = [];
    for (const [file, source] of pages) {
      const { out, warnings } = await ssr(toHtml(source));
      expect(warnings, file).toEqual([]);
      expect(out, file).not.toMatch(/<script|<img|<b>kalın|<u>terim|<i>x<\/i>|href="javascript/i);
      expect(out, file).not.toContain('__pwned = 1</'); // never as markup
      if (out.includes(vueText(HOSTILE))) hostileOn.push(file);
    }
    // the duty (actor page), the provision (full text), the summary (home), the definition
    const holder = fixture.duties[0]!.holder;
    expect(hostileOn).toEqual(expect.arrayContaining([
      'mevzuat/_liste.md', `mevzuat/${FIXTURE_ID}/index.md`, `mevzuat/${FIXTURE_ID}/metin.md`,
      expect.stringMatching(new RegExp(`^mevzuat/${FIXTURE_ID}/(birim|kadro|makam)/${holder}\\.md$`)),
    ]));
  });

  it('keeps {{ … }} literal: Vue never interpolates data', async () => {
    const { out } = await ssr(toHtml(site.files.get(`mevzuat/${FIXTURE_ID}/metin.md`)!));
    expect(out).toContain('{{ 7 * 6 }}');
    expect(out).toContain('{{ other }} &lt;i&gt;x&lt;/i&gt;');
    expect(out).not.toMatch(/>\s*42\s*</);
  });

  it('escapes the sidebar (VitePress shows its texts with v-html) and the org chart', () => {
    const texts = JSON.stringify(site.sidebar);
    expect(texts).toContain('Müdür &lt;b&gt;kalın&lt;/b&gt; &#123;&#123; x &#125;&#125; | ad');
    expect(texts).not.toContain('<b>');
    const regPage = site.files.get(`mevzuat/${FIXTURE_ID}/index.md`)!;
    const chart = regPage.match(/<figure class="sema"[\s\S]*?<\/details>/)![0];
    expect(chart).toContain('Müdür &lt;b&gt;kalın&lt;/b&gt; &#123;&#123; x &#125;&#125; | ad');
    expect(chart).not.toMatch(/<b>kalın|\{\{ x/);
    expect(HOSTILE_NAME).toContain('<b>');
  });
});

describe.each(real.map((r) => [r.id, r] as const))('%s: generated pages', (id, reg) => {
  let site: GeneratedSite;
  beforeAll(() => { site = generateSite(real, { today: TODAY }); });
  const text = () => site.files.get(`mevzuat/${id}/metin.md`)!;

  it('gives every node of the text exactly one readable anchor (m-14-b) and keeps its old id anchor', () => {
    const ids = [...text().matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    const counts = new Map<string, number>();
    ids.forEach((x) => counts.set(x, (counts.get(x) ?? 0) + 1));
    const nodes: string[] = [];
    const walk = (ns: Regulation['document']) => ns.forEach((n) => { nodes.push(n.id); if (n.children) walk(n.children); });
    walk(reg.document);
    for (const p of reg.provisions) expect(counts.get(p.id), p.id).toBe(1);
    for (const n of nodes) expect(counts.get(n), n).toBe(1);
    for (const p of reg.provisions) {
      const a = anchorOf(reg.id, p.id);
      expect(counts.get(a), `${p.id} → ${a}`).toBe(1);
      if (a !== p.id) expect(a).toBe(p.label.toLocaleLowerCase('tr-TR').replace(/^m\./, 'm-').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, ''));
    }
    expect(reg.provisions.filter((p) => anchorOf(reg.id, p.id) !== p.id).length).toBeGreaterThan(reg.provisions.length / 2);
    expect(reg.provisions.filter((p) => p.parent).length).toBeGreaterThan(10);
  });

  it('links every citation and page to something that exists', () => {
    const pages = new Set([...site.files.keys()].filter((f) => f.endsWith('.md')).map((f) => '/' + f.replace(/index\.md$/, '').replace(/\.md$/, '.html')));
    pages.add('/');
    const anchors = new Map<string, Set<string>>();
    for (const [f, src] of site.files) anchors.set('/' + f.replace(/index\.md$/, '').replace(/\.md$/, '.html'), new Set([...src.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)));
    let checked = 0;
    for (const [file, src] of site.files) {
      for (const [, href] of src.matchAll(/href="(\/[^"]*)"/g)) {
        const [path, hash] = href!.split('#') as [string, string | undefined];
        expect(pages.has(path), `${file}: ${href}`).toBe(true);
        if (hash) expect(anchors.get(path)?.has(hash), `${file}: ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(pages.has(COMPARE_HREF)).toBe(true);
  });

  it('splits the full text into one search section per provision, with its anchor and label', async () => {
    const sections: SearchSection[] = [...splitTextPage(toHtml(text()))];
    const byAnchor = new Map(sections.map((s) => [s.anchor, s]));
    for (const p of reg.provisions) {
      const s = byAnchor.get(anchorOf(reg.id, p.id));
      expect(s, p.id).toBeDefined();
      expect(s!.titles.at(-1)).toBe(p.label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
    // a leaf provision's section holds its verbatim text (folded: quotes and entities aside)
    for (const p of reg.provisions.filter((x) => x.leaf)) expect(fold(byAnchor.get(anchorOf(reg.id, p.id))!.text), p.id).toContain(fold(p.text));
  });

  it('answers the questions of the text as a whole (about) in a "Metin hakkında" section, as the answer book does', () => {
    const page = site.files.get(`mevzuat/${id}/index.md`)!;
    const start = page.indexOf('<h2 id="metin-hakkinda"');
    expect(start).toBeGreaterThan(0);
    const section = page.slice(start, page.indexOf('<h2 ', start + 1));
    const a = about(id);
    const questions = ['yurutme', 'dayanak', 'kaldirdigi', 'butce', 'arsiv', 'diger-gorevler', 'disiplin', 'devir', 'bilgi-verme', 'program', 'onay'];
    expect([...section.matchAll(/<h3 id="hakkinda-([^"]+)"/g)].map((m) => m[1])).toEqual(questions);
    const cited = (c: { id: string; label: string }) => `${anchorOf(id, c.id)}" class="atif`;
    // who executes it, linked, with the yürütme article
    if (a.executor.status === 'explicit') {
      for (const e of a.executor.executors) expect(section).toContain(`class="aktor">${esc(e.name)}</a>`);
      for (const c of a.executor.citations) expect(section).toContain(cited(c));
    }
    for (const b of a.legalBasis.bases) for (const c of b.citations) expect(section).toContain(cited(c));
    for (const r of a.repeals.repeals) expect(section).toContain(esc(r.title));
    // every duty of every topic question: its provision, holder and verbatim words; or the text's silence
    for (const key of ['budget', 'archive', 'residual', 'discipline', 'handover', 'disclosure', 'planning'] as const) {
      const item = a[key];
      if (item.status === 'not-regulated') {
        expect(section).toContain('Metin bunu düzenlemiyor.');
        if (item.fallback) expect(section).toContain(cited(item.fallback));
        continue;
      }
      for (const d of item.duties) {
        expect(section, `${key} ${d.citation.label}`).toContain(`${cited(d.citation)}`);
        expect(section, `${key} ${d.citation.label}`).toContain(esc(d.text));
      }
    }
    // who approves the programme: the answer or the text's silence, and every provision beside it, linked and verbatim
    expect(section).toContain(a.approval.status === 'explicit' ? 'Yıllık programı onaylayan:' : 'Metin yıllık programı kimin onaylayacağını düzenlemiyor.');
    for (const d of [...a.approval.duties, ...a.approval.otherApprovals, ...a.approval.related]) {
      expect(section, `approval ${d.citation.label}`).toContain(cited(d.citation));
      expect(section, `approval ${d.citation.label}`).toContain(esc(d.text));
    }
    // Turkish prose only: no field names, status codes or ids in what the reader sees
    const visible = section.replace(/<[^>]+>/g, ' ');
    expect(visible).not.toMatch(/\b(explicit|not-regulated|structural|legalBasis|executor|budget|archive|residual|discipline|handover|disclosure|planning|approval|otherApprovals|related|undefined)\b/);
    expect(visible).not.toMatch(/\b(art|sec|para|point)_[a-z0-9]/);
  });

  it('draws the org chart at build time: every unit and post a box, every reporting line drawn or written in its box', () => {
    const page = site.files.get(`mevzuat/${id}/index.md`)!;
    const chart = page.match(/<div class="sema-cerceve kaydir"[\s\S]*?<\/figure>/)![0];
    const boxes = [...chart.matchAll(/<a href="\/mevzuat\/[^/]+\/(birim|kadro|makam)\/([^"]+)\.html" class="sema-ad">/g)].map((m) => m[2]!);
    // every unit and every post once (a head in its unit's box), plus the office at the top where the text names one
    const heads = reg.posts.filter((p) => p.heads && p.unit);
    // a generic unit standing under several units (parents) is drawn under each of them, with what it holds
    const times = (u: string | undefined): number => {
      const unit = reg.units.find((x) => x.id === u);
      if (!unit) return 1;
      return unit.parents ? unit.parents.reduce((n, q) => n + times(q), 0) : unit.parent ? times(unit.parent) : 1;
    };
    const expected = (a: { id: string; unit?: string }) => ('kind' in a && reg.units.includes(a as never) ? times(a.id) : times(a.unit));
    const drawn = [...reg.units, ...reg.posts.filter((p) => !heads.includes(p))];
    for (const a of drawn) expect(boxes.filter((b) => b === a.id), a.id).toHaveLength(expected(a));
    const orgUp = reportsTo(id, reg.organisation).lines.filter((l) => !heads.some((h) => h.id === l.to.id));
    const top = orgUp.length ? orgUp : reg.posts.filter((p) => p.unit === reg.organisation && p.heads).flatMap((h) => reportsTo(id, h.id).lines);
    // and every other office the text gives a line of its own
    const officesWithLines = reg.offices.filter((o) => reportsTo(id, o.id).lines.length && o.id !== (top.find((l) => !l.condition) ?? top[0])?.to.id);
    expect(boxes.length).toBe(drawn.reduce((n, a) => n + expected(a), 0) + (top.length ? 1 : 0) + officesWithLines.length);
    // the top box is the office the organisation (or its head) reports to
    expect(chart).toContain(`/makam/${(top.find((l) => !l.condition) ?? top[0])!.to.id}.html" class="sema-ad">`);
    // heads sit in their unit's box
    for (const h of heads) expect(chart).toMatch(new RegExp(`birim/${h.unit}\\.html" class="sema-ad">[^<]*</a><span class="sema-bas">Başı: <a href="[^"]*/kadro/${h.id}\\.html"`));
    // every line is shown, with the style of its kind
    const shown = new Map<string, string>();
    for (const m of chart.matchAll(/<li class="([^"]*)"[^>]*? data-hat="([^"]*)"/g)) for (const k of m[2]!.split(' ')) shown.set(k, m[1]!);
    for (const l of reg.reporting) {
      if (reg.posts.some((p) => p.heads && ((p.id === l.from && p.unit === l.to) || (p.id === l.to && p.unit === l.from)))) continue; // a head and its own unit: the same box
      const cls = shown.get(lineKey(l.from, l.to));
      expect(cls, `${l.from} → ${l.to}`).toBeDefined();
      if (l.condition) expect(cls).toContain('cizgi-kosullu');
      else if (cls!.includes('sema-not')) expect(cls).toContain(l.basis === 'structural' ? 'cizgi-cikarim' : 'cizgi-acik');
    }
    // structure in words: the text alternative names every unit, and the figure points at it
    const alt = page.match(/<details class="sema-metin"[\s\S]*?<\/details>/)![0];
    for (const u of reg.units) expect(alt).toContain(`/birim/${u.id}.html`);
    expect(page).toMatch(/<figure class="sema" id="sema" aria-labelledby="sema-baslik" aria-describedby="sema-metin">/);
    expect(page).toContain('class="sema-lejant"');
    expect(page).not.toContain('```mermaid');
  });

  it('shows on every post and unit page its own lines, its unit\'s, and the chain to the top, each marked', () => {
    for (const post of reg.posts) {
      const page = site.files.get(`mevzuat/${id}/kadro/${post.id}.md`)!;
      const tableHtml = page.match(/<table class="baglilik">[\s\S]*?<\/table>/)?.[0] ?? '';
      type Want = [from: string, line: ReturnType<typeof reportsTo>['lines'][number]];
      const expected: Want[] = [...reportsTo(id, post.id).lines.map((l): Want => [post.id, l]), ...(post.unit ? reportsTo(id, post.unit).lines.map((l): Want => [post.unit!, l]) : [])];
      for (const [from, l] of expected) {
        const row = [...tableHtml.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).find((r) => r.includes(`/${from}.html"`) && r.includes(`/${l.to.id}.html"`));
        expect(row, `${post.id}: ${from} → ${l.to.id}`).toBeDefined();
        expect(row).toContain(l.basis === 'structural' ? '>çıkarım<' : '>açık hüküm<');
      }
      const chain = chainOfCommand(id, post.id);
      if (chain.length > 1) {
        const line = page.match(/<p class="zincir">Amir zinciri: ([\s\S]*?)<\/p>/)![1]!;
        expect([...line.matchAll(/\/([^/]+)\.html" class="aktor">/g)].map((m) => m[1])).toEqual(chain.map((a) => a.id));
      }
    }
  });

  it('names on the correspondence table what each recipient class includes, from the data and the library', () => {
    const table = site.files.get(`mevzuat/${id}/index.md`)!.match(/<table class="yazisma">[\s\S]*?<\/table>/)![0];
    const syn = recipientSynonyms(real);
    for (const [cls, words] of syn) {
      for (const w of words) {
        expect(whoSigns(id, w as never).recipient, w).toBe(cls);
        expect(table).toContain(w);
      }
    }
    for (const rule of reg.correspondence) if (rule.recipientText) expect(table).toContain(rule.recipientText.replace(/'/g, '&#39;'));
  });

  it('shows the correspondence rules for every recipient class, from whoSigns', () => {
    const page = site.files.get(`mevzuat/${id}/index.md`)!;
    const table = page.match(/<table class="yazisma">[\s\S]*?<\/table>/)![0];
    expect((table.match(/<tr>/g) ?? []).length).toBe(1 + 3);
    for (const cls of ['inter-directorate', 'public-institution', 'private-party'] as const) {
      const a = whoSigns(id, cls);
      for (const c of a.citations) expect(table).toContain(`metin.html#${anchorOf(c.regulation, c.id)}"`);
      for (const s of a.signers) expect(table).toContain(`>${s.name.replace(/</g, '&lt;')}</a>`);
      if (a.fallback) expect(table).toContain(`metin.html#${anchorOf(a.fallback.regulation, a.fallback.id)}"`);
    }
  });

  it('names the regulation and the page in every search section of its pages, the page title included', () => {
    for (const [file, source] of site.files) {
      if (!file.startsWith(`mevzuat/${id}/`) || !file.endsWith('.md')) continue;
      const html = toHtml(source);
      const sections = file.endsWith('metin.md')
        ? [...splitByHeadings(html, { until: /<nav class="madde-listesi"/ }), ...splitTextPage(html)]
        : [...splitByHeadings(html)];
      expect(sections.length, file).toBeGreaterThan(0);
      for (const s of sections) expect(s.titles[0]!.replace(/&amp;/g, '&'), `${file}#${s.anchor}`).toContain(reg.municipality.name);
      // the page's own heading is a section: a post or unit page is found by its name
      const h1 = source.match(/<h1 id="([^"]+)"[^>]*>([^<]*) </)!;
      expect(sections.find((s) => s.anchor === h1[1]), file).toBeDefined();
    }
  });

  it('renders every page through VitePress and Vue without a template warning', async () => {
    const mine = [...site.files].filter(([f]) => f.endsWith('.md') && (f.startsWith(`mevzuat/${id}/`)));
    expect(mine.length).toBeGreaterThan(3);
    for (const [file, source] of mine) {
      const { warnings } = await ssr(toHtml(source));
      expect(warnings, file).toEqual([]);
    }
  });
});

describe('"Metin hakkında" on the overview pages, in the words of the provisions', () => {
  const page = (id: string) => {
    const src = generateSite(real, { today: TODAY }).files.get(`mevzuat/${id}/index.md`)!;
    const start = src.indexOf('<h2 id="metin-hakkinda"');
    return src.slice(start, src.indexOf('<h2 ', start + 1)).replace(/<[^>]+>/g, '');
  };

  it('Konak: the Belediye Başkanı executes it (m.21); m.19 repeals the 04.10.2012 yönetmelik of karar 186/2012', () => {
    const s = page('konak-ozel-kalem');
    expect(s).toContain('Belediye Başkanı yürütür (m.21).');
    expect(s).toContain('Özel Kalem Müdürlüğü Görev, Yetki ve Çalışma Yönetmeliği (166/2012 Meclis No, 04.10.2012 tarih ve 186/2012 nolu Meclis Kararı) (m.19)');
    // no provision names who approves the programme: said plainly, with the fallback clause m.18
    expect(s).toContain('Metin yıllık programı kimin onaylayacağını düzenlemiyor. Hüküm bulunmayan hallerde m.18 uyarınca yürürlükteki mevzuat uygulanır.');
    expect(s).not.toContain('aşağıdaki görevlerin metninden anlaşılır');
  });

  it('Kocaeli: the Başkan executes it (m.15/1); no repeal; the archive is not regulated and there is no fallback clause', () => {
    const s = page('kocaeli-stk');
    expect(s).toContain('Başkan yürütür (m.15/1).');
    expect(s).toContain('Metin başka bir metni yürürlükten kaldırmıyor.');
    expect(s).toContain('Metin bunu düzenlemiyor. Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.');
    // m.5/d "Harcama yetkilisi olarak …" under the budget question, with its holder
    expect(s).toMatch(/m\.5\/d Daire Başkanı \([^)]*\): Harcama yetkilisi olarak her yıl/);
    // m.5/c submits the budget for approval: a related provision, not the answer to who approves the programme
    expect(s).toContain('Metin yıllık programı kimin onaylayacağını düzenlemiyor. Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.');
    expect(s).toContain('Onaya ilişkin olup onay yetkisi vermeyen hüküm: Daire Başkanı (m.5/c).');
  });

  it('İzmir: the Daire Başkanı executes it on the Üst Yönetici\'s behalf (m.14/1); the handover it leaves open goes to the legislation in force (m.12/e)', () => {
    const s = page('izmir-kentsel-adalet');
    expect(s).toContain('Daire Başkanı (Üst Yönetici adına) yürütür (m.14/1).');
    expect(about('izmir-kentsel-adalet').handover.status).toBe('not-regulated');
    expect(s).toContain('Metin bunu düzenlemiyor. Hüküm bulunmayan hallerde m.12/e uyarınca yürürlükteki mevzuat uygulanır.');
    // a repeal is not filled by the fallback clause
    expect(s).toContain('Metin başka bir metni yürürlükten kaldırmıyor. [');
    // m.7/ğ: the Şube Müdürü approves the sub-units' work
    expect(s).toContain('Metnin verdiği başka onay görevi: Şube Müdürü (m.7/ğ).');
  });
});

describe('routing on the site says to whom a step sends the document, as the CLI and the answer book do', () => {
  const cell = (id: string) => {
    const src = generateSite(real, { today: TODAY }).files.get(`mevzuat/${id}/index.md`)!;
    const start = src.indexOf('id="gelen-evrak"');
    return src.slice(start, src.indexOf('</table>', start)).replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
  };

  it('Kocaeli m.7/h: the Şef assigns "maiyetindeki personel arasında" — his own staff, in the text\'s words, not all Personel', () => {
    const s = cell('kocaeli-stk');
    expect(s).toContain('Şef havale eder Kime: "maiyetindeki personel" (Personel) (m.7/h)');
  });

  it.each(real.map((r) => [r.id] as const))('%s: every step with recipients shows them, in the text\'s words where it gives them', (id) => {
    const s = cell(id);
    const steps = whoRoutesIncoming(id).steps.filter((st) => st.to?.length);
    for (const st of steps) {
      const names = st.to!.map((t) => t.name).join(', ');
      expect(s, st.citation.label).toContain(st.toText ? `Kime: "${st.toText}" (${names})` : `Kime: ${names}`);
    }
    expect(s.split('Kime: ').length - 1).toBe(steps.length);
  });
});

describe('an actor the text gives no duty, on its page as in the CLI and the answer book', () => {
  it('İzmir Proje Sorumlusu: no duty, the fallback clause m.12/e, and m.12/a "ilgili Şef, Proje Sorumlusu, personele havalesi"', () => {
    const files = generateSite(real, { today: TODAY }).files;
    const page = files.get('mevzuat/izmir-kentsel-adalet/kadro/proje-sorumlusu.md')!.replace(/<[^>]+>/g, '');
    expect(page).toContain('Metin Proje Sorumlusu için bir görev saymıyor. Hüküm bulunmayan hallerde m.12/e uyarınca yürürlükteki mevzuat uygulanır. Gelen evrak ona da havale edilebilir (m.12/a). düzenlenmemiş');
    // İdari İşler Personeli is not among m.12/a's recipients in the data: no havale sentence for it
    const personel = files.get('mevzuat/izmir-kentsel-adalet/kadro/idari-isler-personeli.md')!.replace(/<[^>]+>/g, '');
    expect(personel).toContain('Metin İdari İşler Personeli için bir görev saymıyor. Hüküm bulunmayan hallerde m.12/e uyarınca yürürlükteki mevzuat uygulanır. düzenlenmemiş');
  });
});

describe('deputising on the site, in whole sentences (issue 20: no "şunu öngörür: X (m.6/f)" fragment)', () => {
  it('Kocaeli m.6/f: the Şube Müdürü\'s initiative "üst amirlerin bulunmadığı olaylarda" is said with its verb, on the overview and on the Daire Başkanı\'s page', () => {
    const files = generateSite(real, { today: TODAY }).files;
    const sentence = 'Vekâlet hükmü olmamakla birlikte m.6/f, Daire Başkanı bulunmadığında Şube Müdürü için bir görev öngörür (metindeki koşul: &quot;üst amirlerin bulunmadığı olaylarda&quot;).';
    for (const f of ['mevzuat/kocaeli-stk/index.md', 'mevzuat/kocaeli-stk/kadro/daire-baskani.md']) {
      const text = files.get(f)!.replace(/<[^>]+>/g, '');
      expect(text, f).toContain(sentence);
      expect(text, f).not.toContain('Üstü yokken');
    }
    const izmir = files.get('mevzuat/izmir-kentsel-adalet/kadro/sube-muduru.md')!.replace(/<[^>]+>/g, '');
    expect(izmir).toContain('Vekâlet hükmü olmamakla birlikte m.8/l, İdari İşler Şefliği için Şube Müdürü adına bir temsil görevi öngörür.');
  });
});

describe('shared pages', () => {
  const site = () => generateSite(real, { today: TODAY });

  it('the comparison page answers each of its 7 questions for every regulation', () => {
    const page = site().files.get('mevzuat/karsilastirma.md')!;
    const tables = [...page.matchAll(/<table class="karsilastirma [^"]+">[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(7);
    for (const t of tables) for (const r of real) expect(t).toContain(`data-mevzuat="${r.id}"`);
  });

  it('the home list shows every regulation with its summary', () => {
    const list = site().files.get('mevzuat/_liste.md')!;
    for (const r of real) {
      expect(list).toContain(`data-mevzuat="${r.id}"`);
      expect(list).toContain(r.summary.replace(/\s+/g, ' ').replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
    }
  });

  it('has one page per duty topic, each duty of every regulation with its holder and citation', () => {
    const files = site().files;
    let checked = 0;
    for (const t of topics) {
      const page = files.get(`mevzuat/konular/${topicSlug(t)}.md`);
      const expected = real.flatMap((r) => [...r.units, ...r.posts, ...r.offices].flatMap((a) => dutiesOf(r.id, a.id, { topic: t }).filter((d) => !d.via)));
      if (!expected.length) { expect(page).toBeUndefined(); continue; }
      expect(page, t).toBeDefined();
      for (const d of expected) {
        expect(page).toContain(`href="/mevzuat/${d.regulation}/metin.html#${anchorOf(d.regulation, d.citation.id)}"`);
        expect(page).toContain(`/${d.holder.id}.html" class="aktor">`);
        checked++;
      }
      for (const r of real) expect(page).toContain(`id="${r.id}"`);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('puts the reporting lines of every organisation\'s head side by side, each marked', () => {
    const page = site().files.get(HEADS_HREF.slice(1).replace(/\.html$/, '.md'))!;
    for (const r of real) {
      const row = page.match(new RegExp(`<tr><td><span data-mevzuat="${r.id}">[\\s\\S]*?</tr>`))![0];
      const head = r.posts.find((p) => p.unit === r.organisation && p.heads)!;
      for (const l of reportsTo(r.id, head.id).lines) expect(row).toContain(`/${l.to.id}.html"`);
      expect((row.match(/açık hüküm|çıkarım/g) ?? []).length).toBeGreaterThanOrEqual(reportsTo(r.id, head.id).lines.length);
    }
  });

  it('calls the line to the top "amir zinciri", never the military "komuta zinciri"', () => {
    const pages = [...site().files].filter(([file]) => file.endsWith('.md'));
    for (const [file, source] of pages) expect(source, file).not.toMatch(/komuta/i);
    expect(pages.some(([, source]) => source.includes('Amir zinciri'))).toBe(true);
    expect(pages.some(([, source]) => source.includes('amir zinciri'))).toBe(true);
  });

  it('shows no developer identifiers on the pages for legal staff', () => {
    for (const [file, source] of site().files) {
      if (!file.endsWith('.md')) continue;
      expect(source, file).not.toMatch(/\b(whoSigns|reportsTo|chainOfCommand|deputyOf|dutiesOf|inForce|whoRoutesIncoming|findDuties|public-institution|inter-directorate|private-party)\b/);
      expect(source, file).not.toMatch(/Permalink to/);
    }
  });

  it('builds a site for any set of regulations, asking every question through the queries it is given', () => {
    const calls: string[] = [];
    const spy = Object.fromEntries(Object.entries(defaultQueries).map(([k, f]) => [k, (...a: unknown[]) => { calls.push(k); return (f as (...x: unknown[]) => unknown)(...a); }])) as Queries;
    const one = generateSite([real[1]!], { today: TODAY, queries: spy });
    expect([...one.files.keys()].filter((f) => /^mevzuat\/[^/]+\/index\.md$/.test(f) && !f.startsWith('mevzuat/konular/'))).toEqual([`mevzuat/${real[1]!.id}/index.md`]);
    for (const k of ['whoSigns', 'reportsTo', 'chainOfCommand', 'deputyOf', 'dutiesOf', 'inForce', 'whoRoutesIncoming']) expect(calls, k).toContain(k);
    expect(one.files.get('mevzuat/karsilastirma.md')).toContain(`data-mevzuat="${real[1]!.id}"`);
    expect(one.files.get('mevzuat/karsilastirma.md')).not.toContain(`data-mevzuat="${real[0]!.id}"`);
  });

  it('weights the API reference below the legal pages in search', () => {
    expect(boostDocument('/api/functions/whoSigns.html#example')).toBeLessThan(boostDocument('/mevzuat/konak-ozel-kalem/metin.html#art_14__point_b'));
    const revived = new Function(`return ${boostDocument.toString()}`)() as typeof boostDocument;
    expect(revived('/api/')).toBe(boostDocument('/api/'));
  });

  it('links the answer book and the guide only when their files exist', () => {
    const files = new Map<string, string>([['/d/cevaplar/konak.md', '---\ntitle: "Konak <b>"\n---\n# x'], ['/d/cevaplar/izmir.md', '# İzmir soruları\n'], ['/d/kilavuz.md', '# Kılavuz\n']]);
    const fs = { existsSync: (p: string) => files.has(p) || p === '/d/cevaplar', readdirSync: () => ['konak.md', 'izmir.md', '_taslak.md'], readFileSync: (p: string) => files.get(p)! };
    const found = extraPages('/d', fs);
    expect(found.answers).toEqual([{ text: 'İzmir soruları', link: '/cevaplar/izmir.html' }, { text: 'Konak &lt;b&gt;', link: '/cevaplar/konak.html' }]);
    expect(found.guide).toEqual({ text: 'Kılavuz', link: '/kilavuz.html' });
    expect(extraPages('/yok', { existsSync: () => false, readdirSync: () => [], readFileSync: () => '' })).toEqual({ answers: [], guide: undefined });
    expect(pageTitle('no heading', 'yedek')).toBe('yedek');
  });

  it('writes no file names, field names, relation codes or build commands on the legal pages (the sources page aside)', () => {
    // the data's own notes are the data's: they are taken out here and reported to its owners
    const notes = real.flatMap((r) => [r.titleNote, ...[...r.units, ...r.posts, ...r.offices].map((a) => a.note)]).filter((x): x is string => !!x).map((n) => esc(n));
    for (const [file, source] of site().files) {
      if (!file.endsWith('.md') || file.endsWith('/kaynaklar.md')) continue;
      let text = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<[^>]*>/g, ' ');
      for (const n of notes) text = text.split(n).join(' ');
      expect(text, file).not.toMatch(/\b[\w-]+\.(txt|yaml|json|ts)\b|npm run|\b(supervised-by|attached-to|accountable-to|tasked-by|includesDutiesOf|recipientText)\b|SHA-256/);
    }
  });

  it('states one "as of" day per page', () => {
    for (const [file, source] of site().files) {
      if (!file.endsWith('.md')) continue;
      const days = new Set([...source.matchAll(/(\d{2}\.\d{2}\.\d{4})\)? (günü|itibarıyla)/g)].map((m) => m[1]));
      expect(days.size, file).toBeLessThanOrEqual(1);
    }
  });

  it('writes a regulation\'s adoption once: the date is not repeated when the decision carries it', () => {
    const k = real.find((r) => r.adoption?.decision && r.adoption.date && r.adoption.decision.includes(r.adoption.date.split('-').reverse().join('.')));
    expect(k).toBeDefined();
    const page = site().files.get(`mevzuat/${k!.id}/index.md`)!;
    const date = k!.adoption!.date!.split('-').reverse().join('.');
    const kabul = page.match(/<dt>Kabul<\/dt><dd>([\s\S]*?)<\/dd>/)![1]!.replace(/<[^>]*>/g, '');
    expect(kabul.split(date).length - 1).toBe(1);
  });

  it('shows a "gözden geçirilmemiş" marker where an answer rests on a fact not yet reviewed, and none elsewhere', () => {
    const reg = real[0]!;
    const pending = <T extends object>(x: T) => ({ ...x, review: 'pending' as const });
    const q: Queries = { ...defaultQueries, whoSigns: ((r: never, c: never) => pending(defaultQueries.whoSigns(r, c))) as unknown as Queries['whoSigns'] };
    const marked = generateSite([reg], { today: TODAY, queries: q }).files.get(`mevzuat/${reg.id}/index.md`)!;
    const plain = generateSite([reg], { today: TODAY }).files.get(`mevzuat/${reg.id}/index.md`)!;
    expect(marked.match(/class="gozden-gecirilmemis"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(plain).not.toContain('gozden-gecirilmemis');
  });

  it('gives each page a title that VitePress reads back verbatim (Markdown in a title stays text)', () => {
    for (const t of ['Mü{{ 7*7 }}', '<b>kalın</b> *a* _b_ [c](d) `e` \\ & &amp; :smile:', 'Evrak </script><img src=x>', 'a\u202Eb']) {
      const fm = yamlTitle(t);
      const value = JSON.parse(fm) as string;
      const tokens = md.parseInline(value, {})[0]!.children!;
      // as VitePress reads a title (resolveTitleFromToken): the text, emoji and code tokens' content
      const back = tokens.filter((x) => ['text', 'emoji', 'code_inline'].includes(x.type)).map((x) => x.content).join('').trim();
      expect(back, t).toBe(t.replace('\u202E', '\\u{202E}'));
    }
  });

  it('reads "Ast | Üst | İlişki" in every table of reporting lines, the sentence naming each side by its role', () => {
    for (const [file, source] of site().files) {
      for (const m of source.matchAll(/<table class="baglilik"><thead><tr>((?:<th>[^<]*<\/th>)+)/g)) expect(m[1]!.startsWith('<th>Ast</th><th>Üst</th><th>İlişki</th>'), file).toBe(true);
    }
    for (const [rel, sentence] of Object.entries(relationTr)) expect(sentence, rel).toMatch(/^(Ast|Üst), (üste|üstün|astın|asta) /);
  });

  it('names every topic in Turkish, each name once', () => {
    expect(Object.keys(topicTr).sort()).toEqual([...topics].sort());
    expect(new Set(Object.values(topicTr)).size).toBe(topics.length);
  });
});

describe('table cells', () => {
  it('keep a hyphenated word on one line, its characters and the markup around it unchanged', () => {
    const cell = `Onaylı (e-imzalı) metin; <a href="/mevzuat/konak-ozel-kalem/">bakım-onarım</a> &amp; x-&#123;y`;
    const out = keepHyphenated(cell);
    expect(out).toBe('Onaylı <span class="tireli">(e-imzalı)</span> metin; <a href="/mevzuat/konak-ozel-kalem/"><span class="tireli">bakım-onarım</span></a> &amp; x-&#123;y');
    // what a reader sees is the same text
    expect(out.replace(/<[^>]*>/g, '')).toBe(cell.replace(/<[^>]*>/g, ''));
  });
});
