/**
 * Pages other helpers write into `docs/` that the site links when they exist at build time: the
 * answer book (`docs/cevaplar/<id>.md`, one page each under `/cevaplar/`) and the authoring guide
 * (`docs/kilavuz.md`). Absent files are simply not linked.
 */
import { join } from 'node:path';
import type { SidebarItem } from './generate.js';

type Fs = {
  existsSync: (p: string) => boolean;
  readdirSync: (p: string) => string[];
  readFileSync: (p: string, enc: 'utf8') => string;
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page's title: its frontmatter `title`, else its first `# ` heading, else the fallback. */
export function pageTitle(source: string, fallback: string): string {
  const fm = source.match(/^---\n([\s\S]*?)\n---/)?.[1];
  const fromFm = fm?.match(/^title:\s*(.+)$/m)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
  const fromH1 = source.replace(/^---\n[\s\S]*?\n---\n/, '').match(/^#\s+(.+)$/m)?.[1]?.trim();
  return (fromFm || fromH1 || fallback).replace(/\s+#*$/, '');
}

export function extraPages(docsDir: string, fs: Fs): { answers: Required<Pick<SidebarItem, 'text' | 'link'>>[]; guide?: Required<Pick<SidebarItem, 'text' | 'link'>> } {
  const dir = join(docsDir, 'cevaplar');
  const answers = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_')).sort((a, b) => (a === 'index.md' ? -1 : b === 'index.md' ? 1 : a.localeCompare(b, 'tr')))
      .map((f) => ({
        text: escape(pageTitle(fs.readFileSync(join(dir, f), 'utf8'), f.replace(/\.md$/, ''))),
        link: f === 'index.md' ? '/cevaplar/' : `/cevaplar/${f.replace(/\.md$/, '.html')}`,
      }))
    : [];
  const guideFile = join(docsDir, 'kilavuz.md');
  const guide = fs.existsSync(guideFile) ? { text: escape(pageTitle(fs.readFileSync(guideFile, 'utf8'), 'Kılavuz')), link: '/kilavuz.html' } : undefined;
  return { answers, guide };
}
