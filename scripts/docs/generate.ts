/**
 * Generates the docs site's Markdown from the encoded regulations: a home list, one page per
 * regulation (metadata, org chart, correspondence, routing, deputising, definitions), one page per
 * unit, post and office (duties by topic), the full text with one anchor per provision, and the
 * comparison page. Every answer comes from the library's own queries, so the site cannot disagree
 * with it.
 *
 * `npx tsx scripts/docs/generate.ts` writes `docs/mevzuat/` (gitignored). Tests call
 * {@link generateSite} with regulations of their own. *
 * Where each page kind is written: `pages/overview.ts` (a regulation's overview), `pages/actor.ts`
 * (unit, post, office), `pages/text.ts` (full text), `pages/chart.ts` (the full-size chart),
 * `pages/topics.ts` (duties by topic), `pages/compare.ts` (comparison, heads' reporting lines),
 * `pages/home.ts` (the home list). They share `context.ts` (addresses, citations, actor links),
 * `answers.ts` (the library's answers as HTML), `words.ts` (Turkish names), `markup.ts` (escaping)
 * and `chart.ts` (the org chart).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collator, regulations as encoded, topics, type Regulation } from '../../src/index.js';
import { blocks, esc, link, yamlString, yamlTitle } from './markup.js';
import { actorHref, chartHref, COMPARE_HREF, Ctx, defaultQueries, HEADS_HREF, registerAnchors, regHref, shortName, sourcesHref, textHref, TOPICS_HREF, topicHref, topicSlug, type GeneratedSite, type GenerateOptions, type SidebarItem } from './context.js';
import { actorDir, topicTr } from './words.js';
import { recipientSynonyms, regulationPage } from './pages/overview.js';
import { actorPage } from './pages/actor.js';
import { textPage } from './pages/text.js';
import { homeList } from './pages/home.js';
import { comparePage, headsPage } from './pages/compare.js';
import { topicDuties, topicPage, topicsIndex } from './pages/topics.js';
import { chartPage } from './pages/chart.js';
import { sourcesPage } from './pages/sources.js';

export {
  actorHref, anchorOf, chartHref, COMPARE_HREF, defaultQueries, GENERATED_DIR, HEADS_HREF, oldTopicHref, provisionAnchors, provisionHref, regHref, shortName, sourcesHref, textHref, TOPICS_HREF, topicHref, topicSlug,
  type GeneratedSite, type GenerateOptions, type Queries, type SidebarItem,
} from './context.js';
export { recipientTr, relationTr, topicTr } from './words.js';
export { basisMark } from './answers.js';
export { chartActors, recipientSynonyms } from './pages/overview.js';

// ---------------------------------------------------------------------------------------------

/**
 * Generates every page of the regulations part of the site for the given regulations. Pure: it
 * returns the files, {@link writeSite} writes them. The regulations must be known to the library
 * (the answers come from its queries, asked by id).
 */
export function generateSite(regs: readonly Regulation[], options: GenerateOptions = {}): GeneratedSite {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const q = options.queries ?? defaultQueries;
  registerAnchors(regs);
  const ctxs = [...regs].sort((a, b) => collator.compare(shortName(a), shortName(b))).map((r) => new Ctx(r, regs, today, q));
  const synonyms = recipientSynonyms(regs, q);
  for (const c of ctxs) c.synonyms = synonyms;
  const files = new Map<string, string>();
  /** Pages in reading order, per group: previous/next never cross from one group (a regulation) to another. */
  const groups: { name: string; pages: { file: string; href: string; text: string }[] }[] = [];
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
  for (const t of usedTopics) {
    files.set(`mevzuat/konular/${topicSlug(t)}.md`, topicPage(ctxs, t));
    files.set(`mevzuat/konular/${t}.md`, movedPage(topicHref(t), `${topicTr[t]} · Konulara göre görevler`));
  }
  groups.push({ name: 'Bütün mevzuat', pages: [
    { file: 'mevzuat/karsilastirma.md', href: COMPARE_HREF, text: 'Karşılaştırma' },
    { file: 'mevzuat/amirler.md', href: HEADS_HREF, text: 'Birim amirlerinin bağlılıkları' },
    { file: 'mevzuat/konular/index.md', href: TOPICS_HREF, text: 'Konulara göre görevler' },
    ...usedTopics.map((t) => ({ file: `mevzuat/konular/${topicSlug(t)}.md`, href: topicHref(t), text: `Konu: ${topicTr[t]}` })),
  ] });
  for (const c of ctxs) {
    files.set(`mevzuat/${c.id}/index.md`, regulationPage(c));
    files.set(`mevzuat/${c.id}/metin.md`, textPage(c));
    files.set(`mevzuat/${c.id}/sema.md`, chartPage(c));
    files.set(`mevzuat/${c.id}/kaynaklar.md`, sourcesPage(c));
    const group = { name: c.shortName, pages: [
      { file: `mevzuat/${c.id}/index.md`, href: regHref(c.id), text: 'Genel bakış' },
      { file: `mevzuat/${c.id}/metin.md`, href: textHref(c.id), text: 'Tam metin' },
    ] };
    const items: SidebarItem[] = [{ text: 'Genel bakış', link: regHref(c.id) }, { text: 'Teşkilat şeması', link: chartHref(c.id) }, { text: 'Tam metin', link: textHref(c.id) }];
    for (const kind of ['unit', 'post', 'office'] as const) {
      const list = [...c.actors.values()].filter((a) => a.ref.kind === kind);
      if (!list.length) continue;
      for (const a of list) {
        const file = `mevzuat/${c.id}/${actorDir[kind]}/${a.ref.id}.md`;
        files.set(file, actorPage(c, a.ref, a.data));
        group.pages.push({ file, href: actorHref(c.id, a.ref), text: a.ref.name });
      }
      items.push({
        text: kind === 'unit' ? 'Birimler' : kind === 'post' ? 'Kadrolar' : 'Makamlar',
        collapsed: true,
        items: list.map((a) => ({ text: esc(a.ref.name), link: actorHref(c.id, a.ref) })),
      });
    }
    items.push({ text: 'Kaynak dosyalar', link: sourcesHref(c.id) });
    group.pages.push({ file: `mevzuat/${c.id}/kaynaklar.md`, href: sourcesHref(c.id), text: 'Kaynak dosyalar' });
    groups.push(group);
    sidebar.push({ text: esc(c.shortName), collapsed: true, items });
  }
  for (const g of groups) {
    g.pages.forEach((pg, i) => {
      const side = (x: (typeof g.pages)[number] | undefined) => (x ? `\n  text: ${yamlString(esc(`${x.text} (${g.name})`))}\n  link: ${yamlString(x.href)}` : ' false');
      files.set(pg.file, files.get(pg.file)!.replace(/\n---\n/, `\nprev:${side(g.pages[i - 1])}\nnext:${side(g.pages[i + 1])}\n---\n`));
    });
  }
  files.set('mevzuat/sidebar.json', JSON.stringify(sidebar, null, 2) + '\n');
  return { files, sidebar };
}

/** A page at an old address that sends the reader to the new one (and is left out of search). */
function movedPage(to: string, title: string): string {
  return `---\ntitle: ${yamlTitle(title)}\nsearch: false\nsidebar: false\nhead:\n  - - meta\n    - http-equiv: refresh\n      content: ${yamlString(`0; url=${to}`)}\n---\n\n` +
    blocks(`<p>Bu sayfanın adresi değişti: ${link(to, title)}.</p>`);
}

/** Replaces `docs/mevzuat/` with the generated files. */
export function writeSite(site: GeneratedSite, docsDir: string): void {
  rmSync(join(docsDir, 'mevzuat'), { recursive: true, force: true });
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
  console.error(`docs: ${pages} page(s) for ${encoded.length} regulation(s) written to docs/mevzuat/`);
}
