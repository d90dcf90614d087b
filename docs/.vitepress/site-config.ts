// The docs site: regulations for legal staff (generated into docs/mevzuat/ by
// scripts/docs/generate.ts) and the API reference for developers (typedoc into docs/api/).
// Two more parts are picked up when their files exist at build time: the answer book
// (docs/cevaplar/*.md) and the authoring guide (docs/kilavuz.md).
//
// `siteConfig(docsDir)` is the whole configuration for a source folder: docs/.vitepress/config.ts
// uses it for this repository's docs/, tests for a site built from their own folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { boostDocument, processQueryTerm, processTerm, tokenize, tokenizeQuery, isApiPage, isGeneratedPage, isTextPage, splitByHeadings, splitTextPage } from '../../scripts/docs/search';
import { apiSidebar } from '../../scripts/docs/api-sidebar';
import { permalinkLabel } from '../../scripts/docs/markup';
import { extraPages } from '../../scripts/docs/extra-pages';
import { safePageData, themePatches } from './plugins';

/** The VitePress configuration of the docs site whose source folder is `docsDir`. */
export function siteConfig(docsDir: string) {
  const sidebarFile = join(docsDir, 'mevzuat/sidebar.json');
  const mevzuatSidebar = existsSync(sidebarFile) ? JSON.parse(readFileSync(sidebarFile, 'utf8')) : [];
  const extra = extraPages(docsDir, { existsSync, readdirSync, readFileSync });

  const nav: DefaultTheme.NavItem[] = [
    { text: 'Mevzuat', link: '/', activeMatch: '^/$|^/mevzuat/(?!karsilastirma|konular|amirler)' },
    { text: 'Karşılaştırma', link: '/mevzuat/karsilastirma.html', activeMatch: '^/mevzuat/(karsilastirma|konular|amirler)' },
    ...(extra.answers.length ? [{ text: 'Cevap kitabı', link: extra.answers[0]!.link, activeMatch: '^/cevaplar/' }] : []),
    ...(extra.guide ? [{ text: 'Kılavuz', link: extra.guide.link }] : []),
    { text: 'API', link: '/api/', activeMatch: '^/api/' },
  ];

  const sidebar: DefaultTheme.SidebarMulti = { '/mevzuat/': mevzuatSidebar, '/api/': apiSidebar(docsDir) };
  if (extra.answers.length) sidebar['/cevaplar/'] = [{ text: 'Cevap kitabı', items: extra.answers }];

  return defineConfig({
    lang: 'tr-TR',
    title: 'Belediye mevzuatı',
    description: 'Belediye teşkilat yönetmelikleri ve yönergeleri: görevler, yazışma kuralları, vekalet, tam metin; maddesiyle.',
    srcExclude: ['**/_*.md', 'README.md'],
    lastUpdated: false,
    // the site data (with the search's term functions and their bundled stemmer) in one cached file, not inlined in every page
    metaChunk: true,
    // no favicon request (a 404 would be a console error)
    head: [['link', { rel: 'icon', href: 'data:,' }]],
    markdown: {
      // the heading anchors of Markdown pages (API reference, guide) get a Turkish screen-reader name
      config(md) {
        md.core.ruler.push('tr-permalink', (state) => {
          const tokens = state.tokens;
          for (let i = 0; i < tokens.length; i++) {
            if (tokens[i]!.type !== 'heading_open') continue;
            const inline = tokens[i + 1];
            const kids = inline?.children ?? [];
            const text = kids.filter((k) => k.type === 'text' || k.type === 'code_inline').map((k) => k.content).join('').trim();
            for (const k of kids) if (k.type === 'link_open' && k.attrGet('class') === 'header-anchor') k.attrSet('aria-label', permalinkLabel(text));
          }
        });
      },
    },
    vite: {
      // the search index and the chart pages make one large chunk; it is served once and cached
      build: { chunkSizeWarningLimit: 2000 },
      plugins: [safePageData(), themePatches()],
    },
    themeConfig: {
      nav,
      sidebar,
      outline: { label: 'Bu sayfada', level: [2, 3] },
      docFooter: { prev: 'Önceki sayfa', next: 'Sonraki sayfa' },
      darkModeSwitchLabel: 'Görünüm',
      lightModeSwitchTitle: 'Açık temaya geç',
      darkModeSwitchTitle: 'Koyu temaya geç',
      sidebarMenuLabel: 'Menü',
      returnToTopLabel: 'Başa dön',
      langMenuLabel: 'Dil',
      skipToContentLabel: 'İçeriğe geç',
      lastUpdated: { text: 'Son güncelleme' },
      externalLinkIcon: false,
      notFound: { title: 'SAYFA BULUNAMADI', quote: 'Aradığınız sayfa yok.', linkLabel: 'Ana sayfaya dön', linkText: 'Ana sayfa' },
      search: {
        provider: 'local',
        options: {
          translations: {
            button: { buttonText: 'Ara', buttonAriaLabel: 'Ara' },
            modal: {
              displayDetails: 'Ayrıntılı listeyi göster',
              resetButtonTitle: 'Aramayı temizle',
              backButtonTitle: 'Aramayı kapat',
              noResultsText: 'Sonuç bulunamadı:',
              footer: {
                selectText: 'seç', selectKeyAriaLabel: 'Enter tuşu',
                navigateText: 'gez', navigateUpKeyAriaLabel: 'yukarı ok', navigateDownKeyAriaLabel: 'aşağı ok',
                closeText: 'kapat', closeKeyAriaLabel: 'Escape tuşu',
              },
            },
          },
          miniSearch: {
            // serialised into the client: processTerm and boostDocument must be self-contained (see scripts/docs/search.ts)
            options: { processTerm, tokenize },
            searchOptions: {
              processTerm: processQueryTerm, tokenize: tokenizeQuery,
              // a prefix match counts 0.15 of an exact one (MiniSearch's default is 0.375): a short
              // stem ("yazı" → yaz) expands to every yaz… word, and a long section holding many of
              // them must not outrank the provision that has the other word ("valiliğe") exactly
              combineWith: 'AND', fuzzy: 0.2, prefix: true, weights: { fuzzy: 0.45, prefix: 0.15 }, boost: { title: 4, text: 2, titles: 1 }, boostDocument,
            },
            // build time only (VitePress never serialises `_` options): every section's titles name
            // its regulation and page; the full text has one section per provision
            _splitIntoSections: (file: string, html: string) => {
              if (isTextPage(file)) return [...splitByHeadings(html, { until: /<nav class="madde-listesi"/ }), ...splitTextPage(html)];
              if (isGeneratedPage(file)) return splitByHeadings(html);
              if (isApiPage(file)) return splitByHeadings(html, { context: 'API başvurusu' });
              return undefined;
            },
          },
        },
      },
    },
  });
}
