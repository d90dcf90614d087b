// The docs generator, without a browser: escaping (a hostile fixture regulation), anchors, links,
// the search fold and the search sections, rendered through VitePress's own Markdown renderer and
// Vue's template compiler exactly as the site build does.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSSRApp, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createMarkdownRenderer } from 'vitepress';
import { MermaidMarkdown } from 'vitepress-plugin-mermaid';
import { fold, regulations as all, topics, whoSigns, type Regulation } from '../../src/index.js';
import { chartActors, COMPARE_HREF, generateSite, topicTr, type GeneratedSite } from '../../scripts/docs/generate.js';
import { processTerm, splitTextPage, type SearchSection } from '../../scripts/docs/search.js';
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

const real = all.filter((r) => (r.id as string) !== FIXTURE_ID);
const fixture = all.find((r) => (r.id as string) === FIXTURE_ID)!;
const TODAY = '2026-01-15';

type Md = Awaited<ReturnType<typeof createMarkdownRenderer>>;
let md: Md;
beforeAll(async () => {
  md = await createMarkdownRenderer(process.cwd(), { config: (m) => MermaidMarkdown(m, {}) }, '/');
});

/** Markdown → HTML with VitePress's renderer (frontmatter dropped, as VitePress does). */
const toHtml = (source: string) => md.render(source.replace(/^---\n[\s\S]*?\n---\n/, ''), {});

/** HTML → the page VitePress would serve: compiled as a Vue template, rendered on the server. */
async function ssr(html: string): Promise<{ out: string; warnings: string[] }> {
  const warnings: string[] = [];
  const app = createSSRApp({ template: `<div>${html}</div>` } as Component);
  app.component('Mermaid', { props: ['graph', 'id'], template: '<div class="mermaid-stub" :data-graph="graph"></div>' });
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
    for (const w of words) expect(processTerm(w), w).toBe(fold(w) === '' ? null : fold(w));
  });

  it('agrees with it on every word of every encoded text', () => {
    expect(corpus.length).toBeGreaterThan(500);
    const disagree = corpus.filter((w) => processTerm(w) !== (fold(w) || null));
    expect(disagree).toEqual([]);
  });

  it('survives serialisation into the client bundle (no imports, no closures)', () => {
    // what VitePress does: Function#toString into the bundle, `new Function('return ' + s)()` in the browser
    const revived = new Function(`return ${processTerm.toString()}`)() as typeof processTerm;
    for (const w of [...words, ...corpus.slice(0, 2000)]) expect(revived(w), w).toBe(processTerm(w));
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

  it('escapes the sidebar (VitePress shows its texts with v-html) and the mermaid labels', () => {
    const texts = JSON.stringify(site.sidebar);
    expect(texts).toContain('Müdür &lt;b&gt;kalın&lt;/b&gt; &#123;&#123; x &#125;&#125; | ad');
    expect(texts).not.toContain('<b>');
    const regPage = site.files.get(`mevzuat/${FIXTURE_ID}/index.md`)!;
    const chart = regPage.match(/```mermaid\n([\s\S]*?)```/)![1]!;
    expect(chart).toContain('"Müdür #lt;b#gt;kalın#lt;/b#gt; #123;#123; x #125;#125; | ad"');
    expect(chart).not.toMatch(/<b>|\{\{ x/);
    expect(HOSTILE_NAME).toContain('<b>');
  });
});

describe.each(real.map((r) => [r.id, r] as const))('%s: generated pages', (id, reg) => {
  let site: GeneratedSite;
  beforeAll(() => { site = generateSite(real, { today: TODAY }); });
  const text = () => site.files.get(`mevzuat/${id}/metin.md`)!;

  it('gives every node of the text exactly one anchor, named by its provision id', () => {
    const ids = [...text().matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    const counts = new Map<string, number>();
    ids.forEach((x) => counts.set(x, (counts.get(x) ?? 0) + 1));
    const nodes: string[] = [];
    const walk = (ns: Regulation['document']) => ns.forEach((n) => { nodes.push(n.id); if (n.children) walk(n.children); });
    walk(reg.document);
    for (const p of reg.provisions) expect(counts.get(p.id), p.id).toBe(1);
    for (const n of nodes) expect(counts.get(n), n).toBe(1);
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
      const s = byAnchor.get(p.id);
      expect(s, p.id).toBeDefined();
      expect(s!.titles.at(-1)).toBe(p.label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
    // a leaf provision's section holds its verbatim text (folded: quotes and entities aside)
    for (const p of reg.provisions.filter((x) => x.leaf)) expect(fold(byAnchor.get(p.id)!.text), p.id).toContain(fold(p.text));
  });

  it('draws every unit and post in the org chart, and the offices a reporting line reaches', () => {
    const chart = site.files.get(`mevzuat/${id}/index.md`)!.match(/```mermaid\n([\s\S]*?)```/)![1]!;
    const nodes = [...chart.matchAll(/^\s+n\d+[[({]+"([^"]*)"/gm)].map((m) => m[1]);
    expect(nodes.length).toBe(reg.units.length + reg.posts.length + chartActors(reg).filter((a) => a.kind === 'office').length);
    const edges = chart.split('\n').filter((l) => /-->|-\.->/.test(l));
    expect(edges.length).toBe(reg.reporting.length);
    expect(edges.filter((l) => l.includes('çıkarım')).length).toBe(reg.reporting.filter((l) => l.basis === 'structural').length);
    expect(edges.filter((l) => l.includes('-.->')).length).toBe(reg.reporting.filter((l) => l.basis === 'structural' || l.condition).length);
  });

  it('shows the correspondence rules for every recipient class, from whoSigns', () => {
    const page = site.files.get(`mevzuat/${id}/index.md`)!;
    const table = page.match(/<table class="yazisma">[\s\S]*?<\/table>/)![0];
    expect((table.match(/<tr>/g) ?? []).length).toBe(1 + 3);
    for (const cls of ['inter-directorate', 'public-institution', 'private-party'] as const) {
      const a = whoSigns(id, cls);
      for (const c of a.citations) expect(table).toContain(`metin.html#${c.id}"`);
      for (const s of a.signers) expect(table).toContain(`>${s.name.replace(/</g, '&lt;')}</a>`);
      if (a.fallback) expect(table).toContain(`metin.html#${a.fallback.id}"`);
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

  it('names every topic in Turkish, each name once', () => {
    expect(Object.keys(topicTr).sort()).toEqual([...topics].sort());
    expect(new Set(Object.values(topicTr)).size).toBe(topics.length);
  });
});
