/**
 * Builds the whole docs site for ANY set of regulations: a municipality can publish its own.
 *
 *   npx tsx scripts/docs/site.ts --out <dir> [--dir <folder>]… [--only] [--today YYYY-MM-DD] [--no-api]
 *
 * With no regulations given it publishes the library's built-in ones. `--dir` adds a regulation
 * folder (as `mevzuat new` makes and `mevzuat check` passes), loaded with `loadRegulationDir` and
 * answered through `createMevzuat`; `--only` publishes the folders without the built-in ones. From
 * code:
 *
 *   await buildSite({ regulations: [getRegulation('konak')], out: 'site/' });
 *
 * It generates the regulations' pages into `docs/mevzuat/` (replaced on every run), the API
 * reference into `docs/api/` (typedoc) unless `api: false`, and builds the static site into `out`.
 * A caller that loads regulations at run time passes `queries` bound to them: the generator asks
 * every per-regulation question through those functions, never special-casing a regulation.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRegulations, createMevzuat, formatMevzuatError, isMevzuatError, regulations as builtIn, type Regulation } from '../../src/index.js';
import { loadRegulationDir } from '../../src/node.js';
import { DOCS_DIR, generateSite, writeSite, type Queries } from './generate.js';

export type BuildSiteOptions = {
  /** The regulations to publish, as `getRegulation` returns them. */
  regulations: readonly Regulation[];
  /** Where the built static site goes. */
  out: string;
  /** The day in-force questions are asked about (ISO); today by default. */
  today?: string;
  /** The queries to answer with (the library's own by default). */
  queries?: Queries;
  /** Generate the API reference with typedoc (default true). */
  api?: boolean;
  /** The VitePress source folder (this repository's `docs/` by default). */
  docsDir?: string;
};

/** Generates the pages and builds the site. Returns the number of generated pages. */
export async function buildSite(options: BuildSiteOptions): Promise<{ pages: number; out: string }> {
  const docsDir = options.docsDir ?? DOCS_DIR;
  const site = generateSite(options.regulations, { today: options.today, queries: options.queries });
  writeSite(site, docsDir);
  if (options.api !== false) {
    // typedoc's package exports do not include its bin: find it next to its package.json
    const typedoc = resolve(dirname(createRequire(import.meta.url).resolve('typedoc/package.json')), 'bin/typedoc');
    const r = spawnSync(process.execPath, [typedoc, '--options', resolve(docsDir, 'typedoc.json')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`typedoc failed (exit ${r.status})`);
  }
  const { build } = await import('vitepress');
  const out = resolve(options.out);
  await build(docsDir, { outDir: out });
  return { pages: [...site.files.keys()].filter((f) => f.endsWith('.md')).length, out };
}

/** The regulations and the queries bound to them, for regulation folders (with the built-in ones unless `only`). */
export function fromFolders(dirs: readonly string[], options: { only?: boolean; draft?: boolean } = {}): { regulations: readonly Regulation[]; queries: Queries } {
  const own = dirs.map((d) => loadRegulationDir(d, { draft: options.draft === true }));
  const m = createMevzuat({ regulations: [...(options.only ? [] : builtinRegulations), ...own] });
  return { regulations: m.regulations, queries: m as unknown as Queries };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log('Kullanım: tsx scripts/docs/site.ts --out <klasör> [--dir <mevzuat klasörü>]… [--only] [--today YYYY-AA-GG] [--no-api]');
    process.exit(0);
  }
  const out = arg('out') ?? resolve(DOCS_DIR, '.vitepress/dist');
  const today = arg('today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error('--today: YYYY-AA-GG biçiminde bir tarih verin (ör. 2026-01-15).');
    process.exit(2);
  }
  const dirs = process.argv.flatMap((a, i) => (a === '--dir' && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
  let set: { regulations: readonly Regulation[]; queries?: Queries } = { regulations: builtIn };
  try {
    if (dirs.length) set = fromFolders(dirs, { only: process.argv.includes('--only'), draft: process.argv.includes('--draft') });
  } catch (e) {
    console.error(isMevzuatError(e) ? formatMevzuatError(e) : String(e));
    process.exit(2);
  }
  buildSite({ regulations: set.regulations, queries: set.queries, out, today, api: !process.argv.includes('--no-api') })
    .then((r) => console.error(`docs: ${r.pages} sayfa, ${set.regulations.length} mevzuat → ${r.out}`))
    .catch((e: unknown) => { console.error(e instanceof Error ? e.message : String(e)); process.exit(1); });
}
