/**
 * The sidebar for the API reference that typedoc-plugin-markdown writes into `docs/api/`: one
 * group per kind folder (functions, classes, …), one item per page, titled by the page's heading.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SidebarItem } from './generate.js';

const groupTr: Record<string, string> = {
  functions: 'Fonksiyonlar', classes: 'Sınıflar', variables: 'Değişkenler', 'type-aliases': 'Tipler',
  interfaces: 'Arayüzler', namespaces: 'Ad alanları', enumerations: 'Sıralamalar',
};
const order = ['functions', 'classes', 'variables', 'type-aliases', 'interfaces', 'enumerations', 'namespaces'];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page title: its first `# ` heading without the kind prefix (`# Function: whoSigns()`). */
function titleOf(file: string): string {
  const h = readFileSync(file, 'utf8').match(/^#\s+(.+)$/m)?.[1] ?? file;
  return h.replace(/^[\p{L} ]+:\s*/u, '').replace(/\\/g, '');
}

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : f.endsWith('.md') ? [p] : [];
  });
}

export function apiSidebar(docsDir: string): SidebarItem[] {
  const root = join(docsDir, 'api');
  if (!existsSync(root)) return [];
  const groups = new Map<string, SidebarItem[]>();
  for (const file of pages(root)) {
    const rel = relative(root, file).split(/[\\/]/);
    if (rel.length === 1) continue; // index.md (install and use), globals.md (the index of every type)
    // typedoc nests namespaces under the package name (`belediye-mevzuat/namespaces/schemas/…`)
    const group = rel.includes('namespaces') ? 'namespaces' : rel[0]!;
    const link = '/api/' + rel.join('/').replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '.html');
    groups.set(group, [...(groups.get(group) ?? []), { text: escape(titleOf(file)), link }]);
  }
  const items: SidebarItem[] = [{ text: 'Kurulum ve kullanım', link: '/api/' }];
  if (existsSync(join(root, 'globals.md'))) items.push({ text: 'Dizin ve tipler', link: '/api/globals.html' });
  for (const g of [...groups.keys()].sort((a, b) => (order.indexOf(a) + 99) % 99 - (order.indexOf(b) + 99) % 99)) {
    items.push({ text: groupTr[g] ?? g, collapsed: g === 'type-aliases', items: groups.get(g)!.sort((a, b) => a.text.localeCompare(b.text, 'en')) });
  }
  return [{ text: 'API', items }];
}
