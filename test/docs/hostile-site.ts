/**
 * Builds a small docs site from the hostile regulation folder (test/docs/hostile-folder.ts) alone:
 * its own VitePress source folder under test-results/docs/hostile-src/ (a config and a theme that
 * re-export this repository's, and the home page), no API reference. Used by test/docs/site.test.ts.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, fromFolders } from '../../scripts/docs/site.js';
import { writeHostileFolder } from './hostile-folder.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOSTILE_ROOT = join(ROOT, 'test-results/docs/hostile-src');
export const HOSTILE_DIST = join(HOSTILE_ROOT, 'dist');
export const HOSTILE_TODAY = '2026-01-15';

/** Writes the folder and the VitePress source, builds the site into {@link HOSTILE_DIST}. */
export async function buildHostileSite(): Promise<{ dist: string; id: string }> {
  rmSync(HOSTILE_ROOT, { recursive: true, force: true });
  const folder = writeHostileFolder(join(HOSTILE_ROOT, 'folders'));
  const docs = join(HOSTILE_ROOT, 'docs');
  mkdirSync(join(docs, '.vitepress/theme'), { recursive: true });
  const real = join(ROOT, 'docs/.vitepress');
  writeFileSync(join(docs, '.vitepress/config.ts'), `import { siteConfig } from ${JSON.stringify(join(real, 'site-config.ts'))};\nexport default siteConfig(${JSON.stringify(docs)});\n`);
  writeFileSync(join(docs, '.vitepress/theme/index.ts'), `export { default } from ${JSON.stringify(join(real, 'theme/index.ts'))};\n`);
  copyFileSync(join(ROOT, 'docs/index.md'), join(docs, 'index.md'));
  // a folder with drafted, not yet reviewed facts loads in draft mode (as `mevzuat check --draft` reads it)
  const set = fromFolders([folder], { only: true, draft: true });
  await buildSite({ regulations: set.regulations, queries: set.queries, out: HOSTILE_DIST, today: HOSTILE_TODAY, api: false, docsDir: docs });
  if (!existsSync(join(HOSTILE_DIST, 'index.html'))) throw new Error('the hostile site was not built');
  return { dist: HOSTILE_DIST, id: set.regulations[0]!.id };
}
