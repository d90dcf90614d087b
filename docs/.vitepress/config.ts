// The docs site: regulations for legal staff (generated into docs/mevzuat/ by
// scripts/docs/generate.ts) and the API reference for developers (typedoc into docs/api/).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import { withMermaid } from 'vitepress-plugin-mermaid';
import { processTerm, isTextPage, splitTextPage } from '../../scripts/docs/search';
import { apiSidebar } from '../../scripts/docs/api-sidebar';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const sidebarFile = fileURLToPath(new URL('../mevzuat/sidebar.json', import.meta.url));
const mevzuatSidebar = existsSync(sidebarFile) ? JSON.parse(readFileSync(sidebarFile, 'utf8')) : [];

export default withMermaid(defineConfig({
  lang: 'tr',
  title: 'Belediye mevzuatı',
  description: 'Belediye teşkilat yönetmelikleri ve yönergeleri: görevler, yazışma kuralları, vekalet, tam metin; maddesiyle.',
  srcExclude: ['**/_*.md', 'README.md'],
  lastUpdated: false,
  // no favicon request (a 404 would be a console error)
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  themeConfig: {
    nav: [
      { text: 'Mevzuat', link: '/', activeMatch: '^/$|^/mevzuat/(?!karsilastirma)' },
      { text: 'Karşılaştırma', link: '/mevzuat/karsilastirma.html' },
      { text: 'API', link: '/api/', activeMatch: '^/api/' },
    ],
    sidebar: { '/mevzuat/': mevzuatSidebar, '/api/': apiSidebar(docsDir) },
    outline: { label: 'Bu sayfada' },
    docFooter: { prev: 'Önceki sayfa', next: 'Sonraki sayfa' },
    darkModeSwitchLabel: 'Görünüm',
    lightModeSwitchTitle: 'Açık temaya geç',
    darkModeSwitchTitle: 'Koyu temaya geç',
    sidebarMenuLabel: 'Menü',
    returnToTopLabel: 'Başa dön',
    langMenuLabel: 'Dil',
    notFound: { title: 'SAYFA BULUNAMADI', quote: 'Aradığınız sayfa yok.', linkLabel: 'Ana sayfaya dön', linkText: 'Ana sayfa' },
    search: {
      provider: 'local',
      options: {
        translations: {
          button: { buttonText: 'Ara', buttonAriaLabel: 'Ara' },
          modal: {
            displayDetails: 'Ayrıntıları göster',
            resetButtonTitle: 'Aramayı temizle',
            backButtonTitle: 'Kapat',
            noResultsText: 'Sonuç bulunamadı',
            footer: { selectText: 'seç', navigateText: 'gez', closeText: 'kapat' },
          },
        },
        miniSearch: {
          // serialised into the client: processTerm must be self-contained (see scripts/docs/search.ts)
          options: { processTerm },
          searchOptions: { combineWith: 'AND', fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } },
          // build time only (VitePress never serialises `_` options): one section per provision
          _splitIntoSections: (file: string, html: string) => (isTextPage(file) ? splitTextPage(html) : undefined),
        },
      },
    },
  },
  mermaid: { securityLevel: 'strict', theme: 'default' },
}));
